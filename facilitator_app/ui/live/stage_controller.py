"""The stage view's life: which screen it goes to (remembered by name), opening and closing
it, and the cues at warning and zero (sound, flash)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from ... import assets
from ...domain import live
from ...domain.live import Phase, Status
from ...services.settings import Settings
from ...services.sound import SoundPlayer
from ..common import theme
from .readout import Readout
from .stage_window import StageWindow


class StageController(QObject):
    visibilityChanged = Signal(bool)

    def __init__(
        self,
        console: QWidget,
        settings: Settings,
        save_settings: Callable[[Settings], None],
        sounds: SoundPlayer,
        screen_menu: QMenu,
    ) -> None:
        super().__init__(console)
        self.console = console
        self.settings = settings
        self._save = save_settings
        self.sounds = sounds
        self.screen_menu = screen_menu
        self.stage: StageWindow | None = None
        self.on_created: Callable[[StageWindow], None] | None = None  # the shell adds its live keys
        self._quitting = False
        self._last_phase: tuple[str | None, Phase] = (None, Phase.IDLE)
        app = QGuiApplication.instance()
        assert isinstance(app, QGuiApplication)
        app.screenAdded.connect(lambda _s: self.rebuild_screen_menu())
        app.screenRemoved.connect(self._on_screen_removed)
        self.rebuild_screen_menu()

    # ------------------------------------------------------------ screens

    def stage_screen(self) -> QScreen:
        """The remembered stage screen, else another screen than the console's, else the primary."""
        screens = QGuiApplication.screens()
        for screen in screens:
            if screen.name() and screen.name() == self.settings.stage_screen:
                return screen
        mine = self.console.screen()
        others = [s for s in screens if s is not mine]
        return others[0] if others else QGuiApplication.primaryScreen()

    def rebuild_screen_menu(self) -> None:
        self.screen_menu.clear()
        group = QActionGroup(self.screen_menu)
        chosen = self.stage_screen()
        for screen in QGuiApplication.screens():
            geo = screen.geometry()
            label = f"{screen.name() or self.tr('Screen')}  ({geo.width()}×{geo.height()})"
            act = QAction(label, self.screen_menu, checkable=True)
            act.setObjectName("view.stage_screen")
            act.setChecked(screen is chosen)
            act.triggered.connect(lambda _c=False, s=screen: self.choose_screen(s))
            group.addAction(act)
            self.screen_menu.addAction(act)

    def _on_screen_removed(self, screen: QScreen) -> None:
        QTimer.singleShot(0, self.rebuild_screen_menu)
        if self.stage is not None and self.stage.screen() is screen:
            QTimer.singleShot(0, self.place)

    def choose_screen(self, screen: QScreen) -> None:
        self.settings.stage_screen = screen.name()
        self._save(self.settings)
        self.rebuild_screen_menu()
        if self.stage is not None:
            self.place()

    # ------------------------------------------------------------ the window

    def toggle(self) -> None:
        if self.stage is None:
            self.show()
        else:
            self.stage.close()

    def show(self) -> StageWindow:
        if self.stage is None:
            self.stage = StageWindow()
            self.stage.setWindowIcon(theme.icon("app"))
            self.stage.closed.connect(self._closed)
            if self.on_created is not None:
                self.on_created(self.stage)
        self.place()
        self._remember(True)
        self.visibilityChanged.emit(True)
        return self.stage

    def place(self) -> None:
        stage = self.stage
        if stage is None:
            return
        screen = self.stage_screen()
        console_screen = self.console.screen()
        if screen is console_screen and len(QGuiApplication.screens()) > 1:
            screen = next(s for s in QGuiApplication.screens() if s is not console_screen)
        stage.setScreen(screen)
        if screen is console_screen:
            # Only one screen: a window over the lower left (the planned-vs-actual tab), not
            # over the console's own countdown (F11 in it goes full screen).
            geo = screen.availableGeometry()
            width, height = geo.width() * 45 // 100, geo.height() * 45 // 100
            stage.setGeometry(geo.x() + 20, geo.bottom() - height - 20, width, height)
            stage.showNormal()
        else:
            stage.setGeometry(screen.geometry())
            stage.showFullScreen()

    def _closed(self) -> None:
        if self.stage is not None:
            self.stage.deleteLater()
        self.stage = None
        if not self._quitting:
            self._remember(False)
        self.visibilityChanged.emit(False)

    def close(self) -> None:
        """The console closes: the stage closes too, and opens again on the next start."""
        self._quitting = True
        if self.stage is not None:
            self.stage.close()

    def _remember(self, open_: bool) -> None:
        if self.settings.stage_open != open_:
            self.settings.stage_open = open_
            self._save(self.settings)

    def show_readout(self, readout: Readout, message: str) -> None:
        if self.stage is not None:
            self.stage.set_readout(readout)
            self.stage.set_message(message)

    # ------------------------------------------------------------ cues

    def cue(self, view: live.LiveView) -> None:
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
