"""The live roster from the platform, matched to the session's people by e-mail."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from ...domain.model import Person
from ..common import theme

Index = QModelIndex | QPersistentModelIndex


class PCol(IntEnum):
    NAME = 0
    ORGANISATION = 1
    ROOM = 2
    EMAIL = 3


class ParticipantsModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[str, str, str, str, bool]] = []  # name, organisation, room, email, matched
        self._people: dict[str, Person] = {}
        self._titles = [self.tr("Name"), self.tr("Organisation"), self.tr("Breakout room"), self.tr("E-mail")]

    def set_people(self, people: tuple[Person, ...]) -> None:
        self._people = {p.email.lower(): p for p in people if p.email}

    def set_roster(self, participants: list[dict[str, Any]]) -> None:
        """Apply a new roster: rows that stay are updated in place; joins and leaves reset."""
        rows = []
        for p in participants:
            email = str(p.get("email", "")).lower()
            person = self._people.get(email)
            rows.append(
                (
                    person.name if person else str(p.get("name", "")),
                    person.organisation if person else self.tr("(not on the list)"),
                    str(p.get("breakout_room") or ""),
                    email,
                    person is not None,
                )
            )
        rows.sort(key=lambda r: (r[0].lower(), r[3]))
        if [r[3] for r in rows] != [r[3] for r in self._rows]:
            self.beginResetModel()  # someone joined or left: an event, not a tick
            self._rows = rows
            self.endResetModel()
            return
        changed = [i for i, (old, new) in enumerate(zip(self._rows, rows, strict=True)) if old != new]
        if changed:
            self._rows = rows
            # One signal over the changed span: a breakout opening moves everyone at once.
            self.dataChanged.emit(self.index(changed[0], 0), self.index(changed[-1], len(PCol) - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(PCol)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(PCol)
        ):
            return self._titles[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and not row[4]:
            return theme.GAP_COLOUR
        return None
