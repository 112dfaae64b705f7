"""The stage view on a second (fake) screen: placement, memory, fallback, cues."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from facilitator_app.domain.clock import ManualClock
from facilitator_app.domain.live import Phase, Status
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


def test_live_keys_work_while_the_stage_has_focus(qtbot: QtBot, window: MainWindow, clock: ManualClock) -> None:
    """Issue 12: with the stage full screen on the only screen, + and Space did nothing."""
    stage = window.show_stage()
    stage.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is stage)
    qtbot.keyClick(stage, Qt.Key.Key_Space)
    assert window.state.live.status is Status.RUNNING
    qtbot.keyClick(stage, Qt.Key.Key_Plus)
    assert window.state.live.added_s == 60
    qtbot.keyClick(stage, Qt.Key.Key_N)
    assert window.state.live.segment_id == window.state.show.days[0].segments[1].id
    qtbot.keyClick(stage, Qt.Key.Key_F5)  # the stage key closes it from the stage too
    assert window.stage is None


def test_after_the_end_the_stage_shows_the_time_not_a_length(qtbot: QtBot, window: MainWindow, clock: ManualClock):
    stage = window.show_stage()
    window.run("live.toggle")
    window.run("live.end")
    readout = stage._readout
    assert readout is not None
    assert readout.status_line == "Show ended" and readout.stage_status == ""  # said once, as the title
    assert readout.big == clock.now().astimezone(window.tz).strftime("%H:%M")


def test_long_titles_wrap_and_stay_inside_the_stage(qtbot: QtBot, window: MainWindow) -> None:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPainter

    from facilitator_app.ui.live.countdown import _wrapped_point_size

    title = "Welcome and purpose of the three days: why we merged and what we will build together this year"
    for width, height in ((960, 540), (1920, 1080), (3840, 2160)):
        image = QImage(width, height, QImage.Format.Format_RGB32)
        painter = QPainter(image)
        family = painter.font().family()
        rect = QRectF(width * 0.04, height * 0.02, width * 0.92, height * 0.12)
        size = _wrapped_point_size(
            painter.font().family(),
            int(QFont.Weight.DemiBold.value),
            title,
            rect.width(),
            rect.height(),
            height * 0.06 * 72 / 96,
            image.logicalDpiY(),
            2,
        )
        painter.end()
        font = QFont(family)
        font.setWeight(QFont.Weight.DemiBold)
        font.setPointSizeF(size)
        metrics = QFontMetricsF(font)
        flags = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
        box = metrics.boundingRect(QRectF(0, 0, rect.width(), 1e6), flags, title)
        assert box.width() <= rect.width() + 1 and box.height() <= rect.height() + 1, (width, box)
        assert size * 96 / 72 >= height * 0.025, f"shrunk too far at {width}x{height}: {size:.1f} pt"
