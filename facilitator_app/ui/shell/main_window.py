"""The producer's main window: it assembles the run-of-show panel, the live panel, the
platform tabs, the role bars and the status bar, builds its actions from the command
registry, and redraws when the session changes. It holds no rules of its own: every
action runs a command by id."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QMainWindow,
    QMenu,
    QTableView,
    QWidget,
)

from ...commands import Context, Result
from ...domain import live
from ...domain.clock import Clock
from ...domain.state import SessionState
from ...services.settings import Settings
from ...services.sound import SoundPlayer
from ..cofacilitation.cofacilitation import CoFacilitation
from ..cofacilitation.handover import Handover
from ..common import theme
from ..common.commands import CommandRunner, add_live_keys
from ..common.session_controller import SessionController
from ..live.readout import DisplayMode, make_readout, seconds_until_refresh
from ..live.stage_controller import StageController
from ..live.stage_window import StageWindow
from .actions import build_menus, live_key_ids, show_toggle
from .layout import build_layout
from .placement import remember_geometry, restore_geometry
from .roll_driver import RollDriver
from .round_watch import RoundWatch

if TYPE_CHECKING:
    from PySide6.QtGui import QAction
    from PySide6.QtWidgets import QComboBox, QLabel, QSplitter, QTabWidget

    from ..cofacilitation.role_bar import RoleBars
    from ..live.live_panel import LivePanel
    from ..platform.platform_panel import PlatformPanel
    from ..platform.sync_controller import SyncController
    from ..polls.polls_window import PollsWindow
    from ..rooms.rooms_window import RoomsWindow
    from ..run_of_show.actuals_model import ActualsModel
    from ..run_of_show.table_panel import RunOfShowPanel
    from .session_files import SessionFiles
    from .status_bar import ConsoleStatus


class MainWindow(QMainWindow):
    # Made by build_layout (layout.py), in this order.
    show_title: QLabel
    clock_label: QLabel
    mode_box: QComboBox
    role_bars: RoleBars
    split: QSplitter
    runofshow: RunOfShowPanel
    bottom_tabs: QTabWidget
    actuals: ActualsModel
    platform: PlatformPanel
    command_actions: dict[str, QAction]
    actuals_view: QTableView
    live_panel: LivePanel
    status: ConsoleStatus

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
        self._closed = False
        self.handover_menu: QMenu | None = None  # built with the menus
        self.session_files: SessionFiles | None = None  # File → New / Open (set by the app)
        self.recent_menu: QMenu | None = None
        self._boxes: dict[str, Any] = {}  # open dialogs and message boxes, kept alive
        self.setWindowTitle(self.tr("Facilitator Console"))
        self.setWindowIcon(theme.icon("app"))

        self._ticker = QTimer(self)
        self._ticker.setSingleShot(True)
        self._ticker.setTimerType(Qt.TimerType.PreciseTimer)
        self._ticker.timeout.connect(self.refresh)

        self.screen_menu = QMenu(self.tr("Stage screen"), self)
        self.stage_control = StageController(self, settings, save_settings, sounds or SoundPlayer(), self.screen_menu)
        self.stage_control.on_created = self._stage_created
        self.stage_control.visibilityChanged.connect(lambda on: self.command_actions["view.stage"].setChecked(on))
        self.handover = Handover(self.runner, controller, cofac, self)
        build_layout(self)  # the panels, the actions of the live panel's buttons, the status bar
        self._update_status()
        build_menus(self)
        controller.changed.connect(self._on_changed)
        controller.failed.connect(lambda message: self.status.not_saved(message))
        if cofac is not None:
            cofac.peersChanged.connect(self._apply_role)
            cofac.problem.connect(self._warn)
        self.runofshow.select_current_or_first()
        self.round_watch = RoundWatch(self.runner, self.clock, self.live_panel, self._warn, self)
        self.roll = RollDriver(self.runner, lambda: self.controller.session.in_control, self)
        self.round_watch.changed(None, controller.state)
        restore_geometry(self, self.settings)
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

    # ------------------------------------------------------------ compatibility names

    @property
    def table(self) -> QTableView:
        return self.runofshow.table

    @property
    def model(self) -> Any:
        return self.runofshow.model

    @property
    def stage(self) -> StageWindow | None:
        return self.stage_control.stage

    @property
    def state(self) -> SessionState:
        return self.controller.state

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.state.show.timezone)

    # ------------------------------------------------------------ live actions with a window part

    def toggle(self) -> None:
        segment = self.runofshow.selected_segment_id()
        self.run("live.toggle", {"selected": segment} if segment else {})

    def set_message(self, text: str) -> None:
        self.run("live.message" if text else "live.clear_message", {"text": text})
        if not text:
            self.live_panel.message_edit.clear()
        self.runofshow.table.setFocus()

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
        add_live_keys(window, [(self.command_actions[i], keys) for i, keys in live_key_ids()])

    def _stage_created(self, stage: StageWindow) -> None:
        self._add_live_keys(stage)

    def _present_changed(self, _present: int) -> None:
        if self.polls_window is not None and self.polls_window.isVisible():
            self.polls_window.show_current()

    # ------------------------------------------------------------ platform

    def attach_session_files(self, files: SessionFiles) -> None:
        self.session_files = files
        for command_id in ("file.new_session", "file.open_session"):
            self.command_actions[command_id].setEnabled(True)
        if self.recent_menu is not None:
            self.recent_menu.setEnabled(True)

    def attach_sync(self, sync: SyncController) -> None:
        """Show the platform: status, roster, queue; let breakout segments open the rooms."""
        self.sync = sync
        self.platform.attach(sync, self.settings, self.controller, self.bottom_tabs)
        if self.rooms_window is not None:
            sync.rosterChanged.connect(self.rooms_window.set_roster)

    # ------------------------------------------------------------ state and refresh

    def _apply_role(self) -> None:
        state = self.state
        session = self.controller.session
        mine = session.in_control
        if not mine and self.undo_stack.count():
            self.undo_stack.clear()  # edits are undone by the console in control, not from here
        self.runofshow.set_read_only(not mine)
        for command_id, action in self.command_actions.items():
            if command_id in self.runner.registry:
                command = self.runner.registry.get(command_id)
                if command.needs_control:
                    action.setEnabled(mine)
        for command_id in ("session.take_control", "session.accept_offer", "session.resolve_fenced"):
            self.command_actions[command_id].setEnabled(not self.runner.why_not(command_id))
        for widget in (self.live_panel.message_edit, self.live_panel.send_button, self.live_panel.clear_button):
            widget.setEnabled(mine)
        self.role_bars.show_role(state, mine, session.identity.writer_id, self.cofac)
        self.role_bars.show_fenced(state, self.handover.name_of)
        peers = self.cofac.peers if self.cofac else []
        if self.handover_menu is not None:
            self.handover_menu.setEnabled(mine and any(p.role == "following" for p in peers))
        self._update_status()

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
        self.round_watch.changed(old, new)

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
        if self._closed:
            return  # a change that arrives while closing (a queued send) draws nothing
        now = self.clock.now()
        state = self.state
        view = live.observe(state.show, state.live, now)
        tz = self.tz
        readout = make_readout(view, self.mode, now, tz)
        self.live_panel.show_readout(readout, view, tz)
        self.runofshow.model.set_expected(live.expected_starts(state.show, state.live, now))
        self.live_panel.show_message(state.live.message)
        self.clock_label.setText(now.astimezone(tz).strftime("%H:%M"))
        show_toggle(self.command_actions["live.toggle"], state.live.status)
        self.stage_control.cue(view)
        roll_text, until_roll = self.roll.tick(state, now)
        self.status.show_roll(roll_text)
        self.stage_control.show_readout(self.roll.annotate(readout, view, state, now), state.live.message)
        delay = seconds_until_refresh(
            view, self.mode, now, with_seconds_clock=self.stage is not None and self.mode is DisplayMode.CLOCK
        )
        if until_roll is not None:
            delay = min(delay, until_roll)
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

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._sized:
            # The run-of-show gets about 60 % of the width (more on a small screen, where its
            # columns need it and the countdown still reads well), the live panel the rest.
            self._sized = True
            total = max(self.split.width(), 1)
            share = 65 if total < 1500 else 60
            self.split.setSizes([total * share // 100, total * (100 - share) // 100])

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closed = True
        if self.cofac is not None:
            self.cofac.stop()
        self._ticker.stop()
        remember_geometry(self, self.settings)
        self._save_settings(self.settings)
        self.stage_control.close()
        super().closeEvent(event)
