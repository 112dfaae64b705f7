"""Writers killed with SIGKILL at random moments: no acknowledged event is ever lost."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from facilitator_app.domain.clock import ManualClock
from facilitator_app.services.identity import Identity
from facilitator_app.services.session import Session
from facilitator_app.services.templates import instantiate, load_template

CHILD = Path(__file__).with_name("writer_child.py")
TRIALS = int(os.environ.get("FACILITATOR_KILL_TRIALS", "40"))
WRITER = Identity("crashwriter-01", "crash writer")


def kill_trial(folder: Path, rng: random.Random) -> tuple[int, int, bool]:
    """Kill a writer at a random moment; return (last acknowledged seq, its events on reopen,
    whether the reopen found and repaired a torn last line)."""
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    child = subprocess.Popen(
        [sys.executable, str(CHILD), str(folder), WRITER.writer_id, str(rng.choice([50, 400, 5000]))],
        stdout=subprocess.PIPE,
        env=env,
        text=True,
    )
    assert child.stdout is not None
    assert child.stdout.readline().strip() == "ready"
    deadline = time.monotonic() + rng.uniform(0.0, 0.03)
    acked = 0
    while time.monotonic() < deadline:
        line = child.stdout.readline()
        if line.startswith("ack "):
            acked = int(line.split()[1])
    child.send_signal(signal.SIGKILL)
    for line in child.stdout.read().splitlines():  # acknowledgements already printed still count
        if line.startswith("ack "):
            acked = int(line.split()[1])
    child.wait()
    session = Session.open(folder, WRITER, ManualClock())
    seqs = {r.seq for r in session.load_report.records if r.writer == WRITER.writer_id}
    missing = [s for s in range(1, acked + 1) if s not in seqs]
    assert not missing, f"acknowledged events lost: {missing[:10]}"
    repaired = any(f.repaired for f in session.load_report.files)
    session.close()
    return acked, len(seqs), repaired


@pytest.mark.slow
def test_sigkill_mid_append_loses_no_acknowledged_event(tmp_path: Path) -> None:
    folder = tmp_path / "Crash.fcsession"
    Session.create(
        folder, instantiate(load_template(), date(2026, 12, 1)), Identity("creator-01", "c"), ManualClock()
    ).close()
    rng = random.Random(20261127)
    torn_repairs = 0
    last = 0
    for _ in range(TRIALS):
        acked, on_disk, _repaired = kill_trial(folder, rng)
        assert on_disk >= acked >= last or acked == 0
        last = max(last, on_disk)
        log = folder / "events" / f"{WRITER.writer_id}.jsonl"
        torn_repairs += 0 if log.read_bytes().endswith(b"\n") else 1
    assert torn_repairs == 0, "every reopen leaves the log ending on a whole line"


PRESENCE_CHILD = """
import sys
sys.path.insert(0, {root!r})
from pathlib import Path
from facilitator_app.services.identity import Identity
from facilitator_app.services.presence import PresenceBoard
board = PresenceBoard(Path({folder!r}), Identity("crashwriter-01", "c"), "t")
print("ready", flush=True)
while True:
    board.publish("in control", 1, 0.0)
"""


@pytest.mark.slow
def test_sigkill_mid_presence_write_never_leaves_a_torn_heartbeat(tmp_path: Path) -> None:
    import json

    folder = tmp_path / "Crash.fcsession"
    Session.create(
        folder, instantiate(load_template(), date(2026, 12, 1)), Identity("creator-01", "c"), ManualClock()
    ).close()
    rng = random.Random(11)
    root = str(Path(__file__).resolve().parents[2])
    for _ in range(TRIALS):
        child = subprocess.Popen(
            [sys.executable, "-c", PRESENCE_CHILD.format(root=root, folder=str(folder))],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.02))  # let it write for a random moment, then kill it
        child.send_signal(signal.SIGKILL)
        child.wait()
        heartbeat = folder / "presence" / "crashwriter-01.json"
        if heartbeat.exists():
            assert json.loads(heartbeat.read_text())["writer"] == "crashwriter-01"
        session = Session.open(folder, WRITER, ManualClock())  # opening cleans stray temporaries
        session.close()
        assert list((folder / "presence").glob(".*.tmp")) == []
