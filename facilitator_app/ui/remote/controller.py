"""The remote in the app: starts and stops ``remote.server.RemoteServer`` on the qasync
loop, feeds it every change of the session, runs its commands through the window's
command runner context (so the GUI, the keys and the remote share one path), flashes the
stage window on its command, and says in the status bar while it is on."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtWidgets import QLabel, QWidget

from ...remote.automations import AutomationError, Automations, parse
from ...remote.codes import AccessCodes, load_codes, pin_codes, unpin_codes
from ...remote.server import RemoteConfig, RemoteServer, StageEffects
from ...services.secrets import SecretStore
from ..common import theme
from ..common.commands import tr_msg

log = logging.getLogger(__name__)


class RemoteController(QObject):
    """One per main window (``for_window``). ``window`` is the MainWindow (typed loosely:
    feature packages do not import the shell)."""

    changed = Signal()  # started, stopped, codes or address changed
    failed = Signal(str)

    def __init__(self, window: Any, store: Any = None) -> None:
        super().__init__(window)
        self.window = window
        self.store = store if store is not None else SecretStore()
        self.server: RemoteServer | None = None
        self.error = ""
        self._task: asyncio.Task[Any] | None = None
        self.automations = Automations([], self._automation_failed)
        settings = window.settings
        self.codes: AccessCodes = load_codes(store=self.store if settings.remote_pinned else None)
        self.label = QLabel()
        self.label.setObjectName("remoteStatus")
        self.label.hide()
        window.statusBar().addPermanentWidget(self.label)
        window.controller.changed.connect(lambda *_a: self.server.notify() if self.server else None)

    @classmethod
    def for_window(cls, window: Any) -> RemoteController:
        existing = getattr(window, "_remote_controller", None)
        if isinstance(existing, RemoteController):
            return existing
        made = cls(window)
        window._remote_controller = made
        return made

    # ------------------------------------------------------------ settings

    def config(self) -> RemoteConfig:
        settings = self.window.settings
        return RemoteConfig("0.0.0.0" if settings.remote_network else "127.0.0.1", settings.remote_port)

    def language(self) -> str:
        language = self.window.settings.language or QLocale().name()[:2]
        return language if language in ("sv", "en") else ""  # "": each view follows its browser

    def new_codes(self) -> None:
        self.codes = AccessCodes.generate()
        if self.window.settings.remote_pinned:
            self.codes = pin_codes(self.codes, self.store)
        if self.server is not None:
            self.server.codes = self.codes
        self.changed.emit()

    def set_pinned(self, pinned: bool) -> None:
        settings = self.window.settings
        settings.remote_pinned = pinned
        self.window._save_settings(settings)
        try:
            if pinned:
                self.codes = pin_codes(self.codes, self.store)
            else:
                unpin_codes(self.store)
        except Exception as exc:  # noqa: BLE001 - a keyring failure is said, not raised
            self.failed.emit(self.tr("The codes could not be kept in the keyring: %1").replace("%1", str(exc)))
        self.changed.emit()

    def set_automations(self, text: str, save: bool = True) -> str:
        """Use these automations ('' when they are fine, else what is wrong; nothing changes then)."""
        try:
            rules = parse(text)
        except AutomationError as exc:
            return self.tr("Automations not used: %1").replace("%1", str(exc))
        self.automations.rules = rules
        if save:
            settings = self.window.settings
            settings.remote_automations = text
            self.window._save_settings(settings)
        return ""

    def _automation_failed(self, message: str) -> None:
        self.window.statusBar().showMessage(self.tr("Automation failed: %1").replace("%1", message), 15000)

    # ------------------------------------------------------------ running

    @property
    def running(self) -> bool:
        return self.server is not None

    def start(self, config: RemoteConfig | None = None) -> None:
        """Start on the running loop (nothing waits; the status bar says when it is up)."""
        if self.server is not None or self._task is not None:
            return
        config = config or self.config()
        runner = self.window.runner
        server = RemoteServer(
            lambda: self.window.controller.state,
            lambda: runner.context(),
            self.window.clock,
            self.codes,
            config,
            language=self.language,
        )
        server.on_effect = self._effect
        server.listeners.append(self.automations)
        self.set_automations(self.window.settings.remote_automations, save=False)
        server.on_command = lambda command_id, result: self._ran(command_id, result)
        try:
            loop = asyncio.get_event_loop()
        except RuntimeError:
            self._fail(self.tr("The remote needs the console's event loop."))
            return

        async def go() -> None:
            try:
                await server.start()
            except OSError as exc:
                self._fail(
                    self.tr("The remote could not start on port %1: %2")
                    .replace("%1", str(config.port))
                    .replace("%2", exc.strerror or str(exc))
                )
                return
            finally:
                self._task = None
            self.server = server
            self.error = ""
            self._show_status()
            self.changed.emit()

        self._task = loop.create_task(go())

    def stop(self) -> None:
        server, self.server = self.server, None
        self._show_status()
        self.changed.emit()
        if server is not None:
            task = asyncio.get_event_loop().create_task(server.stop())
            self._stopping = task  # a strong reference until it is done

    async def aclose(self) -> None:
        await self.automations.aclose()
        server, self.server = self.server, None
        if server is not None:
            await server.stop()

    def _fail(self, message: str) -> None:
        self.error = message
        log.warning("remote: %s", message)
        self.failed.emit(message)
        self.window.statusBar().showMessage(message, 15000)
        self._show_status()
        self.changed.emit()

    def _show_status(self) -> None:
        server = self.server
        if server is None:
            self.label.hide()
            return
        if server.config.network:
            text = self.tr("Remote ON THE NETWORK: %1").replace("%1", server.url)
            self.label.setStyleSheet(f"color: {theme.GAP_COLOUR.name()}; font-weight: 600;")
        else:
            text = self.tr("Remote on this computer: %1").replace("%1", server.url)
            self.label.setStyleSheet("")
        self.label.setText(text)
        self.label.setToolTip(self.tr("Remote control and views are on (Settings → Remote control and views…)"))
        self.label.show()

    def _ran(self, command_id: str, result: Any) -> None:
        title = command_id
        if command_id in self.window.runner.registry:
            title = self.window.runner.registry.get(command_id).title
        text = self.tr("Remote: %1").replace("%1", tr_msg_title(title))
        if result.message is not None:
            text += " — " + tr_msg(result.message)
        self.window.statusBar().showMessage(text, 5000)

    def _effect(self, kind: str, effects: StageEffects) -> None:
        stage = self.window.stage_control.stage
        if stage is None:
            return
        if kind == "flash":
            stage.flash()
        elif kind == "blackout":
            cover = stage.findChild(QWidget, "remoteBlackout")
            if cover is None:
                cover = QWidget(stage)
                cover.setObjectName("remoteBlackout")
                cover.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
                cover.setStyleSheet("background: black;")
                stage.installEventFilter(_FollowSize(cover))
            cover.setGeometry(stage.rect())
            cover.setVisible(effects.blackout)
            cover.raise_()


class _FollowSize(QObject):
    """Keeps the blackout cover over the whole stage window when it is resized."""

    def __init__(self, cover: QWidget) -> None:
        super().__init__(cover)
        self.cover = cover

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.cover.setGeometry(watched.rect())
        return False


def tr_msg_title(title: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("commands", title)
