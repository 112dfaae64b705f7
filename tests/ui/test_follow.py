"""A following console: read-only, says who is in control, offers takeover after silence,
accepts a hand-over, lists changes that were not applied."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from facilitator_app.domain.clock import ManualClock
from facilitator_app.domain.live import Status
from facilitator_app.services.identity import Identity
from facilitator_app.services.session import Session
from facilitator_app.ui.cofacilitation.cofacilitation import CoFacilitation
from facilitator_app.ui.cofacilitation.fenced_dialog import FencedDialog
from facilitator_app.ui.run_of_show.run_of_show_model import Column
from facilitator_app.ui.shell.main_window import MainWindow

from .conftest import shown_window

BOB = Identity("bob-0002", "Björn")


@pytest.fixture
def follower(qtbot: QtBot, session: Session, clock: ManualClock) -> Iterator[MainWindow]:
    mine = Session.open(session.path, BOB, clock, follow=True)
    win = shown_window(qtbot, mine, clock, cofac=CoFacilitation(mine, clock, silence_s=15))
    yield win
    win.close()
    mine.close()


def owner_beats(session: Session, board_counter: list[int]) -> None:
    from facilitator_app.services.presence import PresenceBoard

    board = PresenceBoard(session.path, session.identity, "t")
    board.counter = board_counter[0]
    board.publish("in control", session.state.lease.epoch, 0.0)
    board_counter[0] = board.counter


def test_follower_is_read_only_and_says_who_is_in_control(qtbot: QtBot, follower: MainWindow, session: Session) -> None:
    assert follower.role_bars.role_bar.isVisible()
    assert "FOLLOWING" in follower.role_bars.role_label.text() and "Tester" in follower.role_bars.role_label.text()
    assert (
        not follower.command_actions["live.toggle"].isEnabled()
        and not follower.command_actions["show.segment.add"].isEnabled()
    )
    assert not follower.model.flags(follower.model.index(0, Column.TITLE)) & Qt.ItemFlag.ItemIsEditable
    qtbot.keyClick(follower.table, Qt.Key.Key_Space)
    assert follower.state.live.status is Status.IDLE
    assert follower.controller.session.event_count == session.event_count
    # The producer starts the show: the follower shows it after its next poll.
    from facilitator_app.domain import live

    session.record(*live.toggle_action(session.state.show, session.state.live, session.clock.now()))  # type: ignore[misc]
    follower.cofac.poll()  # type: ignore[union-attr]
    assert follower.state.live.status is Status.RUNNING
    assert follower.live_panel.title.text() == session.state.show.days[0].segments[0].title


def test_takeover_is_offered_after_silence_and_needs_a_person(
    qtbot: QtBot, follower: MainWindow, session: Session, clock: ManualClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    counter = [0]
    owner_beats(session, counter)
    follower.cofac.poll()  # type: ignore[union-attr]
    assert not follower.role_bars.take_button.isVisible()
    clock.advance(10)
    owner_beats(session, counter)  # still alive
    follower.cofac.poll()  # type: ignore[union-attr]
    clock.advance(16)  # then silent for 16 s (by the follower's monotonic clock)
    follower.cofac.poll()  # type: ignore[union-attr]
    assert follower.role_bars.take_button.isVisible() and "16 s" in follower.role_bars.take_button.text()
    assert not follower.controller.session.in_control  # nothing automatic
    monkeypatch.setattr(QMessageBox, "open", lambda self: None)
    follower.command_actions["session.take_control"].trigger()
    box = next(b for b in follower.findChildren(QMessageBox) if b.objectName() == "confirm:session.take_control")
    assert "silent for 16 s" in box.text()
    take = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    take.click()
    assert follower.controller.session.in_control
    assert follower.command_actions["live.toggle"].isEnabled() and not follower.role_bars.role_bar.isVisible()


def test_accepting_a_hand_over(follower: MainWindow, session: Session) -> None:
    session.offer(BOB.writer_id, BOB.name)
    follower.cofac.poll()  # type: ignore[union-attr]
    assert follower.role_bars.accept_button.isVisible() and "offers you control" in follower.role_bars.role_label.text()
    follower.role_bars.accept_button.click()
    assert follower.controller.session.in_control
    session.refresh()
    assert not session.in_control and session.state.fenced == ()


def test_changes_not_applied_are_listed_and_can_be_reapplied(
    tmp_path: Path, follower: MainWindow, session: Session, clock: ManualClock
) -> None:
    offline = tmp_path / "offline" / session.path.name
    shutil.copytree(session.path, offline)
    producer_offline = Session.open(offline, session.identity, clock)
    producer_offline.record("live.message", {"text": "typed while offline"})
    follower.controller.claim()  # the follower takes over meanwhile
    log = f"{session.identity.writer_id}.jsonl"
    shutil.copyfile(offline / "events" / log, session.path / "events" / log)  # sync catches up
    follower.cofac.poll()  # type: ignore[union-attr]
    assert follower.role_bars.fenced_bar.isVisible() and "1 change(s)" in follower.role_bars.fenced_label.text()
    follower.command_actions["session.resolve_fenced"].trigger()
    dialog = follower.findChild(FencedDialog)
    assert "typed while offline" in dialog.list.item(0).text()
    dialog.reapply.click()
    assert follower.state.fenced == () and follower.state.live.message == "typed while offline"
    assert not follower.role_bars.fenced_bar.isVisible()
    producer_offline.close()


def test_export_from_the_app_imports_elsewhere_as_the_same_session(tmp_path: Path, window: MainWindow) -> None:
    from facilitator_app.services import session_tools

    window.toggle()
    bundle = tmp_path / "mail.fcbundle"
    assert window.run("export.session", {"path": str(bundle)}) is not None
    copy = tmp_path / "inbox" / "Kickoff.fcsession"
    assert session_tools.import_bundle(bundle, copy) == window.controller.session.event_count
    assert session_tools.verify(copy)["digest"] == window.state.digest()
