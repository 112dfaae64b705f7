"""The stage view on a second (fake) screen: placement, memory, fallback, cues."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication
from pytestqt.qtbot import QtBot

from facilitator_app.domain.clock import ManualClock
from facilitator_app.domain.live import Phase
from facilitator_app.ui.live.stage_window import FLASH_TOGGLES
from facilitator_app.ui.shell.main_window import MainWindow


def screen_named(name: str):
    return next(s for s in QGuiApplication.screens() if s.name() == name)


def test_stage_goes_full_screen_on_the_other_screen(qtbot: QtBot, window: MainWindow) -> None:
    assert window.screen().name() == "Laptop"
    stage = window.show_stage()
    qtbot.waitExposed(stage)
    assert stage.screen().name() == "Projector"
    assert stage.isFullScreen()
    assert stage.geometry() == screen_named("Projector").geometry()
    assert window.command_actions["view.stage"].isChecked()
    window.toggle_stage()
    assert window.stage is None and not window.command_actions["view.stage"].isChecked()


def test_the_chosen_screen_is_remembered_by_name_and_falls_back(qtbot: QtBot, window: MainWindow) -> None:
    window.stage_control.choose_screen(screen_named("Projector"))
    assert window.settings.stage_screen == "Projector"
    window.settings.stage_screen = "Meeting room TV"  # a screen that is not connected today
    stage = window.show_stage()
    assert stage.screen().name() == "Projector"  # not on top of the console
    window.settings.stage_screen = "Laptop"  # even when asked for the console's own screen
    window.stage_control.place()
    assert stage.screen().name() == "Projector"
    stage.close()


def test_stage_shows_the_live_readout_and_message(qtbot: QtBot, window: MainWindow, clock: ManualClock) -> None:
    stage = window.show_stage()
    window.toggle()
    window.set_message("Two minutes")
    clock.advance(1)
    window.refresh()
    readout = stage._readout
    assert readout is not None
    assert readout.big == "14:59"
    assert readout.title == window.state.show.days[0].segments[0].title
    assert readout.next_line.startswith("Next: ")
    assert stage._message == "Two minutes"
    image = stage.grab().toImage()
    assert image.width() == 1920 and image.height() == 1080
    stage.close()


def test_warning_and_zero_cues_and_the_flash(qtbot: QtBot, window: MainWindow, clock: ManualClock) -> None:
    window.settings.sound_cues = True
    window.settings.stage_flash = True
    stage = window.show_stage()
    window.toggle()  # a 15-minute segment: warning at 2:00
    clock.advance(15 * 60 - 121)
    window.refresh()
    assert window.stage_control._last_phase[1] is Phase.NORMAL
    clock.advance(2)
    window.refresh()
    assert window.stage_control.sounds.played == ["warning"]  # type: ignore[attr-defined]
    clock.advance(120)
    window.refresh()
    assert window.stage_control.sounds.played == ["warning", "zero"]  # type: ignore[attr-defined]
    assert stage.flashing
    assert window.live_panel.countdown.text == "-0:01"
    for _ in range(FLASH_TOGGLES):  # drive the flash timer by hand: no real waiting
        stage._flash_step()
    assert not stage.flashing
    window.refresh()  # staying in overtime does not cue again
    assert window.stage_control.sounds.played == ["warning", "zero"]  # type: ignore[attr-defined]
    stage.close()
