"""The people of the session, editable in place: name, e-mail, organisation, department,
role, host; who has left the event; pairs kept apart and groups kept together.

Every change is an undoable event through the callbacks the room window passes in."""

from __future__ import annotations

from collections.abc import Callable
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import Person
from ...domain.state import SessionState
from ..common import theme

Index = QModelIndex | QPersistentModelIndex


class Col(IntEnum):
    NAME = 0
    EMAIL = 1
    ORGANISATION = 2
    DEPARTMENT = 3
    ROLE = 4
    HOST = 5
    LEFT = 6


FIELD = {
    Col.NAME: "name",
    Col.EMAIL: "email",
    Col.ORGANISATION: "organisation",
    Col.DEPARTMENT: "department",
    Col.ROLE: "role",
}


class PeopleModel(QAbstractTableModel):
    edited = Signal(str, str, object)  # person id, field, value

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._people: list[Person] = []
        self._absent: frozenset[str] = frozenset()
        self.read_only = False
        self._titles = [
            self.tr("Name"),
            self.tr("E-mail"),
            self.tr("Organisation"),
            self.tr("Department"),
            self.tr("Role"),
            self.tr("Host"),
            self.tr("Left"),
        ]

    def set_state(self, people: tuple[Person, ...], absent: frozenset[str]) -> None:
        if [p.id for p in people] != [p.id for p in self._people]:
            self.beginResetModel()
            self._people, self._absent = list(people), absent
            self.endResetModel()
            return
        changed = [
            i
            for i, (a, b) in enumerate(zip(self._people, people, strict=True))
            if a != b or (a.id in self._absent) != (b.id in absent)
        ]
        self._people, self._absent = list(people), absent
        if changed:
            self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], len(Col) - 1))

    def person(self, row: int) -> Person:
        return self._people[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Col)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(Col):
            return self._titles[section]
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.read_only:
            return base
        if index.column() in (Col.HOST, Col.LEFT):
            return base | Qt.ItemFlag.ItemIsUserCheckable
        return base | Qt.ItemFlag.ItemIsEditable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        p = self._people[index.row()]
        col = Col(index.column())
        if col in FIELD and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return getattr(p, FIELD[col])
        if role == Qt.ItemDataRole.CheckStateRole:
            if col == Col.HOST:
                return Qt.CheckState.Checked if p.host else Qt.CheckState.Unchecked
            if col == Col.LEFT:
                return Qt.CheckState.Checked if p.id in self._absent else Qt.CheckState.Unchecked
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid() or self.read_only:
            return False
        p = self._people[index.row()]
        col = Col(index.column())
        if col in FIELD and role == Qt.ItemDataRole.EditRole:
            text = str(value).strip()
            if text == getattr(p, FIELD[col]):
                return False
            self.edited.emit(p.id, FIELD[col], text)
            return True
        if col in (Col.HOST, Col.LEFT) and role == Qt.ItemDataRole.CheckStateRole:
            checked = Qt.CheckState(value) == Qt.CheckState.Checked if not isinstance(value, bool) else value
            self.edited.emit(p.id, "host" if col == Col.HOST else "left", checked)
            return True
        return False


class PeoplePanel(QWidget):
    def __init__(
        self,
        state: Callable[[], SessionState],
        run: Callable[[str, dict[str, Any]], object],
        warn: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._run = run
        self._warn = warn
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.model = PeopleModel(self)
        self.model.edited.connect(self.edit)
        self.view = QTableView()
        self.view.setObjectName("people")
        self.view.setModel(self.model)
        self.view.setAlternatingRowColors(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.verticalHeader().setVisible(False)
        em = self.fontMetrics().averageCharWidth()
        header = self.view.horizontalHeader()
        for col, chars in enumerate((24, 30, 14, 14, 14, 6, 6)):
            header.resizeSection(col, max(em * chars, theme.header_width(header, col)))
        header.setStretchLastSection(False)
        header.setSectionResizeMode(Col.EMAIL, QHeaderView.ResizeMode.Stretch)  # addresses get the room
        layout.addWidget(self.view, 1)
        buttons = QHBoxLayout()
        self.btn_add = QPushButton(self.tr("Add person"))
        self.btn_add.setProperty("command", "people.add")
        self.btn_add.clicked.connect(lambda _c=False: self.add_person())
        self.btn_remove = QPushButton(self.tr("Remove"))
        self.btn_remove.setProperty("command", "people.remove")
        self.btn_remove.clicked.connect(lambda _c=False: self.remove_selected())
        self.btn_apart = QPushButton(self.tr("Keep apart"))
        self.btn_apart.setToolTip(self.tr("The selected people never share a room"))
        self.btn_apart.setProperty("command", "rooms.constrain")
        self.btn_apart.clicked.connect(lambda _c=False: self.constrain("apart"))
        self.btn_together = QPushButton(self.tr("Keep together"))
        self.btn_together.setToolTip(self.tr("The selected people always share a room"))
        self.btn_together.setProperty("command", "rooms.constrain")
        self.btn_together.clicked.connect(lambda _c=False: self.constrain("together"))
        self.btn_clear = QPushButton(self.tr("Clear their pairings"))
        self.btn_clear.setProperty("command", "rooms.constrain")
        self.btn_clear.clicked.connect(lambda _c=False: self.constrain("clear"))
        for b in (self.btn_add, self.btn_remove, self.btn_apart, self.btn_together, self.btn_clear):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.constraints = QLabel()
        self.constraints.setObjectName("roomDetail")
        self.constraints.setWordWrap(True)
        layout.addWidget(self.constraints)

    def refresh(self, state: SessionState, editable: bool) -> None:
        self.model.read_only = not editable
        self.model.set_state(state.show.people, state.rooms.absent)
        for b in (self.btn_add, self.btn_remove, self.btn_apart, self.btn_together, self.btn_clear):
            b.setEnabled(editable)
        names = {p.id: p.name for p in state.show.people}
        apart = ", ".join(f"{names.get(a, a)} – {names.get(b, b)}" for a, b in state.rooms.apart)
        together = ", ".join(" + ".join(names.get(m, m) for m in g) for g in state.rooms.together)
        self.constraints.setText(
            self.tr("Kept apart: %1 · Kept together: %2")
            .replace("%1", apart or self.tr("none"))
            .replace("%2", together or self.tr("none"))
        )

    def selected_ids(self) -> list[str]:
        rows = sorted({i.row() for i in self.view.selectionModel().selectedRows()})
        return [self.model.person(r).id for r in rows]

    def edit(self, pid: str, field: str, value: object) -> None:
        if field == "left":
            self._run("people.absent", {"person": pid, "absent": bool(value)})
        else:
            self._run("people.update", {"person": pid, "field": field, "value": value})

    def add_person(self) -> None:
        n = len(self._state().show.people) + 1
        self._run("people.add", {"name": self.tr("New person %1").replace("%1", str(n))})
        row = len(self._state().show.people) - 1
        self.view.setCurrentIndex(self.model.index(row, Col.NAME))
        self.view.edit(self.model.index(row, Col.NAME))

    def remove_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self._run("people.remove", {"people": ids})

    def constrain(self, kind: str) -> None:
        self._run("rooms.constrain", {"how": kind, "people": self.selected_ids()})
