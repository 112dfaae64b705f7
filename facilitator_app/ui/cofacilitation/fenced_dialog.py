"""Changes that were not applied (fenced): listed with 're-apply' and 'discard'.

They were made by a console that was not in control at the time (split brain). They are
kept and listed on every machine until the console in control resolves them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.eventlog import Record
from ..common.commands import CommandRunner
from ..common.session_controller import SessionController


class FencedDialog(QDialog):
    def __init__(
        self,
        controller: SessionController,
        runner: CommandRunner,
        parent: QWidget | None = None,
        name_of: Callable[[str], str] = str,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.runner = runner
        self._name_of = name_of
        self.setWindowTitle(self.tr("Changes not applied"))
        self.resize(760, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "These changes were made by a console that was not in control at the time. "
                "Re-apply them as new changes, or discard them."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        self.reapply = QPushButton(self.tr("Re-apply"))
        self.discard = QPushButton(self.tr("Discard"))
        self.reapply.clicked.connect(lambda: self._resolve(True))
        self.discard.clicked.connect(lambda: self._resolve(False))
        buttons.addWidget(self.reapply)
        buttons.addWidget(self.discard)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.note = QLabel()
        self.note.setObjectName("muted")
        layout.addWidget(self.note)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        controller.changed.connect(lambda *_a: self.fill())
        self.fill()

    def fill(self) -> None:
        self.list.clear()
        for rec in self.controller.state.fenced:
            who = self._name_of(rec.writer)
            item = QListWidgetItem(f"{who} · {rec.at[11:19]} · {self.describe(rec)}")
            item.setData(Qt.ItemDataRole.UserRole, [rec.writer, rec.seq])
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        mine = self.controller.session.in_control
        for button in (self.reapply, self.discard):
            button.setEnabled(mine and self.list.count() > 0)
        self.note.setText("" if mine else self.tr("Only the console in control can re-apply or discard."))

    def describe(self, rec: Record) -> str:
        """A fenced event in words a producer recognises."""
        p = rec.payload
        show = self.controller.state.show
        seg = show.segment(str(p.get("segment_id", "")))
        title = seg.title if seg else str(p.get("segment_id", ""))
        texts = {
            "live.start": self.tr("started “%1”"),
            "live.pause": self.tr("paused the countdown"),
            "live.resume": self.tr("resumed the countdown"),
            "live.adjust": self.tr("changed the time by %2 s"),
            "live.end": self.tr("ended the show"),
            "live.skip": self.tr("skip of “%1”"),
            "live.message": self.tr("stage message “%3”"),
            "segment.updated": self.tr("changed “%1”: %4"),
            "segment.added": self.tr("added “%5”"),
            "segment.removed": self.tr("deleted “%1”"),
            "segment.moved": self.tr("moved “%1”"),
        }
        changes = ", ".join(f"{k} → {v}" for k, v in dict(p.get("changes", {})).items())
        return (
            texts.get(rec.type, rec.type)
            .replace("%1", title)
            .replace("%2", f"{int(p.get('delta_s', 0) or 0):+d}")
            .replace("%3", str(p.get("text", "")))
            .replace("%4", changes)
            .replace("%5", str(dict(p.get("segment", {})).get("title", "")))
        )

    def _resolve(self, reapply: bool) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        writer, seq = item.data(Qt.ItemDataRole.UserRole)
        self.runner.run(
            "session.resolve_fenced", {"writer": str(writer), "seq": int(seq), "reapply": reapply}, parent=self
        )
