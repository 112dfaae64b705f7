"""Drains an outbox against a platform until it is empty (for the kill test)."""

from __future__ import annotations

import asyncio
import sys
import time
from pathlib import Path

from facilitator_app.services.outbox import Outbox
from facilitator_app.services.platforms.rehearsal import RehearsalClient
from facilitator_app.services.sync import RehearsalSync


async def main() -> None:
    outbox = Outbox(Path(sys.argv[1]), backoff_base_s=0.005, backoff_cap_s=0.05)
    client = RehearsalClient(sys.argv[2], "secret", timeout=0.3)
    sync = RehearsalSync(client, outbox)
    print("draining", flush=True)
    while outbox.waiting("rehearsal"):
        now = time.time()
        if outbox.paused("rehearsal", now):
            outbox.resume("rehearsal")
        await outbox.drain("rehearsal", sync.senders, sync.checkers, now)
        due = outbox.next_due("rehearsal")
        if due is not None and due > time.time():
            await asyncio.sleep(due - time.time())
    print("drained", flush=True)
    await client.aclose()
    outbox.close()


if __name__ == "__main__":
    asyncio.run(main())
