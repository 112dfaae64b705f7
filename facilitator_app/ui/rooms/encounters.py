"""The Encounters tab: who has met whom over the planned rounds, a person-by-person grid."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView

from ...domain.model import Person

Index = QModelIndex | QPersistentModelIndex


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


class EncountersView(QTableView):
    """The grid, read only, with columns as narrow as initials (``metrics``: the window's font)."""

    def __init__(self, model: EncountersModel, metrics: QFontMetrics) -> None:
        super().__init__()
        self.setObjectName("encounters")
        self.setModel(model)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.horizontalHeader().setDefaultSectionSize(metrics.horizontalAdvance("MMM") + 8)
        self.verticalHeader().setDefaultSectionSize(metrics.height() + 8)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
