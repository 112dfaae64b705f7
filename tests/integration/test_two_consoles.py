"""Two real console processes, separate data directories, one session: follow, hand over,
forced takeover, split brain with fencing and re-apply, clock skew."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from facilitator_app.domain.clock import ManualClock
from facilitator_app.services.identity import Identity
from facilitator_app.services.session import Session
from facilitator_app.services.templates import instantiate, load_template

DRIVER = Path(__file__).with_name("console_driver.py")
ROOT = Path(__file__).resolve().parents[2]


class Console:
    def __init__(self, folder: Path, data: Path, writer: str, *extra: str) -> None:
        data.mkdir(parents=True, exist_ok=True)
        (data / "identity.json").write_text(json.dumps({"writer_id": writer, "name": writer.title()}))
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        self.proc = subprocess.Popen(
            [sys.executable, str(DRIVER), str(folder), str(data), *extra],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        first = self._read()
        assert first.get("ready") == writer, first

    def _read(self) -> dict[str, Any]:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            raise AssertionError(self.proc.stderr.read() if self.proc.stderr else "driver died")
        return json.loads(line)

    def __call__(self, op: str, **kw: Any) -> dict[str, Any]:
        assert self.proc.stdin is not None
        self.proc.stdin.write(json.dumps({"op": op, **kw}) + "\n")
        self.proc.stdin.flush()
        answer = self._read()
        assert answer.get("kind") != "crash", answer["error"]
        return answer

    def close(self) -> None:
        if self.proc.poll() is None:
            self("quit")
            self.proc.wait(timeout=10)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "shared" / "Kickoff.fcsession"
    path.parent.mkdir()
    Session.create(path, instantiate(load_template(), date.today()), Identity("alice", "Alice"), ManualClock()).close()
    return path


@pytest.fixture
def consoles(tmp_path: Path):
    started: list[Console] = []

    def start(folder: Path, writer: str, *extra: str) -> Console:
        console = Console(folder, tmp_path / f"data-{writer}", writer, *extra)
        started.append(console)
        return console

    yield start
    for console in started:
        console.close()


def sync(a: Path, b: Path) -> None:
    """What a sync client does: each writer's log file is copied to the other side."""
    for src, dst in ((a, b), (b, a)):
        for log in (src / "events").glob("*.jsonl"):
            target = dst / "events" / log.name
            if not target.exists() or target.stat().st_size < log.stat().st_size:
                shutil.copyfile(log, target)


@pytest.mark.slow
def test_follow_and_clean_hand_over(folder: Path, consoles) -> None:
    alice = consoles(folder, "alice")
    bob = consoles(folder, "bob", "--follow")
    assert alice("state")["in_control"] and not bob("state")["in_control"]
    alice("action", name="toggle")
    assert bob("refresh")["changed"]
    a, b = alice("state"), bob("state")
    assert b["segment"] == a["segment"] and b["status"] == "running"
    assert abs(a["remaining"] - b["remaining"]) < 0.5
    assert bob("record", type="live.message", payload={"text": "x"})["kind"] == "NotInControl"
    alice("offer", to="bob", name="Bob")
    bob("refresh")
    assert bob("state")["offer_to"] == "bob"
    bob("claim")
    alice("refresh")
    a, b = alice("state"), bob("state")
    assert b["in_control"] and not a["in_control"] and a["owner"] == "bob"
    assert a["fenced"] == [] and b["fenced"] == []  # nothing fenced in a clean hand-over
    assert alice("action", name="next")["kind"] == "NotInControl"
    bob("action", name="next")
    alice("refresh")
    assert alice("state")["digest"] == bob("state")["digest"]


@pytest.mark.slow
def test_split_brain_is_fenced_listed_everywhere_and_reapplied(tmp_path: Path, folder: Path, consoles) -> None:
    # Each console has its own synced copy of the folder; the test plays the sync client.
    copy_a, copy_b = folder, tmp_path / "bob-copy" / folder.name
    shutil.copytree(folder, copy_b)
    alice = consoles(copy_a, "alice")
    bob = consoles(copy_b, "bob", "--follow")
    alice("action", name="toggle")
    sync(copy_a, copy_b)
    bob("refresh")
    # The network goes: Alice keeps working offline; Bob takes control (forced takeover).
    alice("record", type="live.message", payload={"text": "written offline"})
    bob("claim")
    bob("record", type="live.message", payload={"text": "bob in control"})
    sync(copy_a, copy_b)  # the network is back
    alice("refresh")
    bob("refresh")
    a, b = alice("state"), bob("state")
    assert not a["in_control"] and b["in_control"]
    assert a["fenced"] == b["fenced"] == [["alice", 4, "written offline"]]
    assert a["message"] == b["message"] == "bob in control"
    assert a["digest"] == b["digest"]
    # Alice, back, re-reads before doing anything: she cannot write any more.
    assert alice("record", type="live.message", payload={"text": "again"})["kind"] == "NotInControl"
    bob("resolve", writer="alice", seq=4, reapply=True)
    sync(copy_a, copy_b)
    alice("refresh")
    a, b = alice("state"), bob("state")
    assert a["fenced"] == b["fenced"] == []
    assert a["message"] == b["message"] == "written offline"
    assert a["digest"] == b["digest"]


@pytest.mark.slow
def test_takeover_with_a_skewed_clock_shows_the_same_countdown(folder: Path, consoles) -> None:
    alice = consoles(folder, "alice")
    bob = consoles(folder, "bob", "--follow", "--skew", "90")  # Bob's clock is 90 s fast
    for _ in range(3):
        alice("heartbeat")
        bob("heartbeat")
    assert bob("heartbeat")["offset"] == pytest.approx(-90, abs=0.5)
    alice("action", name="toggle")
    bob("refresh")
    bob("claim")  # Alice's laptop dies; Bob takes over
    a, b = alice("state"), bob("state")
    assert b["in_control"] and b["status"] == "running"
    assert abs(a["remaining"] - b["remaining"]) < 1.0, (a["remaining"], b["remaining"])
