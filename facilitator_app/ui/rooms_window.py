"""The room board: each breakout round's rooms as cards, drag and drop between them, the
planner's figures, who has met whom, who to move right now, and the people list.

Every change is an undoable session event (the main window's undo stack), so a
co-facilitator sees it and a takeover keeps it. Planning runs on a worker thread with
its time budget shown; the window stays live meanwhile.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QDropEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDoubleSpinBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ..domain import edits, room_rounds
from ..domain.edits import Edit
from ..domain.model import Person
from ..domain.rooms import Plan, PlanError, Room, RoomSpec, plan_rooms
from ..domain.state import SessionState
from . import theme

MIME = "application/x-facilitator-people"
Index = QModelIndex | QPersistentModelIndex

HERE, AWAY, ELSEWHERE, UNKNOWN = "here", "away", "elsewhere", "unknown"
PRESENCE_MARK = {HERE: "●", AWAY: "○", ELSEWHERE: "▲", UNKNOWN: ""}
PRESENCE_COLOUR = {HERE: "#8fd19e", AWAY: "#9a9a9a", ELSEWHERE: "#ffc857", UNKNOWN: "#d8d8d8"}


class RoomList(QListWidget):
    """One room's people; drops name the people moved and the room they go to."""

    dropped = Signal(list, str)  # person ids, room name ('' = unassigned)

    def __init__(self, room: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.room = room
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, items: Any) -> QMimeData:
        data = QMimeData()
        ids = [str(item.data(Qt.ItemDataRole.UserRole)) for item in items]
        data.setData(MIME, json.dumps(ids).encode())
        return data

    def dragEnterEvent(self, event: Any) -> None:
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: Any) -> None:
        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        if not event.mimeData().hasFormat(MIME):
            event.ignore()
            return
        ids = json.loads(bytes(event.mimeData().data(MIME).data()).decode())
        # The board is redrawn from the session; the list itself never moves items.
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        self.dropped.emit([str(i) for i in ids], self.room)


