"""The polls window: launch / close / reveal, counts typed with the keyboard alone, report
import (good and malformed), the cue when a segment goes live, presentation masking,
exports, and results pulled from the rehearsal platform into the session."""

from __future__ import annotations

import csv
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QSpinBox
from pytestqt.qtbot import QtBot

from facilitator_app.domain.clock import ManualClock
from facilitator_app.domain.polls import PollStatus, aggregate
from facilitator_app.ui.polls.polls_window import PollsWindow
from facilitator_app.ui.shell.main_window import MainWindow


def open_polls(window: MainWindow, qtbot: QtBot, poll_id: str) -> PollsWindow:
    window.show_polls()
    polls = window.polls_window
    assert polls is not None
    qtbot.waitExposed(polls)
    polls.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is polls)
    ids = list(window.state.polls)
    polls.library.setCurrentRow(ids.index(poll_id))
    polls.library.setFocus()
    return polls


def test_launch_close_reveal_with_keys(window: MainWindow, qtbot: QtBot, clock: ManualClock):
    polls = open_polls(window, qtbot, "poll-round-help")
    ctrl = Qt.KeyboardModifier.ControlModifier
    qtbot.keyClick(polls.library, Qt.Key.Key_R, ctrl)  # reveal before close: nothing
    assert window.state.polls["poll-round-help"].status is PollStatus.DRAFT
    qtbot.keyClick(polls.library, Qt.Key.Key_L, ctrl)
    ps = window.state.polls["poll-round-help"]
    assert ps.status is PollStatus.OPEN and ps.opened_at == clock.now()
    clock.advance(60)
    qtbot.keyClick(polls.library, Qt.Key.Key_K, ctrl)
    assert window.state.polls["poll-round-help"].closed_at == clock.now()
    polls.toggle_present()
    assert polls.present_view is not None and polls.present_view.chart.masked, "hidden until revealed"
    qtbot.keyClick(polls.library, Qt.Key.Key_R, ctrl)
    assert window.state.polls["poll-round-help"].revealed
    assert not polls.present_view.chart.masked
    polls.present_view.close()


def test_counts_entered_with_the_keyboard_alone(window: MainWindow, qtbot: QtBot):
    polls = open_polls(window, qtbot, "poll-evaluation")
    qtbot.keyClick(polls.library, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    first = polls.entry.spins[0][1]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first.lineEdit() or QApplication.focusWidget() is first)
    for i, digits in enumerate(("12", "30", "4")):
        widget = QApplication.focusWidget()
        qtbot.keyClicks(widget, digits)
        qtbot.keyClick(widget, Qt.Key.Key_Return if i == 2 else Qt.Key.Key_Tab)
    ps = window.state.polls["poll-evaluation"]
    assert ps.snapshot is not None and ps.snapshot.source == "manual"
    assert dict(aggregate(ps.poll, ps.snapshot).counts) == {"Exceeded": 12, "Met": 30, "Not met": 4}
    text = polls.evaluation.text()
    assert "Exceeded</td>" in text and "<b>26 %</b>" in text and "(12)" in text


