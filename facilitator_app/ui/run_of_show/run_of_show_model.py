"""The run-of-show of one day as an editable, reorderable table model.

A thin adapter: it reads the folded state and never changes it. Edits and drops are
emitted as requests (``editRequested``, ``moveRequested``) that the window turns into
undoable commands; when the resulting state arrives, ``update_state`` updates only the
rows that changed (insert, remove, move or dataChanged), never resetting on a tick.
"""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont

from ...domain.live import LiveState, format_duration
from ...domain.model import Day, ModelError, SegmentKind, format_clock, parse_clock, parse_duration
from ...domain.schedule import Slot, plan_day
from ...domain.state import SessionState
from ..common import theme

MIME = "application/x-facilitator-segment"
SEGMENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1

Index = QModelIndex | QPersistentModelIndex


class Column(IntEnum):
    START = 0
    EXPECTED = 1
    GAP = 2
    LENGTH = 3
    KIND = 4
    COLOUR = 5
    TITLE = 6
    LEAD = 7
    NOTES = 8
    WARN = 9
    DANGER = 10


FIELD_OF = {
    Column.LENGTH: "duration_s",
    Column.KIND: "kind",
    Column.COLOUR: "colour",
    Column.TITLE: "title",
    Column.LEAD: "lead",
    Column.NOTES: "notes",
    Column.WARN: "warning_s",
    Column.DANGER: "danger_s",
    Column.START: "fixed_start",
}


class RowState(IntEnum):
    PLANNED = 0
    LIVE = 1
    DONE = 2
    SKIPPED = 3


def _row_state(live: LiveState, segment_id: str) -> RowState:
    if live.active and live.segment_id == segment_id:
        return RowState.LIVE
    if segment_id in live.skipped:
        return RowState.SKIPPED
    if segment_id in live.actuals:
        return RowState.DONE
    return RowState.PLANNED


