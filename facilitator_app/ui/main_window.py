"""The producer's main window: run-of-show, live panel, planned versus actual, stage view."""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import time, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QByteArray, QDate, QItemSelectionModel, QLocale, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QGuiApplication,
    QKeySequence,
    QScreen,
    QShortcut,
    QShowEvent,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabBar,
    QTableView,
    QTabWidget,
    QTextEdit,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .. import __version__, assets
from ..domain import edits, live
from ..domain.clock import Clock
from ..domain.edits import Edit
from ..domain.live import Phase, Status
from ..domain.model import Day, ModelError, Segment, SegmentKind
from ..domain.report import csv_rows
from ..domain.state import SessionState
from ..services.atomic import write_atomic
from ..services.session_folder import SessionError
from ..services.settings import Settings
from ..services.sound import SoundPlayer
from . import theme
from .actuals_model import ActualsModel
from .cofacilitation import CoFacilitation

if TYPE_CHECKING:
    from ..services.sync import CycleReport
    from .polls_window import PollsWindow
    from .rooms_window import RoomsWindow
    from .sync_controller import SyncController
from .delegates import ColourDelegate, KindDelegate
from .live_panel import LivePanel
from .participants_model import ParticipantsModel
from .readout import DisplayMode, make_readout, mode_name, seconds_until_refresh
from .run_of_show_model import Column, RunOfShowModel
from .session_controller import SessionController
from .stage_window import StageWindow


def typing_in_progress() -> bool:
    """True while a text field (or a cell editor) has the keyboard: live shortcuts stay off."""
    widget = QApplication.focusWidget()
    if isinstance(widget, (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox)):
        return True
    if isinstance(widget, QComboBox) and widget.isEditable():
        return True
    return isinstance(widget, QAbstractItemView) and widget.state() == QAbstractItemView.State.EditingState


class EditCommand(QUndoCommand):
    """One run-of-show edit on the undo stack; undo appends the inverse event."""

    def __init__(self, controller: SessionController, edit: Edit) -> None:
        super().__init__(edit.text)
        self._controller = controller
        self._edit = edit

    def redo(self) -> None:
        if not self._controller.record(self._edit.type, self._edit.payload):
            self.setObsolete(True)

    def undo(self) -> None:
        self._controller.record(self._edit.inverse_type, self._edit.inverse_payload)


