"""Kill trials: a writer is SIGKILLed at random moments; count lost acknowledged events.

The same trial as the crash test in tests/integration, run many more times.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from common import ROOT

sys.path.insert(0, str(ROOT))

from facilitator_app.domain.clock import ManualClock
from facilitator_app.services.identity import Identity
from facilitator_app.services.session import Session
from facilitator_app.services.templates import instantiate, load_template
from tests.integration.test_crash import kill_trial


def main(trials: int = 300) -> dict[str, float]:
    rng = random.Random(7)
    torn = 0
    lost = 0
    unreadable = 0
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "Crash.fcsession"
        Session.create(
            folder, instantiate(load_template(), date(2026, 12, 1)), Identity("creator-01", "c"), ManualClock()
        ).close()
        for _ in range(trials):
            try:
                _acked, _, repaired = kill_trial(folder, rng)
                torn += repaired
            except AssertionError:
                lost += 1
                continue
            except Exception:  # noqa: BLE001 - an unreadable session is the finding
                unreadable += 1
                continue
    elapsed = time.perf_counter() - start
    print(
        f"kill trials: {trials} SIGKILLs mid-append, {lost} with lost acknowledged events, "
        f"{unreadable} unreadable reopens, {torn} torn last lines repaired on reopen ({elapsed:.0f} s)"
    )
    return {"trials": trials, "lost": lost, "unreadable": unreadable}


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--trials", type=int, default=300)
    main(parser.parse_args().trials)
