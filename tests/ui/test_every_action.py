"""Every action, menu item, toolbar button and push button of every window is bound to a
command id that exists, and triggering each one through Qt in a prepared session raises
nothing and logs no Qt warning (pytest-qt fails the test on either). This is the test that
catches a button whose clicked(bool) lands in a 'path' parameter."""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from facilitator_app.ui.shell.actions import known_ids
from facilitator_app.ui.shell.main_window import MainWindow

# Buttons that belong to a dialog's own button box or a form, not to the console's actions.
DIALOG_BUTTONS = {"qt_msgbox_buttonbox"}


def menu_actions(menu: QMenu) -> list[QAction]:
    out = []
    for action in menu.actions():
        if action.isSeparator():
            continue
        if action.menu() is not None:
            sub = action.menu()
            assert isinstance(sub, QMenu)
            if sub.objectName():  # a menu filled when it opens (hand over): named by its command
                assert sub.objectName() in known_ids()
            out += menu_actions(sub)
        else:
            out.append(action)
    return out


def console_actions(window: MainWindow) -> list[QAction]:
    actions = []
    for top in window.menuBar().actions():
        menu = top.menu()
        assert isinstance(menu, QMenu)
        actions += menu_actions(menu)
    for toolbar in window.findChildren(QWidget, "liveToolbar"):
        actions += [a for a in toolbar.actions() if not a.isSeparator()]
    return actions


@pytest.fixture
def prepared(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    """The sample session with rooms planned, a poll open, and every window open. Dialogs
    open as usual (non-blocking) but never show; static file dialogs answer 'cancel'."""
    monkeypatch.setattr(QDialog, "open", lambda self: None)
    monkeypatch.setattr(QMessageBox, "open", lambda self: None)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    window.run("rooms.options", {"seconds": 0.2})
    window.run("rooms.plan_all")
    window.show_rooms()
    window.show_polls()
    assert window.polls_window is not None
    window.polls_window.library.setCurrentRow(0)
    window.run("live.toggle")
    return window


def test_every_menu_and_toolbar_action_is_a_command(prepared: MainWindow) -> None:
    actions = console_actions(prepared)
    assert len(actions) > 40
    unknown = {a.text() for a in actions if a.objectName() not in known_ids()}
    assert not unknown, f"actions without a command id: {unknown}"
    live_menu = next(m for m in prepared.menuBar().findChildren(QMenu) if "Live" in m.title())
    assert {a.objectName() for a in live_menu.actions() if a.objectName()} >= {"live.toggle", "live.next", "live.end"}


def test_every_push_button_is_bound_to_a_command(prepared: MainWindow) -> None:
    windows = [prepared, prepared.rooms_window, prepared.polls_window]
    missing = []
    for window in windows:
        assert window is not None
        for button in window.findChildren(QPushButton):
            if button.parent() is not None and button.parent().objectName() in DIALOG_BUTTONS:
                continue
            command = button.property("command")
            if command not in known_ids():
                missing.append(f"{type(window).__name__}: {button.text()!r} -> {command!r}")
    assert not missing, missing


def test_triggering_every_action_raises_nothing(prepared: MainWindow, qtbot: QtBot) -> None:
    skip = {"app.quit"}  # closes the window the rest of the test needs
    for action in console_actions(prepared):
        # A screen chosen rebuilds the screen menu: its other entries are gone by then.
        if not shiboken6.isValid(action) or action.objectName() in skip or not action.isEnabled():
            continue
        action.trigger()
    for side in (prepared.rooms_window, prepared.polls_window):
        assert side is not None
        for action in side.command_actions.values():
            if action.isEnabled():
                action.trigger()
        for button in side.findChildren(QPushButton):
            if button.isEnabled() and button.isVisible():
                button.click()
    assert prepared.controller.session.event_count > 0


def test_import_people_button_opens_the_file_chooser(prepared: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    """The button of issue 12: clicked(bool) used to arrive as the path (False)."""
    asked = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: asked.append(a) or ("", "")))
    rooms = prepared.rooms_window
    assert rooms is not None
    rooms.btn_import.click()
    assert asked, "Import people… did not ask for a file"