class MainWindow(QMainWindow):
    stageVisibilityChanged = Signal(bool)

    def __init__(
        self,
        controller: SessionController,
        clock: Clock,
        settings: Settings,
        save_settings: Callable[[Settings], None],
        sounds: SoundPlayer | None = None,
        cofac: CoFacilitation | None = None,
    ) -> None:
        super().__init__()
        self.controller = controller
        self.clock = clock
        self.settings = settings
        self._save_settings = save_settings
        self.sounds = sounds or SoundPlayer()
        self.cofac = cofac
        self.sync: SyncController | None = None  # attached after the first paint (httpx is slow to import)
        self.rooms_window: RoomsWindow | None = None  # built when first opened
        self.polls_window: PollsWindow | None = None
        self._present = 0  # people present on the platform, from the last sync
        self.mode = (
            DisplayMode(settings.display_mode)
            if settings.display_mode in DisplayMode._value2member_map_
            else DisplayMode.COUNTDOWN
        )
        self.undo_stack = QUndoStack(self)
        self.stage: StageWindow | None = None
        self._last_phase: tuple[str | None, Phase] = (None, Phase.IDLE)
        self._shortcuts: list[QShortcut] = []
        self._sized = False
        self.setWindowTitle(self.tr("Facilitator Console"))
        self.setWindowIcon(theme.icon("app"))

        state = controller.state
        self.model = RunOfShowModel(state, self)
        self.model.editRequested.connect(self._edit_segment_fields)
        self.model.moveRequested.connect(self._move_segment_to)
        self.model.invalidInput.connect(self._warn)
        self.actuals = ActualsModel(state, clock.now(), self)

        self._ticker = QTimer(self)
        self._ticker.setSingleShot(True)
        self._ticker.setTimerType(Qt.TimerType.PreciseTimer)
        self._ticker.timeout.connect(self.refresh)

        self._build_actions()
        self._build_ui()
        self._build_menus()
        controller.changed.connect(self._on_changed)
        controller.failed.connect(self._on_save_failed)
        if cofac is not None:
            cofac.peersChanged.connect(self._apply_role)
            cofac.problem.connect(self._warn)
        QGuiApplication.instance().screenAdded.connect(lambda _s: self._rebuild_screen_menu())  # type: ignore[union-attr]
        QGuiApplication.instance().screenRemoved.connect(self._on_screen_removed)  # type: ignore[union-attr]
        self._control_actions = [
            self.act_toggle,
            self.act_next,
            self.act_previous,
            self.act_minus,
            self.act_plus,
            self.act_goto,
            self.act_skip,
            self.act_end,
            self.act_clear_message,
            self.act_message,
            self.act_add,
            self.act_duplicate,
            self.act_delete,
            self.act_up,
            self.act_down,
            self.act_edit,
            self.act_add_day,
            self.act_day_settings,
            self.act_delete_day,
            self.act_link,
            self.act_end_meeting,
            self.act_chat,
        ]
        self._select_current_or_first()
        self._restore_geometry()
        self._apply_role()
        self.refresh()

    # ------------------------------------------------------------ construction

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        key: str | list[str] = "",
        icon: str = "",
        tip: str = "",
        live_key: bool = True,
    ) -> QAction:
        """An action; its keys are gated shortcuts (off while typing) and shown in menus."""
        keys = [key] if isinstance(key, str) else key
        keys = [k for k in keys if k]
        action = QAction(self)
        action.setText(text)
        action.setIconText(text)
        if icon:
            action.setIcon(theme.icon(icon))
        if keys:
            shown = " / ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys)
            action.setToolTip(f"{tip or text} ({shown})")
            action.setData(shown)
            for k in keys:
                shortcut = QShortcut(QKeySequence(k), self)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(lambda a=action: self._gated(a))
                self._shortcuts.append(shortcut)
        elif tip:
            action.setToolTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _gated(self, action: QAction) -> None:
        if typing_in_progress() or not action.isEnabled():
            return
        action.trigger()

    def _build_actions(self) -> None:
        a = self._action
        self.act_toggle = a(self.tr("Start"), self.toggle, "Space", "play", self.tr("Start, pause or resume"))
        self.act_next = a(
            self.tr("Next"), self.next, ["N", "Right"], "next", self.tr("Finish this segment, start the next")
        )
        self.act_previous = a(
            self.tr("Previous"),
            self.previous,
            ["P", "Left"],
            "previous",
            self.tr("Back to the previous segment, continuing where it was left"),
        )
        self.act_minus = a(
            self.tr("−1 min"), lambda: self.adjust(-60), ["-", "Shift+-"], "minus", self.tr("Remove a minute")
        )
        self.act_plus = a(
            self.tr("+1 min"), lambda: self.adjust(60), ["+", "=", "Shift++"], "plus", self.tr("Add a minute")
        )
        self.act_goto = a(
            self.tr("Go to selected"), self.goto_selected, "G", "", self.tr("Start the selected segment now")
        )
        self.act_skip = a(
            self.tr("Skip"), self.skip_selected, "S", "skip", self.tr("Skip or unskip the selected upcoming segment")
        )
        self.act_end = a(self.tr("End"), self.end, "Shift+End", "stop", self.tr("End the show for now"))
        self.act_stage = a(
            self.tr("Stage view"), self.toggle_stage, "F5", "stage", self.tr("Show or hide the stage view")
        )
        self.act_stage.setCheckable(True)
        self.act_mode = a(self.tr("Cycle display mode"), self.cycle_mode, "C")
        self.act_message = a(self.tr("Type a stage message"), self._focus_message, "Ctrl+M")
        self.act_clear_message = a(self.tr("Clear the stage message"), lambda: self.set_message(""), "Ctrl+Shift+M")

        self.act_add = a(self.tr("Add segment"), self.add_segment, ["Ctrl+I", "Insert"])
        self.act_duplicate = a(self.tr("Duplicate segment"), self.duplicate_segment, "Ctrl+D")
        self.act_delete = a(self.tr("Delete segment"), self.delete_segment, "Delete")
        self.act_up = a(self.tr("Move up"), lambda: self.move_selected(-1), "Alt+Up")
        self.act_down = a(self.tr("Move down"), lambda: self.move_selected(1), "Alt+Down")
        self.act_edit = a(self.tr("Edit cell"), self._edit_current, "F2")
        self.act_prev_day = a(self.tr("Previous day"), lambda: self._step_day(-1), "Ctrl+PgUp")
        self.act_next_day = a(self.tr("Next day"), lambda: self._step_day(1), "Ctrl+PgDown")
        self.act_export = a(self.tr("Export planned vs actual (CSV)…"), self.export_actuals, "Ctrl+E")

        self.act_undo = self.undo_stack.createUndoAction(self, self.tr("Undo"))
        self.act_undo.setShortcuts(QKeySequence.StandardKey.Undo)
        self.act_redo = self.undo_stack.createRedoAction(self, self.tr("Redo"))
        self.act_redo.setShortcuts(QKeySequence.StandardKey.Redo)
        self.act_quit = QAction(self.tr("Quit"), self)
        self.act_quit.setShortcut(QKeySequence.StandardKey.Quit)
        self.act_quit.triggered.connect(self.close)

    def _build_ui(self) -> None:
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(10, 6, 10, 6)
        outer.setSpacing(6)

        header = QHBoxLayout()
        self.show_title = QLabel()
        self.show_title.setObjectName("nowTitle")
        self.clock_label = QLabel()
        self.clock_label.setObjectName("nowTitle")
        self.mode_box = QComboBox()
        for mode in DisplayMode:
            self.mode_box.addItem(mode_name(mode), mode.value)
        self.mode_box.setCurrentIndex(self.mode_box.findData(self.mode.value))
        self.mode_box.currentIndexChanged.connect(lambda _i: self.set_mode(DisplayMode(self.mode_box.currentData())))
        self.mode_box.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        header.addWidget(self.show_title, 1)
        header.addWidget(QLabel(self.tr("Display:")))
        header.addWidget(self.mode_box)
        header.addSpacing(16)
        header.addWidget(self.clock_label)
        outer.addLayout(header)

        self.role_bar = QFrame()
        self.role_bar.setObjectName("roleBar")
        role_layout = QHBoxLayout(self.role_bar)
        role_layout.setContentsMargins(12, 6, 8, 6)
        self.role_label = QLabel()
        self.role_label.setObjectName("roleText")
        self.role_label.setWordWrap(True)
        self.take_button = QPushButton(self.tr("Take control…"))
        self.take_button.setObjectName("primary")
        self.take_button.clicked.connect(self.take_control)
        self.accept_button = QPushButton(self.tr("Accept control"))
        self.accept_button.setObjectName("primary")
        self.accept_button.clicked.connect(self.accept_offer)
        role_layout.addWidget(self.role_label, 1)
        role_layout.addWidget(self.accept_button)
        role_layout.addWidget(self.take_button)
        outer.addWidget(self.role_bar)

        self.fenced_bar = QFrame()
        self.fenced_bar.setObjectName("fencedBar")
        fenced_layout = QHBoxLayout(self.fenced_bar)
        fenced_layout.setContentsMargins(12, 6, 8, 6)
        self.fenced_label = QLabel()
        self.fenced_label.setWordWrap(True)
        self.review_button = QPushButton(self.tr("Review…"))
        self.review_button.clicked.connect(self.review_fenced)
        fenced_layout.addWidget(self.fenced_label, 1)
        fenced_layout.addWidget(self.review_button)
        outer.addWidget(self.fenced_bar)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.day_tabs = QTabBar()
        self.day_tabs.setExpanding(False)
        self.day_tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.day_tabs.currentChanged.connect(self._on_day_tab)
        self._fill_day_tabs()
        left_layout.addWidget(self.day_tabs)

        self.table = QTableView()
        self.table.setObjectName("runOfShow")
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.setDragDropOverwriteMode(False)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(int(self.fontMetrics().height() * 1.9))
        self.table.setItemDelegateForColumn(Column.KIND, KindDelegate(self.table))
        self.table.setItemDelegateForColumn(Column.COLOUR, ColourDelegate(self.table))
        header_view = self.table.horizontalHeader()
        header_view.setStretchLastSection(False)
        em = self.fontMetrics().averageCharWidth()
        widths = {
            Column.START: 10,
            Column.GAP: 13,
            Column.LENGTH: 9,
            Column.KIND: 13,
            Column.COLOUR: 4,
            Column.TITLE: 38,
            Column.LEAD: 17,
            Column.NOTES: 30,
            Column.WARN: 10,
            Column.DANGER: 9,
        }
        for col, chars in widths.items():
            header_view.resizeSection(col, em * chars + 16)
        header_view.setSectionResizeMode(Column.NOTES, QHeaderView.ResizeMode.Stretch)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._table_menu)
        left_layout.addWidget(self.table, 1)

        actuals_box = QWidget()
        actuals_layout = QVBoxLayout(actuals_box)
        actuals_layout.setContentsMargins(0, 4, 0, 0)
        actuals_head = QHBoxLayout()
        export = QPushButton(self.tr("Export CSV…"))  # the tab says what this is
        export.clicked.connect(self.export_actuals)
        actuals_head.addStretch(1)
        actuals_head.addWidget(export)
        actuals_layout.addLayout(actuals_head)
        self.actuals_view = QTableView()
        self.actuals_view.setObjectName("actuals")
        self.actuals_view.setModel(self.actuals)
        self.actuals_view.setAlternatingRowColors(True)
        self.actuals_view.verticalHeader().setVisible(False)
        self.actuals_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Widths from the font, not ResizeToContents: that asks the model for every cell of
        # every row at start-up (a third of the start-up time with the sample event).
        actuals_header = self.actuals_view.horizontalHeader()
        for section, chars in enumerate((17, 36, 9, 8, 9, 8, 8, 8, 9)):
            # At least the header's own width (bold, translated), asked of the header only.
            actuals_header.resizeSection(section, max(em * chars + 12, actuals_header.sectionSizeHint(section) + 16))
        actuals_header.setStretchLastSection(True)
        actuals_layout.addWidget(self.actuals_view)

        self.participants = ParticipantsModel(self)
        self.participants.set_people(self.state.show.people)
        self.participants_view = QTableView()
        self.participants_view.setObjectName("participants")
        self.participants_view.setModel(self.participants)
        self.participants_view.setAlternatingRowColors(True)
        self.participants_view.verticalHeader().setVisible(False)
        self.participants_view.horizontalHeader().setStretchLastSection(True)
        participants_header = self.participants_view.horizontalHeader()
        for section, chars in enumerate((26, 14, 12)):
            participants_header.resizeSection(
                section, max(em * chars + 12, participants_header.sectionSizeHint(section) + 16)
            )
        self.queue_list = QListWidget()
        self.queue_list.setObjectName("syncQueue")
        self.queue_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.queue_list.customContextMenuRequested.connect(self._queue_menu)  # retry or drop a held change
        self.bottom_tabs = QTabWidget()
        self.bottom_tabs.setDocumentMode(True)
        self.bottom_tabs.addTab(actuals_box, self.tr("Planned vs actual"))
        self.bottom_tabs.addTab(self.participants_view, self.tr("Participants"))
        self.bottom_tabs.addTab(self.queue_list, self.tr("Sync queue"))
        left_split = QSplitter(Qt.Orientation.Vertical)
        left_split.addWidget(left)
        left_split.addWidget(self.bottom_tabs)
        left_split.setStretchFactor(0, 3)
        left_split.setStretchFactor(1, 1)

        transport = [self.act_previous, self.act_toggle, self.act_next, self.act_minus, self.act_plus]
        self.live_panel = LivePanel(transport)
        self.live_panel.messageSubmitted.connect(self.set_message)

        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(left_split)
        self.split.addWidget(self.live_panel)
        self.split.setStretchFactor(0, 62)
        self.split.setStretchFactor(1, 38)
        self.split.setChildrenCollapsible(False)
        outer.addWidget(self.split, 1)
        self.setCentralWidget(central)

        toolbar = QToolBar(self.tr("Live"))
        toolbar.setObjectName("liveToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in (self.act_goto, self.act_skip, self.act_end):
            toolbar.addAction(action)
        toolbar.addSeparator()
        toolbar.addAction(self.act_stage)
        toolbar.addSeparator()
        toolbar.addAction(self.act_undo)
        toolbar.addAction(self.act_redo)
        for button in toolbar.findChildren(QWidget):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.addToolBar(toolbar)

        self.save_label = QLabel()
        self.sync_label = QLabel()
        self.owner_label = QLabel()
        self.consoles_label = QToolButton()
        self.consoles_label.setAutoRaise(True)
        self.consoles_label.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.consoles_menu = QMenu(self.consoles_label)
        self.consoles_label.setMenu(self.consoles_menu)
        self.clock_warning = QLabel()
        self.clock_warning.setObjectName("warningText")
        self.statusBar().addPermanentWidget(self.clock_warning)
        self.statusBar().addPermanentWidget(self.sync_label)
        self.statusBar().addPermanentWidget(self.consoles_label)
        self.statusBar().addPermanentWidget(self.owner_label)
        self.statusBar().addPermanentWidget(self.save_label)
        self._update_status()

    def _menu_text(self, action: QAction) -> None:
        shown = action.data()
        if shown and "\t" not in action.text():
            action.setText(f"{action.text()}\t{shown}")

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addAction(self.act_export)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.act_undo)
        edit_menu.addAction(self.act_redo)
        edit_menu.addSeparator()
        for action in (self.act_add, self.act_duplicate, self.act_delete, self.act_up, self.act_down, self.act_edit):
            edit_menu.addAction(action)
        edit_menu.addSeparator()
        self.act_add_day = QAction(self.tr("Add day"), self)
        self.act_add_day.triggered.connect(self.add_day)
        edit_menu.addAction(self.act_add_day)
        self.act_day_settings = QAction(self.tr("Day settings (start, hard stop)…"), self)
        self.act_day_settings.triggered.connect(self.edit_day)
        edit_menu.addAction(self.act_day_settings)
        self.act_delete_day = QAction(self.tr("Delete day"), self)
        self.act_delete_day.triggered.connect(self.delete_day)
        edit_menu.addAction(self.act_delete_day)

        live_menu = bar.addMenu(self.tr("&Live"))
        for action in (
            self.act_toggle,
            self.act_next,
            self.act_previous,
            self.act_goto,
            self.act_skip,
            self.act_plus,
            self.act_minus,
            self.act_end,
        ):
            live_menu.addAction(action)
        live_menu.addSeparator()
        live_menu.addAction(self.act_message)
        live_menu.addAction(self.act_clear_message)

        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.act_stage)
        self.act_rooms = self._action(self.tr("Rooms and breakout plan…"), self.show_rooms, "Ctrl+B")
        view_menu.addAction(self.act_rooms)
        self.act_polls = self._action(self.tr("Polls…"), self.show_polls, "Ctrl+P")
        view_menu.addAction(self.act_polls)
        self.screen_menu = view_menu.addMenu(self.tr("Stage screen"))
        self._rebuild_screen_menu()
        self.act_flash = QAction(self.tr("Flash the stage when time is up"), self, checkable=True)
        self.act_flash.setChecked(self.settings.stage_flash)
        self.act_flash.toggled.connect(self._set_flash)
        view_menu.addAction(self.act_flash)
        self.act_sound = QAction(self.tr("Sound cue at warning and at zero"), self, checkable=True)
        self.act_sound.setChecked(self.settings.sound_cues)
        self.act_sound.toggled.connect(self._set_sound)
        view_menu.addAction(self.act_sound)
        view_menu.addSeparator()
        view_menu.addAction(self.act_mode)
        view_menu.addAction(self.act_prev_day)
        view_menu.addAction(self.act_next_day)
        language_menu = view_menu.addMenu(self.tr("Language"))
        group = QActionGroup(self)
        for code, label in (("", self.tr("System default")), ("en", "English"), ("sv", "Svenska")):
            act = QAction(label, self, checkable=True)
            act.setChecked(self.settings.language == code)
            act.triggered.connect(lambda _c=False, c=code: self._set_language(c))
            group.addAction(act)
            language_menu.addAction(act)

        session_menu = bar.addMenu(self.tr("&Session"))
        self.handover_menu = session_menu.addMenu(self.tr("Hand over to"))
        self.handover_menu.aboutToShow.connect(self._fill_handover_menu)
        self.act_take = QAction(self.tr("Take control…"), self)
        self.act_take.triggered.connect(self.take_control)
        session_menu.addAction(self.act_take)
        self.act_review = QAction(self.tr("Changes not applied…"), self)
        self.act_review.triggered.connect(self.review_fenced)
        session_menu.addAction(self.act_review)
        session_menu.addSeparator()
        act_export_session = QAction(self.tr("Export session as one file…"), self)
        act_export_session.triggered.connect(self.export_session)
        session_menu.addAction(act_export_session)

        platform_menu = bar.addMenu(self.tr("&Platform"))
        act_caps = QAction(self.tr("What each platform can do…"), self)
        act_caps.triggered.connect(self.show_capabilities)
        platform_menu.addAction(act_caps)
        self.act_link = QAction(self.tr("Link meeting…"), self)
        self.act_link.triggered.connect(self.show_link)
        platform_menu.addAction(self.act_link)
        act_signin = QAction(self.tr("Sign in…"), self)
        act_signin.triggered.connect(self.show_sign_in)
        platform_menu.addAction(act_signin)
        self.act_end_meeting = QAction(self.tr("End the meeting on the platform…"), self)
        self.act_end_meeting.triggered.connect(self.end_meeting)
        platform_menu.addAction(self.act_end_meeting)
        self.act_chat = QAction(self.tr("Message to the meeting chat…"), self)
        self.act_chat.triggered.connect(self.message_meeting_chat)
        platform_menu.addAction(self.act_chat)
        act_sync_now = QAction(self.tr("Sync now"), self)
        act_sync_now.triggered.connect(lambda: self.sync.schedule() if self.sync else None)
        platform_menu.addAction(act_sync_now)

        help_menu = bar.addMenu(self.tr("&Help"))
        about = QAction(self.tr("About Facilitator Console"), self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

        for action in self.findChildren(QAction):
            self._menu_text(action)

    # ------------------------------------------------------------ state and refresh

    @property
    def state(self) -> SessionState:
        return self.controller.state

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.state.show.timezone)

    def _fill_day_tabs(self) -> None:
        self.day_tabs.blockSignals(True)
        while self.day_tabs.count():
            self.day_tabs.removeTab(0)
        for day in self.state.show.days:
            when = QLocale().toString(QDate(day.date.year, day.date.month, day.date.day), "ddd d MMM")
            label = f"{day.title}  ·  {when}"
            index = self.day_tabs.addTab(label)
            self.day_tabs.setTabData(index, day.id)
        ids = [d.id for d in self.state.show.days]
        if self.model.day_id in ids:
            self.day_tabs.setCurrentIndex(ids.index(self.model.day_id))
        self.day_tabs.blockSignals(False)

    def _on_day_tab(self, index: int) -> None:
        day_id = self.day_tabs.tabData(index)
        if day_id:
            self.model.set_day(day_id)
            if self.model.rowCount():
                self.table.selectRow(0)

    def _step_day(self, step: int) -> None:
        count = self.day_tabs.count()
        if count:
            self.day_tabs.setCurrentIndex((self.day_tabs.currentIndex() + step) % count)

    def _show_day(self, day_id: str) -> None:
        for i in range(self.day_tabs.count()):
            if self.day_tabs.tabData(i) == day_id:
                self.day_tabs.setCurrentIndex(i)

    # ------------------------------------------------------------ co-facilitation

    def _apply_role(self) -> None:
        """Follow read-only or control; say who is in control, offer takeover and hand-over."""
        state = self.state
        mine = self.controller.session.in_control
        if not mine and self.undo_stack.count():
            self.undo_stack.clear()  # edits are undone by the console in control, not from here
        self.model.set_read_only(not mine)
        self.table.setDragEnabled(mine)
        for action in self._control_actions:
            action.setEnabled(mine)
        self.live_panel.message_edit.setEnabled(mine)
        self.live_panel.send_button.setEnabled(mine)
        self.live_panel.clear_button.setEnabled(mine)
        owner = state.lease.owner_name or state.lease.owner or self.tr("nobody")
        offered_to_me = state.offer is not None and state.offer.to == self.controller.session.identity.writer_id
        silent = self.cofac.owner_silent_s() if self.cofac else None
        takeover = self.cofac.takeover_offered() if self.cofac else not mine
        peers = self.cofac.peers if self.cofac else []
        if mine:
            if state.offer is not None:
                text = self.tr("In control. Control offered to %1; it is yours until they accept.").replace(
                    "%1", state.offer.to_name or state.offer.to
                )
                self.role_label.setText(text)
                self._set_role_mode("offer")
                self.role_bar.show()
            else:
                self.role_bar.hide()
        else:
            if silent is None or silent == float("inf"):
                heard = self.tr("no heartbeat from it")
            else:
                heard = self.tr("last heard %1 s ago").replace("%1", str(int(silent)))
            text = (
                self.tr("FOLLOWING. %1 is in control (%2). This console is read-only.")
                .replace("%1", owner)
                .replace("%2", heard)
            )
            if offered_to_me:
                text = self.tr("%1 offers you control of the show.").replace("%1", owner)
            self.role_label.setText(text)
            self._set_role_mode("follow")
            self.role_bar.show()
        self.accept_button.setVisible(not mine and offered_to_me)
        self.take_button.setVisible(not mine and takeover and not offered_to_me)
        if not mine and takeover and silent is not None:
            shown = (
                self.tr("no heartbeat")
                if silent == float("inf")
                else self.tr("silent %1 s").replace("%1", str(int(silent)))
            )
            self.take_button.setText(self.tr("Take control (%1)…").replace("%1", shown))
        self.act_take.setEnabled(not mine)
        self.handover_menu.setEnabled(mine and any(p.role == "following" for p in peers))
        fenced = state.fenced
        if fenced:
            writers = sorted({self._writer_name(r.writer) for r in fenced})
            self.fenced_label.setText(
                self.tr(
                    "%1 change(s) made by %2 while it was not in control were not applied. "
                    "They are kept until someone in control re-applies or discards them."
                )
                .replace("%1", str(len(fenced)))
                .replace("%2", ", ".join(writers))
            )
            self.fenced_bar.show()
        else:
            self.fenced_bar.hide()
        self.act_review.setEnabled(bool(fenced))
        self._update_status()

    def attach_sync(self, sync: SyncController) -> None:
        """Show the platform: status, roster, queue; let breakout segments open the rooms."""
        self.sync = sync
        for platform in ("zoom", "webex", "teams"):
            base = getattr(self.settings, f"api_base_{platform}", "")
            if base:
                sync.base_urls[platform] = base
        sync.updated.connect(self._on_sync)
        sync.updated.connect(self._ingest_polls)
        sync.rosterChanged.connect(self.participants.set_roster)
        if self.rooms_window is not None:
            sync.rosterChanged.connect(self.rooms_window.set_roster)
        self.controller.changed.connect(lambda old, new, _r: sync.on_state(old, new))
        link = self.state.platform
        sync.use_platform(link.platform, link.meeting)
        self.controller.changed.connect(
            lambda _o, new, _r: sync.use_platform(new.platform.platform, new.platform.meeting)
        )

    def _on_sync(self, report: CycleReport) -> None:
        """Online / degraded / offline, how many changes wait, and the queue with its errors."""
        colours = {"online": "#8fd19e", "degraded": "#ffc857", "offline": theme.OVERLAP_COLOUR.name()}
        words = {"online": self.tr("online"), "degraded": self.tr("degraded"), "offline": self.tr("offline")}
        name = self.sync.platform_name if self.sync else ""
        self.sync_label.setText(
            self.tr("● %1: %2 · %3 waiting")
            .replace("%1", name)
            .replace("%2", words[report.status])
            .replace("%3", str(report.drain.waiting))
        )
        self.sync_label.setStyleSheet(f"color: {colours[report.status]};")
        tip = (
            report.error
            or "\n".join(filter(None, [report.drain.stopped, *report.unavailable.values()]))
            or self.tr("%1 present").replace("%1", str(report.participants))
        )
        used = self.sync.zoom_updates_used() if self.sync is not None else None
        if used is not None:
            from ..services.platforms.zoom import DAILY_UPDATES  # httpx: only once syncing

            tip += "\n" + self.tr("Zoom meeting updates today: %1 used, %2 left").replace("%1", str(used)).replace(
                "%2", str(max(0, DAILY_UPDATES - used))
            )
        self.sync_label.setToolTip(tip)
        self.bottom_tabs.setTabText(1, self.tr("Participants (%1)").replace("%1", str(report.participants)))
        self.queue_list.clear()
        items = (
            self.sync.outbox.items(self.sync.kind, ("pending", "unknown", "failed"))
            if self.sync and self.sync.outbox
            else []
        )
        for item in items:
            error = f" — {item.last_error}" if item.last_error else ""
            self.queue_list.addItem(f"{item.kind} · {item.state} · {item.attempts} attempt(s){error}")
            self.queue_list.item(self.queue_list.count() - 1).setData(Qt.ItemDataRole.UserRole, item.id)
        if not items:
            self.queue_list.addItem(self.tr("Nothing waiting to be sent."))

    def _queue_menu(self, pos: QPoint) -> None:
        row = self.queue_list.itemAt(pos)
        item_id = row.data(Qt.ItemDataRole.UserRole) if row is not None else None
        if item_id is None:
            return
        menu = QMenu(self)
        retry = menu.addAction(self.tr("Retry now"))
        drop = menu.addAction(self.tr("Drop this change"))
        chosen = menu.exec(self.queue_list.viewport().mapToGlobal(pos))
        self.queue_action(int(item_id), "retry" if chosen is retry else "drop" if chosen is drop else "")

    def queue_action(self, item_id: int, action: str) -> bool:
        """Retry a held change now (lifting its hold) or drop it for good."""
        if self.sync is None or self.sync.outbox is None or action not in ("retry", "drop"):
            return False
        done = self.sync.outbox.retry(item_id) if action == "retry" else self.sync.outbox.drop(item_id)
        if done:
            self.sync.schedule()
        return done

    def show_link(self) -> None:
        from .platform_dialog import LinkDialog

        dialog = LinkDialog(self.state.platform.platform, self.state.platform.meeting, self)
        dialog.accepted.connect(
            lambda: self.controller.record(
                "platform.linked", {"platform": dialog.platform(), "meeting": dialog.meeting()}
            )
        )
        self._link_dialog = dialog
        dialog.open()

    def message_meeting_chat(self) -> None:
        """A message to the Teams meeting chat (the one chat a REST client may post to)."""
        if self.sync is None or self.sync.outbox is None:
            return
        if self.sync.kind != "teams":
            self._warn(self.tr("Only Microsoft Teams lets the console post to the meeting chat."))
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Message to the meeting chat"))
        dialog.setLabelText(self.tr("Message:"))

        def send(text: str) -> None:
            if text.strip() and self.sync is not None and self.sync.outbox is not None:
                self.sync.outbox.add("teams", "chat.message", {"text": text.strip()})
                self.sync.schedule()
                self.statusBar().showMessage(self.tr("Message queued for the meeting chat."), 8000)

        dialog.textValueSelected.connect(send)
        self._chat_dialog = dialog
        dialog.open()

    def end_meeting(self) -> None:
        """Queue 'end the meeting' for the platform, after a person confirms."""
        if self.sync is None or self.sync.outbox is None:
            return
        if self.sync.kind == "teams":
            self._warn(self.tr("Teams has no API to end a meeting: end it in the Teams client."))
            return
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("End the meeting"),
            self.tr("End the meeting for everyone on %1?").replace("%1", self.sync.platform_name),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        end = box.addButton(self.tr("End the meeting"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)

        def decided(_result: int) -> None:
            if box.clickedButton() is end and self.sync is not None and self.sync.outbox is not None:
                self.sync.outbox.add(self.sync.kind, "meeting.end", {})
                self.sync.schedule()
                self.statusBar().showMessage(self.tr("Ending the meeting: queued for the platform."), 8000)

        box.finished.connect(decided)
        self._end_box = box
        box.open()

    def show_sign_in(self) -> None:
        from .signin_dialog import SignInDialog

        self._signin = SignInDialog(self)
        self._signin.open()

    def show_capabilities(self) -> None:
        from .platform_dialog import CapabilitiesDialog

        CapabilitiesDialog(self).open()

    def _set_role_mode(self, mode: str) -> None:
        """Restyle the bar only when its mode changes (this runs every second while following)."""
        if self.role_bar.property("mode") != mode:
            self.role_bar.setProperty("mode", mode)
            self.role_bar.style().unpolish(self.role_bar)
            self.role_bar.style().polish(self.role_bar)

    def _writer_name(self, writer: str) -> str:
        if writer == self.controller.session.identity.writer_id:
            return self.tr("this console")
        for peer in self.cofac.peers if self.cofac else []:
            if peer.writer == writer:
                return peer.name
        return writer

    def _fill_handover_menu(self) -> None:
        self.handover_menu.clear()
        for peer in self.cofac.peers if self.cofac else []:
            if peer.role == "following":
                act = self.handover_menu.addAction(peer.name)
                act.triggered.connect(lambda _c=False, p=peer: self.hand_over(p.writer, p.name))

    def hand_over(self, writer: str, name: str) -> None:
        self.controller.record("lease.offer", {"to": writer, "to_name": name})
        self.statusBar().showMessage(self.tr("Control offered to %1.").replace("%1", name), 8000)

    def accept_offer(self) -> None:
        self.controller.claim()

    def take_control(self) -> None:
        """Forced takeover: a person confirms, seeing how long the owner has been silent."""
        if self.controller.session.in_control:
            return
        silent = self.cofac.owner_silent_s() if self.cofac else None
        owner = self.state.lease.owner_name or self.state.lease.owner or "?"
        how_long = (
            self.tr("has sent no heartbeat")
            if silent is None or silent == float("inf")
            else self.tr("has been silent for %1 s").replace("%1", str(int(silent)))
        )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            self.tr("Take control"),
            self.tr(
                "%1 is in control and %2.\n\nTake control of the show from this console? "
                "If %1 is still running, changes it makes from now on will not be applied "
                "until someone re-applies them."
            )
            .replace("%1", owner)
            .replace("%2", how_long),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        take = box.addButton(self.tr("Take control"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _r: self.controller.claim() if box.clickedButton() is take else None)
        self._takeover_box = box
        box.open()

    def review_fenced(self) -> None:
        from .fenced_dialog import FencedDialog

        dialog = FencedDialog(self)
        dialog.open()

    def _on_changed(self, old: SessionState, new: SessionState, _record: object) -> None:
        if [(d.id, d.title, d.date) for d in old.show.days] != [(d.id, d.title, d.date) for d in new.show.days]:
            self._fill_day_tabs()
        selected = self.selected_segment_id()
        self.model.update_state(new)
        self.actuals.update_state(new, self.clock.now())
        if new.live.segment_id != old.live.segment_id and new.live.active and new.live.segment_id:
            located = new.show.locate(new.live.segment_id)
            if located:
                self._show_day(located[0].id)
                self._select_segment(new.live.segment_id)
        elif selected:
            self._select_segment(selected)
        self._apply_role()
        self.refresh()
        # The side windows redraw only for changes they show (not for every live adjustment).
        live_changed = (old.live.segment_id, old.live.status, len(old.live.actuals)) != (
            new.live.segment_id,
            new.live.status,
            len(new.live.actuals),
        )
        shared = old.show != new.show or live_changed
        if self.rooms_window is not None and self.rooms_window.isVisible() and (shared or old.rooms != new.rooms):
            self.rooms_window.refresh()
        if self.polls_window is not None and self.polls_window.isVisible() and (shared or old.polls != new.polls):
            self.polls_window.refresh()
        if new.live.segment_id != old.live.segment_id and new.live.active:
            cued = [
                p.poll.name
                for p in new.polls.values()
                if p.poll.segment_id == new.live.segment_id and p.status.value == "draft"
            ]
            if cued:
                self.statusBar().showMessage(
                    self.tr("Poll cued: %1. Polls (Ctrl+P), then Launch (Ctrl+L).").replace("%1", ", ".join(cued)),
                    30000,
                )
        if old.show.people != new.show.people:
            self.participants.set_people(new.show.people)

    def show_rooms(self, activate: bool = True) -> None:
        """The room board, in its own window (a second screen, or beside the console)."""
        from .rooms_window import RoomsWindow

        if self.rooms_window is None:
            self.rooms_window = RoomsWindow(lambda: self.state, self.apply_edit, self.controller.record, self)
            self.rooms_window.push_rooms = self._push_rooms
            self.rooms_window.can_edit = lambda: self.controller.session.in_control
            if self.sync is not None:
                self.sync.rosterChanged.connect(self.rooms_window.set_roster)
                cached = self.sync.outbox.cache_get(f"roster/{self.sync.kind}") if self.sync.outbox else None
                if cached is not None:
                    self.rooms_window.set_roster(cached[0])
            screen = self.screen().availableGeometry()
            self.rooms_window.resize(int(screen.width() * 0.85), int(screen.height() * 0.85))
        self.rooms_window.refresh()
        self.rooms_window.show()
        if activate:
            self.rooms_window.raise_()
            self.rooms_window.activateWindow()

    def show_polls(self, activate: bool = True) -> None:
        """The poll library and results, in their own window."""
        from .polls_window import PollsWindow

        if self.polls_window is None:
            self.polls_window = PollsWindow(
                lambda: self.state, self.controller.record, self.apply_edit, self.clock.now, self
            )
            self.polls_window.on_status = self._poll_status_on_platform
            self.polls_window.can_edit = lambda: self.controller.session.in_control
            self.polls_window.present_count = lambda: self._present or None
            self.polls_window.stage_screen = self.stage_screen
            self.polls_window.push_polls = self._push_polls
            screen = self.screen().availableGeometry()
            self.polls_window.resize(int(screen.width() * 0.8), int(screen.height() * 0.8))
        self.polls_window.refresh()
        self.polls_window.show()
        if activate:
            self.polls_window.raise_()
            self.polls_window.activateWindow()

    def _poll_status_on_platform(self, ps: Any, status: Any) -> str:
        """The platform's part of launching or closing a poll; a note for the producer."""
        from ..domain.poll_sync import rehearsal_options
        from ..domain.polls import PollStatus

        if status not in (PollStatus.OPEN, PollStatus.CLOSED) or self.sync is None or self.sync.outbox is None:
            return ""
        kind = self.sync.kind
        if kind == "rehearsal":
            payload = {"poll_id": ps.poll.id, "title": ps.poll.name, "options": rehearsal_options(ps)}
            self.sync.outbox.add(kind, "poll.launch" if status is PollStatus.OPEN else "poll.close", payload)
            self.sync.schedule()
            return ""
        if kind == "teams":
            return self.tr("Teams has no poll API: run the poll in Teams and type the counts in here.")
        if status is PollStatus.OPEN:
            return self.tr(
                "Launch it in the host client now; its status follows here, the answers come after the meeting."
            )
        return self.tr("End it in the host client too.")

    def _push_polls(self, polls: list[Any]) -> str:
        """Queue the poll definitions for Zoom (before the meeting), within Zoom's limits."""
        if self.sync is None or self.sync.outbox is None:
            return self.tr("The platform connection has not started yet; try again in a moment.")
        if self.sync.kind != "zoom":
            return self.tr(
                "Only Zoom takes poll definitions before the meeting; on %1 the console launches "
                "rehearsal polls itself or you type the counts in."
            ).replace("%1", self.sync.platform_name)
        sent, skipped = 0, []
        for poll in polls:
            problems = poll.platform_problems()
            if problems:
                skipped.append(f"{poll.name}: {'; '.join(problems)}")
                continue
            self.sync.outbox.add("zoom", "poll.create", poll.zoom_payload(), key=f"poll/{poll.id}")
            sent += 1
        self.sync.schedule()
        text = self.tr("%1 poll(s) queued for Zoom.").replace("%1", str(sent))
        if skipped:
            text += "\n" + self.tr("Not sent:") + "\n" + "\n".join(skipped)
        return text

    def _ingest_polls(self, report: CycleReport) -> None:
        """Poll results the platform gave in this cycle become session events (in control only)."""
        from ..domain import poll_sync

        if report.participants != self._present:
            self._present = report.participants  # "n of m present answered"
            if self.polls_window is not None and self.polls_window.isVisible():
                self.polls_window.show_current()
        sync = self.sync
        if sync is None or sync.outbox is None or not self.controller.session.in_control or not self.state.polls:
            return
        cached = sync.outbox.cache_get(f"polls/{sync.kind}")
        if cached is None:
            return
        polls, now = cached[0], self.clock.now()
        if sync.kind == "rehearsal":
            ids = {}
            for pid, ps in self.state.polls.items():
                if ps.status.value == "draft":
                    continue  # never launched: the platform has nothing for it
                found = sync.outbox.cache_get(f"pollmap/rehearsal/{pid}")
                if found is not None:
                    ids[pid] = str(found[0])
            found_snapshots = poll_sync.rehearsal_snapshots(self.state, polls, ids, now)
        elif sync.kind == "zoom":
            if self.polls_window is not None:
                self.polls_window.platform_status = poll_sync.zoom_status(polls)
            found_snapshots = poll_sync.zoom_snapshots(self.state, polls, now)
        elif sync.kind == "webex":
            found_snapshots = poll_sync.webex_snapshots(self.state, polls, now)
        else:
            found_snapshots = []
        for poll_id, snapshot in found_snapshots:
            self.controller.record("poll.results", {"poll_id": poll_id, "snapshot": snapshot.to_dict()})

    def apply_edit(self, edit: Edit) -> None:
        """An undoable edit from any window of the console."""
        if not self.controller.session.in_control:
            self._warn(self.tr("Only the console in control can change the session."))
            return
        self.undo_stack.push(EditCommand(self.controller, edit))

    def _push_rooms(self, segment_id: str, rooms: list[dict[str, Any]]) -> str:
        """Queue a round's rooms for the platform; says what will happen."""
        if self.sync is None or self.sync.outbox is None:
            return self.tr("The platform connection has not started yet; try again in a moment.")
        if self.sync.kind == "teams":
            return self.tr("Teams has no API for breakout rooms: export the room list and assign them in Teams.")
        self.sync.outbox.add(self.sync.kind, "assignments", {"rooms": rooms, "segment_id": segment_id})
        self.sync.schedule()
        if self.sync.kind == "zoom":
            return self.tr(
                "Queued for Zoom: the rooms are pre-assigned in the meeting settings (before the meeting starts)."
            )
        if self.sync.kind == "webex":
            return self.tr("Queued for Webex: the breakout sessions are set before the meeting starts.")
        return self.tr("Queued for the rehearsal platform: people go to these rooms when the rooms open.")

    def _on_save_failed(self, message: str) -> None:
        self.save_label.setText(self.tr("NOT SAVED"))
        self.save_label.setStyleSheet(f"color: {theme.OVERLAP_COLOUR.name()}; font-weight: 600;")
        self.statusBar().showMessage(message, 15000)

    def _warn(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def _update_status(self) -> None:
        session = self.controller.session
        self.save_label.setStyleSheet("")
        self.save_label.setText(self.tr("Saved · %1 events").replace("%1", str(session.event_count)))
        self.save_label.setToolTip(str(session.path))
        lease = self.state.lease
        if lease.owner == session.identity.writer_id:
            self.owner_label.setText(self.tr("In control: %1 (this console)").replace("%1", session.identity.name))
        else:
            self.owner_label.setText(self.tr("Following · in control: %1").replace("%1", lease.owner_name or "?"))
        peers = self.cofac.peers if self.cofac else []
        lines = [
            self.tr("%1 — %2 (this console)")
            .replace("%1", session.identity.name)
            .replace("%2", self.tr("in control") if session.in_control else self.tr("following"))
        ]
        for peer in peers:
            role = self.tr("in control") if peer.role == "in control" else self.tr("following")
            lines.append(
                self.tr("%1 — %2, last heard %3 s ago")
                .replace("%1", peer.name)
                .replace("%2", role)
                .replace("%3", str(int(peer.silent_s)))
            )
        self.consoles_label.setText(self.tr("%1 console(s)").replace("%1", str(len(lines))))
        self.consoles_label.setToolTip("\n".join(lines))
        self.consoles_menu.clear()
        for line in lines:
            self.consoles_menu.addAction(line).setEnabled(False)
        warning = self.cofac.clock_warning() if self.cofac else ""
        if session.forks:
            warning = self.tr(
                "The log of %1 forked (two different events with one number: a copied data folder?)."
            ).replace("%1", ", ".join(session.forks))
        self.clock_label.setToolTip(warning)
        self.clock_warning.setText(warning)
        self.clock_warning.setVisible(bool(warning))
        show = self.state.show
        self.show_title.setText(show.title)
        self.setWindowTitle(f"{show.title} — {self.tr('Facilitator Console')}")

    def refresh(self) -> None:
        """Redraw the live parts; schedule the next redraw for when the display changes."""
        now = self.clock.now()
        state = self.state
        view = live.observe(state.show, state.live, now)
        tz = self.tz
        readout = make_readout(view, self.mode, now, tz)
        self.live_panel.show_readout(readout, view, tz)
        self.live_panel.show_message(state.live.message)
        self.clock_label.setText(now.astimezone(tz).strftime("%H:%M"))
        running = state.live.status is Status.RUNNING
        self.act_toggle.setIcon(theme.icon("pause" if running else "play"))
        label = (
            self.tr("Pause")
            if running
            else (self.tr("Resume") if state.live.status is Status.PAUSED else self.tr("Start"))
        )
        self.act_toggle.setText(label)
        self.act_toggle.setIconText(label)
        self._cue(view)
        if self.stage is not None:
            self.stage.set_readout(readout)
            self.stage.set_message(state.live.message)
        delay = seconds_until_refresh(
            view, self.mode, now, with_seconds_clock=self.stage is not None and self.mode is DisplayMode.CLOCK
        )
        self._ticker.start(max(1, int(delay * 1000) + 2))

    def _cue(self, view: live.LiveView) -> None:
        """Sound and flash when a running segment crosses into warning or overtime."""
        seg_id = view.segment.id if view.segment else None
        last_seg, last_phase = self._last_phase
        self._last_phase = (seg_id, view.phase)
        if seg_id is None or seg_id != last_seg or view.status is not Status.RUNNING:
            return
        if view.phase is Phase.WARNING and last_phase is Phase.NORMAL:
            self._play("warning")
        elif view.phase is Phase.OVERTIME and last_phase in (Phase.NORMAL, Phase.WARNING, Phase.DANGER):
            self._play("zero")
            if self.stage is not None and self.settings.stage_flash:
                self.stage.flash()

    def _play(self, name: str) -> None:
        if not self.settings.sound_cues:
            return
        if not self.sounds.play(assets.path(f"sounds/{name}.wav")):
            QApplication.beep()

    # ------------------------------------------------------------ live actions

    def toggle(self) -> None:
        now = self.clock.now()
        self.controller.record_action(live.toggle_action(self.state.show, self.state.live, now, self._start_target()))

    def _start_target(self) -> str | None:
        """Space when idle starts the selected segment if it has not run yet, else the cued one."""
        selected = self.selected_segment_id()
        if selected and selected not in self.state.live.actuals and selected not in self.state.live.skipped:
            return selected
        return None

    def next(self) -> None:
        now = self.clock.now()
        self.controller.record_action(live.next_action(self.state.show, self.state.live, now))

    def previous(self) -> None:
        now = self.clock.now()
        self.controller.record_action(live.previous_action(self.state.show, self.state.live, now))

    def adjust(self, delta_s: int) -> None:
        now = self.clock.now()
        self.controller.record_action(live.adjust_action(self.state.live, now, delta_s))

    def goto_selected(self) -> None:
        selected = self.selected_segment_id()
        if selected:
            now = self.clock.now()
            self.controller.record_action(live.start_action(self.state.show, self.state.live, selected, now))

    def skip_selected(self) -> None:
        selected = self.selected_segment_id()
        if selected == self.state.live.segment_id:
            selected = None
        self.controller.record_action(live.skip_action(self.state.show, self.state.live, selected))

    def end(self) -> None:
        now = self.clock.now()
        self.controller.record_action(live.end_action(self.state.live, now))

    def set_message(self, text: str) -> None:
        if text != self.state.live.message:
            self.controller.record("live.message", {"text": text})
        if not text:
            self.live_panel.message_edit.clear()
        self.table.setFocus()

    def _focus_message(self) -> None:
        self.live_panel.message_edit.setFocus()
        self.live_panel.message_edit.selectAll()

    def set_mode(self, mode: DisplayMode) -> None:
        self.mode = mode
        self.settings.display_mode = mode.value
        self._save_settings(self.settings)
        index = self.mode_box.findData(mode.value)
        if self.mode_box.currentIndex() != index:
            self.mode_box.setCurrentIndex(index)
        self.refresh()

    def cycle_mode(self) -> None:
        modes = list(DisplayMode)
        self.set_mode(modes[(modes.index(self.mode) + 1) % len(modes)])

    # ------------------------------------------------------------ editing

    def selected_segment_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.model.segment_id_at(index.row()) if index.isValid() else None

    def _select_segment(self, segment_id: str) -> None:
        row = self.model.row_of(segment_id)
        if row >= 0:
            current = self.table.currentIndex()
            column = current.column() if current.isValid() else Column.TITLE
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, column),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _select_current_or_first(self) -> None:
        live_state = self.state.live
        if live_state.active and live_state.segment_id:
            located = self.state.show.locate(live_state.segment_id)
            if located:
                self._show_day(located[0].id)
                self._select_segment(live_state.segment_id)
                return
        if self.model.rowCount():
            self.table.selectRow(0)
        self.table.setFocus()

    def push_edit(self, edit: Edit | None) -> None:
        if edit is not None:
            self.undo_stack.push(EditCommand(self.controller, edit))

    def _edit_segment_fields(self, segment_id: str, changes: dict[str, object]) -> None:
        try:
            self.push_edit(edits.update_segment(self.state.show, segment_id, changes))
        except ModelError as exc:
            self._warn(str(exc))

    def _move_segment_to(self, segment_id: str, index: int) -> None:
        self.push_edit(edits.move_segment(self.state.show, segment_id, self.model.day_id, index))
        self._select_segment(segment_id)

    def add_segment(self) -> None:
        day = self.model.day()
        if day is None:
            return
        selected = self.selected_segment_id()
        index = day.index_of(selected) + 1 if selected else len(day.segments)
        segment = Segment(
            id=uuid.uuid4().hex[:12], title=self.tr("New segment"), kind=SegmentKind.PLENARY, duration_s=600
        )
        self.push_edit(edits.add_segment(self.state.show, day.id, index, segment))
        self._select_segment(segment.id)
        self.table.edit(self.model.index(self.model.row_of(segment.id), Column.TITLE))

    def duplicate_segment(self) -> None:
        selected = self.selected_segment_id()
        if selected:
            new_id = uuid.uuid4().hex[:12]
            self.push_edit(edits.duplicate_segment(self.state.show, selected, new_id))
            self._select_segment(new_id)

    def delete_segment(self) -> None:
        selected = self.selected_segment_id()
        if not selected:
            return
        if selected == self.state.live.segment_id and self.state.live.active:
            self._warn(self.tr("The running segment cannot be deleted; go to another segment first."))
            return
        row = self.model.row_of(selected)
        self.push_edit(edits.remove_segment(self.state.show, selected))
        if self.model.rowCount():
            self.table.selectRow(min(row, self.model.rowCount() - 1))

    def move_selected(self, step: int) -> None:
        selected = self.selected_segment_id()
        if selected:
            row = self.model.row_of(selected)
            self.push_edit(edits.move_segment(self.state.show, selected, self.model.day_id, row + step))
            self._select_segment(selected)

    def add_day(self) -> None:
        days = self.state.show.days
        last = days[-1] if days else None
        date = (last.date + timedelta(days=1)) if last else self.clock.now().astimezone(self.tz).date()
        day = Day(
            id=uuid.uuid4().hex[:8],
            title=self.tr("Day %1").replace("%1", str(len(days) + 1)),
            date=date,
            start=last.start if last else time(9, 0),
            hard_stop=last.hard_stop if last else None,
        )
        self.push_edit(edits.add_day(self.state.show, len(days), day))
        self._show_day(day.id)

    def edit_day(self) -> None:
        from .day_dialog import DayDialog

        day = self.model.day()
        if day is None:
            return
        dialog = DayDialog(day, self)

        def apply() -> None:
            try:
                self.push_edit(edits.update_day(self.state.show, day.id, dialog.changes()))
            except ModelError as exc:
                self._warn(str(exc))

        dialog.accepted.connect(apply)
        self._day_dialog = dialog
        dialog.open()

    def delete_day(self) -> None:
        """Delete the shown day (undoable); not while one of its segments runs."""
        day = self.model.day()
        if day is None or len(self.state.show.days) <= 1:
            self._warn(self.tr("A show needs at least one day."))
            return
        live_state = self.state.live
        if live_state.active and live_state.segment_id and day.index_of(live_state.segment_id) >= 0:
            self._warn(self.tr("The running segment is on this day; go to another segment first."))
            return
        self.push_edit(edits.remove_day(self.state.show, day.id))

    def _edit_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self.table.setFocus()
            self.table.edit(index)

    def _table_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for action in (
            self.act_goto,
            self.act_skip,
            None,
            self.act_add,
            self.act_duplicate,
            self.act_delete,
            None,
            self.act_up,
            self.act_down,
        ):
            if action is None:
                menu.addSeparator()
            else:
                menu.addAction(action)
        menu.popup(self.table.viewport().mapToGlobal(pos))

    # ------------------------------------------------------------ export

    def export_session(self) -> None:
        """The whole session in one file, for e-mail (imported with `session import`)."""
        name = f"{self.state.show.title or 'session'}.fcbundle"
        dialog = QFileDialog(
            self, self.tr("Export session"), str(Path.home() / name), self.tr("Session files (*.fcbundle)")
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("fcbundle")
        dialog.fileSelected.connect(lambda path: self.write_session_bundle(Path(path)))
        dialog.open()

    def write_session_bundle(self, path: Path) -> bool:
        from ..services.session_tools import export_bundle  # zipfile: imported when used

        try:
            count = export_bundle(self.controller.session.path, path)
        except (OSError, SessionError) as exc:
            self._warn(self.tr("Could not write %1: %2").replace("%1", str(path)).replace("%2", str(exc)))
            return False
        self.statusBar().showMessage(
            self.tr("Exported %1 events to %2").replace("%1", str(count)).replace("%2", str(path)), 8000
        )
        return True

    def export_actuals(self) -> None:
        default = str(Path.home() / f"{self.state.show.title or 'show'} - planned vs actual.csv")
        dialog = QFileDialog(self, self.tr("Export planned vs actual"), default, self.tr("CSV files (*.csv)"))
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("csv")
        dialog.fileSelected.connect(lambda path: self.write_actuals_csv(Path(path)))
        dialog.open()

    def write_actuals_csv(self, path: Path) -> bool:
        import csv
        import io

        rows = csv_rows(self.actuals.rows(), self.tz)
        buffer = io.StringIO()
        csv.writer(buffer).writerows(rows)
        try:
            # UTF-8 with BOM: Excel (also Swedish Excel) then reads å, ä, ö correctly.
            write_atomic(path, buffer.getvalue().encode("utf-8-sig"))
        except OSError as exc:
            self._warn(self.tr("Could not write %1: %2").replace("%1", str(path)).replace("%2", str(exc)))
            return False
        self.statusBar().showMessage(self.tr("Exported %1").replace("%1", str(path)), 8000)
        return True

    # ------------------------------------------------------------ stage view and screens

    def stage_screen(self) -> QScreen:
        """The remembered stage screen, else another screen than this window's, else the primary."""
        screens = QGuiApplication.screens()
        for screen in screens:
            if screen.name() and screen.name() == self.settings.stage_screen:
                return screen
        mine = self.screen()
        others = [s for s in screens if s is not mine]
        return others[0] if others else QGuiApplication.primaryScreen()

    def _rebuild_screen_menu(self) -> None:
        self.screen_menu.clear()
        group = QActionGroup(self.screen_menu)
        chosen = self.stage_screen()
        for screen in QGuiApplication.screens():
            geo = screen.geometry()
            label = f"{screen.name() or self.tr('Screen')}  ({geo.width()}×{geo.height()})"
            act = QAction(label, self.screen_menu, checkable=True)
            act.setChecked(screen is chosen)
            act.triggered.connect(lambda _c=False, s=screen: self.choose_stage_screen(s))
            group.addAction(act)
            self.screen_menu.addAction(act)

    def _on_screen_removed(self, screen: QScreen) -> None:
        QTimer.singleShot(0, self._rebuild_screen_menu)
        if self.stage is not None and self.stage.screen() is screen:
            QTimer.singleShot(0, self._place_stage)

    def choose_stage_screen(self, screen: QScreen) -> None:
        self.settings.stage_screen = screen.name()
        self._save_settings(self.settings)
        self._rebuild_screen_menu()
        if self.stage is not None:
            self._place_stage()

    def toggle_stage(self) -> None:
        if self.stage is None:
            self.show_stage()
        else:
            self.stage.close()

    def show_stage(self) -> StageWindow:
        if self.stage is None:
            self.stage = StageWindow()
            self.stage.setWindowIcon(theme.icon("app"))
            self.stage.closed.connect(self._stage_closed)
        self._place_stage()
        self.act_stage.setChecked(True)
        self.stageVisibilityChanged.emit(True)
        self.refresh()
        return self.stage

    def _place_stage(self) -> None:
        stage = self.stage
        if stage is None:
            return
        screen = self.stage_screen()
        stage.setScreen(screen)
        if screen is self.screen() and len(QGuiApplication.screens()) > 1:
            screen = next(s for s in QGuiApplication.screens() if s is not self.screen())
            stage.setScreen(screen)
        if screen is self.screen():
            # Only one screen: a window beside the console (F11 in it goes full screen).
            geo = screen.availableGeometry()
            stage.setGeometry(geo.x() + geo.width() // 2, geo.y() + 40, geo.width() // 2 - 20, geo.height() // 2)
            stage.showNormal()
        else:
            stage.setGeometry(screen.geometry())
            stage.showFullScreen()

    def _stage_closed(self) -> None:
        if self.stage is not None:
            self.stage.deleteLater()
        self.stage = None
        self.act_stage.setChecked(False)
        self.stageVisibilityChanged.emit(False)

    # ------------------------------------------------------------ settings and window

    def _set_flash(self, on: bool) -> None:
        self.settings.stage_flash = on
        self._save_settings(self.settings)

    def _set_sound(self, on: bool) -> None:
        self.settings.sound_cues = on
        self._save_settings(self.settings)

    def _set_language(self, code: str) -> None:
        self.settings.language = code
        self._save_settings(self.settings)
        QMessageBox.information(
            self, self.tr("Language"), self.tr("The language changes when the console is restarted.")
        )

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Facilitator Console"),
            self.tr("Facilitator Console %1\nThe producer's cockpit for digital conferences.\n\nSession: %2")
            .replace("%1", __version__)
            .replace("%2", str(self.controller.session.path)),
        )

    def _restore_geometry(self) -> None:
        if self.settings.window_geometry:
            self.restoreGeometry(QByteArray.fromBase64(self.settings.window_geometry.encode()))
        else:
            # First start: most of the screen, not the widgets' minimum.
            area = (self.screen() or QGuiApplication.primaryScreen()).availableGeometry()
            self.resize(area.width() * 92 // 100, area.height() * 90 // 100)
            self.move(area.center() - self.rect().center())
        if self.settings.window_state:
            self.restoreState(QByteArray.fromBase64(self.settings.window_state.encode()))

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            # The run-of-show gets about 60 % of the width, the live panel the rest.
            self._sized = True
            total = max(self.split.width(), 1)
            self.split.setSizes([total * 60 // 100, total * 40 // 100])

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.cofac is not None:
            self.cofac.stop()
        self._ticker.stop()
        self.settings.window_geometry = bytes(self.saveGeometry().toBase64().data()).decode()
        self.settings.window_state = bytes(self.saveState().toBase64().data()).decode()
        self._save_settings(self.settings)
        if self.stage is not None:
            self.stage.close()
        super().closeEvent(event)
