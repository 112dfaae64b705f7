"""Pulse polls: the library, launch / close / reveal, live results, counts typed in by
hand, report import, the trend of a recurring pulse, the evaluation summary, exports, and
a presentation view for the stage screen.

Every change is a session event (definitions are undoable), so a co-facilitator who
takes over has the polls and their answers."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain.polls import (
    PollDef,
    PollState,
    PollStatus,
    aggregate,
    trend,
)
from ...domain.polls import (
    cued as cued_polls,
)
from ...domain.state import SessionState
from ..common import theme
from ..common.commands import (
    CommandRunner,
    escape,
    save_folder,
    saved_to,
    tr_msg,
    typing_in_progress,
    window_actions,
)
from .counts_entry import CountsEntry
from .evaluation_view import EvaluationView
from .poll_chart import PollChart
from .poll_dialog import PollDialog
from .poll_exports import EXPORT_PATTERNS, export_results
from .poll_library import PollLibrary
from .poll_names import replace_question, source_name, status_name
from .present_view import PresentView
from .trend_chart import recurring_series, segment_labels, trend_unit


def _ask_replace(window: PollsWindow, question: str, args: dict[str, Any]) -> None:
    """Typed counts that replace answers from elsewhere: asked first, in a box that says
    what goes (a test answers it); afterwards the keyboard is back in the library."""
    box = window.runner.confirm_and_run(
        "polls.record_counts",
        question,
        QCoreApplication.translate("PollsWindow", "Replace"),
        args,
        parent=window,
        undo_stack=window.undo_stack,
    )

    def decided(_result: int) -> None:
        window.refresh()
        window.activateWindow()
        window.library.setFocus()

    if box is not None:
        box.finished.connect(decided)


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
        self.library = PollLibrary()
        self.library.setMinimumWidth(self.fontMetrics().averageCharWidth() * 44)
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
        self.evaluation = EvaluationView()
        self.tabs.addTab(self.evaluation, self.tr("Evaluation"))
        self.tabs.currentChanged.connect(lambda _i: self.refresh())
        right_layout.addWidget(self.tabs, 1)
        split.addWidget(right)
        split.setStretchFactor(0, 30)
        split.setStretchFactor(1, 70)
        outer.addWidget(split)

        self.command_actions: dict[str, QAction] = window_actions(
            self.runner,
            self,
            self.undo_stack,
            [
                ("polls.launch", lambda: self.set_status(PollStatus.OPEN)),
                ("polls.close", lambda: self.set_status(PollStatus.CLOSED)),
                ("polls.reveal", lambda: self.set_status(PollStatus.REVEALED)),
            ],
        )
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
        close = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)  # as the rooms window
        close.activated.connect(lambda: escape(self, self.library))
        self._shortcuts.append(close)
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
        poll_id = self.library.current_id()
        return None if poll_id is None else self._state().polls.get(poll_id)

    def cued(self, state: SessionState) -> list[PollState]:
        """Polls attached to the segment now live and not yet launched."""
        return cued_polls(state.polls, state.live.segment_id if state.live.active else None)

    def refresh(self) -> None:
        state = self._state()
        cued = {p.poll.id for p in self.cued(state)}
        self.library.show_polls(state, cued, self.platform_status())
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
        status = status_name(ps.status)  # the present figure: the one stored with the result
        self.chart.show_result(ps.poll, result, present=ps.present_then(self.present_count()), status=status)
        current_counts = dict(result.counts) if ps.snapshot is not None and ps.snapshot.source == "manual" else {}
        if not (self.entry.isAncestorOf(self.focusWidget()) if self.focusWidget() else False):
            self.entry.set_poll(ps.poll, current_counts)
        parts = []
        if ps.snapshot is not None:
            source, count = source_name(ps.snapshot.source), str(ps.snapshots)
            parts.append(self.tr("Source: %1 · %2 update(s)").replace("%1", source).replace("%2", count))
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

    def show_trend(self) -> None:
        state = self._state()
        series = recurring_series(state)
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
        points = trend(polls, key, segment_labels(state))
        first = polls[0].poll
        unit = trend_unit(first)
        self.trend_chart.show_trend(first.question, points, unit)

    def show_evaluation(self) -> None:
        evaluations = [p for p in self._state().polls.values() if p.poll.evaluation]
        self.evaluation.show_polls(evaluations, self.present_count())

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
        self.library.select(poll.id)

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
        again = status is PollStatus.OPEN and ps.status is PollStatus.CLOSED and ps.snapshot is not None
        reason = self.runner.why_not(command[status], {"poll": ps.poll.id, "again": again})
        if reason:  # said beside the buttons, never a box in the way of the next key
            self.note.setText(reason)
            return
        if again:
            # Launching a closed poll again replaces its answers: the one box worth its place
            # mid-show (Ctrl+L on the poll the list still shows, not the one cued, is easy).
            self.runner.confirm_and_run(
                "polls.launch",
                self.tr("“%1” is closed and has its answers. Launch it again? The new answers replace them.").replace(
                    "%1", ps.poll.name
                ),
                self.tr("&Launch again"),
                {"poll": ps.poll.id, "again": True},
                parent=self,
            )
            return
        result = self.runner.run(command[status], {"poll": ps.poll.id}, parent=self)
        self.refresh()
        if result is not None and result.message is not None:
            self.note.setText(tr_msg(result.message))

    def save_counts(self, counts: dict[str, int]) -> None:
        ps = self.current()
        if ps is None:
            return
        args, question = {"poll": ps.poll.id, "counts": counts}, replace_question(ps, counts)
        if question is None:  # nothing from elsewhere is replaced
            self._run("polls.record_counts", args)
            self.refresh()
            self.library.setFocus()  # where Ctrl+Z undoes the save (in a count field: the typing)
            return
        _ask_replace(self, question, args)

    def import_report(self, path: Path | None = None) -> None:
        from .report_import import import_report

        ps = self.current()
        if ps is not None and self.editable():
            self.reading = import_report(self, ps.poll, self._now(), self._run, self._warn, path)

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
        self.present_view.show_on(self.stage_screen(), self.screen(), self.frameGeometry())
        self.activateWindow()  # the keyboard stays here …
        self.present_view.raise_()  # … and the view stays in front of this window
        self._update_present()

    def _update_present(self) -> None:
        if self.present_view is not None:
            self.present_view.show_poll(self.current(), self.present_count())

    def export(self, kind: str, path: Path | None = None) -> None:
        state = self._state()
        if path is None:
            title = self.tr("Export poll results")
            start = str(save_folder() / f"polls.{kind}")
            chosen, _ = QFileDialog.getSaveFileName(self, title, start, EXPORT_PATTERNS[kind])
            saved_to(chosen)
            if not chosen:
                return
            path = Path(chosen)
        error = export_results(kind, path, state)
        if error:
            self._warn(self.tr("Could not write %1: %2").replace("%1", str(path)).replace("%2", error))

    def _warn(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Polls"), text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("pollsWarning")
        self._box = box
        box.open()