class RunOfShowModel(QAbstractTableModel):
    editRequested = Signal(str, dict)  # segment id, field changes (serialised values)
    moveRequested = Signal(str, int)  # segment id, index in this day after taking it out
    invalidInput = Signal(str)

    def __init__(self, state: SessionState, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._state = state
        self._day_id = state.show.days[0].id if state.show.days else ""
        self._rows: list[tuple[Slot, RowState]] = self._compute_rows(state)
        self._titles = self._header_titles()  # translated once: views ask for them very often
        self._read_only = False
        self._expected: dict[str, datetime] = {}  # segment id -> expected start (live day only)

    # ------------------------------------------------------------ state

    @property
    def day_id(self) -> str:
        return self._day_id

    def day(self) -> Day | None:
        return self._state.show.day(self._day_id)

    def _compute_rows(self, state: SessionState) -> list[tuple[Slot, RowState]]:
        day = state.show.day(self._day_id)
        if day is None:
            return []
        slots = plan_day(day, ZoneInfo(state.show.timezone))
        return [(slot, _row_state(state.live, slot.segment.id)) for slot in slots]

    def set_day(self, day_id: str) -> None:
        if day_id == self._day_id:
            return
        self.beginResetModel()
        self._day_id = day_id
        self._rows = self._compute_rows(self._state)
        self.endResetModel()

    def update_state(self, state: SessionState) -> None:
        """Bring the rows to ``state`` with the smallest structural change."""
        self._state = state
        if state.show.day(self._day_id) is None:
            self.beginResetModel()
            self._day_id = state.show.days[0].id if state.show.days else ""
            self._rows = self._compute_rows(state)
            self.endResetModel()
            return
        new_rows = self._compute_rows(state)
        old_ids = [slot.segment.id for slot, _ in self._rows]
        new_ids = [slot.segment.id for slot, _ in new_rows]
        if old_ids != new_ids and not self._restructure(old_ids, new_ids, new_rows):
            self.beginResetModel()
            self._rows = new_rows
            self.endResetModel()
            return
        last = len(Column) - 1
        for row, (old, new) in enumerate(zip(self._rows, new_rows, strict=True)):
            if old != new:
                self._rows[row] = new
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))

    def _restructure(self, old: list[str], new: list[str], new_rows: list[tuple[Slot, RowState]]) -> bool:
        """One insert, one removal or one move, told to the views as such; else False."""
        by_id = {slot.segment.id: (slot, rs) for slot, rs in new_rows}
        if len(new) == len(old) + 1:
            added = next((i for i, sid in enumerate(new) if i >= len(old) or old[i] != sid), len(old))
            if new[:added] + new[added + 1 :] == old:
                self.beginInsertRows(QModelIndex(), added, added)
                self._rows.insert(added, by_id[new[added]])
                self.endInsertRows()
                return True
        elif len(new) == len(old) - 1:
            gone = next((i for i, sid in enumerate(old) if i >= len(new) or new[i] != sid), len(new))
            if old[:gone] + old[gone + 1 :] == new:
                self.beginRemoveRows(QModelIndex(), gone, gone)
                del self._rows[gone]
                self.endRemoveRows()
                return True
        elif len(new) == len(old) and sorted(new) == sorted(old):
            for src, sid in enumerate(old):
                dest = new.index(sid)
                if dest == src:
                    continue
                moved = old[:src] + old[src + 1 :]
                moved.insert(dest, sid)
                if moved != new:
                    continue
                qt_dest = dest + 1 if dest > src else dest
                if not self.beginMoveRows(QModelIndex(), src, src, QModelIndex(), qt_dest):
                    return False
                self._rows.insert(dest, self._rows.pop(src))
                self.endMoveRows()
                return True
        return False

    def set_expected(self, expected: dict[str, datetime]) -> None:
        """Expected starts of the upcoming segments; only the cells that change are redrawn."""
        if expected == self._expected:
            return
        changed = {k for k in expected.keys() | self._expected.keys() if expected.get(k) != self._expected.get(k)}
        self._expected = dict(expected)
        for row, (slot, _) in enumerate(self._rows):
            if slot.segment.id in changed:
                index = self.index(row, Column.EXPECTED)
                self.dataChanged.emit(index, index)

    def set_read_only(self, read_only: bool) -> None:
        """A following console shows the run-of-show but cannot edit or reorder it."""
        self._read_only = read_only

    def segment_id_at(self, row: int) -> str | None:
        return self._rows[row][0].segment.id if 0 <= row < len(self._rows) else None

    def row_of(self, segment_id: str) -> int:
        for row, (slot, _) in enumerate(self._rows):
            if slot.segment.id == segment_id:
                return row
        return -1

    # ------------------------------------------------------------ Qt model API

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._titles[section] if 0 <= section < len(self._titles) else None

    def _header_titles(self) -> list[str]:
        titles = {
            Column.START: self.tr("Start"),
            Column.EXPECTED: self.tr("Expected"),
            Column.GAP: self.tr("Gap"),
            Column.LENGTH: self.tr("Length"),
            Column.KIND: self.tr("Kind"),
            Column.COLOUR: "",
            Column.TITLE: self.tr("Title"),
            Column.LEAD: self.tr("Lead"),
            Column.NOTES: self.tr("Notes"),
            Column.WARN: self.tr("Warn"),
            Column.DANGER: self.tr("Danger"),
        }
        return [titles[c] for c in Column]

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # dropping below the last row appends
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self._read_only:
            return base
        base |= Qt.ItemFlag.ItemIsDragEnabled
        if index.column() not in (Column.GAP, Column.EXPECTED):
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        slot, row_state = self._rows[index.row()]
        seg = slot.segment
        col = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(slot, col)
        if role == Qt.ItemDataRole.EditRole:
            return self._edit_value(slot, col)
        if role == SEGMENT_ID_ROLE:
            return seg.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(slot, col, row_state)
        if role == Qt.ItemDataRole.DecorationRole and col in (Column.COLOUR, Column.KIND):
            return QColor(seg.display_colour)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == Column.GAP and slot.gap_s:
                return theme.GAP_COLOUR if slot.gap_s > 0 else theme.OVERLAP_COLOUR
            if col == Column.EXPECTED and self._late_s(slot) >= 60:
                return theme.OVERLAP_COLOUR
            if col in (Column.WARN, Column.DANGER) and getattr(seg, FIELD_OF[col]) is None:
                return theme.DONE_TEXT
            if row_state in (RowState.DONE, RowState.SKIPPED):
                return theme.DONE_TEXT
            return None
        if role == Qt.ItemDataRole.BackgroundRole and row_state == RowState.LIVE:
            return theme.LIVE_ROW
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            if row_state == RowState.SKIPPED:
                font.setStrikeOut(True)
            if (col == Column.START and slot.fixed) or (row_state == RowState.LIVE and col == Column.TITLE):
                font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (
            Column.START,
            Column.EXPECTED,
            Column.GAP,
            Column.LENGTH,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _local(self, slot: Slot) -> str:
        return slot.start.astimezone(ZoneInfo(self._state.show.timezone)).strftime("%H:%M")

    def _rolls(self, slot: Slot) -> bool:
        day = self._state.show.day(self._day_id)
        return slot.fixed and (slot.segment.roll or (day is not None and day.roll))

    def _late_s(self, slot: Slot) -> float:
        expected = self._expected.get(slot.segment.id)
        return 0.0 if expected is None else (expected - slot.start).total_seconds()

    def _expected_text(self, slot: Slot) -> str:
        expected = self._expected.get(slot.segment.id)
        if expected is None:
            return ""
        return expected.astimezone(ZoneInfo(self._state.show.timezone)).strftime("%H:%M")

    def _display(self, slot: Slot, col: Column) -> str:
        seg = slot.segment
        if col == Column.START:
            return (("⟳ " if self._rolls(slot) else "◆ ") if slot.fixed else "") + self._local(slot)
        if col == Column.EXPECTED:
            return self._expected_text(slot)
        if col == Column.GAP:
            if slot.gap_s > 0:
                return self.tr("+%1 gap").replace("%1", format_duration(slot.gap_s))
            if slot.gap_s < 0:
                return self.tr("%1 overlap").replace("%1", format_duration(-slot.gap_s))
            return ""
        if col == Column.LENGTH:
            return format_duration(seg.duration_s)
        if col == Column.KIND:
            return theme.kind_name(seg.kind)
        if col == Column.COLOUR:
            return ""
        if col == Column.TITLE:
            return seg.title
        if col == Column.LEAD:
            return seg.lead
        if col == Column.NOTES:
            return seg.notes.replace("\n", " ")
        if col == Column.WARN:
            return format_duration(seg.warning_threshold_s)
        return format_duration(seg.danger_threshold_s)

    def _edit_value(self, slot: Slot, col: Column) -> Any:
        seg = slot.segment
        if col == Column.START:
            return format_clock(seg.fixed_start) or ""
        if col == Column.LENGTH:
            return format_duration(seg.duration_s)
        if col == Column.KIND:
            return seg.kind.value
        if col == Column.COLOUR:
            return seg.colour
        if col in (Column.WARN, Column.DANGER):
            value = getattr(seg, FIELD_OF[col])
            return "" if value is None else format_duration(value)
        return self._display(slot, col) if col != Column.NOTES else seg.notes

    def _tooltip(self, slot: Slot, col: Column, row_state: RowState) -> str | None:
        seg = slot.segment
        if col == Column.START:
            if self._rolls(slot):
                return self.tr("Starts by itself at %1 (roll). Ctrl+Shift+R turns the roll off.").replace(
                    "%1", self._local(slot)
                )
            if slot.fixed:
                return self.tr("Fixed start at %1. Clear it to follow the previous segment.").replace(
                    "%1", self._local(slot)
                )
            return self.tr("Follows the previous segment. Type a time (HH:MM) to fix the start.")
        if col == Column.GAP and slot.gap_s:
            if slot.gap_s > 0:
                return self.tr("Nothing is planned for %1 before this fixed start.").replace(
                    "%1", format_duration(slot.gap_s)
                )
            return self.tr("The previous segment runs %1 into this fixed start.").replace(
                "%1", format_duration(-slot.gap_s)
            )
        if col == Column.EXPECTED:
            late = self._late_s(slot)
            if not self._expected_text(slot):
                return self.tr("When the segment will now start, while the show runs.")
            if abs(late) < 60:
                return self.tr("Expected at %1, as planned.").replace("%1", self._expected_text(slot))
            words = self.tr("%1 later than planned") if late > 0 else self.tr("%1 earlier than planned")
            return (
                self.tr("Expected at %1 (%2).")
                .replace("%1", self._expected_text(slot))
                .replace("%2", words.replace("%1", format_duration(abs(late))))
            )
        if col == Column.COLOUR:
            return self.tr("Colour: %1").replace("%1", seg.colour or self.tr("the kind's colour"))
        if col == Column.NOTES and seg.notes:
            return seg.notes
        if col in (Column.WARN, Column.DANGER):
            return self.tr("Seconds left when the countdown changes colour; empty uses the default.")
        return None

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        slot, _ = self._rows[index.row()]
        col = Column(index.column())
        text = str(value).strip() if value is not None else ""
        try:
            new_value: Any
            if col == Column.START:
                new_value = format_clock(parse_clock(text))
            elif col == Column.LENGTH:
                new_value = parse_duration(text)
            elif col in (Column.WARN, Column.DANGER):
                new_value = parse_duration(text) if text else None
            elif col == Column.KIND:
                new_value = SegmentKind(text).value
            elif col == Column.COLOUR:
                new_value = text
                if text:
                    slot.segment.with_changes({"colour": text})
            elif col == Column.GAP:
                return False
            else:
                new_value = str(value)
        except (ModelError, ValueError) as exc:
            self.invalidInput.emit(str(exc))
            return False
        self.editRequested.emit(slot.segment.id, {FIELD_OF[col]: new_value})
        return True

    # ------------------------------------------------------------ drag and drop

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:  # type: ignore[override]
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(MIME, QByteArray(self._rows[rows[0]][0].segment.id.encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        return data.hasFormat(MIME) and action == Qt.DropAction.MoveAction

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        segment_id = bytes(data.data(MIME).data()).decode()
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._rows)
        source = self.row_of(segment_id)
        target = row - 1 if 0 <= source < row else row
        self.moveRequested.emit(segment_id, target)
        # The model changes when the move is recorded; returning False stops the view
        # from removing the source rows itself.
        return False
