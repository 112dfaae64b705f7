"""The ``--screenshot`` set: the sample show running in its second segment, rendered
offscreen, plus the co-facilitation views (a follower, the takeover offer, changes that
were not applied) made by a second, simulated console on the same session folder."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtWidgets import QApplication

from ..domain.clock import ManualClock
from ..services.identity import Identity
from ..services.presence import PresenceBoard
from ..services.session import Session
from ..services.settings import Settings
from .cofacilitation import CoFacilitation
from .main_window import MainWindow
from .session_controller import SessionController

SIZE = (1920, 1080)
CO_FACILITATOR = Identity("cofacilitator-demo", "Björn Ekström")


def _grab(window: MainWindow, path: Path) -> bool:
    window.refresh()
    QApplication.processEvents()
    return window.grab().save(str(path))


def render_screenshots(window: MainWindow, clock: ManualClock, out: Path, data_dir: Path) -> int:
    out.mkdir(parents=True, exist_ok=True)
    window.resize(*SIZE)
    window.show()
    window.toggle()  # start the first segment
    clock.advance(16 * 60 + 10)  # it ran a minute long
    window.next()  # into the second segment
    clock.advance(12 * 60 + 25)
    window.set_message("Customer panel joins at 10:00 – please be ready")
    ok = _grab(window, out / "main.png")
    stage = window.show_stage()
    stage.resize(*SIZE)
    window.refresh()
    QApplication.processEvents()
    ok = stage.grab().save(str(out / "stage.png")) and ok
    stage.close()
    ok = _co_facilitation(window, clock, out, data_dir) and ok
    window.close()
    QApplication.processEvents()
    print(f"screenshots written to {out}")
    return 0 if ok else 1


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
