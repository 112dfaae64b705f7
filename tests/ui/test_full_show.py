"""A full-show rehearsal (issue 12): the sample event's three half-days run from the
keyboard alone against the rehearsal platform, with the injected clock at high speed.

Two consoles share the session folder, each with its own embedded rehearsal platform, as
the app starts them (``app.start_platform``): the one in control sends rooms and polls to
its platform and takes the answers from it. Console A runs day 1 and the first half of
day 2, hands over to console B (Session → Hand over to; B accepts), B runs on into day 3
and falls silent in a break, and A takes control back (a forced takeover, offered after
the silence measured with the injected clock).

What the test does by other means than a key, and why:
- the window manager's part: making a window active (``activate``), as a click on it would;
- the co-facilitation timers (heartbeat every 2 s, poll every 1 s) and the platform's sync
  timer (every 5 s) are run by hand at each step, against the injected clock, instead of
  by real-time QTimers (``Show.beat`` and ``Show.cycle``);
- the rehearsal platform's meeting clock (real time since it started) is moved with the
  injected clock (``platform.started``);
- focusing the planner's budget field and the polls list, as a click on them would.
Everything else, menus included, is a key on the focused widget. "Accept control" had no
key and no menu item (only the role bar's button); it is now in the Session menu.
"""

from __future__ import annotations

import asyncio
import csv
import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QMenu, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from facilitator_app.domain import live, room_rounds
from facilitator_app.domain.clock import ManualClock
from facilitator_app.domain.live import Phase, Status
from facilitator_app.domain.polls import PollStatus, aggregate
from facilitator_app.services.identity import Identity
from facilitator_app.services.session import Session
from facilitator_app.ui.cofacilitation.cofacilitation import CoFacilitation
from facilitator_app.ui.common.theme import phase_name
from facilitator_app.ui.platform.sync_controller import SyncController
from facilitator_app.ui.shell.main_window import MainWindow

from .conftest import shown_window

BOB = Identity("bob-0002", "Björn")
NONE = Qt.KeyboardModifier.NoModifier
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier
SILENCE_S = 15


@pytest.fixture
def loop() -> Iterator[asyncio.AbstractEventLoop]:
    """An asyncio loop for the sync coroutines (the app runs them on qasync's)."""
    event_loop = asyncio.new_event_loop()
    asyncio.set_event_loop(event_loop)
    yield event_loop
    asyncio.set_event_loop(None)
    event_loop.close()


@dataclass
class Console:
    """One producer's machine: its session, window, co-facilitation and platform."""

    name: str
    session: Session
    window: MainWindow
    cofac: CoFacilitation
    sync: SyncController
    silent: bool = False  # the machine stopped (no heartbeat, no sync)


