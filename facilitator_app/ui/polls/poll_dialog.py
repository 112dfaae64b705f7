"""The dialog that defines or changes a poll: kind, question, options or scale, the
segment it is cued with, its recurring pulse, and whether results wait for a reveal."""

from __future__ import annotations

import uuid

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from ...domain.polls import PollDef, PollError, PollKind
from ...domain.state import SessionState
from .poll_names import kind_name


class PollDialog(QDialog):
    """Define or change a poll."""

    def __init__(self, state: SessionState, poll: PollDef | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pollDialog")
        self.setWindowTitle(self.tr("Poll") if poll else self.tr("New poll"))
        self._id = poll.id if poll else "poll-" + uuid.uuid4().hex[:8]
        form = QFormLayout(self)
        self.kind = QComboBox()
        for kind in PollKind:
            self.kind.addItem(kind_name(kind), kind.value)
        self.question = QLineEdit()
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("Short name (Zoom: at most 64 characters); the question if empty"))
        self.options = QPlainTextEdit()
        self.options.setPlaceholderText(self.tr("One option per line"))
        self.options.setTabChangesFocus(True)
        self.scale = QComboBox()
        self.scale.addItem("1–5", 5)
        self.scale.addItem("1–10", 10)
        self.segment = QComboBox()
        self.segment.addItem(self.tr("(not attached)"), "")
        for day in state.show.days:
            for seg in day.segments:
                self.segment.addItem(f"{day.title} · {seg.title}", seg.id)
        self.series = QComboBox()
        self.series.setEditable(True)
        series = sorted({p.poll.series for p in state.polls.values() if p.poll.series})
        self.series.addItems(["", *series])
        self.series.setToolTip(self.tr("Polls with the same series are one recurring pulse: their trend is shown"))
        self.hidden = QCheckBox(self.tr("Hide results on the stage until revealed"))
        self.evaluation = QCheckBox(self.tr("This is the evaluation of the event"))
        form.addRow(self.tr("Kind:"), self.kind)
        form.addRow(self.tr("Question:"), self.question)
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Options:"), self.options)
        form.addRow(self.tr("Scale:"), self.scale)
        form.addRow(self.tr("Cue with segment:"), self.segment)
        form.addRow(self.tr("Recurring pulse:"), self.series)
        form.addRow("", self.hidden)
        form.addRow("", self.evaluation)
        self.error = QLabel()
        self.error.setObjectName("warningText")
        self.error.setWordWrap(True)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.kind.currentIndexChanged.connect(lambda _i: self._kind_changed())
        if poll is not None:
            self.kind.setCurrentIndex(self.kind.findData(poll.kind.value))
            self.question.setText(poll.question)
            self.title.setText(poll.title)
            self.options.setPlainText("\n".join(poll.options))
            self.scale.setCurrentIndex(self.scale.findData(poll.scale))
            self.segment.setCurrentIndex(max(0, self.segment.findData(poll.segment_id)))
            self.series.setCurrentText(poll.series)
            self.hidden.setChecked(poll.hidden)
            self.evaluation.setChecked(poll.evaluation)
        else:
            self.hidden.setChecked(True)
        self._kind_changed()
        self.resize(640, 480)
        self.defined: PollDef | None = None

    def _kind_changed(self) -> None:
        kind = PollKind(self.kind.currentData())
        self.options.setEnabled(kind in (PollKind.SINGLE, PollKind.MULTIPLE))
        self.scale.setEnabled(kind is PollKind.RATING)

    def poll(self) -> PollDef:
        return PollDef(
            id=self._id,
            kind=PollKind(self.kind.currentData()),
            question=self.question.text().strip(),
            title=self.title.text().strip(),
            options=tuple(o.strip() for o in self.options.toPlainText().splitlines() if o.strip()),
            scale=int(self.scale.currentData()),
            segment_id=str(self.segment.currentData() or ""),
            series=self.series.currentText().strip(),
            hidden=self.hidden.isChecked(),
            evaluation=self.evaluation.isChecked(),
        )

    def _accept(self) -> None:
        try:
            self.defined = self.poll()
        except PollError as exc:
            self.error.setText(str(exc))
            return
        self.accept()
