"""The main window driven as a producer would: keyboard first."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox, QToolButton
from pytestqt.qtbot import QtBot

from facilitator_app.domain.clock import ManualClock
from facilitator_app.domain.live import Status
from facilitator_app.ui.run_of_show.run_of_show_model import Column
from facilitator_app.ui.shell.main_window import MainWindow


def key(qtbot: QtBot, window: MainWindow, k: Qt.Key, mod: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    target = QApplication.focusWidget() or window
    qtbot.keyClick(target, k, mod)


def ids(window: MainWindow) -> list[str]:
    return [s.id for s in window.state.show.days[0].segments]


def test_live_shortcuts_run_the_show(qtbot: QtBot, window: MainWindow, clock: ManualClock) -> None:
    first, second, third = ids(window)[:3]
    key(qtbot, window, Qt.Key.Key_Space)
    assert window.state.live.status is Status.RUNNING and window.state.live.segment_id == first
    clock.advance(90)
    key(qtbot, window, Qt.Key.Key_Space)
    assert window.state.live.status is Status.PAUSED
    key(qtbot, window, Qt.Key.Key_Space)
    assert window.state.live.status is Status.RUNNING
    key(qtbot, window, Qt.Key.Key_Plus)
    assert window.state.live.added_s == 60
    key(qtbot, window, Qt.Key.Key_Minus)
    key(qtbot, window, Qt.Key.Key_Minus)
    assert window.state.live.added_s == -60
    key(qtbot, window, Qt.Key.Key_N)
    assert window.state.live.segment_id == second
    # Arrows move in the table like a spreadsheet; they never move the show.
    column = window.table.currentIndex().column()
    key(qtbot, window, Qt.Key.Key_Right)
    assert window.state.live.segment_id == second
    assert window.table.currentIndex().column() == column + 1
    key(qtbot, window, Qt.Key.Key_Down)
    assert window.state.live.segment_id == second
    assert window.runofshow.selected_segment_id() == third
    key(qtbot, window, Qt.Key.Key_N)
    assert window.state.live.segment_id == third
    key(qtbot, window, Qt.Key.Key_P)
    assert window.state.live.segment_id == second
    key(qtbot, window, Qt.Key.Key_P)
    assert window.state.live.segment_id == first
    # The selection follows the live segment; skip the one after it, then Next passes it over.
    window.runofshow.select_segment(second)
    key(qtbot, window, Qt.Key.Key_S)
    assert second in window.state.live.skipped
    key(qtbot, window, Qt.Key.Key_N)
    assert window.state.live.segment_id == third
    window.runofshow.select_segment(ids(window)[5])
    key(qtbot, window, Qt.Key.Key_G)
    assert window.state.live.segment_id == ids(window)[5]
    # Ending asks first: Esc keeps the show running, the button ends it.
    key(qtbot, window, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)
    box = window.findChild(QMessageBox, "confirm:live.end")
    assert box is not None and box.isVisible()
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert window.state.live.status is Status.RUNNING
    window.activateWindow()  # the window manager's part, after the box closed
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.table.setFocus()
    key(qtbot, window, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)
    box = [b for b in window.findChildren(QMessageBox, "confirm:live.end") if b.isVisible()][-1]
    end = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    qtbot.mouseClick(end, Qt.MouseButton.LeftButton)
    assert window.state.live.status is Status.ENDED


def test_shortcuts_do_nothing_while_typing(qtbot: QtBot, window: MainWindow) -> None:
    edit = window.live_panel.message_edit
    edit.setFocus()
    qtbot.waitUntil(edit.hasFocus)
    events_before = window.controller.session.event_count
    for k in (
        Qt.Key.Key_Space,
        Qt.Key.Key_N,
        Qt.Key.Key_P,
        Qt.Key.Key_Plus,
        Qt.Key.Key_Minus,
        Qt.Key.Key_S,
        Qt.Key.Key_G,
    ):
        qtbot.keyClick(edit, k)
    qtbot.keyClick(edit, Qt.Key.Key_Right)
    qtbot.keyClick(edit, Qt.Key.Key_Delete)
    assert window.state.live.status is Status.IDLE
    assert window.controller.session.event_count == events_before
    assert edit.text() == " np+-sg"
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert window.state.live.message == "np+-sg"
    assert window.table.hasFocus()  # back to the table: shortcuts work again
    key(qtbot, window, Qt.Key.Key_Space)
    assert window.state.live.status is Status.RUNNING


def test_cell_editor_blocks_shortcuts_and_commits_with_undo(qtbot: QtBot, window: MainWindow) -> None:
    index = window.model.index(0, Column.TITLE)
    window.table.setCurrentIndex(index)
    window.table.edit(index)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not window.table
    qtbot.keyClick(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor, "Welcome all")  # QTest types ASCII only
    assert window.state.live.status is Status.IDLE  # the space typed did not start the show
    assert isinstance(editor, QLineEdit)
    editor.setText("Välkomna alla")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on the next event loop turn
    qtbot.waitUntil(lambda: window.state.show.days[0].segments[0].title == "Välkomna alla")
    window.table.setFocus()
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.state.show.days[0].segments[0].title == "Welcome and purpose of the three days"
    key(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.state.show.days[0].segments[0].title == "Välkomna alla"


def test_add_duplicate_delete_reorder_and_undo_everything(qtbot: QtBot, window: MainWindow) -> None:
    original = ids(window)
    window.runofshow.select_segment(original[0])
    key(qtbot, window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert ids(window)[:2] == [original[1], original[0]]
    assert window.runofshow.selected_segment_id() == original[0]
    key(qtbot, window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert len(ids(window)) == len(original) + 1
    key(qtbot, window, Qt.Key.Key_Delete)
    key(qtbot, window, Qt.Key.Key_Delete)
    assert len(ids(window)) == len(original) - 1
    window.command_actions["show.segment.add"].trigger()  # opens the title editor on the new row
    editor = QApplication.focusWidget()
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert len(ids(window)) == len(original)
    while window.undo_stack.canUndo():
        window.undo_stack.undo()
    assert ids(window) == original
    while window.undo_stack.canRedo():
        window.undo_stack.redo()
    assert len(ids(window)) == len(original)


def test_drag_and_drop_is_undoable(qtbot: QtBot, window: MainWindow) -> None:
    original = ids(window)
    data = window.model.mimeData([window.model.index(0, Column.TITLE)])
    window.model.dropMimeData(data, Qt.DropAction.MoveAction, 3, 0, window.model.index(-1, -1))
    assert ids(window)[2] == original[0]
    window.undo_stack.undo()
    assert ids(window) == original


def test_save_failure_is_shown_and_state_kept(qtbot: QtBot, window: MainWindow, monkeypatch) -> None:
    from facilitator_app.services.session_folder import SessionError

    def broken(*_a: object, **_k: object) -> None:
        raise SessionError("could not save to /share/events/x.jsonl: [Errno 28] No space left on device")

    monkeypatch.setattr(window.controller.session.log, "append", broken)
    key(qtbot, window, Qt.Key.Key_Space)
    assert window.state.live.status is Status.IDLE
    assert "NOT SAVED" in window.status.save_label.text()
    assert "No space left" in window.statusBar().currentMessage()


def test_export_planned_versus_actual(window: MainWindow, clock: ManualClock, tmp_path: Path) -> None:
    window.toggle()
    clock.advance(65)
    window.run("live.next")
    out = tmp_path / "actuals.csv"
    assert window.run("export.actuals_csv", {"path": str(out)}) is not None
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM, so Excel reads å ä ö
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    assert rows[0][0] == "day" and rows[1][-1] == "done" and rows[2][-1] == "running"
    assert len(rows) == 1 + sum(len(d.segments) for d in window.state.show.days)


def test_display_modes_and_the_ticker(window: MainWindow, clock: ManualClock) -> None:
    window.toggle()
    clock.advance(0.25)
    window.refresh()
    assert window.live_panel.countdown.text == "15:00"
    assert 740 <= window._ticker.remainingTime() <= 760  # repaint when the second changes
    window.cycle_mode()
    window.refresh()
    assert window.live_panel.countdown.text == "0:00"
    window.cycle_mode()
    window.refresh()
    assert window.live_panel.countdown.text.count(":") == 2  # time of day
    window.cycle_mode()
    assert window.settings.display_mode == "countdown"


def test_day_settings_and_deleting_a_day_are_undoable(qtbot: QtBot, window: MainWindow) -> None:
    from datetime import time

    window.command_actions["show.day.update"].trigger()
    dialog = window.runofshow._day_dialog
    dialog.start.setTime(dialog.start.time().fromString("09:00", "HH:mm"))
    dialog.has_stop.setChecked(False)
    dialog.title.setText("Dag 1: Mötas")
    dialog.accept()
    day = window.state.show.days[0]
    assert (day.title, day.start, day.hard_stop) == ("Dag 1: Mötas", time(9, 0), None)
    assert window.model.data(window.model.index(0, Column.START)) == "09:00"  # the timetable moved
    assert window.runofshow.day_tabs.tabText(0).startswith("Dag 1: Mötas")
    window.undo_stack.undo()
    assert window.state.show.days[0].start == time(8, 30) and window.state.show.days[0].hard_stop == time(12, 0)
    days = [d.id for d in window.state.show.days]
    window.runofshow.day_tabs.setCurrentIndex(2)
    window.command_actions["show.day.delete"].trigger()
    assert [d.id for d in window.state.show.days] == days[:2]
    window.undo_stack.undo()
    assert [d.id for d in window.state.show.days] == days


def test_escape_leaves_the_message_field_and_live_keys_work_again(qtbot: QtBot, window: MainWindow) -> None:
    key(qtbot, window, Qt.Key.Key_Space)
    key(qtbot, window, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.live_panel.message_edit
    qtbot.keyClicks(window.live_panel.message_edit, "Hi")
    key(qtbot, window, Qt.Key.Key_Plus)  # typing: a plus sign, not a minute
    assert window.live_panel.message_edit.text() == "Hi+" and window.state.live.added_s == 0
    key(qtbot, window, Qt.Key.Key_Escape)
    assert QApplication.focusWidget() is window.table
    key(qtbot, window, Qt.Key.Key_Plus)
    assert window.state.live.added_s == 60 and window.live_panel.message_edit.text() == "Hi+"


def test_expected_start_times_follow_the_running_show(qtbot: QtBot, window: MainWindow, clock: ManualClock) -> None:
    """Every upcoming segment shows when it will now start; overtime pushes them later."""
    first, second = ids(window)[:2]
    planned_second = window.model.data(window.model.index(1, Column.START))
    assert window.model.data(window.model.index(1, Column.EXPECTED)) == ""  # nothing runs yet
    key(qtbot, window, Qt.Key.Key_Space)
    expected = window.model.data(window.model.index(1, Column.EXPECTED))
    assert len(expected) == 5 and planned_second  # HH:MM (started 30 s early: a minute before plan)
    length = window.state.show.days[0].segments[0].duration_s
    clock.advance(length + 10 * 60)  # ten minutes of overtime
    window.refresh()
    late = window.model.data(window.model.index(1, Column.EXPECTED))
    assert late > expected
    tip = window.model.data(window.model.index(1, Column.EXPECTED), Qt.ItemDataRole.ToolTipRole)
    assert "later than planned" in tip
    assert window.model.data(window.model.index(0, Column.EXPECTED)) == ""  # not for the live one
    del first, second


def test_help_shows_every_shortcut_from_the_registry_and_prints_it(qtbot: QtBot, window: MainWindow, tmp_path: Path):
    from facilitator_app.ui.shell.shortcuts_sheet import ShortcutsSheet

    key(qtbot, window, Qt.Key.Key_F1)
    sheet = window.findChild(ShortcutsSheet)
    assert sheet is not None
    shown = {sheet.table.item(r, 2).text() for r in range(sheet.table.rowCount())}
    assert {"Space", "N", "Shift+End", "F5", "Ctrl+G", "Ctrl+L"} <= shown
    out = tmp_path / "keys.pdf"
    assert sheet.write_pdf(out) == "" and out.read_bytes().startswith(b"%PDF")


def test_file_menu_opens_another_session_in_its_own_console(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, monkeypatch
) -> None:
    from facilitator_app.services.settings import Settings
    from facilitator_app.ui.shell.session_files import SessionFiles

    switched: list[tuple[Path, bool]] = []
    settings = Settings(recent_sessions=[str(tmp_path / "Old.fcsession"), str(window.controller.session.path)])
    files = SessionFiles(
        window, settings, lambda: window.controller.session.path, lambda p, c: switched.append((p, c)) or "", tmp_path
    )
    window.attach_session_files(files)
    assert window.command_actions["file.open_session"].isEnabled()
    files._go(tmp_path / "nothing-here", create=False)  # not a session: said, nothing switches
    assert not switched
    box = window.findChild(QMessageBox, "sessionProblem")
    assert box is not None and "not a session folder" in box.text()
    files._go(tmp_path / "New.fcsession", create=True)
    assert switched == [(tmp_path / "New.fcsession", True)]
    menu = window.recent_menu
    assert menu is not None
    files.fill_recent(menu)
    texts = [a.text() for a in menu.actions()]
    assert len(texts) == 1 and texts[0].startswith("Old") and not menu.actions()[0].isEnabled()  # gone: greyed


def test_roll_mode_starts_a_segment_by_itself_and_says_so(qtbot: QtBot, window: MainWindow, clock: ManualClock):
    """A fixed start set to roll (Ctrl+Shift+R) starts by itself; the status bar and the
    stage say so beforehand; the producer's keys still act."""
    from datetime import timedelta
    from zoneinfo import ZoneInfo

    from facilitator_app.domain.schedule import plan_day

    day = window.state.show.days[0]
    fixed = next(s for s in day.segments if s.fixed_start is not None)
    window.runofshow.select_segment(fixed.id)
    window.table.setFocus()
    key(qtbot, window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.state.show.segment(fixed.id).roll  # type: ignore[union-attr]
    assert window.model.data(window.model.index(window.model.row_of(fixed.id), Column.START)).startswith("⟳")
    window.refresh()
    assert fixed.title in window.status.roll_label.text() and window.status.roll_label.isVisibleTo(window)
    key(qtbot, window, Qt.Key.Key_Space)  # the show runs from the start as usual
    start = next(s.start for s in plan_day(day, ZoneInfo(window.state.show.timezone)) if s.segment.id == fixed.id)
    clock.set(start + timedelta(milliseconds=5))
    window.refresh()
    assert window.state.live.segment_id == fixed.id
    assert not window.status.roll_label.text() or fixed.title not in window.status.roll_label.text()


def test_the_participants_tab_grows_to_show_a_list(qtbot: QtBot, window: MainWindow) -> None:
    """Issue 12: the Participants tab showed 5 rows at 1366x768."""
    before = window.bottom_tabs.height()
    tab_bar = window.bottom_tabs.tabBar()
    qtbot.mouseClick(tab_bar, Qt.MouseButton.LeftButton, pos=tab_bar.tabRect(1).center())
    assert window.bottom_tabs.currentIndex() == 1
    assert window.bottom_tabs.height() > before * 1.4
    assert window.runofshow.height() >= window.bottom_tabs.height() * 0.9  # the run-of-show keeps half
    qtbot.mouseClick(tab_bar, Qt.MouseButton.LeftButton, pos=tab_bar.tabRect(0).center())
    assert abs(window.bottom_tabs.height() - before) <= 2


def test_the_window_does_not_grow_past_a_small_screen_as_warnings_appear(
    qtbot: QtBot, window: MainWindow, clock: ManualClock
) -> None:
    """Rehearsal finding: at 1366x768 the round and hard-stop warnings made the window grow
    past the screen and squeezed the countdown under its buttons."""
    height = window.height()
    key(qtbot, window, Qt.Key.Key_Space)
    clock.advance(6 * 3600)  # hours late: the hard-stop banner and the round note both show
    key(qtbot, window, Qt.Key.Key_N)
    window.refresh()
    qtbot.wait(0)
    assert window.live_panel.round_note.text() and window.live_panel.banner.text()
    assert window.height() <= height + 2
    countdown = window.live_panel.countdown.geometry()
    transport = [b.geometry() for b in window.live_panel.findChildren(QToolButton) if b.height() > 40]
    assert len(transport) == 5
    assert all(countdown.bottom() < b.top() for b in transport), (countdown, transport)
    # Both warnings whole on the screen, not cut off at the foot of the part that scrolls
    # (a second rehearsal found the round note readable only by scrolling).
    panel = window.live_panel
    # On the 1366x768 screen maximised, and in a window that is not (a third rehearsal: the
    # warnings outside the scrolling part pushed the panel past a 691-pixel window, and the
    # figures were drawn under "Message on stage").
    for size in ((1366, 768), (1256, 691)):
        window.resize(*size)
        for _ in range(3):  # the scrolling part lays out its content after the panel (queued)
            QApplication.processEvents()
        assert panel.minimumSizeHint().height() <= panel.height(), size
        for label in (panel.round_note, panel.banner):
            assert label.isVisible()
            top_left = label.mapTo(panel, label.rect().topLeft())
            assert panel.rect().contains(top_left) and top_left.y() + label.height() <= panel.height()
            assert label.height() >= label.heightForWidth(label.width()) - 1, label.text()
            assert label.visibleRegion().boundingRect().height() >= label.height() - 1, (size, "clipped")


def test_an_edit_that_cannot_be_saved_is_a_failure_not_a_success(window: MainWindow, monkeypatch) -> None:
    """With edits already on the undo stack, a later one whose save fails must say so."""
    from facilitator_app.services.session_folder import SessionError

    assert window.run("show.segment.duplicate", {"segment": ids(window)[0]}) is not None
    count = window.undo_stack.count()

    def broken(*_a: object, **_k: object) -> None:
        raise SessionError("could not save: [Errno 28] No space left on device")

    monkeypatch.setattr(window.controller.session.log, "append", broken)
    assert window.run("show.segment.add", {"day": window.state.show.days[0].id}) is None
    assert window.undo_stack.count() == count
    assert "NOT SAVED" in window.status.save_label.text()


def test_the_console_count_reads_as_a_count_and_opens_its_list(window: MainWindow, qtbot: QtBot) -> None:
    button = window.status.consoles_label
    assert button.text() == "1 console ▾"  # not "1 console(s)"; the ▾ is the menu's arrow
    assert button.menu() is not None
