"""The remote in the window: Settings → Remote control and views starts it on the loop, the
status bar says where it serves, a control request runs through the window's commands (the
window redraws), the QR code and codes are shown, pinned codes go to the keyring."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
from PySide6.QtWidgets import QDialog, QMenu, QWidget
from pytestqt.qtbot import QtBot

from facilitator_app.remote.codes import CONTROL_KEY, VIEW_KEY
from facilitator_app.remote.server import RemoteConfig
from facilitator_app.ui.remote.controller import RemoteController
from facilitator_app.ui.remote.dialog import RemoteDialog, show_remote_dialog
from facilitator_app.ui.shell.main_window import MainWindow


class MemoryStore:
    def __init__(self) -> None:
        self.kept: dict[str, str] = {}

    def get(self, key: str) -> str | None:
        return self.kept.get(key)

    def set(self, key: str, value: str) -> None:
        self.kept[key] = value

    def delete(self, key: str) -> None:
        self.kept.pop(key, None)


@pytest.fixture
def loop() -> Iterator[asyncio.AbstractEventLoop]:
    event_loop = asyncio.new_event_loop()
    asyncio.set_event_loop(event_loop)
    yield event_loop
    asyncio.set_event_loop(None)
    event_loop.close()


def until(loop: asyncio.AbstractEventLoop, ready: Any) -> None:
    async def wait() -> None:
        while not ready():
            await asyncio.sleep(0.01)

    loop.run_until_complete(asyncio.wait_for(wait(), 10))


def test_remote_runs_the_windows_commands_and_says_so(
    window: MainWindow, loop: asyncio.AbstractEventLoop, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("FACILITATOR_REMOTE_VIEW_CODE", raising=False)
    monkeypatch.delenv("FACILITATOR_REMOTE_CONTROL_CODE", raising=False)
    store = MemoryStore()
    remote = RemoteController(window, store)
    window._remote_controller = remote  # type: ignore[attr-defined]
    assert not window.settings.remote_enabled and not remote.running  # off by default
    remote.start(RemoteConfig("127.0.0.1", 0))
    until(loop, lambda: remote.running)
    server = remote.server
    assert server is not None
    assert remote.label.isVisibleTo(window) and "Remote on this computer" in remote.label.text()

    async def press() -> httpx.Response:
        async with httpx.AsyncClient() as http:
            return await http.post(
                f"http://127.0.0.1:{server.port}/api/v1/commands/live.start",
                headers={"Authorization": f"Bearer {remote.codes.control}"},
            )

    answer = loop.run_until_complete(press())
    assert answer.status_code == 200, answer.text
    assert window.state.live.segment_id == window.state.show.days[0].segments[0].id
    assert window.live_panel.isVisible()
    assert "Remote:" in window.statusBar().currentMessage()

    dialog = RemoteDialog(remote, window)
    assert dialog.enabled.isChecked() and dialog.view_code.text() == remote.codes.view
    assert dialog.link.text().endswith(f"/view/remote?code={remote.codes.control}")
    assert not dialog.qr.pixmap().isNull()
    assert "only when it serves the local network" in dialog.error.text()
    dialog.which.setCurrentIndex(dialog.which.findData("stage"))
    assert dialog.link.text().endswith(f"/view/stage?code={remote.codes.view}")

    dialog.pinned.setChecked(True)
    assert store.kept == {VIEW_KEY: remote.codes.view, CONTROL_KEY: remote.codes.control}
    assert window.settings.remote_pinned
    old = remote.codes.control
    dialog.renew.click()
    assert remote.codes.control != old and store.kept[CONTROL_KEY] == remote.codes.control
    assert server.codes is remote.codes
    dialog.pinned.setChecked(False)
    assert store.kept == {}

    dialog.automations.setPlainText("fly osc 127.0.0.1:9 /x")
    dialog.apply_automations.click()
    assert "not an event" in dialog.error.text() and window.settings.remote_automations == ""
    dialog.automations.setPlainText("warning osc 127.0.0.1:9 /x")
    dialog.apply_automations.click()
    assert dialog.error.text() == "" and window.settings.remote_automations == "warning osc 127.0.0.1:9 /x"
    assert remote.automations in server.listeners and len(remote.automations.rules) == 1

    dialog.enabled.setChecked(False)
    assert not remote.running and not remote.label.isVisibleTo(window)
    assert dialog.address.text() == "(off)"
    until(loop, lambda: server._runner is None)
    dialog.close()


def test_remote_says_when_it_serves_beyond_this_computer(window: MainWindow, loop: asyncio.AbstractEventLoop) -> None:
    remote = RemoteController(window, MemoryStore())
    remote.start(RemoteConfig("127.0.0.2", 0))  # not 127.0.0.1: shown as the network (still loopback here)
    until(loop, lambda: remote.running or remote.error)
    if remote.error:
        pytest.skip(f"127.0.0.2 is not usable here: {remote.error}")
    assert "ON THE NETWORK" in remote.label.text()
    loop.run_until_complete(remote.aclose())


def test_a_port_in_use_is_said_not_raised(window: MainWindow, loop: asyncio.AbstractEventLoop) -> None:
    first = RemoteController(window, MemoryStore())
    first.start(RemoteConfig("127.0.0.1", 0))
    until(loop, lambda: first.running)
    assert first.server is not None
    second = RemoteController(window, MemoryStore())
    second.start(RemoteConfig("127.0.0.1", first.server.port))
    until(loop, lambda: bool(second.error))
    assert "could not start" in second.error and not second.running
    loop.run_until_complete(first.aclose())


def test_settings_menu_opens_the_dialog(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QDialog, "open", lambda self: None)
    menu = next(m for m in window.menuBar().findChildren(QMenu) if m.title().replace("&", "") == "Settings")
    action = next(a for a in menu.actions() if a.objectName() == "app.remote")
    action.trigger()
    assert isinstance(window._boxes["remote"], RemoteDialog)
    assert show_remote_dialog(window).remote is window._boxes["remote"].remote


def test_the_qr_code_reads_back(qtbot: QtBot) -> None:
    del qtbot
    from facilitator_app.ui.remote.dialog import qr_pixmap

    pixmap = qr_pixmap("http://192.168.1.5:4410/view/remote?code=abcdefgh2345")
    assert pixmap.width() == pixmap.height() > 100


def test_stage_effects_reach_the_stage_window(window: MainWindow, loop: asyncio.AbstractEventLoop) -> None:
    remote = RemoteController(window, MemoryStore())
    remote.start(RemoteConfig("127.0.0.1", 0))
    until(loop, lambda: remote.running)
    server = remote.server
    assert server is not None
    stage = window.show_stage()
    server.run("stage.flash", {})
    assert stage.flashing
    server.run("stage.blackout", {"on": True})
    cover = stage.findChild(QWidget, "remoteBlackout")
    assert cover is not None and cover.isVisibleTo(stage) and cover.geometry() == stage.rect()
    stage.resize(stage.width() + 40, stage.height() + 30)
    assert cover.geometry() == stage.rect()
    server.run("stage.blackout", {})  # toggles
    assert not cover.isVisibleTo(stage)
    stage.close()
    loop.run_until_complete(remote.aclose())
