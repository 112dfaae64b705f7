"""The rehearsal platform seen from the window: roster matched to the session's people,
online/degraded status with the waiting changes, rooms opening with a breakout segment."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from facilitator_app.domain import live
from facilitator_app.services.rehearsal_server import Fault
from facilitator_app.services.session import Session
from facilitator_app.services.settings import Settings
from facilitator_app.ui.common.session_controller import SessionController
from facilitator_app.ui.platform.platform_dialog import CapabilitiesDialog
from facilitator_app.ui.platform.sync_controller import SyncController
from facilitator_app.ui.shell.main_window import MainWindow

from ..contract.spec_server import SPECS, ContractServer, load_spec
from ..contract.test_zoom_contract import responder
from .conftest import SilentSounds


@pytest.fixture
def loop() -> Iterator[asyncio.AbstractEventLoop]:
    """An asyncio loop for the sync and sign-in coroutines (the app runs them on qasync's)."""
    event_loop = asyncio.new_event_loop()
    asyncio.set_event_loop(event_loop)
    yield event_loop
    asyncio.set_event_loop(None)
    event_loop.close()


@pytest.fixture
def platform_window(
    qtbot: QtBot, tmp_path: Path, session: Session, loop: asyncio.AbstractEventLoop
) -> Iterator[tuple[MainWindow, SyncController]]:
    sync = SyncController(tmp_path)
    win = MainWindow(SessionController(session), session.clock, Settings(), lambda s: None, sounds=SilentSounds())  # type: ignore[arg-type]
    win.attach_sync(sync)
    qtbot.addWidget(win)
    yield win, sync
    loop.run_until_complete(sync.aclose())
    win.close()


@pytest.fixture
def zoom_contract():
    if not (SPECS / "zoom-meeting-api.json").is_file():
        pytest.skip("../shared/specs is absent (a fresh clone has none)")
    return load_spec("zoom-meeting-api.json")


def test_roster_status_queue_and_rooms(platform_window, session: Session, loop) -> None:
    win, sync = platform_window
    sync.start_rehearsal(session.state, seed=3, meeting_elapsed_s=600)
    report = loop.run_until_complete(sync.cycle())
    assert report.status == "online" and report.participants > 50
    assert win.platform.participants.rowCount() == report.participants
    assert "online · 0 waiting" in win.platform.sync_label.text()
    assert win.bottom_tabs.tabText(1) == f"Participants ({report.participants})"
    # Everyone on the roster is matched to a person of the session (organisation shown).
    orgs = {win.platform.participants.index(r, 1).data() for r in range(win.platform.participants.rowCount())}
    assert orgs <= {"Älvkraft", "Fjällnät", "Kustvärme"}
    # A change the platform refuses for now waits, visibly, with its error.
    assert sync.outbox is not None and sync.server is not None
    sync.outbox.add("rehearsal", "meeting.end", {})
    sync.server.platform.faults.add(Fault("503", "POST"))
    loop.run_until_complete(sync.cycle())
    assert "degraded · 1 waiting" in win.platform.sync_label.text()
    assert "server error 503" in win.platform.queue_list.item(0).text()
    # A breakout segment going live opens the rooms (the rehearsal plays the host).
    breakout = next(s for s in session.state.show.days[0].segments if s.kind.value == "breakout")
    session.record(*live.start_action(session.state.show, session.state.live, breakout.id, session.clock.now()))  # type: ignore[misc]
    loop.run_until_complete(sync._host_task)  # started by the window when the segment went live
    sync.server.platform.faults.faults.clear()
    loop.run_until_complete(sync.cycle())
    rooms = {win.platform.participants.index(r, 2).data() for r in range(win.platform.participants.rowCount())}
    assert len(rooms - {""}) >= 3
    dialog = CapabilitiesDialog(win)
    assert dialog.table.rowCount() >= 20


def test_sign_in_dialog_keeps_the_secret_in_the_keyring_and_warns_on_an_insecure_one(
    qtbot: QtBot, tmp_path: Path, memory_keyring, loop
) -> None:
    import keyring
    from keyring.backends import fail

    from facilitator_app.ui.platform.signin_dialog import SignInDialog

    from ..contract.test_zoom_sync import CANARY_SECRET, OAuthServer

    oauth = OAuthServer()
    try:
        dialog = SignInDialog(oauth_base=oauth.url)
        qtbot.addWidget(dialog)
        assert dialog.warning.isHidden()
        assert dialog.status_labels["zoom"].text() == "not signed in"
        dialog.sign_in_zoom()
        assert "Fill in" in dialog.message.text()
        dialog.account.setText("acc-1")
        dialog.client_id.setText("client-1")
        dialog.secret.setText(CANARY_SECRET)
        dialog.sign_in_zoom()
        loop.run_until_complete(dialog._task)
        assert dialog.status_labels["zoom"].text() == "signed in" and dialog.secret.text() == ""
        assert any(CANARY_SECRET in v for v in memory_keyring.store.values())
        assert not any(CANARY_SECRET.encode() in p.read_bytes() for p in tmp_path.rglob("*") if p.is_file())
        dialog.sign_out("zoom")
        assert memory_keyring.store == {} and dialog.status_labels["zoom"].text() == "not signed in"
        keyring.set_keyring(fail.Keyring())
        insecure = SignInDialog(oauth_base=oauth.url)
        qtbot.addWidget(insecure)
        assert not insecure.warning.isHidden()
    finally:
        oauth.close()


def test_linking_a_zoom_meeting_switches_sync_to_zoom(
    platform_window, session: Session, loop, zoom_contract, monkeypatch
) -> None:
    win, sync = platform_window
    monkeypatch.setenv("FACILITATOR_ZOOM_TOKEN", "env-token")
    with ContractServer(zoom_contract, "https://api.zoom.us/v2", responder(30)) as api:
        sync.base_urls["zoom"] = api.url
        win.platform.show_link()
        dialog = win.platform._dialogs[-1]
        dialog.platform_box.setCurrentIndex(dialog.platform_box.findData("zoom"))
        assert "join URL" in dialog.hint.text() and "you, in the host client" in dialog.capabilities.text()
        dialog.meeting_edit.setText("https://nordvik.zoom.us/j/85746065432?pwd=x")
        dialog.accept()
        assert session.state.platform.platform == "zoom" and sync.kind == "zoom"
        report = loop.run_until_complete(sync.cycle())
        assert report.error == "" and report.participants == 30
        assert "Zoom: online" in win.platform.sync_label.text()
        assert win.platform.participants.rowCount() == 30
    assert api.violations == []


def test_ending_the_meeting_asks_first_and_goes_through_the_outbox(
    platform_window, session: Session, loop, monkeypatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    win, sync = platform_window
    monkeypatch.setattr(QMessageBox, "open", lambda self: None)
    sync.start_rehearsal(session.state, seed=2, meeting_elapsed_s=600)
    win.platform.end_meeting()
    confirm = lambda: next(  # noqa: E731
        b for b in win.findChildren(QMessageBox) if b.objectName() == "confirm:platform.end_meeting" and b.buttons()
    )
    confirm().button(QMessageBox.StandardButton.Cancel).click()
    assert sync.outbox is not None and sync.outbox.waiting("rehearsal") == 0
    win.platform.end_meeting()
    box = [b for b in win.findChildren(QMessageBox) if b.objectName() == "confirm:platform.end_meeting"][-1]
    end = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.AcceptRole)
    end.click()
    assert sync.outbox.waiting("rehearsal") == 1
    loop.run_until_complete(sync._task)  # the cycle it scheduled
    assert sync.server is not None and sync.server.platform.sim.ended_s is not None
    assert sync.outbox.waiting("rehearsal") == 0


def test_browser_and_device_sign_in_from_the_dialog(qtbot: QtBot, memory_keyring, loop) -> None:
    from facilitator_app.ui.platform.signin_dialog import SignInDialog

    from ..integration.test_oauth import AuthServer, browser

    server = AuthServer()
    try:
        dialog = SignInDialog()
        qtbot.addWidget(dialog)
        dialog.oauth_bases = {"webex": server.base, "teams": server.base}

        async def no_wait(_seconds: float) -> None:
            return None

        dialog.device_sleep = no_wait
        dialog.browser_platform.setCurrentIndex(dialog.browser_platform.findData("webex"))
        dialog.sign_in_browser(browser)
        assert "client ID" in dialog.message.text()
        dialog.browser_client.setText("webex-app")
        dialog.browser_secret.setText("integration-secret")
        dialog.sign_in_browser(browser)
        loop.run_until_complete(dialog._task)
        assert dialog.status_labels["webex"].text() == "signed in", dialog.message.text()
        server.pending_polls = 0
        dialog.browser_platform.setCurrentIndex(dialog.browser_platform.findData("teams"))
        dialog.browser_client.setText("azure-app")
        dialog.sign_in_browser(browser)
        loop.run_until_complete(dialog._task)
        assert dialog.status_labels["teams"].text() == "signed in", dialog.message.text()
        assert "ABCD-EFGH" not in dialog.message.text()  # replaced by "signed in" once done
    finally:
        server.close()


def test_a_message_to_the_teams_meeting_chat_is_queued(platform_window, session: Session, tmp_path: Path) -> None:
    from facilitator_app.services.outbox import Outbox

    win, sync = platform_window
    sync.outbox = Outbox(tmp_path / "cache.sqlite3")
    win.platform.message_chat()  # the rehearsal platform has no meeting chat
    assert "Only Microsoft Teams" in win.statusBar().currentMessage()
    session.record("platform.linked", {"platform": "teams", "meeting": "producer@example.org/MSpkYzE3Yjk"})
    sync.schedule = lambda: None  # type: ignore[method-assign]  # no network in this test
    win.platform.message_chat()
    win.platform._dialogs[-1].textValueSelected.emit("Back in the plenary at 10:15")
    (item,) = sync.outbox.items("teams")
    assert item.kind == "chat.message" and item.payload["text"] == "Back in the plenary at 10:15"


def test_canary_secret_never_reaches_the_session_cache_settings_logs_or_crash_reports(
    qtbot: QtBot, tmp_path: Path, session: Session, memory_keyring, monkeypatch, loop, zoom_contract
) -> None:
    """Sign in with a recognisable secret through the app's dialog, link and sync a Zoom
    meeting, log, write a crash report, then search every file the app wrote."""
    import sys

    from facilitator_app import app as app_module
    from facilitator_app.services.paths import AppPaths
    from facilitator_app.services.settings import save_settings
    from facilitator_app.ui.platform.signin_dialog import SignInDialog

    from ..contract.test_zoom_sync import CANARY_SECRET, CANARY_TOKEN, OAuthServer

    paths = AppPaths.resolve(tmp_path / "machine")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    root = logging.getLogger()
    handlers = list(root.handlers)
    app_module._setup_logging(paths)
    app_module._install_excepthook(paths)
    oauth_server = OAuthServer()
    sync = SyncController(paths.data_dir)
    settings = Settings()
    win = MainWindow(
        SessionController(session), session.clock, settings, lambda s: save_settings(paths.settings_file, s)
    )  # type: ignore[arg-type]
    qtbot.addWidget(win)
    try:
        with ContractServer(zoom_contract, "https://api.zoom.us/v2", responder(25)) as api:
            settings.api_base_zoom = api.url
            save_settings(paths.settings_file, settings)
            win.attach_sync(sync)
            dialog = SignInDialog(win, oauth_base=oauth_server.url)
            dialog.account.setText("acc-1")
            dialog.client_id.setText("client-1")
            dialog.secret.setText(CANARY_SECRET)
            dialog.sign_in_zoom()
            loop.run_until_complete(dialog._task)
            session.record("platform.linked", {"platform": "zoom", "meeting": "85746065432"})
            report = loop.run_until_complete(sync.cycle())
            assert report.error == "" and report.participants == 25
            logging.getLogger("facilitator_app").info("synced %s", report.summary())
            try:
                raise RuntimeError("something broke mid-show")
            except RuntimeError:
                sys.excepthook(*sys.exc_info())
        loop.run_until_complete(sync.aclose())
    finally:
        oauth_server.close()
        for handler in root.handlers[len(handlers) :]:
            handler.close()
            root.removeHandler(handler)
        win.close()
    assert list(paths.log_dir.glob("crash-*.txt")) and (paths.log_dir / "console.log").stat().st_size > 0
    log_text = (paths.log_dir / "console.log").read_text(encoding="utf-8")
    # The console's own lines, not one line per platform request (httpx says each at INFO:
    # four lines every five seconds while a poll is open, for days).
    assert "synced" in log_text and "HTTP Request" not in log_text, log_text
    assert log_text.count("platform Zoom online") == 1, log_text  # its state, once
    written = [p for p in tmp_path.rglob("*") if p.is_file()] + [p for p in session.path.rglob("*") if p.is_file()]
    for path in written:
        data = path.read_bytes()
        assert CANARY_SECRET.encode() not in data and CANARY_TOKEN.encode() not in data, f"a secret leaked into {path}"
    assert any(CANARY_SECRET in value for value in memory_keyring.store.values())  # it is where it belongs


def test_poll_answers_from_the_rehearsal_platform_land_in_the_session(platform_window, session: Session, loop) -> None:
    """Launch from the console, the simulated audience answers over the API, the counts
    become a session event (so a co-facilitator who takes over has them), then close."""
    from facilitator_app.domain.polls import PollStatus, aggregate

    win, sync = platform_window
    sync.start_rehearsal(session.state, seed=3, meeting_elapsed_s=600)
    sync.schedule = lambda: None  # type: ignore[method-assign]  # this test runs the cycles itself
    win.show_polls(activate=False)
    polls = win.polls_window
    assert polls is not None
    polls.library.setCurrentRow(list(win.state.polls).index("poll-round-help"))
    polls.set_status(PollStatus.OPEN)
    loop.run_until_complete(sync.cycle())  # the launch reaches the platform
    assert sync.server is not None
    sync.server.platform.started -= 120  # two minutes of answering
    win.platform.on_sync(loop.run_until_complete(sync.cycle()))
    ps = win.state.polls["poll-round-help"]
    assert ps.snapshot is not None and ps.snapshot.source == "rehearsal"
    result = aggregate(ps.poll, ps.snapshot)
    assert 0.6 * result.responses <= sum(n for _, n in result.counts) == result.responses
    assert result.responses >= 0.7 * win.platform.present
    events = session.event_count
    win.platform.on_sync(loop.run_until_complete(sync.cycle()))
    assert session.event_count == events, "an unchanged result writes nothing"
    polls.set_status(PollStatus.CLOSED)
    loop.run_until_complete(sync.cycle())
    assert any(p.closed_s is not None for p in sync.server.platform.sim.polls)


def test_an_open_poll_runs_again_on_a_new_rehearsal_platform(platform_window, session: Session, loop) -> None:
    """After a restart (or on the console that took over) the rehearsal platform is a new
    one: a poll the session has open is launched there again and keeps collecting."""
    win, sync = platform_window
    session.record("poll.status", {"poll_id": "poll-energy-1", "status": "open", "at": session.clock.now().isoformat()})
    sync.start_rehearsal(session.state, seed=5, meeting_elapsed_s=900)
    loop.run_until_complete(sync.cycle())
    assert sync.server is not None
    launched = [p for p in sync.server.platform.sim.polls if p.title == "Pulse: energy"]
    assert len(launched) == 1 and launched[0].closed_s is None
    sync.server.platform.started -= 120
    win.platform.on_sync(loop.run_until_complete(sync.cycle()))
    assert win.state.polls["poll-energy-1"].snapshot is not None


def test_a_held_change_is_retried_or_dropped_from_the_sync_queue(platform_window, session: Session, loop) -> None:
    from PySide6.QtCore import Qt

    win, sync = platform_window
    sync.start_rehearsal(session.state, seed=3)
    assert sync.outbox is not None and sync.server is not None
    sync.outbox.add("rehearsal", "meeting.end", {})
    sync.server.platform.faults.add(Fault("401", "POST"))
    loop.run_until_complete(sync.cycle())
    assert "sign in again" in win.platform.sync_label.toolTip()
    item_id = win.platform.queue_list.item(0).data(Qt.ItemDataRole.UserRole)
    assert sync.outbox.paused("rehearsal", time.time()) is not None
    sync.schedule = lambda: None  # type: ignore[method-assign]  # this test runs the cycles itself
    assert win.platform.queue_action(item_id, "retry") and sync.outbox.paused("rehearsal", time.time()) is None
    sync.server.platform.faults.add(Fault("401", "POST"))
    loop.run_until_complete(sync.cycle())
    assert win.platform.queue_action(item_id, "drop")
    loop.run_until_complete(sync.cycle())
    assert sync.outbox.waiting("rehearsal") == 0 and sync.server.platform.sim.ended_s is None
    assert win.platform.queue_list.item(0).text() == "Nothing waiting to be sent."


def test_sign_in_dialog_lists_exactly_the_scopes_used(qtbot: QtBot) -> None:
    from facilitator_app.ui.platform.signin_dialog import SignInDialog

    dialog = SignInDialog()
    qtbot.addWidget(dialog)
    text = dialog.scopes_label.text()
    for scope in ("dashboard_meetings:read:admin", "meeting:participants_read", "Chat.Read", "ChatMessage.Send"):
        assert scope in text
    assert "spark:messages_write" not in text


def test_a_planned_round_goes_live_with_everyone_in_their_planned_room(
    platform_window, session: Session, loop, qtbot: QtBot
) -> None:
    """Issue 12 item 2: plan all rounds, start the round from the keyboard; the console said
    beforehand that the round was not sent, sends it as it goes live (the rehearsal platform
    takes rooms while they are open, as a host does in Zoom's client), and nobody is left in
    the wrong room."""
    from PySide6.QtCore import Qt

    from facilitator_app.domain import room_rounds

    win, sync = platform_window
    sync.start_rehearsal(session.state, seed=3, meeting_elapsed_s=900)
    loop.run_until_complete(sync.cycle())
    win.run("rooms.options", {"seconds": 0.2})
    win.run("rooms.plan_all")
    breakout = next(s for s in session.state.show.days[0].segments if s.kind.value == "breakout")
    before = session.state.show.days[0].segments[session.state.show.days[0].index_of(breakout.id) - 1]
    win.run("live.goto", {"segment": before.id})
    assert win.live_panel.round_note.isVisibleTo(win) and "not sent" in win.live_panel.round_note.text()
    win.show()
    win.runofshow.table.setFocus()
    qtbot.keyClick(win.runofshow.table, Qt.Key.Key_N)  # the round goes live
    assert session.state.live.segment_id == breakout.id
    qtbot.waitUntil(lambda: breakout.id in session.state.rooms.sent, timeout=2000)
    assert "Sent" in win.statusBar().currentMessage() or "rehearsal" in win.statusBar().currentMessage().lower()
    loop.run_until_complete(sync._host_task)  # the rooms open
    loop.run_until_complete(sync.cycle())  # the assignments reach the platform, people move
    loop.run_until_complete(sync.cycle())  # the roster read after the move
    roster = sync.outbox.cache_get("roster/rehearsal")[0]  # type: ignore[union-attr]
    by_email = {p.email: p.id for p in session.state.show.people if p.email}
    at = {by_email[r["email"]]: r["breakout_room"] for r in roster if r.get("email") in by_email}
    moves = room_rounds.moves_needed(session.state, breakout.id, {r["email"]: r["breakout_room"] for r in roster})
    planned = {m: room.name for room in session.state.rooms.plans[breakout.id] for m in room.members}
    wrong = [pid for pid, room in at.items() if pid in planned and room != planned[pid]]
    assert not wrong and not moves, (wrong, moves)
    assert not win.live_panel.round_note.isVisibleTo(win) or breakout.title not in win.live_panel.round_note.text()


def test_what_the_platform_resolved_is_kept_in_the_session_link(platform_window, session: Session) -> None:
    """Issue 14 item 5: a Webex series id resolved to its instance: both are kept in the
    session's link, so a co-facilitator's console has them without a lookup."""
    from facilitator_app.services.sync import CycleReport

    win, sync = platform_window
    session.record("platform.linked", {"platform": "webex", "meeting": "series123"})
    sync.schedule = lambda: None  # type: ignore[method-assign]  # no network in this test
    sync.linked_meeting = lambda: "series123/instance456"  # type: ignore[method-assign]
    win.platform.on_sync(CycleReport())
    assert session.state.platform.meeting == "series123/instance456"
    events = session.event_count
    win.platform.on_sync(CycleReport())
    assert session.event_count == events  # said once


def test_who_is_in_the_meeting_goes_into_the_session_as_joins_and_leaves(
    platform_window, session: Session, loop
) -> None:
    """The console in control writes the live roster's changes into the session: the
    simulated audience joins, some late, some leave; an unchanged roster writes nothing."""
    win, sync = platform_window
    sync.start_rehearsal(session.state, seed=3, meeting_elapsed_s=400)
    sync.schedule = lambda: None  # type: ignore[method-assign]  # this test runs the cycles itself
    report = loop.run_until_complete(sync.cycle())
    win.platform.on_sync(report)
    presence = win.state.presence
    assert len(presence.present()) == report.participants > 40
    assert presence.present() <= {p.id for p in win.state.show.people}, "everyone matched to a person"
    events = session.event_count
    win.platform.on_sync(loop.run_until_complete(sync.cycle()))
    assert session.event_count == events, "nobody came or went: nothing written"
    assert sync.server is not None
    sync.server.platform.started -= 4 * 3600  # four hours later: the late have come, some have gone
    report = loop.run_until_complete(sync.cycle())
    win.platform.on_sync(report)
    after = win.state.presence
    assert len(after.present()) == report.participants
    assert after.present() - presence.present(), "late joiners recorded"
    assert presence.present() - after.present(), "leavers recorded"
    assert all(after.intervals[k][-1][1] is not None for k in presence.present() - after.present())


def test_a_following_console_never_writes_presence(
    qtbot: QtBot, tmp_path: Path, session: Session, loop: asyncio.AbstractEventLoop
) -> None:
    """Only the console in control writes the log: a follower sees the roster, records nothing."""
    from facilitator_app.services.identity import Identity

    from .conftest import shown_window

    mine = Session.open(session.path, Identity("bob-0002", "Björn"), session.clock, follow=True)
    sync = SyncController(tmp_path / "bob")
    win = shown_window(qtbot, mine, session.clock)  # type: ignore[arg-type]
    win.attach_sync(sync)
    try:
        sync.start_rehearsal(mine.state, seed=3, meeting_elapsed_s=600)
        sync.schedule = lambda: None  # type: ignore[method-assign]
        report = loop.run_until_complete(sync.cycle())
        win.platform.on_sync(report)
        assert report.participants > 40 and win.platform.participants.rowCount() == report.participants
        assert not mine.state.presence.recorded and not session.state.presence.recorded
        assert not list((session.path / "events").glob("bob-0002*")), "the follower wrote nothing"
    finally:
        loop.run_until_complete(sync.aclose())
        win.close()
        mine.close()


def test_console_log_says_when_the_platform_state_changes_once_each(
    qtbot: QtBot, session: Session, caplog: pytest.LogCaptureFixture
) -> None:
    """Offline, still offline, back online, a read unavailable: three lines, not four."""
    from facilitator_app.services.sync import CycleReport
    from facilitator_app.ui.common.commands import CommandRunner
    from facilitator_app.ui.platform.platform_panel import PlatformPanel

    host = QWidget()
    qtbot.addWidget(host)
    panel = PlatformPanel(CommandRunner(lambda: None), lambda: session.state, host)  # type: ignore[arg-type,return-value]
    caplog.set_level(logging.INFO, logger="facilitator_app.ui.platform.platform_panel")
    panel.on_sync(CycleReport(error="cannot reach the platform: connection refused"))
    panel.on_sync(CycleReport(error="cannot reach the platform: connection refused"))
    panel.on_sync(CycleReport(participants=12, requests=2))
    panel.on_sync(CycleReport(participants=12, requests=2))
    panel.on_sync(CycleReport(participants=12, unavailable={"polls": "403 forbidden"}))
    lines = [(r.levelname, r.getMessage()) for r in caplog.records]
    assert [level for level, _ in lines] == ["WARNING", "INFO", "WARNING"], lines
    assert "offline: cannot reach the platform" in lines[0][1]
    assert "online" in lines[1][1] and "degraded: polls: 403 forbidden" in lines[2][1]
    assert not any("\n" in message for _, message in lines)  # a line each in console.log
    from types import SimpleNamespace

    # relinked to another meeting while online: the state is written again (the log line
    # itself, not the whole cycle, which would run the link command)
    caplog.clear()
    panel.sync = SimpleNamespace(platform_name="Zoom", meeting="111")  # type: ignore[assignment]
    panel._log_change(CycleReport(participants=12))
    panel._log_change(CycleReport(participants=12))
    panel.sync = SimpleNamespace(platform_name="Zoom", meeting="222")  # type: ignore[assignment]
    panel._log_change(CycleReport(participants=12))
    assert len(caplog.records) == 2 and all("Zoom online" in r.getMessage() for r in caplog.records)