def test_shortcuts_stay_off_while_typing(window: MainWindow, qtbot: QtBot):
    polls = open_polls(window, qtbot, "poll-one-word")
    polls.entry.focus_first()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is polls.entry.words)
    qtbot.keyClick(polls.entry.words, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.state.polls["poll-one-word"].status is PollStatus.DRAFT
    qtbot.keyClicks(polls.entry.words, "energi=3, framtid")
    qtbot.keyClick(polls.entry.words, Qt.Key.Key_Return)
    result = aggregate(window.state.polls["poll-one-word"].poll, window.state.polls["poll-one-word"].snapshot)
    assert result.counts == (("energi", 3), ("framtid", 1))


def test_the_word_field_leaves_with_its_poll(window: MainWindow, qtbot: QtBot):
    """From a one-word poll to a poll with choices (arrow key in the library): the word
    field is taken out of the counts row and hidden, not left showing behind the labels;
    from choices to choices the old fields go at once (not drawn until they are deleted)."""

    def press(key: Qt.Key) -> None:
        qtbot.keyClick(polls.library, key)
        QApplication.processEvents()  # new fields show (queued); deleted ones wait for the loop

    polls = open_polls(window, qtbot, "poll-one-word")
    QApplication.processEvents()
    assert polls.entry.words.isVisibleTo(polls.entry)
    press(Qt.Key.Key_Up)
    assert polls.entry.spins, "the poll above has choices"
    assert not polls.entry.words.isVisibleTo(polls.entry)
    press(Qt.Key.Key_Down)
    assert polls.entry.words.isVisibleTo(polls.entry) and not polls.entry.spins
    press(Qt.Key.Key_Up)
    press(Qt.Key.Key_Up)
    shown = [w for w in polls.entry.findChildren(QSpinBox) if w.isVisibleTo(polls.entry)]
    assert shown == [spin for _, spin in polls.entry.spins]


def test_report_import_and_a_malformed_report(window: MainWindow, qtbot: QtBot, tmp_path: Path):
    polls = open_polls(window, qtbot, "poll-round-help")
    report = tmp_path / "poll_report.csv"
    report.write_text(
        "Poll Report\nReport Generated:,2026-12-01 11:00\n\n"
        "#,User Name,User Email,Submitted Date/Time,Did the round help you meet new colleagues?\n"
        '1,Anna,anna@x.se,2026-12-01 10:31:00,"Yes, a lot"\n'
        "2,Bo,bo@x.se,2026-12-01 10:31:05,Somewhat\n"
        "3,Anna,anna@x.se,2026-12-01 10:31:09,Somewhat\n"
        "4,Cia,cia@x.se,yesterday-ish,Not really\n",
        encoding="utf-8",
    )
    polls.import_report(report)
    polls.reading.wait()  # read off the GUI thread
    ps = window.state.polls["poll-round-help"]
    result = aggregate(ps.poll, ps.snapshot)
    assert dict(result.counts) == {"Yes, a lot": 0, "Somewhat": 2, "Not really": 1}
    assert result.duplicates == 1
    before = window.state.polls["poll-round-help"]
    bad = tmp_path / "other.csv"
    bad.write_text("name;answer\nAnna;x\n", encoding="utf-8")
    polls.import_report(bad)
    polls.reading.wait()
    assert window.state.polls["poll-round-help"] == before, "nothing recorded"
    assert "has no column for the question" in polls._box.text()
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04 not a workbook")
    polls.import_report(broken)
    polls.reading.wait()
    assert window.state.polls["poll-round-help"] == before
    assert "not a readable Excel workbook" in polls._box.text()


def test_cue_when_the_segment_goes_live(window: MainWindow, qtbot: QtBot):
    window.controller.record(
        "live.start",
        {
            "segment_id": "d1s4",
            "at": window.clock.now().isoformat(),
            "end_at": window.clock.now().isoformat(),
        },
    )
    assert "Poll cued: Pulse: energy" in window.statusBar().currentMessage()
    polls = open_polls(window, qtbot, "poll-energy-1")
    assert polls.library.currentItem().text().startswith("▶ ")


def test_new_poll_is_undoable_and_exports(window: MainWindow, qtbot: QtBot, tmp_path: Path):
    polls = open_polls(window, qtbot, "poll-energy-1")
    count = len(window.state.polls)
    qtbot.keyClick(polls.library, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = polls._dialog
    dialog.question.setText("Which room format worked best?")
    dialog.kind.setCurrentIndex(dialog.kind.findData("single"))
    dialog._accept()
    assert "at least two options" in dialog.error.text()
    dialog.options.setPlainText("Small rooms\nBig rooms\n")
    dialog._accept()
    assert len(window.state.polls) == count + 1
    window.polls_window.undo_stack.undo()
    assert len(window.state.polls) == count
    polls.save_counts({"3": 2, "4": 5})
    polls.export("csv", tmp_path / "polls.csv")
    rows = list(csv.reader((tmp_path / "polls.csv").open(encoding="utf-8-sig")))
    assert rows[0][:5] == ["poll", "question", "kind", "answer", "count"]
    assert rows[4][:5] == ["Pulse: energy", "How is your energy right now?", "rating", "4", "5"]
    polls.export("xlsx", tmp_path / "polls.xlsx")
    assert (tmp_path / "polls.xlsx").read_bytes()[:2] == b"PK"
    polls.export("pdf", tmp_path / "polls.pdf")
    assert (tmp_path / "polls.pdf").read_bytes().startswith(b"%PDF")


# ------------------------------------------------------------ issue 12: items 6, 7, 14, 15


def _rehearsal_result(window: MainWindow, poll_id: str, counts: dict[str, int], present: int | None = None) -> None:
    snapshot: dict[str, object] = {"source": "rehearsal", "at": window.clock.now().isoformat(), "counts": counts}
    if present is not None:
        snapshot["present"] = present
    window.controller.record("poll.results", {"poll_id": poll_id, "snapshot": snapshot})


def _type_counts(polls: PollsWindow, qtbot: QtBot, values: tuple[str, ...]) -> None:
    qtbot.keyClick(polls.library, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    first = polls.entry.spins[0][1]
    qtbot.waitUntil(lambda: QApplication.focusWidget() in (first, first.lineEdit()))
    for i, digits in enumerate(values):
        widget = QApplication.focusWidget()
        qtbot.keyClick(widget, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        qtbot.keyClicks(widget, digits)
        qtbot.keyClick(widget, Qt.Key.Key_Return if i == len(values) - 1 else Qt.Key.Key_Tab)


def test_typed_counts_say_what_they_replace_and_ctrl_z_brings_the_live_result_back(window: MainWindow, qtbot: QtBot):
    """Item 7: Ctrl+E, type, Enter turned 31 rehearsal answers into 12 typed ones, silently
    and for good."""
    from PySide6.QtWidgets import QMessageBox

    _rehearsal_result(window, "poll-round-help", {"Yes, a lot": 20, "Somewhat": 11}, present=40)
    live = window.state.polls["poll-round-help"].snapshot
    polls = open_polls(window, qtbot, "poll-round-help")
    _type_counts(polls, qtbot, ("5", "4", "3"))
    box = polls.findChild(QMessageBox, "confirm:polls.record_counts")
    assert box is not None and box.isVisible(), "asked before the live answers go"
    assert window.state.polls["poll-round-help"].snapshot == live, "nothing replaced yet"
    assert "31 answer(s) from the rehearsal platform" in box.text() and "(12 in all)" in box.text()
    cancel = box.button(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert window.state.polls["poll-round-help"].snapshot == live, "Cancel keeps the live result"

    _type_counts(polls, qtbot, ("5", "4", "3"))
    box = next(b for b in polls.findChildren(QMessageBox, "confirm:polls.record_counts") if b.isVisible())
    replace = next(b for b in box.buttons() if b.text() == "Replace")
    qtbot.mouseClick(replace, Qt.MouseButton.LeftButton)
    typed = window.state.polls["poll-round-help"].snapshot
    assert typed is not None and typed.source == "manual"
    assert dict(typed.counts or {}) == {"Yes, a lot": 5, "Somewhat": 4, "Not really": 3}
    qtbot.waitUntil(lambda: QApplication.focusWidget() is polls.library)
    undo = polls.command_actions["edit.undo"]
    assert undo.isEnabled() and "Type counts for" in undo.text()
    qtbot.keyClick(polls.library, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.state.polls["poll-round-help"].snapshot == live, "Ctrl+Z brings the 31 answers back"
    assert polls.chart.result is not None and polls.chart.result.responses == 31


def test_present_count_is_the_one_stored_with_the_result(window: MainWindow, qtbot: QtBot):
    """Item 6: after a restart "31 of 4 present answered" used today's roster."""
    _rehearsal_result(window, "poll-round-help", {"Yes, a lot": 20, "Somewhat": 11}, present=40)
    polls = open_polls(window, qtbot, "poll-round-help")
    polls.present_count = lambda: 4  # today's roster
    polls.refresh()
    assert polls.chart.present == 40
    qtbot.keyClick(polls.library, Qt.Key.Key_F6)
    assert polls.present_view is not None and polls.present_view.chart.present == 40
    polls.present_view.close()
    # a result without a stored figure (an older session) says only how many answered
    _rehearsal_result(window, "poll-round-help", {"Yes, a lot": 21, "Somewhat": 11})
    polls.refresh()
    assert polls.chart.present is None


def test_f6_shows_the_presentation_in_front_and_keeps_the_keyboard(window: MainWindow, qtbot: QtBot):
    """Item 14: the presentation opened behind the polls window."""
    polls = open_polls(window, qtbot, "poll-round-help")
    polls.stage_screen = lambda: polls.screen()  # one screen
    qtbot.keyClick(polls.library, Qt.Key.Key_F6)
    view = polls.present_view
    assert view is not None and view.isVisible()
    assert view.windowFlags() & Qt.WindowType.WindowStaysOnTopHint, "in front of the console's windows"
    assert QApplication.activeWindow() is polls and QApplication.focusWidget() is polls.library
    screen = polls.screen().availableGeometry()
    assert screen.contains(view.geometry())
    polls_left = polls.frameGeometry().center().x() < screen.center().x()
    assert (view.geometry().center().x() > screen.center().x()) == polls_left, "on the other half"
    qtbot.keyClick(polls.library, Qt.Key.Key_F6)
    assert not view.isVisible()
    projector = QApplication.screens()[1]
    polls.stage_screen = lambda: projector
    qtbot.keyClick(polls.library, Qt.Key.Key_F6)
    assert view.isVisible() and view.screen() is projector and projector.geometry().contains(view.geometry())
    assert QApplication.activeWindow() is polls
    view.close()


def _bar_fills(img: QImage) -> list[float]:
    """Per bar (a band of rows showing a track): the share of the track the bar fills,
    read off the pixels of the band's middle row."""
    from facilitator_app.ui.polls.chart_style import SCREEN

    def row(y: int) -> tuple[int, int]:
        colours = [img.pixelColor(x, y).rgb() for x in range(img.width())]
        bar = sum(c in (SCREEN.bar.rgb(), SCREEN.bar_top.rgb()) for c in colours)
        return bar, bar + colours.count(SCREEN.track.rgb())

    bands: list[list[int]] = []
    for y in range(img.height()):
        if row(y)[1] > 100:
            if bands and bands[-1][-1] == y - 1:
                bands[-1].append(y)
            else:
                bands.append([y])
    fills = []
    for band in bands:
        bar, whole = row(band[len(band) // 2])
        fills.append(bar / whole)
    return fills


def test_bars_fill_the_share_of_those_who_answered(qtbot: QtBot):
    """Item 15: the largest answer filled the whole track, so 33 % looked like 100 %."""
    from facilitator_app.domain.polls import PollDef, PollKind, Snapshot
    from facilitator_app.ui.polls.poll_chart import PollChart

    poll = PollDef("q", PollKind.SINGLE, "Which?", options=("A", "B", "C"))
    snapshot = Snapshot("manual", ManualClock().now(), counts={"A": 1, "B": 2, "C": 0})
    chart = PollChart()
    qtbot.addWidget(chart)
    chart.resize(900, 500)
    chart.show_result(poll, aggregate(poll, snapshot))
    chart.show()
    qtbot.waitExposed(chart)
    fills = _bar_fills(chart.grab().toImage())
    assert len(fills) == 3, fills
    a, b, c = fills
    assert abs(a - 1 / 3) < 0.03 and abs(b - 2 / 3) < 0.03 and c < 0.01, fills


def test_ctrl_l_on_a_closed_poll_with_answers_asks_first(window: MainWindow, qtbot: QtBot):
    """Rehearsal: Ctrl+L on the poll the list still showed (closed, 37 answers) launched it
    again without a word, and a new run replaced the answers."""
    from PySide6.QtWidgets import QMessageBox

    ctrl = Qt.KeyboardModifier.ControlModifier
    _rehearsal_result(window, "poll-round-help", {"Yes, a lot": 20, "Somewhat": 11}, present=40)
    polls = open_polls(window, qtbot, "poll-round-help")
    qtbot.keyClick(polls.library, Qt.Key.Key_L, ctrl)
    qtbot.keyClick(polls.library, Qt.Key.Key_K, ctrl)
    assert window.state.polls["poll-round-help"].status is PollStatus.CLOSED
    answers = window.state.polls["poll-round-help"].snapshot
    assert answers is not None

    qtbot.keyClick(polls.library, Qt.Key.Key_L, ctrl)
    box = next(b for b in polls.findChildren(QMessageBox, "confirm:polls.launch") if b.isVisible())
    assert "Launch it again?" in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    qtbot.mouseClick(box.button(QMessageBox.StandardButton.Cancel), Qt.MouseButton.LeftButton)
    ps = window.state.polls["poll-round-help"]
    assert ps.status is PollStatus.CLOSED and ps.snapshot == answers, "Cancel keeps the poll and its answers"

    polls.activateWindow()  # (a window manager gives the window back when the box closes)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is polls)
    qtbot.keyClick(polls.library, Qt.Key.Key_L, ctrl)
    box = next(b for b in polls.findChildren(QMessageBox, "confirm:polls.launch") if b.isVisible())
    again = next(b for b in box.buttons() if b.text().replace("&", "") == "Launch again")
    qtbot.mouseClick(again, Qt.MouseButton.LeftButton)
    assert window.state.polls["poll-round-help"].status is PollStatus.OPEN


def test_esc_leaves_a_field_then_closes_the_polls_window(window: MainWindow, qtbot: QtBot):
    """A fresh-clone rehearsal: Esc closed the rooms window but not the polls window."""
    polls = open_polls(window, qtbot, "poll-one-word")
    polls.entry.focus_first()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is polls.entry.words)
    qtbot.keyClick(polls.entry.words, Qt.Key.Key_Escape)
    assert polls.isVisible(), "Esc in a field leaves the field first"
    assert QApplication.focusWidget() is polls.library
    qtbot.keyClick(polls.library, Qt.Key.Key_Escape)
    assert not polls.isVisible()
