"""Platform sync: requests per live-roster refresh, applying a 1,000-person roster to the UI
model, and the longest event-loop stall while syncing (rehearsal platform, 1,000 people).

The stall is measured on an asyncio loop running the same sync coroutines as the app's
qasync loop, with a 10 ms ticker: how late each tick comes is how long sync code held the
loop. (A qasync loop in a throw-away script aborts at interpreter exit in PySide6 6.12.)"""

from __future__ import annotations

import asyncio
import tempfile
import time
from pathlib import Path

from common import describe_ms, offscreen

offscreen()

from PySide6.QtWidgets import QApplication  # noqa: E402

from facilitator_app.domain.model import Person  # noqa: E402
from facilitator_app.domain.rehearsal import Attendee, MeetingSimulation  # noqa: E402
from facilitator_app.services.outbox import Outbox  # noqa: E402
from facilitator_app.services.platforms.rehearsal import RehearsalClient  # noqa: E402
from facilitator_app.services.rehearsal_server import RehearsalPlatform, RehearsalServer  # noqa: E402
from facilitator_app.services.sync import RehearsalSync  # noqa: E402
from facilitator_app.ui.platform.participants_model import ParticipantsModel  # noqa: E402

N = 1000
PEOPLE = [(f"p{i}", f"Person {i:04d}", f"p{i:04d}@example.org") for i in range(N)]


async def measure(server: RehearsalServer, outbox: Outbox, model: ParticipantsModel) -> None:
    client = RehearsalClient(server.url, "t")
    sync = RehearsalSync(client, outbox)
    report = await sync.cycle()
    print(
        f"requests per live-roster refresh, {report.participants} participants: "
        f"{server.platform.requests['GET /v1/participants']} (minimum ceil({N}/300) = {-(-N // 300)}; "
        "the Zoom client pages the same way, see tests/contract)"
    )
    roster = outbox.cache_get("roster/rehearsal")[0]  # type: ignore[index]
    t = time.perf_counter()
    model.set_roster(roster)
    first = time.perf_counter() - t
    moved = [{**p, "breakout_room": f"Room {i % 125}"} for i, p in enumerate(roster)]
    t = time.perf_counter()
    model.set_roster(moved)
    rooms = time.perf_counter() - t
    print(
        f"apply a {N}-person roster to the model: first {first * 1000:.1f} ms, everyone changes room "
        f"{rooms * 1000:.1f} ms"
    )
    gaps: list[float] = []
    running = [True]

    async def ticker() -> None:
        while running[0]:
            before = time.perf_counter()
            await asyncio.sleep(0.010)
            gaps.append(time.perf_counter() - before - 0.010)

    tick = asyncio.ensure_future(ticker())
    cycles = 0
    end = time.perf_counter() + 10
    while time.perf_counter() < end:
        await sync.cycle()
        model.set_roster(outbox.cache_get("roster/rehearsal")[0])  # type: ignore[index]
        cycles += 1
        await asyncio.sleep(0.2)
    running[0] = False
    await tick
    await client.aclose()
    stalls = [max(0.0, g) for g in gaps[5:]]
    print(
        f"event-loop stalls while syncing {N} people every 0.2 s for 10 s ({cycles} cycles; the server runs in "
        f"this process too): {describe_ms(stalls)} (target p99 < 50 ms)"
    )


def main() -> None:
    app = QApplication.instance() or QApplication([])
    sim = MeetingSimulation.from_roster(PEOPLE, seed=5)
    sim.attendees = [Attendee(a.person_id, a.name, a.email, 0.0) for a in sim.attendees]  # everyone present
    platform = RehearsalPlatform(sim, "m", "Bench", token="t")
    server = RehearsalServer(platform).start()
    model = ParticipantsModel()
    model.set_people(tuple(Person(p[0], p[1], p[2], organisation="Org") for p in PEOPLE))
    with tempfile.TemporaryDirectory() as tmp:
        outbox = Outbox(Path(tmp) / "cache.sqlite3")
        asyncio.run(measure(server, outbox, model))
        outbox.close()
    server.stop()
    del app


if __name__ == "__main__":
    main()
    # PySide6 6.12 aborts in its interpreter-exit cleanup after this script (a refcount bug
    # in the extension, "bool_dealloc"); the figures are printed, so leave without it.
    import os
    import sys

    sys.stdout.flush()
    os._exit(0)
