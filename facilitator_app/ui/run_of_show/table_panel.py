"""The run-of-show panel: day tabs over the segment table. It shows the show, keeps the
selection, and turns cell edits and drops into commands; it records nothing itself."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, QItemSelectionModel, QLocale, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTabBar, QTableView, QVBoxLayout, QWidget

from ...domain.state import SessionState
from ..common import theme
from .delegates import ColourDelegate, KindDelegate
from .run_of_show_model import Column, RunOfShowModel

COLUMN_CHARS = {
    Column.START: 9,
    Column.EXPECTED: 9,
    Column.GAP: 12,
    Column.LENGTH: 7,
    Column.KIND: 15,
    Column.COLOUR: 4,
    Column.TITLE: 34,
    Column.LEAD: 18,
    Column.NOTES: 30,
    Column.WARN: 10,
    Column.DANGER: 9,
}


class RunOfShowPanel(QWidget):
    """Day tabs and the table. ``run(command_id, args)`` is how it changes the show."""

    contextMenuRequested = Signal(object)  # global position
    said = Signal(str)  # a note for the status bar

    def __init__(
        self, state: SessionState, run: Callable[[str, dict[str, Any]], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._run = run
        self._state = state
        self.model = RunOfShowModel(state, self)
        self.model.editRequested.connect(
            lambda seg, changes: self._run("show.segment.update", {"segment": seg, "changes": changes})
        )
        self.model.moveRequested.connect(self._move_to)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.day_tabs = QTabBar(self)
        self.day_tabs.setExpanding(False)
        self.day_tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.day_tabs.currentChanged.connect(self._on_day_tab)
        layout.addWidget(self.day_tabs)
        self.table = self._build_table()
        layout.addWidget(self.table, 1)
        self.fill_day_tabs()

    def _build_table(self) -> QTableView:
        table = QTableView(self)
        table.setObjectName("runOfShow")
        table.setModel(self.model)
        table.setAlternatingRowColors(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setDragEnabled(True)
        table.setAcceptDrops(True)
        table.setDropIndicatorShown(True)
        table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        table.setDefaultDropAction(Qt.DropAction.MoveAction)
        table.setDragDropOverwriteMode(False)
        table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 1.9))
        table.setItemDelegateForColumn(Column.KIND, KindDelegate(table))
        table.setItemDelegateForColumn(Column.COLOUR, ColourDelegate(table))
        header = table.horizontalHeader()
        header.setStretchLastSection(False)
        em = self.fontMetrics().averageCharWidth()
        for col, chars in COLUMN_CHARS.items():
            header.resizeSection(col, max(em * chars + 16, theme.header_width(header, col)))
        header.setSectionResizeMode(Column.NOTES, QHeaderView.ResizeMode.Stretch)
        # The kind's colour shows as a swatch in Kind; its own column (to change it) goes last,
        # so the title gets the room on a small screen.
        header.moveSection(header.visualIndex(Column.COLOUR), header.count() - 1)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(
            lambda pos: self.contextMenuRequested.emit(table.viewport().mapToGlobal(pos))
        )
        return table

    # ------------------------------------------------------------ days

    def fill_day_tabs(self) -> None:
        self.day_tabs.blockSignals(True)
        while self.day_tabs.count():
            self.day_tabs.removeTab(0)
        for day in self._state.show.days:
            when = QLocale().toString(QDate(day.date.year, day.date.month, day.date.day), "ddd d MMM")
            index = self.day_tabs.addTab(f"{day.title}  ·  {when}")
            self.day_tabs.setTabData(index, day.id)
        ids = [d.id for d in self._state.show.days]
        if self.model.day_id in ids:
            self.day_tabs.setCurrentIndex(ids.index(self.model.day_id))
        self.day_tabs.blockSignals(False)

    def _on_day_tab(self, index: int) -> None:
        day_id = self.day_tabs.tabData(index)
        if day_id:
            self.model.set_day(day_id)
            if self.model.rowCount():
                self.table.selectRow(0)

    def step_day(self, step: int) -> None:
        count = self.day_tabs.count()
        if count:
            self.day_tabs.setCurrentIndex((self.day_tabs.currentIndex() + step) % count)

    def show_day(self, day_id: str) -> None:
        for i in range(self.day_tabs.count()):
            if self.day_tabs.tabData(i) == day_id:
                self.day_tabs.setCurrentIndex(i)

    def day_id(self) -> str:
        return self.model.day_id

    # ------------------------------------------------------------ selection

    def selected_segment_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.segment_id_at(index.row()) if index.isValid() else None

    def select_segment(self, segment_id: str) -> None:
        located = self._state.show.locate(segment_id)
        if located and located[0].id != self.model.day_id:
            self.show_day(located[0].id)
        row = self.model.row_of(segment_id)
        if row >= 0:
            current = self.table.currentIndex()
            column = current.column() if current.isValid() else Column.TITLE
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, column),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )

    def select_row(self, row: int) -> None:
        if self.model.rowCount():
            self.table.selectRow(max(0, min(row, self.model.rowCount() - 1)))

    def select_current_or_first(self) -> None:
        live = self._state.live
        if live.active and live.segment_id and self._state.show.locate(live.segment_id):
            self.select_segment(live.segment_id)
        elif self.model.rowCount():
            self.table.selectRow(0)
        self.table.setFocus()

    def edit_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.table.setFocus()
            self.table.edit(index)

    def edit_title_of(self, segment_id: str) -> None:
        self.select_segment(segment_id)
        self.table.edit(self.model.index(self.model.row_of(segment_id), Column.TITLE))

    def _move_to(self, segment_id: str, index: int) -> None:
        self._run("show.segment.move", {"segment": segment_id, "day": self.model.day_id, "index": index})
        self.select_segment(segment_id)

    # ------------------------------------------------------------ state

    def set_read_only(self, read_only: bool) -> None:
        self.model.set_read_only(read_only)
        self.table.setDragEnabled(not read_only)

    def update_state(self, old: SessionState, new: SessionState) -> None:
        self._state = new
        if [(d.id, d.title, d.date) for d in old.show.days] != [(d.id, d.title, d.date) for d in new.show.days]:
            self.fill_day_tabs()
        selected = self.selected_segment_id()
        self.model.update_state(new)
        if new.live.segment_id != old.live.segment_id and new.live.active and new.live.segment_id:
            self.select_segment(new.live.segment_id)
        elif selected:
            self.select_segment(selected)

    # ------------------------------------------------------------ editing (through commands)

    def add_segment(self) -> None:
        segment = self.selected_segment_id()
        args = {"after": segment} if segment else {"day": self.day_id()}
        result: Any = self._run("show.segment.add", {**args, "title": self.tr("New segment")})
        if result is not None and result.data:
            self.edit_title_of(result.data["segment"])

    def after_segment(self, command_id: str) -> None:
        """Duplicate, delete, move: the command, then keep a sensible selection."""
        segment = self.selected_segment_id()
        if not segment:
            return
        row = self.model.row_of(segment)
        result: Any = self._run(command_id, {"segment": segment})
        if result is None:
            return
        if isinstance(result.data, dict) and "segment" in result.data:
            self.select_segment(result.data["segment"])
        elif command_id == "show.segment.delete":
            self.select_row(row)
            self.said.emit(self.tr("Deleted. Ctrl+Z brings it back."))
        else:
            self.select_segment(segment)

    def add_day(self) -> None:
        days = self._state.show.days
        result: Any = self._run("show.day.add", {"title": self.tr("Day %1").replace("%1", str(len(days) + 1))})
        if result is not None and result.data:
            self.show_day(result.data["day"])

    def edit_day(self) -> None:
        from .day_dialog import DayDialog

        day = self.model.day()
        if day is None:
            return
        dialog = DayDialog(day, self)
        dialog.accepted.connect(lambda: self._run("show.day.update", {"day": day.id, "changes": dialog.changes()}))
        self._day_dialog = dialog
        dialog.open()

    def delete_day(self) -> None:
        self._run("show.day.delete", {"day": self.day_id()})

    def table_menu(self, actions: dict[str, QAction], where: QPoint) -> None:
        menu = QMenu(self)
        for command_id in (
            "live.goto",
            "live.skip",
            None,
            "show.segment.add",
            "show.segment.duplicate",
            "show.segment.delete",
            None,
            "show.segment.move_up",
            "show.segment.move_down",
        ):
            if command_id is None:
                menu.addSeparator()
            else:
                menu.addAction(actions[command_id])
        self._menu = menu
        menu.popup(where)
