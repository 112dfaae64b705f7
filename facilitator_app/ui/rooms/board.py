"""The drag-and-drop board of one breakout round: a card per room, the people not in a
room, and each person's presence mark from the platform's roster.

A drop only names the people moved and the room they go to; the window turns that into
a command, and the board is drawn again from the session."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication, QMimeData, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ...domain import room_rounds
from ...domain.model import Person
from ...domain.rooms import Room
from ...domain.state import SessionState

MIME = "application/x-facilitator-people"

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


class RoomBoard(QWidget):
    """The Board tab: the round's room cards in as many columns as fit, and beside them
    the people not in a room and the legend of the marks, each person marked by where the
    platform's roster has them."""

    dropped = Signal(list, str)  # person ids, room name ('' = unassigned)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cards: list[RoomCard] = []
        self.roster: dict[str, str] = {}  # e-mail -> room on the platform ('' main meeting)
        self.roster_known = False
        board_layout = QHBoxLayout(self)
        board_layout.setContentsMargins(0, 0, 0, 0)
        self.board_scroll = QScrollArea()
        self.board_scroll.setObjectName("roomBoard")  # dark frame and background (app.qss)
        self.board_scroll.setWidgetResizable(True)
        self.grid_host = QWidget()
        self.grid_host.setObjectName("roomGrid")
        self.grid = QGridLayout(self.grid_host)
        self.grid.setSpacing(8)
        self.board_scroll.setWidget(self.grid_host)
        board_layout.addWidget(self.board_scroll, 4)
        side = QVBoxLayout()
        self.unassigned_title = QLabel()
        self.unassigned_title.setObjectName("roomTitle")
        self.unassigned = RoomList("")
        self.unassigned.setObjectName("unassigned")
        self.unassigned.dropped.connect(self.dropped)
        side.addWidget(self.unassigned_title)
        side.addWidget(self.unassigned, 1)
        self.legend = QLabel(
            QCoreApplication.translate("RoomsWindow", "● here   ○ not here   ▲ in another room   ★ host")
            + "\n"
            + QCoreApplication.translate("RoomsWindow", "Ctrl+M moves the selected people")
        )
        self.legend.setObjectName("roomDetail")
        self.legend.setWordWrap(True)
        side.addWidget(self.legend)
        board_layout.addLayout(side, 1)

    def set_roster(self, participants: list[dict[str, Any]]) -> bool:
        """Take the platform's roster; False when nobody moved (nothing to redraw)."""
        roster = {
            str(p.get("email", "")).lower(): str(p.get("breakout_room") or "") for p in participants if p.get("email")
        }
        if self.roster_known and roster == self.roster:
            return False
        self.roster, self.roster_known = roster, True
        return True

    def presence(self, person: Person, room: str) -> str:
        """Where a person is by the roster: HERE (in ``room`` or the main meeting), AWAY,
        ELSEWHERE or UNKNOWN."""
        if not self.roster_known or not person.email:
            return UNKNOWN
        actual = self.roster.get(person.email.lower())
        if actual is None:
            return AWAY
        return HERE if actual in ("", room) else ELSEWHERE

    def set_drag_drop(self, enabled: bool) -> None:
        """A follower sees the board but does not change it."""
        mode = QAbstractItemView.DragDropMode.DragDrop if enabled else QAbstractItemView.DragDropMode.NoDragDrop
        for widget in [self.unassigned, *(c.list for c in self.cards)]:
            widget.setDragDropMode(mode)

    def selected_people(self) -> list[str]:
        """People selected on the board (in any room or the unassigned list)."""
        lists = [c.list for c in self.cards if c.isVisible()] + [self.unassigned]
        return [str(i.data(Qt.ItemDataRole.UserRole)) for lst in lists for i in lst.selectedItems()]

    def fill(self, state: SessionState, seg: str) -> None:
        """Draw the round ``seg`` from the session."""
        people = {p.id: p for p in state.show.people}
        rooms = list(state.rooms.plans.get(seg, ()))
        while len(self.cards) < len(rooms):
            card = RoomCard("")
            card.list.dropped.connect(self.dropped)
            card.list.setDragDropMode(self.unassigned.dragDropMode())
            self.cards.append(card)
        for card in self.cards[len(rooms) :]:
            card.hide()
        columns = max(1, min(6, self.board_scroll.viewport().width() // (self.fontMetrics().averageCharWidth() * 26)))
        spec = room_rounds.spec_for(state, seg)
        lo, hi = spec.bounds()
        for i, room in enumerate(rooms):
            card = self.cards[i]
            card.list.room = room.name
            card.title.setText(f"{room.name}  ({len(room.members)})")
            orgs = sorted({people[m].organisation for m in room.members if m in people and people[m].organisation})
            note = " · ".join(orgs)
            if room.host is None and any(p.host for p in state.show.people):
                note = QCoreApplication.translate("RoomsWindow", "no host") + (" · " + note if note else "")
            card.detail.setText(note)
            off = spec.count is None and not lo <= len(room.members) <= hi
            card.setProperty("warn", off)
            card.style().unpolish(card)
            card.style().polish(card)
            self._fill_list(card.list, [people[m] for m in room.members if m in people], room)
            self.grid.addWidget(card, i // columns, i % columns)
            card.show()
        waiting = [people[p] for p in room_rounds.unassigned(state, seg)] if seg else []
        self.unassigned_title.setText(
            QCoreApplication.translate("RoomsWindow", "Not in a room (%1)").replace("%1", str(len(waiting)))
        )
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
                where = self.roster.get(person.email.lower(), "") or "?"
                tip.append(QCoreApplication.translate("RoomsWindow", "now in %1").replace("%1", where))
            item.setToolTip("\n".join(t for t in tip if t))
            widget.addItem(item)
