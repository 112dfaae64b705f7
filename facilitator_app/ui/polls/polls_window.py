"""Pulse polls: the library, launch / close / reveal, live results, counts typed in by
hand, report import, the trend of a recurring pulse, the evaluation summary, exports, and
a presentation view for the stage screen.

Every change is a session event (definitions are undoable), so a co-facilitator who
takes over has the polls and their answers."""

from __future__ import annotations

import html
import uuid
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QAction, QKeySequence, QPainter, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.polls import (
    PollDef,
    PollError,
    PollKind,
    PollState,
    PollStatus,
    aggregate,
    evaluation_summary,
    trend,
)
from ...domain.polls import (
    cued as cued_polls,
)
from ...domain.state import SessionState
from ..common import theme
from ..common.commands import CommandRunner, tr_msg, typing_in_progress
from .poll_chart import PollChart, paint_poll, paint_trend


def kind_name(kind: PollKind) -> str:
    from PySide6.QtCore import QCoreApplication

    names = {
        PollKind.SINGLE: QCoreApplication.translate("PollsWindow", "Single choice"),
        PollKind.MULTIPLE: QCoreApplication.translate("PollsWindow", "Multiple choice"),
        PollKind.RATING: QCoreApplication.translate("PollsWindow", "Rating scale"),
        PollKind.NPS: QCoreApplication.translate("PollsWindow", "Recommendation 0-10"),
        PollKind.WORDS: QCoreApplication.translate("PollsWindow", "One word (word cloud)"),
        PollKind.TEXT: QCoreApplication.translate("PollsWindow", "Open text"),
    }
    return names[kind]


def trend_unit(poll: PollDef) -> str:
    """The scale a trend is drawn on: NPS (-100..100), the rating's top, or a share in %."""
    if poll.kind is PollKind.NPS:
        return "NPS"
    return str(poll.scale) if poll.kind is PollKind.RATING else "%"


def status_name(status: PollStatus) -> str:
    from PySide6.QtCore import QCoreApplication

    names = {
        PollStatus.DRAFT: QCoreApplication.translate("PollsWindow", "not started"),
        PollStatus.OPEN: QCoreApplication.translate("PollsWindow", "open"),
        PollStatus.CLOSED: QCoreApplication.translate("PollsWindow", "closed"),
        PollStatus.REVEALED: QCoreApplication.translate("PollsWindow", "revealed"),
    }
    return names[status]


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


