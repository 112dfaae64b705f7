from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator_app.domain.clock import ManualClock
from facilitator_app.services.session import Session
from facilitator_app.services.settings import Settings
from facilitator_app.ui.common import theme
from facilitator_app.ui.common.session_controller import SessionController
from facilitator_app.ui.shell.main_window import MainWindow

from ..sample import sample_session


class SilentSounds:
    """Records cues instead of playing them."""

    def __init__(self) -> None:
        self.played: list[str] = []

    def play(self, wav: Path) -> bool:
        self.played.append(wav.stem)
        return True


@pytest.fixture(scope="session", autouse=True)
def styled_app(qapp: QApplication) -> QApplication:
    """The app's stylesheet, set once: setting it again re-polishes every widget alive."""
    theme.apply(qapp)
    return qapp


@pytest.fixture
def swedish(qapp: QApplication) -> Iterator[None]:
    """Swedish as the app installs it: our translations and Qt's own (dialog buttons)."""
    from facilitator_app.app import _install_translations

    old = QLocale()
    keep = _install_translations(qapp, "sv")
    assert keep, "the Swedish translations did not load"
    yield
    for translator in keep:
        qapp.removeTranslator(translator)  # type: ignore[arg-type]
    QLocale.setDefault(old)


@pytest.fixture(autouse=True)
def fresh_save_folder() -> Iterator[None]:
    """Each test's save dialogs start in the home folder, not where another test saved."""
    from facilitator_app.ui.common import commands

    commands._saved_in.clear()
    yield
    commands._saved_in.clear()


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def session(tmp_path: Path, clock: ManualClock) -> Iterator[Session]:
    s = sample_session(tmp_path / "Test.fcsession", clock)
    yield s
    s.close()


def shown_window(qtbot: QtBot, session: Session, clock: ManualClock, **kw: object) -> MainWindow:
    """A main window at 1366x768, active, the run-of-show focused: ready for key presses."""
    win = MainWindow(SessionController(session), clock, Settings(), lambda s: None, sounds=SilentSounds(), **kw)  # type: ignore[arg-type]
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    win.table.setFocus()
    return win


@pytest.fixture
def window(qtbot: QtBot, session: Session, clock: ManualClock) -> Iterator[MainWindow]:
    win = shown_window(qtbot, session, clock)
    yield win
    win.close()
    assert not win._ticker.isActive(), "the display timer must stop with the window"
