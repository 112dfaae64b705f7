"""Where the main window was: its geometry and dock state, kept in the settings."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow

from ...services.settings import Settings


def restore_geometry(window: QMainWindow, settings: Settings) -> None:
    if settings.window_geometry:
        window.restoreGeometry(QByteArray.fromBase64(settings.window_geometry.encode()))
    else:
        # First start: most of the screen, not the widgets' minimum.
        area = (window.screen() or QGuiApplication.primaryScreen()).availableGeometry()
        window.resize(area.width() * 92 // 100, area.height() * 90 // 100)
        window.move(area.center() - window.rect().center())
    if settings.window_state:
        window.restoreState(QByteArray.fromBase64(settings.window_state.encode()))


def remember_geometry(window: QMainWindow, settings: Settings) -> None:
    settings.window_geometry = bytes(window.saveGeometry().toBase64().data()).decode()
    settings.window_state = bytes(window.saveState().toBase64().data()).decode()
