"""What start-up relies on: the main window is built from the window down (each table is
placed once, not restyled with every container it joins), and the quicker PySide6 module
check answers as PySide6's own does."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QAbstractItemView, QApplication

import facilitator_app
from facilitator_app.app import _quicker_pyside_module_check
from facilitator_app.services.session import Session
from facilitator_app.services.settings import Settings
from facilitator_app.ui.common.session_controller import SessionController
from facilitator_app.ui.shell.main_window import MainWindow

from .conftest import SilentSounds


class StyleChanges(QObject):
    """Counts the StyleChange events each item view gets (a reparent into a styled tree)."""

    def __init__(self) -> None:
        super().__init__()
        self.views: dict[str, int] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.StyleChange and isinstance(watched, QAbstractItemView):
            name = watched.objectName() or type(watched).__name__
            self.views[name] = self.views.get(name, 0) + 1
        return False


def test_each_table_of_the_main_window_is_placed_once(qtbot: object, session: Session, clock: object) -> None:
    counter = StyleChanges()
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(counter)
    try:
        win = MainWindow(SessionController(session), clock, Settings(), lambda s: None, sounds=SilentSounds())  # type: ignore[arg-type]
    finally:
        app.removeEventFilter(counter)
    try:
        # Built bottom-up, the run-of-show table was restyled four times (each container it
        # joined carried it into a styled tree again); built top-down, never after it is made.
        # The tab pages move once, into the tab widget's own page stack.
        assert counter.views.get("runOfShow", 0) == 0, counter.views
        assert counter.views.get("actuals", 0) <= 1, counter.views
        assert "participants" not in counter.views, counter.views  # (made when its tab is first shown)
    finally:
        win.close()
        win.deleteLater()


def test_the_quicker_module_check_answers_as_pyside_does() -> None:
    feature: Any = sys.modules["shibokensupport.feature"]
    original = feature._mod_uses_pyside
    try:
        _quicker_pyside_module_check()
        quicker = feature._mod_uses_pyside
        assert quicker is not original and getattr(quicker, "quicker", False)
        _quicker_pyside_module_check()  # twice: still the one wrapper
        assert feature._mod_uses_pyside is quicker
        modules = [m for name, m in sys.modules.items() if name.startswith("facilitator_app") and m is not None]
        modules += [sys.modules["json"], sys.modules["sys"], sys.modules["PySide6"]]
        assert len(modules) > 20
        for module in modules:
            assert quicker(module) == original(module), module.__name__
        uses = {m.__name__ for m in modules if quicker(m)}
        assert "facilitator_app.ui.shell.main_window" in uses and "facilitator_app.domain.state" not in uses
        assert Path(facilitator_app.__file__).exists()
    finally:
        feature._mod_uses_pyside = original


def test_the_style_named_on_qts_command_line_is_the_consoles_style(tmp_path: Path) -> None:
    """The console names its style when it creates the application (no QStyle wrapper and
    its enums at start-up); in a fresh process that must give Fusion with the dark palette,
    as setStyle() does here in the tests' own application."""
    import subprocess

    code = (
        "import sys\n"
        "from PySide6.QtGui import QPalette\n"
        "from PySide6.QtWidgets import QApplication\n"
        "from facilitator_app.ui.common import theme\n"
        "app = QApplication([sys.argv[0], *theme.STYLE_ARGS])\n"
        "print(app.style().name())\n"  # (after the stylesheet, the style is Qt's stylesheet proxy)
        "theme.apply(app, style_set=True)\n"
        "print(app.palette().color(QPalette.ColorRole.Window).name())\n"
    )
    root = Path(facilitator_app.__file__).parent.parent
    out = subprocess.run([sys.executable, "-c", code], cwd=root, capture_output=True, text=True, check=True).stdout
    assert out.split() == ["fusion", "#1b2026"]


def test_the_hidden_tabs_get_their_views_when_first_shown(qtbot: Any, session: Session, clock: Any) -> None:
    """Participants and Sync queue are not shown when the console opens: their views are made
    when the producer first clicks their tab, and then show what they should."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QListWidget, QTableView

    from .conftest import shown_window

    win = shown_window(qtbot, session, clock)
    try:
        tabs = win.bottom_tabs
        win.actuals_view.setFocus()  # the producer was in Planned vs actual
        assert win.findChild(QTableView, "participants") is None
        assert win.findChild(QListWidget, "syncQueue") is None
        bar = tabs.tabBar()
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
        view = win.findChild(QTableView, "participants")
        assert view is not None and view.isVisible()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is view)  # the keys go to the list, as before
        assert view.model() is win.platform.participants and view.model().columnCount() >= 3
        assert view.horizontalHeader().sectionSize(0) > 100  # sized, as before
        qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(2).center())
        queue = win.findChild(QListWidget, "syncQueue")
        assert queue is not None and queue.isVisible()
        assert win.platform.queue_list is queue  # one view, however it is reached
    finally:
        win.close()


def test_the_collector_waits_for_the_first_paint(tmp_path: Path) -> None:
    """A console process starts with Python's cyclic collector paused (from the entry point,
    before the console's own imports) and turns it back on once its window is painted;
    the screenshot mode turns it back on before it renders."""
    import os
    import subprocess

    code = (
        "import gc, sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "import facilitator_app.start as start\n"
        "from facilitator_app.ui.shell import screenshots\n"
        "seen = []\n"
        "resume = start.StartupCollector.resume\n"
        "def watched(self):\n"
        "    if not seen:\n"
        "        shown = any(w.isVisible() for w in QApplication.topLevelWidgets())\n"
        "        seen.extend([not gc.isenabled(), shown])\n"
        "    resume(self)\n"
        "start.StartupCollector.resume = watched\n"
        "render = screenshots.render_screenshots\n"
        "def rendered(*args):\n"
        "    print('rendering with the collector', gc.isenabled())\n"
        "    return 0\n"
        "screenshots.render_screenshots = rendered\n"
        "code = start.main(sys.argv[1:])\n"
        "print('paused', *seen, 'then', code, gc.isenabled())\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FACILITATOR_QUIT_AFTER_SHOW": "1"}
    root = Path(facilitator_app.__file__).parent.parent

    def start(*args: str) -> list[str]:
        done = subprocess.run(
            [sys.executable, "-c", code, *args],
            cwd=root,
            env=env,
            capture_output=True,
            text=True,
            check=True,
            timeout=120,
        )
        return done.stdout.split()

    # paused until the window was shown; main returned 0 with the collector on
    assert start("--data-dir", str(tmp_path / "data"))[-6:] == ["paused", "True", "True", "then", "0", "True"]
    screenshot = start("--data-dir", str(tmp_path / "shots-data"), "--screenshot", str(tmp_path / "shots"))
    assert screenshot[:4] == ["rendering", "with", "the", "collector"] and screenshot[4] == "True", screenshot
