"""Planned versus actual for every segment of the show, read-only."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from enum import IntEnum
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTableView, QVBoxLayout, QWidget

from ...domain.live import format_duration
from ...domain.report import ActualRow, RowStatus, actual_rows
from ...domain.state import SessionState
from ..common import theme

Index = QModelIndex | QPersistentModelIndex


class ActualColumn(IntEnum):
    DAY = 0
    SEGMENT = 1
    PLANNED_START = 2
    PLANNED_LENGTH = 3
    ACTUAL_START = 4
    ACTUAL_LENGTH = 5
    START_DELTA = 6
    LENGTH_DELTA = 7
    STATUS = 8


class ActualsModel(QAbstractTableModel):
    def __init__(self, state: SessionState, now: datetime, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tz = ZoneInfo(state.show.timezone)
        self._rows: list[ActualRow] = actual_rows(state.show, state.live, now)
        self._titles = self._header_titles()  # translated once: views ask for them very often

    def update_state(self, state: SessionState, now: datetime) -> None:
        self._tz = ZoneInfo(state.show.timezone)
        rows = actual_rows(state.show, state.live, now)
        if [r.segment_id for r in rows] != [r.segment_id for r in self._rows]:
            self.beginResetModel()  # a segment added, removed or moved: rare, and cheap here
            self._rows = rows
            self.endResetModel()
            return
        last = len(ActualColumn) - 1
        for i, (old, new) in enumerate(zip(self._rows, rows, strict=True)):
            if old != new:
                self._rows[i] = new
                self.dataChanged.emit(self.index(i, 0), self.index(i, last))

    def rows(self) -> list[ActualRow]:
        return list(self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(ActualColumn)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._titles[section] if 0 <= section < len(self._titles) else None

    def _header_titles(self) -> list[str]:
        titles = {
            ActualColumn.DAY: self.tr("Day"),
            ActualColumn.SEGMENT: self.tr("Segment"),
            ActualColumn.PLANNED_START: self.tr("Planned start"),
            ActualColumn.PLANNED_LENGTH: self.tr("Planned"),
            ActualColumn.ACTUAL_START: self.tr("Actual start"),
            ActualColumn.ACTUAL_LENGTH: self.tr("Actual"),
            ActualColumn.START_DELTA: self.tr("Start ±"),
            ActualColumn.LENGTH_DELTA: self.tr("Length ±"),
            ActualColumn.STATUS: self.tr("Status"),
        }
        return [titles[c] for c in ActualColumn]

    def _status(self, status: RowStatus) -> str:
        return {
            RowStatus.PLANNED: self.tr("planned"),
            RowStatus.RUNNING: self.tr("running"),
            RowStatus.DONE: self.tr("done"),
            RowStatus.SKIPPED: self.tr("skipped"),
        }[status]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        col = ActualColumn(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, col)
        if role == Qt.ItemDataRole.ForegroundRole and col in (ActualColumn.START_DELTA, ActualColumn.LENGTH_DELTA):
            delta = row.start_delta_s if col == ActualColumn.START_DELTA else row.duration_delta_s
            if delta is not None and abs(delta) >= 60:
                return theme.OVERLAP_COLOUR if delta > 0 else theme.PHASE_ACCENT[theme.Phase.NORMAL]
        if role == Qt.ItemDataRole.TextAlignmentRole and col not in (ActualColumn.DAY, ActualColumn.SEGMENT):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: ActualRow, col: ActualColumn) -> str:
        def clock(moment: datetime | None) -> str:
            return moment.astimezone(self._tz).strftime("%H:%M:%S") if moment else ""

        def delta(seconds: float | None) -> str:
            return "" if seconds is None else format_duration(seconds, signed=True)

        if col == ActualColumn.DAY:
            return row.day_title
        if col == ActualColumn.SEGMENT:
            return row.title
        if col == ActualColumn.PLANNED_START:
            return row.planned_start.astimezone(self._tz).strftime("%H:%M")
        if col == ActualColumn.PLANNED_LENGTH:
            return format_duration(row.planned_duration_s)
        if col == ActualColumn.ACTUAL_START:
            return clock(row.actual_start)
        if col == ActualColumn.ACTUAL_LENGTH:
            if row.status is RowStatus.RUNNING:
                return self.tr("running")
            return "" if row.actual_duration_s is None else format_duration(row.actual_duration_s)
        if col == ActualColumn.START_DELTA:
            return delta(row.start_delta_s)
        if col == ActualColumn.LENGTH_DELTA:
            return "" if row.status is RowStatus.RUNNING else delta(row.duration_delta_s)
        return self._status(row.status)


class ActualsPanel(QWidget):
    """The Planned vs actual tab: the table and its export button."""

    def __init__(self, model: ActualsModel, export: Callable[[], object], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        head = QHBoxLayout()
        button = QPushButton(self.tr("Export CSV…"), self)  # the tab says what this is
        button.setProperty("command", "export.actuals_csv")
        button.clicked.connect(lambda _c=False: export())
        head.addStretch(1)
        head.addWidget(button)
        layout.addLayout(head)
        self.view = QTableView(self)
        self.view.setObjectName("actuals")
        self.view.setModel(model)
        self.view.setAlternatingRowColors(True)
        self.view.verticalHeader().setVisible(False)
        self.view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        # Widths from the font, not ResizeToContents: that asks the model for every cell of
        # every row at start-up (a third of the start-up time with the sample event).
        header = self.view.horizontalHeader()
        em = self.fontMetrics().averageCharWidth()
        for section, chars in enumerate((17, 36, 9, 8, 9, 8, 8, 8, 9)):
            header.resizeSection(section, max(em * chars + 12, theme.header_width(header, section)))
        header.setStretchLastSection(True)
        layout.addWidget(self.view)
