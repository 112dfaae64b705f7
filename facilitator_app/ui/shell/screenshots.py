"""The ``--screenshot`` set: the sample show running in its second segment, rendered
offscreen, plus the co-facilitation views (a follower, the takeover offer, changes that
were not applied) made by a second, simulated console on the same session folder."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

from PySide6.QtGui import QColor, QPainter, QPixmap
from PySide6.QtWidgets import QApplication

from ...domain.clock import ManualClock
from ...services.identity import Identity
from ...services.presence import PresenceBoard
from ...services.rehearsal_server import Fault
from ...services.session import Session
from ...services.settings import Settings
from ..cofacilitation.cofacilitation import CoFacilitation
from ..common.session_controller import SessionController
from ..platform.platform_dialog import CapabilitiesDialog
from ..platform.signin_dialog import SignInDialog
from ..platform.sync_controller import SyncController
from .main_window import MainWindow

SIZE = (1920, 1080)
CO_FACILITATOR = Identity("cofacilitator-demo", "Björn Ekström")


def _grab(window: MainWindow, path: Path) -> bool:
    window.refresh()
    QApplication.processEvents()
    return window.grab().save(str(path))


def render_screenshots(
    window: MainWindow, clock: ManualClock, out: Path, data_dir: Path, sync: SyncController | None = None
) -> int:
    out.mkdir(parents=True, exist_ok=True)
    window.resize(*SIZE)
    window.show()
    window.toggle()  # start the first segment
    clock.advance(16 * 60 + 10)  # it ran a minute long
    window.run("live.next")  # into the second segment
    clock.advance(12 * 60 + 25)
    window.set_message("Customer panel joins at 10:00 – please be ready")
    ok = _grab(window, out / "main.png")
    stage = window.show_stage()
    stage.resize(*SIZE)
    window.refresh()
    QApplication.processEvents()
    ok = stage.grab().save(str(out / "stage.png")) and ok
    stage.close()
    from ..remote.screenshots import browser_views

    ok = browser_views(window, out) and ok
    from ..reports.screenshots import documents

    ok = documents(window, out) and ok
    if sync is not None:
        ok = _platform(window, sync, out) and ok
    ok = _co_facilitation(window, clock, out, data_dir) and ok
    window.close()
    QApplication.processEvents()
    print(f"screenshots written to {out}")
    return 0 if ok else 1


def _platform(window: MainWindow, sync: SyncController, out: Path) -> bool:
    """The rehearsal platform ten minutes into the meeting, rooms open, a change queued."""
    loop = asyncio.new_event_loop()
    asyncio.set_event_loop(loop)  # cycles the window schedules run here too
    try:
        sync.start_rehearsal(window.state, seed=1, meeting_elapsed_s=600)
        assert sync.outbox is not None
        rooms = [
            {"name": f"Room {i + 1}", "emails": [p.email for p in window.state.show.people[i::12]]} for i in range(12)
        ]
        sync.outbox.add("rehearsal", "assignments", {"rooms": rooms})
        loop.run_until_complete(sync.cycle())  # pushes the rooms
        loop.run_until_complete(sync.host_action("/v1/breakout/open"))
        sync.outbox.add(
            "rehearsal", "poll.create", {"title": "Pulse: energy check", "options": ["1", "2", "3", "4", "5"]}
        )
        sync.server.platform.faults.add(Fault("503", "POST", "/v1/polls"))  # type: ignore[union-attr]
        loop.run_until_complete(sync.cycle())  # the poll waits: the platform answered 503
        window.bottom_tabs.setCurrentIndex(1)
        ok = _grab(window, out / "sync.png")
        window.bottom_tabs.setCurrentIndex(0)
        # The platform settings: what each platform can do, beside the sign-in state.
        dialog = CapabilitiesDialog(window)
        dialog.resize(1300, 880)
        signin = SignInDialog(window)
        dialog.show()
        signin.show()
        QApplication.processEvents()
        left, right = dialog.grab(), signin.grab()
        sheet = QPixmap(left.width() + right.width() + 24, max(left.height(), right.height()))
        sheet.fill(QColor("#1b2026"))
        painter = QPainter(sheet)
        painter.drawPixmap(0, 0, left)
        painter.drawPixmap(left.width() + 24, 0, right)
        painter.end()
        ok = sheet.save(str(out / "platform.png")) and ok
        dialog.close()
        signin.close()
        ok = _rooms(window, sync, loop, out) and ok
        ok = _polls(window, sync, loop, out) and ok
        loop.run_until_complete(sync.aclose())
    finally:
        asyncio.set_event_loop(None)
        loop.close()
    return ok


def _rooms(window: MainWindow, sync: SyncController, loop: asyncio.AbstractEventLoop, out: Path) -> bool:
    """The room board with every round planned, the first round pushed to the rehearsal
    platform and its rooms open (presence markers), and the encounters view."""
    window.show_rooms(activate=False)
    board = window.rooms_window
    assert board is not None and sync.outbox is not None
    board.resize(*SIZE)
    board.plan(all_rounds=True)
    board.wait_for_plan()
    state = window.state
    seg = board.current()
    people = {p.id: p for p in state.show.people}
    rooms = [
        {"name": r.name, "emails": [people[m].email for m in r.members if people[m].email]}
        for r in state.rooms.plans.get(seg, ())
    ]
    sync.outbox.add("rehearsal", "assignments", {"rooms": rooms})
    loop.run_until_complete(sync.cycle())
    loop.run_until_complete(sync.host_action("/v1/breakout/close"))
    loop.run_until_complete(sync.host_action("/v1/breakout/open"))
    loop.run_until_complete(sync.cycle())
    cached = sync.outbox.cache_get("roster/rehearsal")
    if cached is not None:
        board.set_roster(cached[0])
    board.refresh()
    QApplication.processEvents()
    ok = board.grab().save(str(out / "rooms.png"))
    board.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    ok = board.grab().save(str(out / "encounters.png")) and ok
    board.tabs.setCurrentIndex(0)
    board.close()
    return ok


def _polls(window: MainWindow, sync: SyncController, loop: asyncio.AbstractEventLoop, out: Path) -> bool:
    """The poll library with a live rating answered on the rehearsal platform, a word cloud
    as the stage shows it, and the trend of the recurring energy pulse."""
    from ...domain.polls import PollStatus

    window.show_polls(activate=False)
    polls = window.polls_window
    assert polls is not None and sync.server is not None
    polls.resize(*SIZE)
    state = window.state
    ids = list(state.polls)

    def run(poll_id: str, seconds: float) -> None:
        polls.library.setCurrentRow(ids.index(poll_id))
        polls.set_status(PollStatus.OPEN)
        scheduled = sync._task  # the cycle the launch scheduled takes it to the platform
        loop.run_until_complete(scheduled if scheduled is not None else sync.cycle())
        sync.server.platform.started -= seconds  # type: ignore[union-attr]  # the audience answers meanwhile
        window.platform.on_sync(loop.run_until_complete(sync.cycle()))

    run("poll-energy-1", 90)
    polls.set_status(PollStatus.CLOSED)
    polls.set_status(PollStatus.REVEALED)
    run("poll-one-word", 90)
    polls.library.setCurrentRow(ids.index("poll-energy-2"))
    polls.save_counts({"2": 3, "3": 11, "4": 24, "5": 14})
    polls.library.setCurrentRow(ids.index("poll-energy-1"))
    polls.refresh()
    QApplication.processEvents()
    ok = polls.grab().save(str(out / "polls.png"))
    polls.library.setCurrentRow(ids.index("poll-one-word"))
    polls.toggle_present()
    assert polls.present_view is not None
    polls.present_view.showNormal()
    polls.present_view.resize(*SIZE)
    QApplication.processEvents()
    polls.present_view.chart.finish_layout()
    ok = polls.present_view.grab().save(str(out / "poll-results.png")) and ok
    polls.present_view.close()
    polls.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    ok = polls.grab().save(str(out / "poll-trend.png")) and ok
    polls.close()
    return ok


def _co_facilitation(owner_window: MainWindow, clock: ManualClock, out: Path, data_dir: Path) -> bool:
    owner = owner_window.controller.session
    folder = owner.path
    # An offline copy of the folder, as the producer's laptop has it when its network drops.
    offline = data_dir / "offline-copy" / folder.name
    shutil.copytree(folder, offline, dirs_exist_ok=True)

    follower_clock = ManualClock(clock.now())
    session = Session.open(folder, CO_FACILITATOR, follower_clock, follow=True)
    cofac = CoFacilitation(session, follower_clock, silence_s=15)
    follower = MainWindow(SessionController(session), follower_clock, Settings(), lambda s: None, cofac=cofac)
    follower.resize(*SIZE)
    follower.show()
    owner_board = PresenceBoard(folder, owner.identity, "demo")
    owner_board.publish("in control", owner.state.lease.epoch, clock.now().timestamp())
    cofac.heartbeat()
    cofac.poll()
    follower_clock.advance(2)
    cofac.poll()
    ok = _grab(follower, out / "follow.png")

    follower_clock.advance(40)  # the producer's laptop has gone quiet
    clock.advance(42)
    cofac.poll()
    ok = _grab(follower, out / "takeover.png") and ok

    # The co-facilitator takes over; the producer's laptop kept working offline meanwhile.
    follower.controller.claim()
    producer_offline = Session.open(offline, owner.identity, clock)
    producer_offline.record(
        "live.adjust",
        {"at": clock.now().isoformat(), "delta_s": 120, "end_at": (owner.state.live.end_at or clock.now()).isoformat()},
    )
    producer_offline.record("live.message", {"text": "Lunch moves to 12:15"})
    producer_offline.close()
    log = f"{owner.identity.writer_id}.jsonl"
    shutil.copyfile(offline / "events" / log, folder / "events" / log)  # the sync client catches up
    cofac.poll()
    ok = _grab(follower, out / "fenced.png") and ok
    cofac.stop()
    follower.close()
    session.close()
    return ok