class CountsEntry(QWidget):
    """Counts read off the host client's screen, typed in with the keyboard alone: Tab
    between fields, Enter saves."""

    def __init__(self, save: Callable[[dict[str, int]], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._save = save
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.spins: list[tuple[str, QSpinBox]] = []
        self.words = QLineEdit()
        self.words.setPlaceholderText(self.tr("word=count, word=count … (or one answer per comma)"))
        self.words.returnPressed.connect(self.save)
        self.save_button = QPushButton(self.tr("Save counts"))
        self.save_button.clicked.connect(self.save)
        self._poll: PollDef | None = None

    def set_poll(self, poll: PollDef | None, counts: dict[str, int]) -> None:
        if poll is not None and poll == self._poll and self.spins:
            for choice, spin in self.spins:  # the same poll: only the values change
                spin.setValue(counts.get(choice, 0))
            return
        if poll is not None and poll == self._poll and not poll.choices():
            self.words.setText(", ".join(f"{k}={v}" for k, v in counts.items()))
            return
        self._poll = poll
        while self.grid.count():
            item = self.grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None and widget not in (self.words, self.save_button):
                widget.deleteLater()
        self.spins = []
        if poll is None:
            return
        choices = poll.choices()
        if choices:
            columns = 6 if len(choices) > 6 else len(choices)
            for i, choice in enumerate(choices):
                spin = QSpinBox()
                spin.setRange(0, 100000)
                spin.setValue(counts.get(choice, 0))
                spin.setAccelerated(True)
                label = QLabel(choice)
                label.setBuddy(spin)
                self.grid.addWidget(label, (i // columns) * 2, i % columns)
                self.grid.addWidget(spin, (i // columns) * 2 + 1, i % columns)
                self.spins.append((choice, spin))
            self.grid.addWidget(self.save_button, 0, columns, 2, 1)
            for (_, a), (_, b) in zip(self.spins, self.spins[1:], strict=False):
                QWidget.setTabOrder(a, b)
        else:
            self.words.setText(", ".join(f"{k}={v}" for k, v in counts.items()))
            self.grid.addWidget(self.words, 0, 0)
            self.grid.addWidget(self.save_button, 0, 1)

    def focus_first(self) -> None:
        for _, spin in self.spins:
            spin.setVisible(True)
        if self.spins:
            self.spins[0][1].setFocus()
            self.spins[0][1].selectAll()
        else:
            self.words.setFocus()

    def counts(self) -> dict[str, int]:
        if self.spins:
            return {choice: spin.value() for choice, spin in self.spins if spin.value()}
        out: dict[str, int] = {}
        for part in self.words.text().split(","):
            word, _, n = part.partition("=")
            word = word.strip()
            if not word:
                continue
            try:
                out[word] = out.get(word, 0) + (int(n) if n.strip() else 1)
            except ValueError:
                out[word] = out.get(word, 0) + 1
        return out

    def keyPressEvent(self, event: Any) -> None:
        """Enter in any count field saves (a spin box passes Enter on to its parent)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save()
            event.accept()
            return
        super().keyPressEvent(event)

    def save(self) -> None:
        for _, spin in self.spins:
            spin.interpretText()
        self._save(self.counts())


class PresentView(QWidget):
    """The result (or trend) full screen on the stage screen; Esc closes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("pollPresent")
        self.setWindowTitle(self.tr("Poll results"))
        # The producer keeps the keyboard in the polls window: F6 shows and hides this view.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.chart = PollChart()
        layout.addWidget(self.chart)
        close = QShortcut(QKeySequence("Esc"), self)
        close.activated.connect(self.close)
        self._close = close


class PollsWindow(QWidget):
    def __init__(
        self,
        runner: CommandRunner,
        state: Callable[[], SessionState],
        now: Callable[[], datetime],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("pollsWindow")
        self.setWindowTitle(self.tr("Polls"))
        self._state = state
        self.runner = runner
        self.undo_stack = QUndoStack(self)  # Ctrl+Z here undoes what was done here
        self._now = now
        self.present_count: Callable[[], int | None] = lambda: None
        self.stage_screen: Callable[[], Any] = lambda: None
        self.platform_status: Callable[[], dict[str, str]] = dict  # poll title (normalised) -> platform status
        self.present_view: PresentView | None = None
        self._shortcuts: list[QShortcut] = []
        self._build()
        self.refresh()

    # ------------------------------------------------------------ building

    def _build(self) -> None:
        outer = QHBoxLayout(self)
        outer.setContentsMargins(10, 8, 10, 8)
        split = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Poll library"))
        title.setObjectName("roomTitle")
        left_layout.addWidget(title)
        self.library = QListWidget()
        self.library.setObjectName("pollLibrary")
        self.library.setMinimumWidth(self.fontMetrics().averageCharWidth() * 44)
        self.library.setWordWrap(True)
        self.library.currentRowChanged.connect(lambda _r: self.show_current())
        self.library.itemDoubleClicked.connect(lambda _i: self.edit_poll())
        left_layout.addWidget(self.library, 1)
        row = QHBoxLayout()
        self.btn_new = QPushButton(self.tr("New…"))
        self.btn_new.setProperty("command", "polls.define")
        self.btn_new.clicked.connect(lambda _c=False: self.new_poll())
        self.btn_edit = QPushButton(self.tr("Edit…"))
        self.btn_edit.setProperty("command", "polls.define")
        self.btn_edit.clicked.connect(lambda _c=False: self.edit_poll())
        self.btn_delete = QPushButton(self.tr("Delete"))
        self.btn_delete.setProperty("command", "polls.delete")
        self.btn_delete.clicked.connect(lambda _c=False: self.delete_poll())
        for b in (self.btn_new, self.btn_edit, self.btn_delete):
            row.addWidget(b)
        left_layout.addLayout(row)
        split.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        actions = QHBoxLayout()
        self.btn_launch = QPushButton(self.tr("Launch"))
        self.btn_launch.setProperty("command", "polls.launch")
        self.btn_launch.clicked.connect(lambda _c=False: self.set_status(PollStatus.OPEN))
        self.btn_close = QPushButton(self.tr("Close"))
        self.btn_close.setProperty("command", "polls.close")
        self.btn_close.clicked.connect(lambda _c=False: self.set_status(PollStatus.CLOSED))
        self.btn_reveal = QPushButton(self.tr("Reveal"))
        self.btn_reveal.setProperty("command", "polls.reveal")
        self.btn_reveal.clicked.connect(lambda _c=False: self.set_status(PollStatus.REVEALED))
        self.btn_present = QPushButton(self.tr("Present on stage"))
        self.btn_present.setProperty("command", "view.present_poll")
        self.btn_present.clicked.connect(lambda _c=False: self.toggle_present())
        self.btn_import = QPushButton(self.tr("Import report…"))
        self.btn_import.setProperty("command", "polls.record_results")
        self.btn_import.clicked.connect(lambda _checked=False: self.import_report())
        for b in (self.btn_launch, self.btn_close, self.btn_reveal, self.btn_present, self.btn_import):
            actions.addWidget(b)
        actions.addStretch(1)
        self.btn_push = QPushButton(self.tr("Send polls to the platform"))
        self.btn_push.setProperty("command", "polls.send")
        self.btn_push.clicked.connect(lambda _c=False: self.push())
        actions.addWidget(self.btn_push)
        self.btn_export = theme.menu_button(
            self.tr("Export"),
            [
                (self.tr("All results (CSV)…"), lambda: self.export("csv")),
                (self.tr("All results (XLSX)…"), lambda: self.export("xlsx")),
                (self.tr("Report with charts (PDF)…"), lambda: self.export("pdf")),
            ],
        )
        actions.addWidget(self.btn_export)
        right_layout.addLayout(actions)
        self.note = QLabel()
        self.note.setObjectName("roomSummary")
        self.note.setWordWrap(True)
        right_layout.addWidget(self.note)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        result_page = QWidget()
        result_layout = QVBoxLayout(result_page)
        result_layout.setContentsMargins(0, 4, 0, 0)
        self.chart = PollChart()
        self.chart.setObjectName("pollChart")
        self.chart.empty_text = self.tr("Choose a poll, or make one with New… (Ctrl+N).")
        result_layout.addWidget(self.chart, 1)
        entry_title = QLabel(self.tr("Counts from the host client (Ctrl+E, Tab between fields, Enter saves):"))
        entry_title.setObjectName("roomDetail")
        result_layout.addWidget(entry_title)
        self.entry = CountsEntry(self.save_counts)
        result_layout.addWidget(self.entry)
        self.tabs.addTab(result_page, self.tr("Result"))
        trend_page = QWidget()
        trend_layout = QVBoxLayout(trend_page)
        trend_layout.setContentsMargins(0, 4, 0, 0)
        self.series_box = QComboBox()
        self.series_box.currentIndexChanged.connect(lambda _i: self.show_trend())
        trend_layout.addWidget(self.series_box)
        self.trend_chart = PollChart()
        self.trend_chart.setObjectName("trendChart")
        trend_layout.addWidget(self.trend_chart, 1)
        self.tabs.addTab(trend_page, self.tr("Trend"))
        self.evaluation = QLabel()
        self.evaluation.setObjectName("evaluation")
        self.evaluation.setTextFormat(Qt.TextFormat.RichText)
        self.evaluation.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.evaluation.setWordWrap(True)
        self.tabs.addTab(self.evaluation, self.tr("Evaluation"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        right_layout.addWidget(self.tabs, 1)
        split.addWidget(right)
        split.setStretchFactor(0, 30)
        split.setStretchFactor(1, 70)
        outer.addWidget(split)

        self.actions: dict[str, QAction] = {}
        for command_id, slot in (
            ("polls.launch", lambda: self.set_status(PollStatus.OPEN)),
            ("polls.close", lambda: self.set_status(PollStatus.CLOSED)),
            ("polls.reveal", lambda: self.set_status(PollStatus.REVEALED)),
        ):
            self.actions[command_id] = self.runner.action(self, command_id, slot)
            self.addAction(self.actions[command_id])
        undo = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        undo.setObjectName("edit.undo")
        undo.setShortcuts(QKeySequence.StandardKey.Undo)
        undo.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        redo = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        redo.setObjectName("edit.redo")
        redo.setShortcuts(QKeySequence.StandardKey.Redo)
        redo.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.addActions([undo, redo])
        self.actions["edit.undo"], self.actions["edit.redo"] = undo, redo
        for key, slot in (
            ("Ctrl+N", self.new_poll),
            ("F2", self.edit_poll),
            ("Ctrl+E", self._enter_counts),
            ("Ctrl+I", self.import_report),
            ("F6", self.toggle_present),
            ("Ctrl+1", lambda: self.tabs.setCurrentIndex(0)),
            ("Ctrl+2", lambda: self.tabs.setCurrentIndex(1)),
            ("Ctrl+3", lambda: self.tabs.setCurrentIndex(2)),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda s=slot: self._gated(s))
            self._shortcuts.append(shortcut)
        for button, key in (
            (self.btn_launch, "Ctrl+L"),
            (self.btn_close, "Ctrl+K"),
            (self.btn_reveal, "Ctrl+R"),
            (self.btn_present, "F6"),
            (self.btn_import, "Ctrl+I"),
            (self.btn_new, "Ctrl+N"),
            (self.btn_edit, "F2"),
        ):
            button.setToolTip(f"{button.text()} ({key})")

    def _run(self, command_id: str, args: dict[str, Any] | None = None) -> Any:
        """A command from this window: its edits go on this window's undo stack."""
        return self.runner.run(command_id, args, undo_stack=self.undo_stack, parent=self)

    def _gated(self, slot: Callable[[], object]) -> None:
        if not typing_in_progress():
            slot()

    def _enter_counts(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.entry.focus_first()

    # ------------------------------------------------------------ state -> view

    def editable(self) -> bool:
        return not self.runner.why_not("polls.define", {"poll": {}})

    def current(self) -> PollState | None:
        item = self.library.currentItem()
        if item is None:
            return None
        return self._state().polls.get(str(item.data(Qt.ItemDataRole.UserRole)))

    def cued(self, state: SessionState) -> list[PollState]:
        """Polls attached to the segment now live and not yet launched."""
        return cued_polls(state.polls, state.live.segment_id if state.live.active else None)

    def refresh(self) -> None:
        state = self._state()
        statuses = self.platform_status()
        cued = {p.poll.id for p in self.cued(state)}
        titles = {s.id: s.title for d in state.show.days for s in d.segments}
        keep = self.library.currentItem().data(Qt.ItemDataRole.UserRole) if self.library.currentItem() else None
        rows = []
        for entry in state.polls.values():
            mark = "▶ " if entry.poll.id in cued else ""
            where = f" · {titles[entry.poll.segment_id]}" if entry.poll.segment_id in titles else ""
            platform = statuses.get(" ".join(entry.poll.name.lower().split()))
            extra = f" · Zoom: {platform}" if platform else ""
            detail = f"{kind_name(entry.poll.kind)} · {status_name(entry.status)}{where}{extra}"
            rows.append((f"{mark}{entry.poll.name}\n{detail}", entry.poll.id))
        if [
            (self.library.item(i).text(), self.library.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.library.count())
        ] != rows:
            self.library.blockSignals(True)
            self.library.clear()
            for text, pid in rows:
                item = QListWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, pid)
                self.library.addItem(item)
            ids = [pid for _, pid in rows]
            want = keep if keep in ids else (next(iter(cued), None) or (ids[0] if ids else None))
            if want is not None:
                self.library.setCurrentRow(ids.index(want))
            self.library.blockSignals(False)
        mine = self.editable()
        ps = self.current()
        for b in (self.btn_new, self.btn_push):
            b.setEnabled(mine)
        for b in (self.btn_edit, self.btn_delete, self.btn_import):
            b.setEnabled(mine and ps is not None)
        self.btn_launch.setEnabled(mine and ps is not None and ps.status in (PollStatus.DRAFT, PollStatus.CLOSED))
        self.btn_close.setEnabled(mine and ps is not None and ps.status is PollStatus.OPEN)
        self.btn_reveal.setEnabled(mine and ps is not None and ps.status is PollStatus.CLOSED)
        self.entry.setEnabled(mine and ps is not None)
        self.show_current()
        self.show_trend()
        self.show_evaluation()

    def show_current(self) -> None:
        ps = self.current()
        if ps is None:
            self.chart.show_result(None, None)
            self.entry.set_poll(None, {})
            self.note.setText("")
            return
        result = aggregate(ps.poll, ps.snapshot, ps.closed_at)
        self.chart.show_result(ps.poll, result, present=self.present_count(), status=status_name(ps.status))
        current_counts = dict(result.counts) if ps.snapshot is not None and ps.snapshot.source == "manual" else {}
        if not (self.entry.isAncestorOf(self.focusWidget()) if self.focusWidget() else False):
            self.entry.set_poll(ps.poll, current_counts)
        parts = []
        if ps.snapshot is not None:
            parts.append(
                self.tr("Source: %1 · %2 update(s)").replace("%1", ps.snapshot.source).replace("%2", str(ps.snapshots))
            )
        if result.duplicates:
            parts.append(
                self.tr("%1 repeated answers: each person's last one counts").replace("%1", str(result.duplicates))
            )
        if result.unknown:
            parts.append(self.tr("%1 answers are none of the options").replace("%1", str(result.unknown)))
        problems = ps.poll.platform_problems()
        if problems:
            parts.append(self.tr("For Zoom: %1").replace("%1", "; ".join(problems)))
        self.note.setText(" · ".join(parts))
        self._update_present()

    def _series(self, state: SessionState) -> list[str]:
        counts: dict[str, int] = {}
        for ps in state.polls.values():
            key = ps.poll.series or ps.poll.id
            counts[key] = counts.get(key, 0) + 1
        return [k for k, n in counts.items() if n > 1]

    def show_trend(self) -> None:
        state = self._state()
        series = self._series(state)
        if [self.series_box.itemData(i) for i in range(self.series_box.count())] != series:
            self.series_box.blockSignals(True)
            self.series_box.clear()
            for s in series:
                self.series_box.addItem(s, s)
            self.series_box.blockSignals(False)
        key = self.series_box.currentData()
        if not key:
            self.trend_chart.show_result(None, None)
            self.trend_chart.empty_text = self.tr("A trend needs two or more polls in the same recurring pulse.")
            return
        polls = [p for p in state.polls.values() if (p.poll.series or p.poll.id) == key]
        labels = self._labels(state)
        points = trend(polls, key, labels)
        first = polls[0].poll
        unit = trend_unit(first)
        self.trend_chart.show_trend(first.question, points, unit)

    def _labels(self, state: SessionState) -> dict[str, str]:
        where = {s.id: (d.title, s.title) for d in state.show.days for s in d.segments}
        out = {}
        for ps in state.polls.values():
            if ps.poll.segment_id in where:
                day, seg = where[ps.poll.segment_id]
                out[ps.poll.id] = f"{day}: {seg}"
        return out

    def show_evaluation(self) -> None:
        state = self._state()
        evaluations = [p for p in state.polls.values() if p.poll.evaluation]
        if not evaluations:
            self.evaluation.setText(
                self.tr("Mark a poll as the evaluation of the event (Edit…) to see its summary here.")
            )
            return
        parts = []
        for ps in evaluations:
            summary = evaluation_summary(ps, self.present_count())
            answered = self.tr("%1 answered").replace("%1", str(summary.responses))
            if summary.present:
                answered += " · " + self.tr("%1 present").replace("%1", str(summary.present))
            cell = "style='padding:4px 18px 4px 0'"
            rows = "".join(
                f"<tr><td {cell}>{html.escape(choice)}</td>"
                f"<td {cell} align='right'><b>{self.locale().toString(share * 100, 'f', 0)} %</b></td>"
                f"<td style='color:#9aa4ae'>({count})</td></tr>"
                for choice, count, share in summary.shares
            )
            mean = ""
            if summary.mean is not None:
                mean = (
                    "<p>" + self.tr("Average: %1").replace("%1", self.locale().toString(summary.mean, "f", 1)) + "</p>"
                )
            parts.append(
                f"<div style='font-size:18pt'><p><b>{html.escape(summary.question)}</b></p>"
                f"<p style='color:#9aa4ae'>{answered}</p><table>{rows}</table>{mean}</div>"
            )
        self.evaluation.setText("<hr>".join(parts))

    # ------------------------------------------------------------ actions

    def new_poll(self) -> None:
        if not self.editable():
            return
        dialog = PollDialog(self._state(), None, self)
        dialog.accepted.connect(lambda: self._define(dialog.defined, new=True))
        self._dialog = dialog
        dialog.open()

    def edit_poll(self) -> None:
        ps = self.current()
        if ps is None or not self.editable():
            return
        dialog = PollDialog(self._state(), ps.poll, self)
        dialog.accepted.connect(lambda: self._define(dialog.defined, new=False))
        self._dialog = dialog
        dialog.open()

    def _define(self, poll: PollDef | None, new: bool) -> None:
        del new  # a new id is a new poll; the command knows
        if poll is None:
            return
        self._run("polls.define", {"poll": poll.to_dict()})
        self.refresh()
        ids = [self.library.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.library.count())]
        if poll.id in ids:
            self.library.setCurrentRow(ids.index(poll.id))

    def delete_poll(self) -> None:
        ps = self.current()
        if ps is not None:
            self._run("polls.delete", {"poll": ps.poll.id})
            self.refresh()

    def set_status(self, status: PollStatus) -> None:
        ps = self.current()
        if ps is None:
            return
        command = {
            PollStatus.OPEN: "polls.launch",
            PollStatus.CLOSED: "polls.close",
            PollStatus.REVEALED: "polls.reveal",
        }
        reason = self.runner.why_not(command[status], {"poll": ps.poll.id})
        if reason:  # said beside the buttons, never a box in the way of the next key
            self.note.setText(reason)
            return
        result = self.runner.run(command[status], {"poll": ps.poll.id}, parent=self)
        self.refresh()
        if result is not None and result.message is not None:
            self.note.setText(tr_msg(result.message))

    def save_counts(self, counts: dict[str, int]) -> None:
        ps = self.current()
        if ps is not None:
            self._run("polls.record_counts", {"poll": ps.poll.id, "counts": counts})
            self.refresh()

    def import_report(self, path: Path | None = None) -> None:
        from ...services.people_files import SheetError
        from ...services.poll_files import read_report

        ps = self.current()
        if ps is None or not self.editable():
            return
        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import a poll report"), "", self.tr("Poll reports (*.csv *.xlsx)")
            )
            if not chosen:
                return
            path = Path(chosen)
        try:
            snapshot, warnings = read_report(path, ps.poll, self._now())
        except SheetError as exc:
            self._warn(self.tr("Nothing was imported: %1").replace("%1", str(exc)))
            return
        self._run("polls.record_results", {"poll": ps.poll.id, "snapshot": snapshot.to_dict()})
        self.refresh()
        if warnings:
            self._warn("\n".join(warnings[:20]))

    def push(self) -> None:
        result = self.runner.run("polls.send", parent=self)
        if result is not None and result.message is not None:
            box = QMessageBox(
                QMessageBox.Icon.Information, self.tr("Send polls to the platform"), tr_msg(result.message), parent=self
            )
            box.setObjectName("pollsSent")
            self._box = box
            box.open()

    def toggle_present(self) -> None:
        if self.present_view is not None and self.present_view.isVisible():
            self.present_view.close()
            return
        if self.present_view is None:
            self.present_view = PresentView(self)
        screen = self.stage_screen()
        if screen is not None and screen is not self.screen():
            self.present_view.setScreen(screen)
            self.present_view.setGeometry(screen.geometry())
            self.present_view.showFullScreen()
        else:  # one screen: a window beside this one
            geo = self.screen().availableGeometry()
            self.present_view.setGeometry(
                geo.x() + geo.width() // 2, geo.y() + 40, geo.width() // 2 - 20, geo.height() // 2
            )
            self.present_view.showNormal()
        self.activateWindow()
        self._update_present()

    def _update_present(self) -> None:
        if self.present_view is None or not self.present_view.isVisible():
            return
        ps = self.current()
        if ps is None:
            self.present_view.chart.show_result(None, None)
            return
        result = aggregate(ps.poll, ps.snapshot, ps.closed_at)
        masked = ps.poll.hidden and not ps.revealed
        self.present_view.chart.show_result(ps.poll, result, present=self.present_count(), masked=masked)

    def export(self, kind: str, path: Path | None = None) -> None:
        from ...services.poll_files import write_results_csv, write_results_xlsx

        polls = list(self._state().polls.values())
        if path is None:
            patterns = {"csv": "CSV (*.csv)", "xlsx": "Excel (*.xlsx)", "pdf": "PDF (*.pdf)"}
            chosen, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export poll results"), f"polls.{kind}", patterns[kind]
            )
            if not chosen:
                return
            path = Path(chosen)
        try:
            if kind == "csv":
                write_results_csv(path, polls)
            elif kind == "xlsx":
                write_results_xlsx(path, polls)
            else:
                self._write_pdf(path, polls)
        except OSError as exc:
            self._warn(self.tr("Could not write %1: %2").replace("%1", str(path)).replace("%2", str(exc)))

    def _write_pdf(self, path: Path, polls: list[PollState]) -> None:
        from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

        writer = QPdfWriter(str(path))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageOrientation(QPageLayout.Orientation.Landscape)
        writer.setResolution(150)
        writer.setTitle(self._state().show.title)
        painter = QPainter(writer)
        page = QRectF(writer.pageLayout().paintRectPixels(writer.resolution()))
        page.moveTo(0, 0)
        first = True
        labels = self._labels(self._state())
        for ps in polls:
            if not first:
                writer.newPage()
            first = False
            paint_poll(
                painter, page, ps.poll, aggregate(ps.poll, ps.snapshot, ps.closed_at), status=status_name(ps.status)
            )
        for key in self._series(self._state()):
            members = [p for p in polls if (p.poll.series or p.poll.id) == key]
            writer.newPage()
            unit = trend_unit(members[0].poll)
            paint_trend(painter, page, members[0].poll.question, trend(members, key, labels), unit)
        painter.end()

    def _warn(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Polls"), text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("pollsWarning")
        self._box = box
        box.open()