class RoomCard(QFrame):
    def __init__(self, room: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("roomCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.setSpacing(2)
        self.title = QLabel()
        self.title.setObjectName("roomTitle")
        self.detail = QLabel()
        self.detail.setObjectName("roomDetail")
        self.detail.setWordWrap(True)
        self.list = RoomList(room)
        layout.addWidget(self.title)
        layout.addWidget(self.detail)
        layout.addWidget(self.list, 1)


class EncountersModel(QAbstractTableModel):
    """Who has met whom over the planned rounds: a person-by-person grid of counts."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._people: list[Person] = []
        self._counts: dict[tuple[str, str], int] = {}

    def set_data(self, people: list[Person], counts: dict[tuple[str, str], int]) -> None:
        self.beginResetModel()
        self._people = sorted(people, key=lambda p: (p.organisation.lower(), p.name.lower()))
        self._counts = counts
        self.endResetModel()

    def count(self, a: str, b: str) -> int:
        return self._counts.get((a, b) if a <= b else (b, a), 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._people)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not 0 <= section < len(self._people):
            return None
        person = self._people[section]
        if role == Qt.ItemDataRole.DisplayRole:
            if orientation == Qt.Orientation.Horizontal:
                return "".join(part[:1] for part in person.name.split()[:3])  # initials: the grid stays dense
            met = sum(1 for other in self._people if other.id != person.id and self.count(person.id, other.id))
            return f"{person.name} ({met})"
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{person.name} · {person.organisation}"
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        a, b = self._people[index.row()], self._people[index.column()]
        if a.id == b.id:
            return QBrush(QColor("#3a3a3a")) if role == Qt.ItemDataRole.BackgroundRole else None
        n = self.count(a.id, b.id)
        if role == Qt.ItemDataRole.DisplayRole:
            return str(n) if n else ""
        if role == Qt.ItemDataRole.BackgroundRole and n:
            return QBrush(QColor("#3f7f4f" if n == 1 else "#b5651d" if n == 2 else "#a83232"))
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                self.tr("%1 and %2 meet %3 time(s)").replace("%1", a.name).replace("%2", b.name).replace("%3", str(n))
            )
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class RoomsWindow(QWidget):
    """Rooms for the session's breakout segments."""

    def __init__(
        self,
        state: Callable[[], SessionState],
        apply_edit: Callable[[Edit], None],
        record: Callable[[str, dict[str, Any]], bool],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("roomsWindow")
        self.setWindowTitle(self.tr("Rooms"))
        self._state = state
        self._apply_edit = apply_edit
        self._record = record
        self.push_rooms: Callable[[str, list[dict[str, Any]]], str] | None = None  # set by the main window
        self.can_edit: Callable[[], bool] | None = None  # False while following another console
        self.roster: dict[str, str] = {}  # e-mail -> room on the platform ('' main meeting)
        self.roster_known = False
        self._worker: threading.Thread | None = None
        self._result: tuple[room_rounds.Request, Plan | str] | None = None
        self._started = 0.0
        self._last_search = ""
        self._cards: list[RoomCard] = []
        self._shortcuts: list[QShortcut] = []
        self._build()
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(80)
        self._relayout.timeout.connect(self.refresh)
        self._poll = QTimer(self)
        self._poll.setInterval(100)
        self._poll.timeout.connect(self._check_worker)
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
        self.apply_spec.clicked.connect(self.save_spec)
        row1.addWidget(self.apply_spec)
        outer.addLayout(row1)

        row2 = QHBoxLayout()
        row2.addWidget(self.names, 1)
        self.balance = QComboBox()
        self.balance.activated.connect(
            lambda _i: self._record("rooms.options", {"balance": self.balance.currentData()})
        )
        row2.addWidget(QLabel(self.tr("Mix:")))
        row2.addWidget(self.balance)
        self.seconds = QDoubleSpinBox()
        self.seconds.setRange(0.5, 120)
        self.seconds.setSuffix(" s")
        self.seconds.setDecimals(1)
        self.seconds.editingFinished.connect(
            lambda: (
                self._record("rooms.options", {"seconds": self.seconds.value()})
                if abs(self.seconds.value() - self._state().rooms.seconds) > 1e-9
                else None
            )
        )
        row2.addWidget(QLabel(self.tr("Search time:")))
        row2.addWidget(self.seconds)
        self.btn_round = QPushButton(self.tr("Plan this round"))
        self.btn_round.clicked.connect(lambda: self.plan(all_rounds=False))
        self.btn_all = QPushButton(self.tr("Plan all rounds"))
        self.btn_all.clicked.connect(lambda: self.plan(all_rounds=True))
        self.btn_replan = QPushButton(self.tr("Re-plan coming rounds"))
        self.btn_replan.setToolTip(
            self.tr("Place newcomers and fill gaps left by people who left, moving as few people as possible")
        )
        self.btn_replan.clicked.connect(self.replan)
        self.btn_announce = QPushButton(self.tr("Announce round"))
        self.btn_announce.setCheckable(True)
        self.btn_announce.setToolTip(self.tr("An announced round is never changed by planning"))
        self.btn_announce.clicked.connect(self.toggle_announced)
        outer.addLayout(row2)
        row3 = QHBoxLayout()  # three rows: the window fits 1366 px in Swedish too
        for b in (self.btn_round, self.btn_all, self.btn_replan, self.btn_announce):
            row3.addWidget(b)
        row3.addStretch(1)
        self.btn_import = QPushButton(self.tr("Import people…"))
        self.btn_import.clicked.connect(self.import_people)
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
        self.btn_push.clicked.connect(self.push)
        row3.addWidget(self.btn_push)
        outer.addLayout(row3)

        self.progress = QProgressBar()
        self.progress.setTextVisible(True)
        self.progress.hide()
        outer.addWidget(self.progress)
        self.summary = QLabel()
        self.summary.setObjectName("roomSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        outer.addWidget(self.summary)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        board = QWidget()
        board_layout = QHBoxLayout(board)
        board_layout.setContentsMargins(0, 0, 0, 0)
        self.board_scroll = QScrollArea()
        self.board_scroll.setWidgetResizable(True)
        self.grid_host = QWidget()
        self.grid = QGridLayout(self.grid_host)
        self.grid.setSpacing(8)
        self.board_scroll.setWidget(self.grid_host)
        board_layout.addWidget(self.board_scroll, 4)
        side = QVBoxLayout()
        self.unassigned_title = QLabel()
        self.unassigned_title.setObjectName("roomTitle")
        self.unassigned = RoomList("")
        self.unassigned.setObjectName("unassigned")
        self.unassigned.dropped.connect(self.move_people)
        side.addWidget(self.unassigned_title)
        side.addWidget(self.unassigned, 1)
        self.legend = QLabel(
            self.tr("● here   ○ not here   ▲ in another room   ★ host")
            + "\n"
            + self.tr("Ctrl+M moves the selected people")
        )
        self.legend.setObjectName("roomDetail")
        self.legend.setWordWrap(True)
        side.addWidget(self.legend)
        board_layout.addLayout(side, 1)
        self.tabs.addTab(board, self.tr("Board"))

        self.encounters = EncountersModel(self)
        self.encounters_view = QTableView()
        self.encounters_view.setObjectName("encounters")
        self.encounters_view.setModel(self.encounters)
        self.encounters_view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        metrics = self.fontMetrics()
        self.encounters_view.horizontalHeader().setDefaultSectionSize(metrics.horizontalAdvance("MMM") + 8)
        self.encounters_view.verticalHeader().setDefaultSectionSize(metrics.height() + 8)
        self.encounters_view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tabs.addTab(self.encounters_view, self.tr("Encounters"))

        self.moves = QListWidget()
        self.moves.setObjectName("moves")
        self.tabs.addTab(self.moves, self.tr("Who to move"))
        from .people_panel import PeoplePanel

        self.people = PeoplePanel(self._state, self._apply_edit, self._warn)
        self.tabs.addTab(self.people, self.tr("People"))
        outer.addWidget(self.tabs, 1)

        for key, slot in (
            ("Ctrl+G", lambda: self.plan(all_rounds=False)),
            ("Ctrl+Shift+G", lambda: self.plan(all_rounds=True)),
            ("Ctrl+R", self.replan),
            ("Ctrl+Shift+A", self.toggle_announced),
            ("Ctrl+PgDown", lambda: self._step_round(1)),
            ("Ctrl+PgUp", lambda: self._step_round(-1)),
            ("Ctrl+1", lambda: self.tabs.setCurrentIndex(0)),
            ("Ctrl+2", lambda: self.tabs.setCurrentIndex(1)),
            ("Ctrl+3", lambda: self.tabs.setCurrentIndex(2)),
            ("Ctrl+4", lambda: self.tabs.setCurrentIndex(3)),
            ("Ctrl+M", self.move_menu),
        ):
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.activated.connect(lambda s=slot: self._gated(s))
            self._shortcuts.append(shortcut)
        self.btn_round.setToolTip(self.tr("Plan this round (Ctrl+G)"))
        self.btn_all.setToolTip(self.tr("Plan every round not yet announced (Ctrl+Shift+G)"))

    def _gated(self, slot: Callable[[], object]) -> None:
        from .main_window import typing_in_progress

        if not typing_in_progress():
            slot()

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
        planning = self._worker is not None
        mine = self.editable()  # a follower sees the board but does not change it
        for b in (self.btn_round, self.btn_replan):
            b.setEnabled(mine and bool(seg) and seg not in locked and not planning)
        self.btn_all.setEnabled(mine and bool(ids) and not planning)
        for b in (self.btn_announce, self.apply_spec, self.btn_import):
            b.setEnabled(mine and bool(seg or b is self.btn_import))
        self.btn_push.setEnabled(mine and seg in state.rooms.plans)
        mode = QAbstractItemView.DragDropMode.DragDrop if mine else QAbstractItemView.DragDropMode.NoDragDrop
        for widget in [self.unassigned, *(c.list for c in self._cards)]:
            widget.setDragDropMode(mode)
        self._fill_board(state, seg)
        self._fill_summary(state, seg, locked)
        self.encounters.set_data(list(state.show.people), dict(room_rounds.encounters(state, seg or None)))
        self._fill_moves(state, seg)
        self.people.refresh(state, self.editable())

    def editable(self) -> bool:
        return self.can_edit() if self.can_edit is not None else True

    def presence(self, person: Person, room: str) -> str:
        if not self.roster_known or not person.email:
            return UNKNOWN
        actual = self.roster.get(person.email.lower())
        if actual is None:
            return AWAY
        return HERE if actual in ("", room) else ELSEWHERE

    def _fill_board(self, state: SessionState, seg: str) -> None:
        people = {p.id: p for p in state.show.people}
        rooms = list(state.rooms.plans.get(seg, ()))
        while len(self._cards) < len(rooms):
            card = RoomCard("")
            card.list.dropped.connect(self.move_people)
            card.list.setDragDropMode(self.unassigned.dragDropMode())
            self._cards.append(card)
        for card in self._cards[len(rooms) :]:
            card.hide()
        columns = max(1, min(6, self.board_scroll.viewport().width() // (self.fontMetrics().averageCharWidth() * 26)))
        spec = room_rounds.spec_for(state, seg)
        lo, hi = spec.bounds()
        for i, room in enumerate(rooms):
            card = self._cards[i]
            card.list.room = room.name
            card.title.setText(f"{room.name}  ({len(room.members)})")
            orgs = sorted({people[m].organisation for m in room.members if m in people and people[m].organisation})
            note = " · ".join(orgs)
            if room.host is None and any(p.host for p in state.show.people):
                note = self.tr("no host") + (" · " + note if note else "")
            card.detail.setText(note)
            off = spec.count is None and not lo <= len(room.members) <= hi
            card.setProperty("warn", off)
            card.style().unpolish(card)
            card.style().polish(card)
            self._fill_list(card.list, [people[m] for m in room.members if m in people], room)
            self.grid.addWidget(card, i // columns, i % columns)
            card.show()
        waiting = [people[p] for p in room_rounds.unassigned(state, seg)] if seg else []
        self.unassigned_title.setText(self.tr("Not in a room (%1)").replace("%1", str(len(waiting))))
        self._fill_list(self.unassigned, waiting, None)

    def _fill_list(self, widget: QListWidget, people: list[Person], room: Room | None) -> None:
        widget.clear()
        for person in people:
            status = self.presence(person, room.name if room else "")
            host = room is not None and person.id == room.host
            text = f"{PRESENCE_MARK[status]} {person.name}{'  ★' if host else ''}".strip()
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, person.id)
            item.setData(Qt.ItemDataRole.UserRole + 1, status)
            item.setForeground(QBrush(QColor(PRESENCE_COLOUR[status])))
            tip = [person.name, person.organisation, person.email]
            if status == ELSEWHERE and person.email:
                tip.append(self.tr("now in %1").replace("%1", self.roster.get(person.email.lower(), "") or "?"))
            item.setToolTip("\n".join(t for t in tip if t))
            widget.addItem(item)

    def _fill_summary(self, state: SessionState, seg: str, locked: set[str]) -> None:
        q = room_rounds.quality(state)
        parts = []
        if seg in locked:
            parts.append("<b>" + self.tr("This round is announced or has run: planning leaves it as it is.") + "</b>")
        if q is None:
            parts.append(self.tr("No rooms planned yet. Plan this round (Ctrl+G) or all rounds (Ctrl+Shift+G)."))
        else:
            parts.append(
                self.tr(
                    "Repeated meetings: <b>%1</b> (at least %7 unavoidable) · most times a pair meets: <b>%2</b> · "
                    "rooms missing a value of the mix: <b>%3</b> · new contacts per person: min <b>%4</b>, mean "
                    "<b>%5</b> · rooms without host: <b>%6</b>"
                )
                .replace("%7", str(q.repeats_bound))
                .replace("%1", str(q.repeats))
                .replace("%2", str(q.max_meetings))
                .replace("%3", str(q.rooms_missing_value))
                .replace("%4", str(q.new_contacts_min))
                .replace("%5", self.locale().toString(q.new_contacts_mean, "f", 1))
                .replace("%6", str(q.rooms_without_host))
            )
        if self._last_search:
            parts.append(self._last_search)
        self.summary.setText("<br>".join(parts))

    def _fill_moves(self, state: SessionState, seg: str) -> None:
        self.moves.clear()
        if not self.roster_known:
            self.moves.addItem(self.tr("No roster from the platform yet."))
            return
        moves = room_rounds.moves_needed(state, seg, self.roster)
        for m in moves:
            where = m.actual or self.tr("the main meeting")
            self.moves.addItem(
                self.tr("Move %1 to %2 (now in %3)").replace("%1", m.name).replace("%2", m.planned).replace("%3", where)
            )
        if not moves:
            self.moves.addItem(self.tr("Everyone present is where the plan has them."))

    def set_roster(self, participants: list[dict[str, Any]]) -> None:
        roster = {
            str(p.get("email", "")).lower(): str(p.get("breakout_room") or "") for p in participants if p.get("email")
        }
        if self.roster_known and roster == self.roster:
            return  # every sync cycle sends the roster; redraw only when someone moved
        self.roster, self.roster_known = roster, True
        if self.isVisible():
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
        try:
            spec.check()
        except PlanError as exc:
            self._warn(str(exc))
            return False
        if spec == room_rounds.spec_for(self._state(), seg) and seg in self._state().rooms.specs:
            return True
        return self._record("rooms.configured", {"segment_id": seg, "spec": spec.to_dict()})

    def plan(self, all_rounds: bool) -> None:
        if self._worker is not None:
            return
        if not all_rounds and not self.save_spec():
            return
        state = self._state()
        targets = None if all_rounds else [self.current()]
        self._start(room_rounds.request(state, targets, room_word=self.tr("Room")))

    def replan(self) -> None:
        if self._worker is not None:
            return
        state = self._state()
        order = room_rounds.breakout_ids(state.show)
        seg = self.current()
        coming = [s for s in order[order.index(seg) :] if s in state.rooms.plans] if seg in order else []
        if not coming:
            self._warn(self.tr("There is no planned round from here on to re-plan."))
            return
        self._start(room_rounds.request(state, coming, replan=True, room_word=self.tr("Room")))

    def _start(self, req: room_rounds.Request) -> None:
        if not req.segment_ids:
            self._warn(self.tr("Every round is announced or has run: nothing to plan."))
            return
        if not req.problem.people:
            self._warn(self.tr("There are no people to place: import the participant list first."))
            return
        self._result = None
        self._started = time.monotonic()

        def work() -> None:
            try:
                plan: Plan | str = plan_rooms(
                    req.problem, previous=req.previous, max_moved=req.max_moved, before=req.before
                )
            except PlanError as exc:
                plan = str(exc)
            self._result = (req, plan)

        self._budget = req.problem.seconds
        self.progress.setRange(0, int(self._budget * 10))
        self.progress.setValue(0)
        self.progress.setFormat(self.tr("Planning… %v of %m tenths of a second"))
        self.progress.show()
        self._worker = threading.Thread(target=work, name="room-planner", daemon=True)
        self._worker.start()
        self._poll.start()
        self.refresh()

    def wait_for_plan(self, timeout: float = 30.0) -> None:
        """Block until the planner is done and apply its result (tests and scripts)."""
        if self._worker is not None:
            self._worker.join(timeout)
            self._check_worker()

    def _check_worker(self) -> None:
        elapsed = time.monotonic() - self._started
        self.progress.setValue(min(self.progress.maximum(), int(elapsed * 10)))
        self.progress.setFormat(
            self.tr("Planning… %1 of %2 s").replace("%1", f"{elapsed:.1f}").replace("%2", f"{self._budget:.0f}")
        )
        if self._worker is None or self._worker.is_alive() or self._result is None:
            return
        self._worker = None
        self._poll.stop()
        self.progress.hide()
        req, plan = self._result
        if isinstance(plan, str):
            self._warn(plan)
            self.refresh()
            return
        state = self._state()
        before = {
            s: [r.to_dict() for r in state.rooms.plans[s]] if s in state.rooms.plans else None for s in req.segment_ids
        }
        after: dict[str, Any] = dict(room_rounds.planned_payload(req, plan)["plans"])  # type: ignore[call-overload]
        what = (
            self.tr("Plan rooms")
            if len(req.segment_ids) == 1
            else self.tr("Plan %1 rounds").replace("%1", str(len(req.segment_ids)))
        )
        q = plan.quality
        self._last_search = (
            (
                self.tr("Search: one round in %2 s (%3).")
                if len(req.segment_ids) == 1
                else self.tr("Search: %1 rounds in %2 s (%3).").replace("%1", str(len(req.segment_ids)))
            )
            .replace("%2", self.locale().toString(q.seconds, "f", 2))
            .replace("%3", self._stopped_text(q.stopped))
        )
        if req.previous is not None:
            self._last_search += " " + self.tr("%1 newcomer(s), %2 people moved.").replace(
                "%1", str(req.newcomers)
            ).replace("%2", str(q.moved))
        if q.notes:
            self._last_search += "<br>" + "<br>".join(
                self.tr("Not met: %1").replace("%1", self._note_text(code, figures)) for code, figures in q.notes
            )
        self._apply_edit(edits.set_rooms(before, after, what))
        self.refresh()

    def _stopped_text(self, stopped: str) -> str:
        if stopped.startswith("no improvement in "):
            return self.tr("no improvement in %1 steps").replace("%1", stopped.split()[3])
        texts = {
            "no cost left": self.tr("nothing left to improve"),
            "time budget reached": self.tr("the time budget was reached"),
            "nothing to search": self.tr("nothing to search"),
        }
        return texts.get(stopped, stopped)

    def _note_text(self, code: str, figures: tuple[object, ...]) -> str:
        f = [str(x) for x in figures]
        if code == "no_host":
            label = f[0].replace("rounds", self.tr("rounds")).replace("round", self.tr("round"))
            return (
                self.tr("%1: %2 of %3 rooms have no host: only %4 hosts take part")
                .replace("%1", label)
                .replace("%2", f[1])
                .replace("%3", f[2])
                .replace("%4", f[3])
            )
        texts = {
            "repeats_unavoidable": self.tr(
                "%1 repeated meetings: each person has more room places than there are others to meet"
            ),
            "repeats_budget": self.tr("%1 repeated meetings: the search found no repeat-free plan in its time"),
            "missing_value": self.tr("%1 rooms lack a value of the mix (too few people with it, or a trade-off)"),
            "apart": self.tr("%1 keep-apart pairs share a room"),
            "together": self.tr("%1 keep-together groups are split (a group larger than its room?)"),
            "sizes": self.tr("%1 rooms are outside their size range"),
        }
        return texts.get(code, code).replace("%1", f[0] if f else "")

    def move_people(self, ids: list[str], room_name: str) -> None:
        """Drag and drop: people into a room ('' takes them out of every room)."""
        seg = self.current()
        state = self._state()
        rooms = list(state.rooms.plans.get(seg, ()))
        if not seg or not rooms:
            return
        moving = set(ids)
        new = []
        for room in rooms:
            members = [m for m in room.members if m not in moving]
            if room.name == room_name:
                members += [i for i in ids if i not in members]
            host = room.host if room.host in members else None
            if host is None:
                host = next((m for m in members if m in {p.id for p in state.show.people if p.host}), None)
            new.append(Room(room.name, tuple(members), host))
        if new == rooms:
            return
        names = {p.id: p.name for p in state.show.people}
        who = ", ".join(names.get(i, i) for i in ids[:3]) + ("…" if len(ids) > 3 else "")
        text = (
            self.tr("Move %1 to %2").replace("%1", who).replace("%2", room_name)
            if room_name
            else self.tr("Take %1 out of the rooms").replace("%1", who)
        )
        self._apply_edit(edits.set_rooms({seg: [r.to_dict() for r in rooms]}, {seg: [r.to_dict() for r in new]}, text))

    def selected_people(self) -> list[str]:
        """People selected on the board (in any room or the unassigned list)."""
        lists = [c.list for c in self._cards if c.isVisible()] + [self.unassigned]
        return [str(i.data(Qt.ItemDataRole.UserRole)) for lst in lists for i in lst.selectedItems()]

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
        seg = self.current()
        if seg:
            announced = seg not in self._state().rooms.announced
            self._record("rooms.announced", {"segment_id": seg, "announced": announced})
        self.refresh()

    def push(self) -> None:
        seg = self.current()
        state = self._state()
        rooms = state.rooms.plans.get(seg)
        if not rooms or self.push_rooms is None:
            return
        people = {p.id: p for p in state.show.people}
        payload = [
            {"name": r.name, "emails": [people[m].email for m in r.members if m in people and people[m].email]}
            for r in rooms
        ]
        message = self.push_rooms(seg, payload)
        missing = sum(1 for r in rooms for m in r.members if not (m in people and people[m].email))
        if missing:
            message += " " + self.tr("%1 people without an e-mail address were left out.").replace("%1", str(missing))
        QMessageBox.information(self, self.tr("Send to platform"), message)

    # ------------------------------------------------------------ files

    def _labelled(self, state: SessionState, segs: list[str]) -> list[tuple[str, tuple[Room, ...]]]:
        titles = {s.id: s.title for d in state.show.days for s in d.segments}
        return [(titles.get(s, s), state.rooms.plans[s]) for s in segs if s in state.rooms.plans]

    def _ask_path(self, title: str, name: str, pattern: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, title, name, pattern)
        return Path(path) if path else None

    def export_plan_csv(self, path: Path | None = None) -> None:
        from ..services.people_files import write_plan_csv

        state = self._state()
        path = path or self._ask_path(self.tr("Export the plan"), "rooms.csv", "CSV (*.csv)")
        if path is None:
            return
        try:
            write_plan_csv(
                path, self._labelled(state, room_rounds.breakout_ids(state.show)), {p.id: p for p in state.show.people}
            )
        except OSError as exc:
            self._warn(self.tr("Could not write %1: %2").replace("%1", str(path)).replace("%2", str(exc)))

    def export_zoom_csv(self, path: Path | None = None) -> None:
        from ..services.people_files import write_zoom_csv

        state = self._state()
        rooms = state.rooms.plans.get(self.current())
        if not rooms:
            self._warn(self.tr("This round has no rooms yet."))
            return
        path = path or self._ask_path(self.tr("Zoom breakout pre-assignment"), "zoom-breakout.csv", "CSV (*.csv)")
        if path is None:
            return
        try:
            missing = write_zoom_csv(path, rooms, {p.id: p for p in state.show.people})
        except OSError as exc:
            self._warn(self.tr("Could not write %1: %2").replace("%1", str(path)).replace("%2", str(exc)))
            return
        if missing:
            self._warn(
                self.tr("Zoom assigns by e-mail; left out for lack of one: %1").replace("%1", ", ".join(missing))
            )

    def export_pdf(self, path: Path | None = None) -> None:
        from PySide6.QtGui import QPageSize, QPdfWriter, QTextDocument

        from ..services.people_files import room_list_html

        state = self._state()
        path = path or self._ask_path(self.tr("Printable room list"), "rooms.pdf", "PDF (*.pdf)")
        if path is None:
            return
        html = room_list_html(
            state.show.title,
            self._labelled(state, room_rounds.breakout_ids(state.show)),
            {p.id: p for p in state.show.people},
        )
        writer = QPdfWriter(str(path))
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setResolution(150)
        doc = QTextDocument()
        doc.setHtml(html)
        doc.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size().toSizeF())
        doc.print_(writer)
        if not path.exists():
            self._warn(self.tr("Could not write %1").replace("%1", str(path)))

    def import_people(self, path: Path | None = None) -> None:
        from .import_dialog import ImportDialog

        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self, self.tr("Import participants"), "", self.tr("Participant lists (*.csv *.xlsx *.txt)")
            )
            if not chosen:
                return
            path = Path(chosen)
        dialog = ImportDialog(path, self._state().show.people, self)
        dialog.accepted.connect(lambda: self._apply_import(dialog))
        self._import_dialog = dialog
        dialog.open()

    def _apply_import(self, dialog: Any) -> None:
        merge = dialog.merge()
        if merge is None or not merge.upserts:
            return
        upsert = [p.to_dict() for p in merge.upserts]
        text = (
            self.tr("Import %1 new and %2 updated people")
            .replace("%1", str(len(merge.added)))
            .replace("%2", str(len(merge.updated)))
        )
        self._apply_edit(edits.set_people(self._state().show, upsert, [], text))

    def _warn(self, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Rooms"), text, QMessageBox.StandardButton.Ok, self)
        box.setObjectName("roomsWarning")
        self._box = box
        box.open()

    def resizeEvent(self, event: Any) -> None:
        """Cards flow into as many columns as fit: laid out again once the resizing pauses."""
        super().resizeEvent(event)
        self._relayout.start()
