"""Where the main window was: its geometry and dock state, kept in the settings."""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMainWindow, QSplitter, QTabWidget

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


def follow_tab_height(split: QSplitter, tabs: QTabWidget, rows: int = 14) -> None:
    """The Participants and Sync queue tabs are lists a producer reads down: while one of
    them is chosen the lower pane grows to about ``rows`` lines (the run-of-show keeps at
    least half); back on Planned vs actual it returns to the size it had."""
    kept: list[list[int]] = []

    def chosen(index: int) -> None:
        sizes = split.sizes()
        total = sum(sizes)
        if index == 0:
            if kept:
                split.setSizes(kept.pop())
            return
        if not kept:
            kept.append(sizes)
        want = min(total // 2, tabs.fontMetrics().height() * 2 * rows)
        if sizes[1] < want:
            split.setSizes([total - want, want])

    tabs.currentChanged.connect(chosen)
