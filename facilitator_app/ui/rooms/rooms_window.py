"""The room board: each breakout round's rooms as cards, drag and drop between them, the
planner's figures, who has met whom, who to move right now, and the people list.

Every change is an undoable session event (the main window's undo stack), so a
co-facilitator sees it and a takeover keeps it. Planning runs on a worker thread with
its time budget shown; the window stays live meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...domain import room_rounds
from ...domain.model import Person
from ...domain.rooms import Plan, RoomSpec
from ...domain.state import SessionState
from ..common import theme
from ..common.commands import CommandRunner, escape, tr_msg, typing_in_progress, window_actions
from .board import RoomBoard
from .encounters import EncountersModel, EncountersView
from .planning import RoomPlanning
from .room_files import RoomFiles
from .round_summary import move_lines, summary_html


class RoomsWindow(QWidget):
    """Rooms for the session's breakout segments."""

    def __init__(
        self,
        runner: CommandRunner,
        state: Callable[[], SessionState],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("roomsWindow")
        self.setWindowTitle(self.tr("Rooms"))
        self.runner = runner
        self._state = state
        self.undo_stack = QUndoStack(self)  # Ctrl+Z here undoes what was done here
        self._shortcuts: list[QShortcut] = []
        self.files = RoomFiles(runner, state, self.current, self._run, self._warn, self)
        self._build()
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(80)
        self._relayout.timeout.connect(self.refresh)
        self.refresh()

    # ------------------------------------------------------------ building

    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(10, 8, 10, 8)
        outer.setSpacing(6)

        row1 = QHBoxLayout()
        self.round_box = QComboBox()
        self.round_box.setMinimumContentsLength(16)
        self.round_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.round_box.currentIndexChanged.connect(lambda _i: self.refresh())
        row1.addWidget(QLabel(self.tr("Round:")))
        row1.addWidget(self.round_box, 1)
        self.size_box = QSpinBox()
        self.size_box.setRange(2, 50)
        self.min_size = QSpinBox()
        self.min_size.setRange(1, 50)
        self.max_size = QSpinBox()
        self.max_size.setRange(2, 60)
        self.count = QSpinBox()
        self.count.setRange(0, 500)
        self.count.setSpecialValueText(self.tr("auto"))
        for label, box in (
            (self.tr("Room size"), self.size_box),
            (self.tr("from"), self.min_size),
            (self.tr("to"), self.max_size),
            (self.tr("Rooms"), self.count),
        ):
            row1.addWidget(QLabel(label))
            row1.addWidget(box)
        self.names = QLineEdit()
        self.names.setPlaceholderText(self.tr("Room names, comma separated (optional)"))
        self.names.setMinimumWidth(self.fontMetrics().averageCharWidth() * 20)
        self.apply_spec = QPushButton(self.tr("Apply layout"))
        self.apply_spec.setProperty("command", "rooms.configure")
        self.apply_spec.clicked.connect(lambda _c=False: self.save_spec())
        row1.addWidget(self.apply_spec)
        outer.addLayout(row1)

        row2 = QHBoxLayout()
        row2.addWidget(self.names, 1)
        self.balance = QComboBox()
        self.balance.activated.connect(lambda _i: self._run("rooms.options", {"balance": self.balance.currentData()}))
        row2.addWidget(QLabel(self.tr("Mix:")))
        row2.addWidget(self.balance)
        self.seconds = QDoubleSpinBox()
        self.seconds.setRange(0.5, 120)
        self.seconds.setSuffix(" s")
        self.seconds.setDecimals(1)
        self.seconds.editingFinished.connect(
            lambda: (
                self._run("rooms.options", {"seconds": self.seconds.value()})
                if abs(self.seconds.value() - self._state().rooms.seconds) > 1e-9
                else None
            )
        )
        row2.addWidget(QLabel(self.tr("Search time:")))
        row2.addWidget(self.seconds)
        self.btn_round = QPushButton(self.tr("Plan this round"))
        self.btn_round.setProperty("command", "rooms.plan_round")
        self.btn_round.clicked.connect(lambda _c=False: self.plan(all_rounds=False))
        self.btn_all = QPushButton(self.tr("Plan all rounds"))
        self.btn_all.setProperty("command", "rooms.plan_all")
        self.btn_all.clicked.connect(lambda _c=False: self.plan(all_rounds=True))
        self.btn_replan = QPushButton(self.tr("Re-plan coming rounds"))
        self.btn_replan.setToolTip(
            self.tr("Place newcomers and fill gaps left by people who left, moving as few people as possible")
        )
        self.btn_replan.setProperty("command", "rooms.replan")
        self.btn_replan.clicked.connect(lambda _c=False: self.replan())
        self.btn_announce = QPushButton(self.tr("Announce round"))
        self.btn_announce.setCheckable(True)
        self.btn_announce.setToolTip(self.tr("An announced round is never changed by planning"))
        self.btn_announce.setProperty("command", "rooms.announce")
        self.btn_announce.clicked.connect(lambda _c=False: self.toggle_announced())
        outer.addLayout(row2)
        row3 = QHBoxLayout()  # three rows: the window fits 1366 px in Swedish too
        for b in (self.btn_round, self.btn_all, self.btn_replan, self.btn_announce):
            row3.addWidget(b)
        row3.addStretch(1)
        self.btn_import = QPushButton(self.tr("Import people…"))
        self.btn_import.setProperty("command", "rooms.import_people")
        self.btn_import.clicked.connect(lambda _c=False: self.files.import_people())
        row3.addWidget(self.btn_import)
        self.btn_export = theme.menu_button(
            self.tr("Export"),
            [
                (self.tr("Plan of all rounds (CSV)…"), self.export_plan_csv),
                (self.tr("Zoom pre-assignment for this round (CSV)…"), self.export_zoom_csv),
                (self.tr("Printable room list (PDF)…"), self.export_pdf),
            ],
        )
        row3.addWidget(self.btn_export)
        self.btn_push = QPushButton(self.tr("Send to platform"))
        self.btn_push.setToolTip(
            self.tr("Queue this round's rooms for the platform (Zoom and Webex: before the meeting)")
        )
        self.btn_push.setProperty("command", "rooms.send")
        self.btn_push.clicked.connect(lambda _c=False: self.push())
        row3.addWidget(self.btn_push)
        outer.addLayout(row3)

        self.planning = RoomPlanning(self.runner, self)
        self.progress = self.planning.progress
        outer.addWidget(self.progress)
        self.planning.warning.connect(self._warn)
        self.planning.planned.connect(self._apply_plan)
        self.planning.changed.connect(self.refresh)
        self.summary = QLabel()
        self.summary.setObjectName("roomSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        outer.addWidget(self.summary)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.board = RoomBoard()
        self.board.dropped.connect(self.move_people)
        # The board's parts, by the names the window has always had for them.
        self._cards = self.board.cards
        self.unassigned, self.unassigned_title = self.board.unassigned, self.board.unassigned_title
        self.tabs.addTab(self.board, self.tr("Board"))

        self.encounters = EncountersModel(self)
        self.encounters_view = EncountersView(self.encounters, self.fontMetrics())
        self.tabs.addTab(self.encounters_view, self.tr("Encounters"))

        self.moves = QListWidget()
        self.moves.setObjectName("moves")
        self.tabs.addTab(self.moves, self.tr("Who to move"))
        from .people_panel import PeoplePanel

        self.people = PeoplePanel(self._state, self._run, self._warn)
        self.tabs.addTab(self.people, self.tr("People"))
        outer.addWidget(self.tabs, 1)

        self.command_actions: dict[str, QAction] = window_actions(
            self.runner,
            self,
            self.undo_stack,
            [
                ("rooms.plan_round", lambda: self.plan(all_rounds=False)),
                ("rooms.plan_all", lambda: self.plan(all_rounds=True)),
                ("rooms.replan", self.replan),
                ("rooms.announce", self.toggle_announced),
                ("rooms.move", self.move_menu),
            ],
        )
        close = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        close.activated.connect(lambda: escape(self, self.tabs.currentWidget() or self.tabs))
        self._shortcuts.append(close)
        for key, slot in (
            ("Ctrl+PgDown", lambda: self._step_round(1)),
            ("Ctrl+PgUp", lambda: self._step_round(-1)),
            ("Ctrl+1", lambda: self.tabs.setCurrentIndex(0)),
            ("Ctrl+2", lambda: self.tabs.setCurrentIndex(1)),
            ("Ctrl+3", lambda: self.tabs.setCurrentIndex(2)),
            ("Ctrl+4", lambda: self.tabs.setCurrentIndex(3)),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda s=slot: self._gated(s))
            self._shortcuts.append(shortcut)
        self.btn_round.setToolTip(self.tr("Plan this round (Ctrl+G)"))
        self.btn_all.setToolTip(self.tr("Plan every round not yet announced (Ctrl+Shift+G)"))

    def _gated(self, slot: Callable[[], object]) -> None:
        if not typing_in_progress():
            slot()

    def _run(self, command_id: str, args: dict[str, Any] | None = None) -> Any:
        """A command from this window: its edits go on this window's undo stack."""
        return self.runner.run(command_id, args, undo_stack=self.undo_stack, parent=self)

    def _step_round(self, step: int) -> None:
        i = self.round_box.currentIndex() + step
        if 0 <= i < self.round_box.count():
            self.round_box.setCurrentIndex(i)

    # ------------------------------------------------------------ state -> view

    def current(self) -> str:
        return str(self.round_box.currentData() or "")

    def refresh(self) -> None:
        state = self._state()
        ids = room_rounds.breakout_ids(state.show)
        titles = {s.id: s.title for d in state.show.days for s in d.segments}
        days = {s.id: d.title for d in state.show.days for s in d.segments}
        want = self.current()
        labels = [(f"{i + 1}. {titles[s]} · {days[s]}", s) for i, s in enumerate(ids)]
        if [(self.round_box.itemText(i), self.round_box.itemData(i)) for i in range(self.round_box.count())] != labels:
            self.round_box.blockSignals(True)
            self.round_box.clear()
            for text, sid in labels:
                self.round_box.addItem(text, sid)
            index = self.round_box.findData(want)
            self.round_box.setCurrentIndex(index if index >= 0 else 0)
            self.round_box.blockSignals(False)
        seg = self.current()
        spec = room_rounds.spec_for(state, seg) if seg else room_rounds.DEFAULT_SPEC
        lo, hi = spec.bounds()
        for box, value in (
            (self.size_box, spec.size),
            (self.min_size, lo),
            (self.max_size, hi),
            (self.count, spec.count or 0),
        ):
            if not box.hasFocus():
                box.setValue(value)
        if not self.names.hasFocus():
            self.names.setText(", ".join(spec.names))
        choices = room_rounds.balance_choices(state)
        names = {
            "": self.tr("nothing"),
            "organisation": self.tr("organisation"),
            "department": self.tr("department"),
            "role": self.tr("role"),
        }
        if [self.balance.itemData(i) for i in range(self.balance.count())] != choices:
            self.balance.clear()
            for c in choices:
                self.balance.addItem(names.get(c, c[5:] if c.startswith("attr:") else c), c)
        self.balance.setCurrentIndex(max(0, self.balance.findData(state.rooms.balance)))
        if not self.seconds.hasFocus():
            self.seconds.setValue(state.rooms.seconds)
        locked = room_rounds.locked(state)
        self.btn_announce.setChecked(seg in state.rooms.announced)
        planning = self.planning.busy
        mine = self.editable()  # a follower sees the board but does not change it
        for b in (self.btn_round, self.btn_replan):
            b.setEnabled(mine and bool(seg) and seg not in locked and not planning)
        self.btn_all.setEnabled(mine and bool(ids) and not planning)
        for b in (self.btn_announce, self.apply_spec, self.btn_import):
            b.setEnabled(mine and bool(seg or b is self.btn_import))
        self.btn_push.setEnabled(mine and seg in state.rooms.plans)
        self.board.set_drag_drop(mine)
        self.board.fill(state, seg)
        self.summary.setText(
            summary_html(state, seg, locked, self.planning.search_text(state.rooms.plans), self.locale())
        )
        self.encounters.set_data(list(state.show.people), dict(room_rounds.encounters(state, seg or None)))
        self.moves.clear()
        self.moves.addItems(move_lines(state, seg, self.board.roster, self.board.roster_known))
        self.people.refresh(state, self.editable())

    def editable(self) -> bool:
        return not self.runner.why_not("rooms.options", {"seed": 1})

    def presence(self, person: Person, room: str) -> str:
        return self.board.presence(person, room)

    def set_roster(self, participants: list[dict[str, Any]]) -> None:
        # Every sync cycle sends the roster; redraw only when someone moved.
        if self.board.set_roster(participants) and self.isVisible():
            self.refresh()

    # ------------------------------------------------------------ actions

    def save_spec(self) -> bool:
        seg = self.current()
        if not seg:
            return False
        names = tuple(n.strip() for n in self.names.text().split(",") if n.strip())
        spec = RoomSpec(
            size=self.size_box.value(),
            min_size=self.min_size.value(),
            max_size=self.max_size.value(),
            count=self.count.value() or None,
            names=names,
        )
        return self._run("rooms.configure", {"segment": seg, "spec": spec.to_dict()}) is not None

    def plan(self, all_rounds: bool) -> None:
        if self.planning.busy:
            return
        if not all_rounds and not self.save_spec():
            return
        args = (
            {"room_word": self.tr("Room")}
            if all_rounds
            else {"segments": [self.current()], "room_word": self.tr("Room")}
        )
        self._start(args)

    def replan(self) -> None:
        if self.planning.busy:
            return
        self._start({"replan": True, "segment": self.current(), "room_word": self.tr("Room")})

    def _start(self, args: dict[str, Any]) -> None:
        if self.editable():
            self.planning.start(args)

    def wait_for_plan(self, timeout: float = 30.0) -> None:
        """Block until the planner is done and apply its result (tests and scripts)."""
        self.planning.wait_for_plan(timeout)

    def _apply_plan(self, req: room_rounds.Request, plan: Plan) -> None:
        self._run("rooms.apply_plan", {"request": req, "plan": plan})

    def move_people(self, ids: list[str], room_name: str) -> None:
        """Drag and drop: people into a room ('' takes them out of every room)."""
        if self.current() and self._state().rooms.plans.get(self.current()):
            self._run("rooms.move", {"segment": self.current(), "people": ids, "room": room_name})

    def selected_people(self) -> list[str]:
        """People selected on the board (in any room or the unassigned list)."""
        return self.board.selected_people()

    def move_menu(self) -> None:
        """The keyboard's drag and drop: the selected people to a room chosen from a menu."""
        ids = self.selected_people()
        rooms = self._state().rooms.plans.get(self.current(), ())
        if not ids or not rooms or not self.editable():
            return
        menu = QMenu(self)
        for room in rooms:
            menu.addAction(room.name, partial(self.move_people, ids, room.name))
        menu.addSeparator()
        menu.addAction(self.tr("Not in a room"), partial(self.move_people, ids, ""))
        self._move_menu = menu
        focus = self.focusWidget()
        where = (
            focus.mapToGlobal(focus.rect().center()) if focus is not None else self.mapToGlobal(self.rect().center())
        )
        menu.popup(where)

    def toggle_announced(self) -> None:
        if self.current():
            self._run("rooms.announce", {"segment": self.current()})
        self.refresh()

    def push(self) -> None:
        result = self.runner.run("rooms.send", {"segment": self.current()}, parent=self, quiet=False)
        if result is not None and result.message is not None:
            box = QMessageBox(
                QMessageBox.Icon.Information, self.tr("Send to platform"), tr_msg(result.message), parent=self
            )
            box.setObjectName("roomsSent")
            self._box = box
            box.open()

    # ------------------------------------------------------------ files

    def export_plan_csv(self, path: Path | None = None) -> None:
        self.files.export_plan_csv(path)

    def export_zoom_csv(self, path: Path | None = None) -> None:
        self.files.export_zoom_csv(path)

    def export_pdf(self, path: Path | None = None) -> None:
        self.files.export_pdf(path)

    def _warn(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Rooms"), text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("roomsWarning")
        self._box = box
        box.open()

    def resizeEvent(self, event: Any) -> None:
        """Cards flow into as many columns as fit: laid out again once the resizing pauses."""
        super().resizeEvent(event)
        self._relayout.start()
