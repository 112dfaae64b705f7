"""Two consoles with one writer identity (a copied data directory) would fork the log:
the second refuses to write and says how to fix it."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest

from facilitator_app.app import main
from facilitator_app.domain.clock import ManualClock
from facilitator_app.services.identity import Identity
from facilitator_app.services.presence import INSTANCE, PresenceBoard, WriterInUse
from facilitator_app.services.session import Session
from facilitator_app.services.session_folder import SessionError
from facilitator_app.services.templates import instantiate, load_template

ROOT = Path(__file__).resolve().parents[2]
ME = Identity("laptop-0001", "Producer")
CHILD = """
import sys
from pathlib import Path
from facilitator_app.services.identity import Identity
from facilitator_app.services.presence import PresenceBoard
PresenceBoard(Path(sys.argv[1]), Identity("laptop-0001", "Copy"), "t").publish("in control", 1, 0.0, measure=False)
print("published", flush=True)
sys.stdin.read()  # alive until the test closes stdin
"""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "Kickoff.fcsession"
    Session.create(path, instantiate(load_template(), date(2026, 12, 1)), ME, ManualClock()).close()
    return path


def heartbeat(folder: Path, **fields: object) -> Path:
    path = folder / "presence" / f"{ME.writer_id}.json"
    path.write_text(json.dumps({"writer": ME.writer_id, "counter": 1, **fields}))
    return path


def test_a_live_process_with_the_same_identity_is_refused(folder: Path) -> None:
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(folder)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "published"
        with pytest.raises(WriterInUse, match=rf"process {child.pid} on this computer.*identity\.json"):
            Session.open(folder, ME, ManualClock())
        assert isinstance(WriterInUse("x"), SessionError)  # the GUI opens the sample with the message
    finally:
        assert child.stdin is not None
        child.stdin.close()
        child.wait(timeout=30)
    Session.open(folder, ME, ManualClock()).close()  # that process is gone: no refusal


def test_a_fresh_heartbeat_from_another_computer_is_refused(folder: Path) -> None:
    heartbeat(folder, host="second-laptop", pid=4242, instance="0123456789abcdef")
    with pytest.raises(WriterInUse, match="'second-laptop'"):
        Session.open(folder, ME, ManualClock())


def test_an_old_heartbeat_from_another_computer_is_not_a_live_writer(folder: Path) -> None:
    path = heartbeat(folder, host="second-laptop", pid=4242, instance="0123456789abcdef")
    old = time.time() - 3600
    os.utime(path, (old, old))
    Session.open(folder, ME, ManualClock()).close()


def test_our_own_heartbeat_and_a_dead_process_are_not_refused(folder: Path) -> None:
    heartbeat(folder, host=socket.gethostname(), pid=os.getpid(), instance=INSTANCE)
    Session.open(folder, ME, ManualClock()).close()
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], check=True, capture_output=True, text=True
    )
    heartbeat(folder, host=socket.gethostname(), pid=int(dead.stdout), instance="fedcba9876543210")
    Session.open(folder, ME, ManualClock()).close()
    heartbeat(folder)  # an older version's heartbeat says nothing of its process
    Session.open(folder, ME, ManualClock()).close()


def test_the_heartbeat_says_whose_it_is(folder: Path) -> None:
    board = PresenceBoard(folder, ME, "t")
    board.publish("in control", 1, time.time(), measure=False)
    data = json.loads(board.path.read_text())
    assert (data["host"], data["pid"], data["instance"]) == (socket.gethostname(), os.getpid(), INSTANCE)


def test_taking_control_is_refused_too(folder: Path) -> None:
    session = Session.open(folder, ME, ManualClock(), follow=True)
    heartbeat(folder, host="second-laptop", pid=1, instance="0123456789abcdef")
    with pytest.raises(WriterInUse):
        session.claim()
    session.close()


def test_the_command_line_is_not_affected(folder: Path, tmp_path: Path) -> None:
    heartbeat(folder, host="second-laptop", pid=1, instance="0123456789abcdef")
    assert main(["session", "verify", str(folder)]) == 0  # reading is not writing


def test_a_heartbeat_with_a_forged_writer_id_is_not_a_peer(folder: Path) -> None:
    presence = folder / "presence"
    (presence / "bob.json").write_text(json.dumps({"writer": "bob", "counter": 1}))
    (presence / "eve.json").write_text(json.dumps({"writer": "../../x", "counter": 1}))
    (presence / "mallory.json").write_text(json.dumps({"writer": "bob", "counter": 1}))
    peers = PresenceBoard(folder, ME, "t").peers(0.0)
    assert [p.writer for p in peers] == ["bob"]
