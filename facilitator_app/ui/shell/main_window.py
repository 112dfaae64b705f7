"""The producer's main window: it assembles the run-of-show panel, the live panel, the
platform tabs, the role bars and the status bar, builds its actions from the command
registry, and redraws when the session changes. It holds no rules of its own: every
action runs a command by id."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QByteArray, QPoint, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ...commands import Context, Result
from ...domain import live
from ...domain.clock import Clock
from ...domain.live import Status
from ...domain.state import SessionState
from ...services.settings import Settings
from ...services.sound import SoundPlayer
from ..cofacilitation.cofacilitation import CoFacilitation
from ..cofacilitation.role_bar import RoleBars
from ..common import theme
from ..common.commands import CommandRunner
from ..common.session_controller import SessionController
from ..live.live_panel import LivePanel
from ..live.readout import DisplayMode, make_readout, mode_name, seconds_until_refresh
from ..live.stage_controller import StageController
from ..live.stage_window import StageWindow
from ..platform.platform_panel import PlatformPanel
from ..run_of_show.actuals_model import ActualsModel
from ..run_of_show.table_panel import RunOfShowPanel
from .actions import build_actions, build_menus, live_key_ids
from .status_bar import ConsoleStatus

if TYPE_CHECKING:
    from ..platform.sync_controller import SyncController
    from ..polls.polls_window import PollsWindow
    from ..rooms.rooms_window import RoomsWindow


class MainWindow(QMainWindow):
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
        self.cofac = cofac
        self.sync: SyncController | None = None  # attached after the first paint (httpx is slow to import)
        self.rooms_window: RoomsWindow | None = None  # built when first opened
        self.polls_window: PollsWindow | None = None
        self.mode = (
            DisplayMode(settings.display_mode)
            if settings.display_mode in DisplayMode._value2member_map_
            else DisplayMode.COUNTDOWN
        )
        self.undo_stack = QUndoStack(self)
        self.runner = CommandRunner(self._context, parent=self)
        self.runner.message.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self._sized = False
        self.setWindowTitle(self.tr("Facilitator Console"))
        self.setWindowIcon(theme.icon("app"))

        self._ticker = QTimer(self)
        self._ticker.setSingleShot(True)
        self._ticker.setTimerType(Qt.TimerType.PreciseTimer)
        self._ticker.timeout.connect(self.refresh)

        self.runofshow = RunOfShowPanel(controller.state, self.run, self)
        self.runofshow.model.invalidInput.connect(self._warn)
        self.runofshow.contextMenuRequested.connect(self._table_menu)
        self.actuals = ActualsModel(controller.state, clock.now(), self)
        self.platform = PlatformPanel(self.runner, lambda: self.state, self)
        self.platform.presentChanged.connect(self._present_changed)
        self.screen_menu = QMenu(self.tr("Stage screen"), self)
        self.stage_control = StageController(self, settings, save_settings, sounds or SoundPlayer(), self.screen_menu)
        self.stage_control.on_created = self._stage_created
        self.stage_control.visibilityChanged.connect(lambda on: self.actions["view.stage"].setChecked(on))
        self.actions: dict[str, QAction] = build_actions(self)
        self._build_ui()
        build_menus(self)
        controller.changed.connect(self._on_changed)
        controller.failed.connect(lambda message: self.status.not_saved(message))
        if cofac is not None:
            cofac.peersChanged.connect(self._apply_role)
            cofac.problem.connect(self._warn)
        self.runofshow.select_current_or_first()
        self._restore_geometry()
        self._apply_role()
        self.refresh()

    # ------------------------------------------------------------ commands

    def _context(self) -> Context:
        session = self.controller.session
        return Context(
            state=lambda: self.controller.state,
            record=self.controller.record,
            clock=self.clock,
            in_control=lambda: self.controller.session.in_control,
            platform=self.sync,
            claim=self.controller.claim,
            resolve_fenced=self.controller.resolve_fenced,
            writer_id=session.identity.writer_id,
            present_count=lambda: self.platform.present or None,
            session_path=session.path,
        )

    def run(self, command_id: str, args: Mapping[str, Any] | None = None) -> Result | None:
        """Run a command from this window (its edits go on this window's undo stack)."""
        return self.runner.run(command_id, args, undo_stack=self.undo_stack)

    def selected(self) -> dict[str, Any]:
        segment = self.runofshow.selected_segment_id()
        return {"segment": segment} if segment else {}

    # ------------------------------------------------------------ construction

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

        self.role_bars = RoleBars(
            take=lambda: self.take_control(),
            accept=lambda: self.run("session.accept_offer"),
            review=lambda: self.review_fenced(),
        )
        outer.addWidget(self.role_bars)

        actuals_box = QWidget()
        actuals_layout = QVBoxLayout(actuals_box)
        actuals_layout.setContentsMargins(0, 4, 0, 0)
        actuals_head = QHBoxLayout()
        export = QPushButton(self.tr("Export CSV…"))  # the tab says what this is
        export.setProperty("command", "export.actuals_csv")
        export.clicked.connect(lambda _c=False: self.actions["export.actuals_csv"].trigger())
        actuals_head.addStretch(1)
        actuals_head.addWidget(export)
        actuals_layout.addLayout(actuals_head)
        self.actuals_view = QTableView()
        self.actuals_view.setObjectName("actuals")
        self.actuals_view.setModel(self.actuals)
        self.actuals_view.setAlternatingRowColors(True)
        self.actuals_view.verticalHeader().setVisible(False)
        self.actuals_view.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        # Widths from the font, not ResizeToContents: that asks the model for every cell of
        # every row at start-up (a third of the start-up time with the sample event).
        actuals_header = self.actuals_view.horizontalHeader()
        em = self.fontMetrics().averageCharWidth()
        for section, chars in enumerate((17, 36, 9, 8, 9, 8, 8, 8, 9)):
            actuals_header.resizeSection(section, max(em * chars + 12, actuals_header.sectionSizeHint(section) + 16))
        actuals_header.setStretchLastSection(True)
        actuals_layout.addWidget(self.actuals_view)

        self.bottom_tabs = QTabWidget()
        self.bottom_tabs.setDocumentMode(True)
        self.bottom_tabs.addTab(actuals_box, self.tr("Planned vs actual"))
        self.bottom_tabs.addTab(self.platform.participants_view, self.tr("Participants"))
        self.bottom_tabs.addTab(self.platform.queue_list, self.tr("Sync queue"))
        left_split = QSplitter(Qt.Orientation.Vertical)
        left_split.addWidget(self.runofshow)
        left_split.addWidget(self.bottom_tabs)
        left_split.setStretchFactor(0, 3)
        left_split.setStretchFactor(1, 1)

        a = self.actions
        transport = [
            a["live.previous"],
            a["live.toggle"],
            a["live.next"],
            a["live.remove_minute"],
            a["live.add_minute"],
        ]
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
        self.status = ConsoleStatus(self.statusBar(), self.platform.sync_label)
        self._update_status()

    # ------------------------------------------------------------ compatibility names

    @property
    def table(self) -> QTableView:
        return self.runofshow.table

    @property
    def model(self) -> Any:
        return self.runofshow.model

    @property
    def participants(self) -> Any:
        return self.platform.participants

    @property
    def stage(self) -> StageWindow | None:
        return self.stage_control.stage

    @property
    def state(self) -> SessionState:
        return self.controller.state

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.state.show.timezone)

    def selected_segment_id(self) -> str | None:
        return self.runofshow.selected_segment_id()

    # ------------------------------------------------------------ live actions with a window part

    def toggle(self) -> None:
        segment = self.runofshow.selected_segment_id()
        self.run("live.toggle", {"selected": segment} if segment else {})

    def set_message(self, text: str) -> None:
        self.run("live.message" if text else "live.clear_message", {"text": text})
        if not text:
            self.live_panel.message_edit.clear()
        self.runofshow.table.setFocus()

    def focus_message(self) -> None:
        self.live_panel.message_edit.setFocus()
        self.live_panel.message_edit.selectAll()

    def add_segment(self) -> None:
        segment = self.runofshow.selected_segment_id()
        args = {"after": segment} if segment else {"day": self.runofshow.day_id()}
        result = self.run("show.segment.add", {**args, "title": self.tr("New segment")})
        if result is not None and result.data:
            self.runofshow.edit_title_of(result.data["segment"])

    def after_segment(self, command_id: str) -> None:
        """Duplicate, delete, move: the command, then keep a sensible selection."""
        segment = self.runofshow.selected_segment_id()
        if not segment:
            return
        row = self.runofshow.model.row_of(segment)
        result = self.run(command_id, {"segment": segment})
        if result is None:
            return
        if isinstance(result.data, dict) and "segment" in result.data:
            self.runofshow.select_segment(result.data["segment"])
        elif command_id == "show.segment.delete":
            self.runofshow.select_row(row)
        else:
            self.runofshow.select_segment(segment)

    def add_day(self) -> None:
        days = self.state.show.days
        result = self.run("show.day.add", {"title": self.tr("Day %1").replace("%1", str(len(days) + 1))})
        if result is not None and result.data:
            self.runofshow.show_day(result.data["day"])

    def edit_day(self) -> None:
        from ..run_of_show.day_dialog import DayDialog

        day = self.runofshow.model.day()
        if day is None:
            return
        dialog = DayDialog(day, self)
        dialog.accepted.connect(lambda: self.run("show.day.update", {"day": day.id, "changes": dialog.changes()}))
        self._day_dialog = dialog
        dialog.open()

    def delete_day(self) -> None:
        self.run("show.day.delete", {"day": self.runofshow.day_id()})

    def take_control(self) -> None:
        silent = self.cofac.owner_silent_s() if self.cofac else None
        owner = self.state.lease.owner_name or self.state.lease.owner or "?"
        how_long = (
            self.tr("has sent no heartbeat")
            if silent is None or silent == float("inf")
            else self.tr("has been silent for %1 s").replace("%1", str(int(silent)))
        )
        question = (
            self.tr(
                "%1 is in control and %2.\n\nTake control of the show from this console? "
                "If %1 is still running, changes it makes from now on will not be applied "
                "until someone re-applies them."
            )
            .replace("%1", owner)
            .replace("%2", how_long)
        )
        self.runner.confirm_and_run("session.take_control", question, self.tr("Take control"), parent=self)

    def review_fenced(self) -> None:
        from ..cofacilitation.fenced_dialog import FencedDialog

        self._fenced_dialog = FencedDialog(self.controller, self.runner, self, self._writer_name)
        self._fenced_dialog.open()

    def fill_handover_menu(self, menu: QMenu) -> None:
        menu.clear()
        for peer in self.cofac.peers if self.cofac else []:
            if peer.role == "following":
                act = menu.addAction(peer.name)
                act.setObjectName("session.hand_over")
                act.triggered.connect(
                    lambda _c=False, p=peer: self.run("session.hand_over", {"writer": p.writer, "name": p.name})
                )

    def _table_menu(self, where: QPoint) -> None:
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
                menu.addAction(self.actions[command_id])
        menu.popup(where)

    # ------------------------------------------------------------ files

    def ask_save(
        self, command_id: str, title: str, name: str, pattern: str, args: dict[str, Any] | None = None
    ) -> None:
        """A save dialog; the chosen path goes to the command."""
        dialog = QFileDialog(self, title, str(Path.home() / name), pattern)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix(pattern.rsplit("*.", 1)[-1].rstrip(")"))
        dialog.fileSelected.connect(lambda path: self.run(command_id, {**(args or {}), "path": path}))
        self._file_dialog = dialog
        dialog.open()

    # ------------------------------------------------------------ side windows

    def show_rooms(self, activate: bool = True) -> None:
        """The room board, in its own window (a second screen, or beside the console)."""
        from ..rooms.rooms_window import RoomsWindow

        if self.rooms_window is None:
            self.rooms_window = RoomsWindow(self.runner, lambda: self.state, self)
            self._add_live_keys(self.rooms_window)
            if self.sync is not None:
                self.sync.rosterChanged.connect(self.rooms_window.set_roster)
            roster = self.platform.cached_roster()
            if roster is not None:
                self.rooms_window.set_roster(roster)
            screen = self.screen().availableGeometry()
            self.rooms_window.resize(int(screen.width() * 0.85), int(screen.height() * 0.85))
        self._raise(self.rooms_window, activate)

    def show_polls(self, activate: bool = True) -> None:
        """The poll library and results, in their own window."""
        from ..polls.polls_window import PollsWindow

        if self.polls_window is None:
            self.polls_window = PollsWindow(self.runner, lambda: self.state, self.clock.now, self)
            self._add_live_keys(self.polls_window)
            self.polls_window.present_count = lambda: self.platform.present or None
            self.polls_window.stage_screen = self.stage_control.stage_screen
            self.polls_window.platform_status = self.platform.platform_status
            screen = self.screen().availableGeometry()
            self.polls_window.resize(int(screen.width() * 0.8), int(screen.height() * 0.8))
        self._raise(self.polls_window, activate)

    def _raise(self, window: Any, activate: bool) -> None:
        window.refresh()
        window.show()
        if activate:
            window.raise_()
            window.activateWindow()

    def _add_live_keys(self, window: QWidget) -> None:
        """The live shortcuts work from every console window (except while typing)."""
        from PySide6.QtGui import QKeySequence, QShortcut

        from ..common.commands import fire

        from .actions import WINDOW_ACTIONS

        for command_id in live_key_ids():
            action = self.actions[command_id]
            keys = (
                self.runner.registry.get(command_id).keys
                if command_id in self.runner.registry
                else WINDOW_ACTIONS[command_id][1]
            )
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), window)
                shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
                shortcut.activated.connect(lambda a=action: fire(a))

    def _stage_created(self, stage: StageWindow) -> None:
        self._add_live_keys(stage)

    def _present_changed(self, _present: int) -> None:
        if self.polls_window is not None and self.polls_window.isVisible():
            self.polls_window.show_current()

    # ------------------------------------------------------------ platform

    def attach_sync(self, sync: SyncController) -> None:
        """Show the platform: status, roster, queue; let breakout segments open the rooms."""
        from ...services.platforms import registry

        self.sync = sync
        bases = {p: getattr(self.settings, f"api_base_{p}", "") for p in registry.ids()}
        self.platform.attach(sync, bases)
        if self.rooms_window is not None:
            sync.rosterChanged.connect(self.rooms_window.set_roster)
        self.controller.changed.connect(lambda old, new, _r: sync.on_state(old, new))
        link = self.state.platform
        sync.use_platform(link.platform, link.meeting)
        self.controller.changed.connect(
            lambda _o, new, _r: sync.use_platform(new.platform.platform, new.platform.meeting)
        )
        sync.updated.connect(
            lambda report: self.bottom_tabs.setTabText(
                1, self.tr("Participants (%1)").replace("%1", str(report.participants))
            )
        )

    # ------------------------------------------------------------ state and refresh

    def _apply_role(self) -> None:
        state = self.state
        session = self.controller.session
        mine = session.in_control
        if not mine and self.undo_stack.count():
            self.undo_stack.clear()  # edits are undone by the console in control, not from here
        self.runofshow.set_read_only(not mine)
        for command_id, action in self.actions.items():
            if command_id in self.runner.registry:
                command = self.runner.registry.get(command_id)
                if command.needs_control:
                    action.setEnabled(mine)
        self.actions["session.take_control"].setEnabled(not mine)
        self.actions["session.resolve_fenced"].setEnabled(bool(state.fenced))
        for widget in (self.live_panel.message_edit, self.live_panel.send_button, self.live_panel.clear_button):
            widget.setEnabled(mine)
        self.role_bars.show_role(state, mine, session.identity.writer_id, self.cofac)
        self.role_bars.show_fenced(state, self._writer_name)
        peers = self.cofac.peers if self.cofac else []
        self.handover_menu.setEnabled(mine and any(p.role == "following" for p in peers))
        self._update_status()

    def _writer_name(self, writer: str) -> str:
        if writer == self.controller.session.identity.writer_id:
            return self.tr("this console")
        for peer in self.cofac.peers if self.cofac else []:
            if peer.writer == writer:
                return peer.name
        return writer

    def _on_changed(self, old: SessionState, new: SessionState, _record: object) -> None:
        self.runofshow.update_state(old, new)
        self.actuals.update_state(new, self.clock.now())
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
            from ...domain.polls import cued

            names = [p.poll.name for p in cued(new.polls, new.live.segment_id)]
            if names:
                self.statusBar().showMessage(
                    self.tr("Poll cued: %1. Polls (Ctrl+P), then Launch (Ctrl+L).").replace("%1", ", ".join(names)),
                    30000,
                )
        if old.show.people != new.show.people:
            self.platform.people_changed(new)

    def _warn(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def _update_status(self) -> None:
        warning = self.status.update(self.controller.session, self.cofac)
        self.clock_label.setToolTip(warning)
        self.show_title.setText(self.state.show.title)
        self.setWindowTitle(f"{self.state.show.title} — {self.tr('Facilitator Console')}")

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
        toggle = self.actions["live.toggle"]
        toggle.setIcon(theme.icon("pause" if running else "play"))
        label = (
            self.tr("Pause")
            if running
            else (self.tr("Resume") if state.live.status is Status.PAUSED else self.tr("Start"))
        )
        toggle.setText(label)
        toggle.setIconText(label)
        self.stage_control.cue(view)
        self.stage_control.show_readout(readout, state.live.message)
        delay = seconds_until_refresh(
            view, self.mode, now, with_seconds_clock=self.stage is not None and self.mode is DisplayMode.CLOCK
        )
        self._ticker.start(max(1, int(delay * 1000) + 2))

    # ------------------------------------------------------------ stage (names kept for callers)

    def show_stage(self) -> StageWindow:
        stage = self.stage_control.show()
        self.refresh()
        return stage

    def toggle_stage(self) -> None:
        self.stage_control.toggle()
        self.refresh()

    # ------------------------------------------------------------ window

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
        self.stage_control.close()
        super().closeEvent(event)