class Show:
    """Drives the consoles: keys on the focused widget, the clock, the timers' work."""

    def __init__(self, qtbot: QtBot, clock: ManualClock, loop: asyncio.AbstractEventLoop, a: Console, b: Console):
        self.qtbot, self.clock, self.loop = qtbot, clock, loop
        self.a, self.b = a, b
        self.consoles = (a, b)
        self.rounds_checked: dict[str, tuple[str, list[Any], list[Any]]] = {}  # round -> (console, wrong, moves)

    # ------------------------------------------------------------ input

    def activate(self, window: QWidget) -> None:
        """The window manager's part: the producer brings this window to the front."""
        window.activateWindow()
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)

    def key(self, k: Qt.Key, mod: Qt.KeyboardModifier = NONE) -> None:
        target = QApplication.focusWidget()
        assert target is not None, "no widget has the keyboard focus"
        self.qtbot.keyClick(target, k, mod)

    def type(self, text: str) -> None:
        target = QApplication.focusWidget()
        assert target is not None
        self.qtbot.keyClicks(target, text)

    # ------------------------------------------------------------ time and the timers' work

    def beat(self) -> None:
        """What the co-facilitation timers do: heartbeats, then every console reads the folder."""
        for c in self.consoles:
            if not c.silent:
                c.cofac.heartbeat()
        for c in self.consoles:
            if not c.silent:
                c.cofac.poll()

    def cycle(self) -> None:
        """What the sync timer does: the host's part and the changes waiting, then a cycle."""
        for c in self.consoles:
            if c.silent:
                continue
            sync = c.sync
            host = getattr(sync, "_host_task", None)
            if host is not None and not host.done():
                self.loop.run_until_complete(host)
            if sync._task is not None and not sync._task.done():
                self.loop.run_until_complete(sync._task)
            self.loop.run_until_complete(sync.cycle())

    def advance(self, seconds: float) -> None:
        self.clock.advance(seconds)
        for c in self.consoles:
            assert c.sync.server is not None
            c.sync.server.platform.started -= seconds  # the meeting's clock moves with ours
        self.beat()
        self.cycle()
        for c in self.consoles:
            if not c.silent:
                c.window.refresh()

    def new_day(self, index: int) -> None:
        """Overnight: the clock jumps to 30 s before the day's start (the meeting goes on)."""
        state = self.a.session.state
        day = state.show.days[index]
        self.clock.set(
            datetime.combine(day.date, day.start, tzinfo=ZoneInfo(state.show.timezone)) - timedelta(seconds=30)
        )
        self.beat()

    # ------------------------------------------------------------ the show

    def in_control(self) -> Console:
        (owner,) = [c for c in self.consoles if c.session.in_control and not c.silent]
        return owner

    def state(self) -> Any:
        return self.in_control().session.state

    def live_id(self) -> str | None:
        return self.state().live.segment_id

    def run_segment(self, key: Qt.Key = Qt.Key.Key_N, extra_s: float = 0.0) -> str:
        """Start the next segment with a key on the console in control, and let it run its time."""
        c = self.in_control()
        before = c.session.event_count
        upcoming = live.observe(c.session.state.show, c.session.state.live, self.clock.now()).next_segment
        if key is not Qt.Key.Key_G and upcoming is not None and upcoming.kind.value == "breakout":
            note = c.window.live_panel.round_note
            assert note.isVisibleTo(c.window) and "not sent" in note.text(), "said before the round goes live"
        self.key(key)
        assert c.session.event_count > before, f"{key!r} changed nothing"
        seg_id = self.live_id()
        assert seg_id is not None and self.state().live.status is Status.RUNNING
        seg = self.state().show.segment(seg_id)
        assert seg is not None
        if seg.kind.value == "breakout":
            self.round_goes_live(c, seg_id)
            self.advance(seg.duration_s - 120 + extra_s)
        else:
            self.advance(seg.duration_s + extra_s)
        return seg_id

    def round_goes_live(self, c: Console, seg_id: str) -> None:
        """The console sends the round as it goes live; people end in their planned rooms."""
        state = c.session.state
        assert seg_id in state.rooms.plans, "planned before the round"
        sync = c.sync
        host = getattr(sync, "_host_task", None)
        assert host is not None, "the rooms open as the round goes live"
        self.loop.run_until_complete(host)
        self.qtbot.waitUntil(lambda: seg_id in c.session.state.rooms.sent, timeout=5000)
        assert c.session.state.rooms.sent[seg_id] == room_rounds.plan_digest(c.session.state.rooms.plans[seg_id])
        self.cycle()  # the assignments reach the platform, people move
        self.advance(120)  # the roster read after the move
        assert sync.outbox is not None
        roster = sync.outbox.cache_get("roster/rehearsal")[0]  # type: ignore[index]
        state = c.session.state
        by_email = {p.email: p.id for p in state.show.people if p.email}
        at = {by_email[r["email"]]: r["breakout_room"] for r in roster if r.get("email") in by_email}
        planned = {m: room.name for room in state.rooms.plans[seg_id] for m in room.members}
        wrong = [pid for pid, room in at.items() if pid in planned and room != planned[pid]]
        moves = room_rounds.moves_needed(state, seg_id, {r["email"]: r["breakout_room"] for r in roster})
        assert len(at) > 30, "people are in the meeting"
        self.rounds_checked[seg_id] = (c.name, wrong, list(moves))

    def run_polls(self, poll_ids: list[str], stay: bool = False) -> None:
        """Ctrl+P, then per poll: select it with the arrows, Ctrl+L, answers come in, Ctrl+K,
        Ctrl+R; then back to the console (or ``stay`` in the polls window)."""
        c = self.in_control()
        w = c.window
        self.key(Qt.Key.Key_P, CTRL)
        polls = w.polls_window
        assert polls is not None
        self.qtbot.waitUntil(lambda: QApplication.activeWindow() is polls, timeout=5000)
        polls.library.setFocus()  # the list, as the producer's click on it would
        for poll_id in poll_ids:
            self.key(Qt.Key.Key_Home)
            for _ in range(len(c.session.state.polls)):
                if polls.library.current_id() == poll_id:
                    break
                self.key(Qt.Key.Key_Down)
            assert polls.library.current_id() == poll_id
            self.key(Qt.Key.Key_L, CTRL)
            assert c.session.state.polls[poll_id].status is PollStatus.OPEN
            self.cycle()  # the launch reaches the platform
            self.advance(90)  # the audience answers
            self.advance(30)
            ps = c.session.state.polls[poll_id]
            assert ps.snapshot is not None and ps.snapshot.source == "rehearsal", poll_id
            present = c.window.platform.present
            assert aggregate(ps.poll, ps.snapshot).responses >= 0.6 * present > 0, (poll_id, present)
            self.key(Qt.Key.Key_K, CTRL)
            assert c.session.state.polls[poll_id].status is PollStatus.CLOSED
            self.cycle()
            self.key(Qt.Key.Key_R, CTRL)
            assert c.session.state.polls[poll_id].revealed
        if not stay:
            self.activate(w)

    def menu_item(self, window: MainWindow, action: QAction) -> None:
        """Alt+S opens the Session menu; the arrows go to the item; Return chooses it."""
        self.key(Qt.Key.Key_S, ALT)
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu) and menu.title() == window.menuBar().actions()[4].text()
        for _ in range(len(menu.actions())):
            if menu.activeAction() is action:
                break
            self.qtbot.keyClick(menu, Qt.Key.Key_Down)
        assert menu.activeAction() is action and action.isEnabled(), action.text()
        self.qtbot.keyClick(menu, Qt.Key.Key_Return)

    def skip_next(self) -> str:
        """Arrow down to the segment after the live one, S skips it."""
        self.key(Qt.Key.Key_Down)
        w = self.in_control().window
        target = w.runofshow.selected_segment_id()
        assert target is not None and target != self.live_id()
        self.key(Qt.Key.Key_S)
        assert target in self.state().live.skipped
        return target


