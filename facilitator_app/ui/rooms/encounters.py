"""The Encounters tab: who has met whom over the planned rounds, a person-by-person grid."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ...domain.model import Person

Index = QModelIndex | QPersistentModelIndex


def initials(name: str) -> str:
    return "".join(part[:1] for part in name.split()[:3]).upper() or "?"


def column_labels(people: list[Person]) -> list[str]:
    """A short, unique label per person: initials, with a number where two share them
    (KN1, KN2); the full name is in the tooltip."""
    short = [initials(p.name) for p in people]
    seen: dict[str, int] = {}
    shared = {s for s in short if short.count(s) > 1}
    out = []
    for s in short:
        if s in shared:
            seen[s] = seen.get(s, 0) + 1
        out.append(f"{s}{seen[s]}" if s in shared else s)
    return out


class EncountersModel(QAbstractTableModel):
    """Who has met whom over the planned rounds: a person-by-person grid of counts."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._people: list[Person] = []
        self._counts: dict[tuple[str, str], int] = {}
        self._short: list[str] = []

    def set_data(self, people: list[Person], counts: dict[tuple[str, str], int]) -> None:
        self.beginResetModel()
        self._people = sorted(people, key=lambda p: (p.organisation.lower(), p.name.lower()))
        self._counts = counts
        self._short = column_labels(self._people)
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
                return self._short[section]  # initials, numbered when shared: the grid stays dense
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


class EncountersView(QTableView):
    """The grid, read only, with columns as narrow as initials (``metrics``: the window's font)."""

    def __init__(self, model: EncountersModel, metrics: QFontMetrics) -> None:
        super().__init__()
        self.setObjectName("encounters")
        self.setModel(model)
        # Sections sized by the style from what they show (padding, bold header font and
        # all): a fixed height from the font alone cut the names' descenders.
        del metrics
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setMinimumSectionSize(8)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