def console(qtbot: QtBot, session: Session, clock: ManualClock, name: str, data: Path) -> Console:
    cofac = CoFacilitation(session, clock, silence_s=SILENCE_S)
    window = shown_window(qtbot, session, clock, cofac=cofac)
    sync = SyncController(data)
    window.attach_sync(sync)
    sync.start_rehearsal(session.state, seed=3, meeting_elapsed_s=900)
    return Console(name, session, window, cofac, sync)


def test_the_whole_sample_event_from_the_keyboard(
    qtbot: QtBot,
    session: Session,
    clock: ManualClock,
    loop: asyncio.AbstractEventLoop,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    a = console(qtbot, session, clock, "A", tmp_path / "a")
    session_b = Session.open(session.path, BOB, clock, follow=True)
    b = console(qtbot, session_b, clock, "B", tmp_path / "b")
    show = Show(qtbot, clock, loop, a, b)
    try:
        run(show)
        problems = [r.getMessage() for r in caplog.records if r.levelno >= logging.WARNING]
        assert not problems, problems  # nothing went wrong quietly (asyncio, sync, co-facilitation)
    finally:
        for c in show.consoles:
            loop.run_until_complete(c.sync.aclose())
            c.cofac.stop()
        b.window.close()
        a.window.close()
        session_b.close()


def run(show: Show) -> None:
    a, b = show.a, show.b
    days = a.session.state.show.days
    show.beat()
    show.cycle()
    assert not b.session.in_control and a.session.in_control

    # ---------------------------------------------------------------- day 1 (console A)
    show.activate(a.window)
    assert QApplication.focusWidget() is a.window.table
    # Rooms: Ctrl+B opens the board, Ctrl+Shift+G plans every round, Esc closes it.
    show.key(Qt.Key.Key_B, CTRL)
    board = a.window.rooms_window
    assert board is not None
    show.qtbot.waitUntil(lambda: QApplication.activeWindow() is board, timeout=5000)
    board.seconds.setFocus()  # the planner's time budget, typed
    show.key(Qt.Key.Key_A, CTRL)
    show.type("0.5")
    show.key(Qt.Key.Key_Tab)
    assert a.session.state.rooms.seconds == 0.5
    show.key(Qt.Key.Key_G, CTRL | SHIFT)
    show.qtbot.waitUntil(lambda: not board.planning.busy, timeout=20000)
    rounds = room_rounds.breakout_ids(a.session.state.show)
    assert len(rounds) == 6 and set(rounds) <= set(a.session.state.rooms.plans)
    show.key(Qt.Key.Key_Escape)
    show.qtbot.waitUntil(lambda: not board.isVisible(), timeout=5000)
    show.activate(a.window)
    assert QApplication.focusWidget() is a.window.table

    d1 = [s.id for s in days[0].segments]
    show.key(Qt.Key.Key_F5)  # the stage view, on the second screen
    stage = a.window.stage
    assert stage is not None and stage.isVisible()
    show.activate(a.window)
    show.run_segment(Qt.Key.Key_Space, extra_s=150)  # d1s1 runs 2.5 minutes over
    assert a.window.live_panel.phase_label.text() == phase_name(Phase.OVERTIME)
    assert stage._readout is not None and stage._readout.phase is Phase.OVERTIME
    # d1s2: a minute added, and a stage message typed
    show.key(Qt.Key.Key_N)
    assert show.live_id() == d1[1]
    show.key(Qt.Key.Key_Plus)
    assert a.session.state.live.added_s == 60
    show.key(Qt.Key.Key_M, CTRL)
    assert QApplication.focusWidget() is a.window.live_panel.message_edit
    show.type("Back at 10:15")
    show.key(Qt.Key.Key_Return)
    assert a.session.state.live.message == "Back at 10:15" and stage._message == "Back at 10:15"
    assert QApplication.focusWidget() is a.window.table
    show.advance(days[0].segments[1].duration_s + 60)
    show.run_segment()  # Round 1
    show.run_segment(Qt.Key.Key_N, extra_s=-180)  # Pulse: energy check
    show.run_polls(["poll-energy-1"], stay=True)
    show.run_segment()  # Coffee break: N in the polls window (live keys work from every console window)
    assert show.live_id() == d1[4]
    show.activate(a.window)
    show.run_segment()  # Our customers
    show.run_segment()  # Round 2
    skipped = show.skip_next()  # Harvest from the rooms
    assert skipped == d1[7]
    show.run_segment(Qt.Key.Key_N, extra_s=-180)  # Pulse: did the round help?
    assert show.live_id() == d1[8]
    show.run_polls(["poll-round-help"])
    show.run_segment()  # Wrap-up
    show.key(Qt.Key.Key_N)  # the day ends: at once, no question
    assert a.session.state.live.status is Status.ENDED
    show.key(Qt.Key.Key_P)  # one N too many: P resumes the wrap-up (its time is up: overtime)
    assert a.session.state.live.status is Status.RUNNING and show.live_id() == d1[9]
    show.advance(20)
    assert stage._readout is not None and stage._readout.title == days[0].segments[9].title
    show.key(Qt.Key.Key_N)
    assert a.session.state.live.status is Status.ENDED

    # ---------------------------------------------------------------- day 2 (A, then B)
    show.new_day(1)
    show.run_segment(Qt.Key.Key_Space)  # Good morning
    assert show.live_id() == days[1].segments[0].id
    show.run_segment(Qt.Key.Key_N, extra_s=-180)  # Pulse: one word
    show.run_polls(["poll-one-word"])
    # G: go to the selected segment (the one after the live one, reached with the arrow)
    show.key(Qt.Key.Key_Down)
    show.run_segment(Qt.Key.Key_G)  # How we will work
    assert show.live_id() == days[1].segments[2].id
    show.run_segment()  # Round 3
    show.key(Qt.Key.Key_N)  # Break
    assert show.live_id() == days[1].segments[4].id
    hand_over(show)
    show.advance(days[1].segments[4].duration_s)
    round4 = show.run_segment()  # Round 4 (console B)
    title = days[1].segments[5].title
    assert round4 == days[1].segments[5].id and a.window.live_panel.title.text() == title  # A follows
    assert a.window.stage is not None and a.window.stage._readout is not None
    assert a.window.stage._readout.title == title  # the projector on A's machine too
    show.run_segment()  # Gallery walk
    show.run_segment(Qt.Key.Key_N, extra_s=-180)  # Pulse: energy (day 2)
    show.run_polls(["poll-energy-2"])
    show.run_segment()  # Wrap-up
    show.key(Qt.Key.Key_N)
    assert b.session.state.live.status is Status.ENDED

    # ---------------------------------------------------------------- day 3 (B, then A)
    show.new_day(2)
    show.run_segment(Qt.Key.Key_Space)  # Good morning
    show.run_segment()  # Round 5 (console B)
    show.key(Qt.Key.Key_N)  # Break
    assert show.live_id() == days[2].segments[2].id
    take_over(show)
    wakes_up_following(show)
    show.advance(days[2].segments[2].duration_s)
    show.run_segment()  # Commitments
    show.run_segment()  # Round 6 (console A)
    show.run_segment()  # Closing words
    show.run_segment(Qt.Key.Key_N, extra_s=-480)  # Evaluation
    show.run_polls(["poll-evaluation", "poll-recommend"])
    show.advance(60)
    show.key(Qt.Key.Key_N)  # the show ends
    assert a.session.state.live.status is Status.ENDED

    show.beat()
    assert not b.session.in_control
    check_the_end(show, skipped)


def hand_over(show: Show) -> None:
    """A: Session → Hand over to → Björn; B: Session → Accept control (menus by keyboard)."""
    a, b = show.a, show.b
    show.beat()
    assert [p.name for p in a.cofac.peers if p.role == "following"] == [BOB.name]
    show.key(Qt.Key.Key_S, ALT)
    session_menu = QApplication.activePopupWidget()
    assert session_menu is not None, "Alt+S opens the Session menu"
    show.qtbot.keyClick(session_menu, Qt.Key.Key_Right)  # the first item: Hand over to
    submenu = QApplication.activePopupWidget()
    assert submenu is a.window.handover_menu, submenu
    show.qtbot.keyClick(submenu, Qt.Key.Key_Return)
    assert a.session.state.offer is not None and a.session.state.offer.to == BOB.writer_id
    show.beat()
    assert b.window.role_bars.accept_button.isVisible()
    show.activate(b.window)
    show.menu_item(b.window, b.window.command_actions["session.accept_offer"])  # the role bar's button, by keys
    assert b.session.in_control and not b.window.role_bars.accept_button.isVisible()
    show.beat()
    assert not a.session.in_control and a.session.state.fenced == ()
    assert QApplication.focusWidget() is b.window.table
    show.cycle()


def take_over(show: Show) -> None:
    """B's machine stops; after its silence A is offered a takeover, and the producer takes
    control from the Session menu with the keyboard (Alt+S, arrows, Return), then confirms."""
    a, b = show.a, show.b
    b.silent = True
    show.advance(SILENCE_S - 5)
    assert not a.window.role_bars.take_button.isVisible()
    show.advance(6)
    assert a.window.role_bars.take_button.isVisible() and "16 s" in a.window.role_bars.take_button.text()
    assert not a.session.in_control  # nothing automatic
    show.activate(a.window)
    show.menu_item(a.window, a.window.command_actions["session.take_control"])
    box = [m for m in a.window.findChildren(QMessageBox, "confirm:session.take_control") if m.isVisible()][-1]
    assert "silent for 16 s" in box.text()
    show.qtbot.waitUntil(lambda: QApplication.activeWindow() is box, timeout=5000)
    go = next(m for m in box.buttons() if box.buttonRole(m) == QMessageBox.ButtonRole.AcceptRole)
    for _ in range(len(box.buttons())):  # Cancel is the default: Tab to "Take control"
        if QApplication.focusWidget() is go:
            break
        show.key(Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is go
    show.key(Qt.Key.Key_Space)
    assert a.session.in_control
    show.activate(a.window)
    assert QApplication.focusWidget() is a.window.table
    show.cycle()


def wakes_up_following(show: Show) -> None:
    """B's machine wakes and its producer presses + before B has read the folder: the
    minute is not added (B learns it follows as it tries to write), and B follows."""
    a, b = show.a, show.b
    log = b.session.path / "events" / f"{BOB.writer_id}.jsonl"
    size = log.stat().st_size
    added = a.session.state.live.added_s
    b.silent = False
    show.activate(b.window)
    show.key(Qt.Key.Key_Plus)
    assert log.stat().st_size == size, "a console that lost control wrote an event"
    assert not b.session.in_control and not b.window.command_actions["live.add_minute"].isEnabled()
    show.beat()
    assert a.session.state.live.added_s == added and a.session.state.fenced == ()
    assert b.session.state.digest() == a.session.state.digest()
    show.activate(a.window)


def check_the_end(show: Show, skipped: str) -> None:
    a, b = show.a, show.b
    state = a.session.state
    everything = [s.id for d in state.show.days for s in d.segments]
    # planned vs actual: every segment run or skipped
    assert set(state.live.skipped) == {skipped}
    assert set(state.live.actuals) | set(state.live.skipped) == set(everything)
    out = show.a.session.path.parent / "actuals.csv"
    assert a.window.run("export.actuals_csv", {"path": str(out)}) is not None
    rows = list(csv.DictReader(out.read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == len(everything)
    statuses = [r["status"] for r in rows]
    assert set(statuses) <= {"done", "skipped"} and statuses.count("skipped") == 1, statuses
    # overtime in the first segment, the minute added in the second
    first = state.show.days[0].segments[0]
    assert state.live.actuals[first.id].ran_s >= first.duration_s + 150
    assert state.live.actuals[state.show.days[0].segments[1].id].added_s == 60
    # every round sent as it went live, everyone in their planned room on that platform
    rounds = room_rounds.breakout_ids(state.show)
    assert set(show.rounds_checked) == set(rounds)
    assert {r: c for r, (c, _w, _m) in show.rounds_checked.items()} == dict(
        zip(rounds, ["A", "A", "A", "B", "B", "A"], strict=True)
    )
    for seg_id, (_console, wrong, moves) in show.rounds_checked.items():
        assert not wrong and not moves, (seg_id, wrong, moves)
        assert state.rooms.sent[seg_id] == room_rounds.plan_digest(state.rooms.plans[seg_id])
    # every poll's result in the session
    for poll_id, ps in state.polls.items():
        assert ps.status is PollStatus.REVEALED, poll_id
        assert ps.snapshot is not None and ps.snapshot.source == "rehearsal", poll_id
        assert aggregate(ps.poll, ps.snapshot).responses > 0, poll_id
    # both consoles fold the same show
    assert b.session.state.digest() == a.session.state.digest()
    assert b.window.state.digest() == a.window.state.digest()
