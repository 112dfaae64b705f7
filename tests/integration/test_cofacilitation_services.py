"""Presence, the per-machine lock, conflict copies, and the session tools on real files."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from facilitator_app.app import main
from facilitator_app.domain.clock import ManualClock
from facilitator_app.services import session_tools
from facilitator_app.services.identity import Identity
from facilitator_app.services.lock import SessionLock
from facilitator_app.services.presence import PresenceBoard, looks_cloud_synced, takeover_silence_s
from facilitator_app.services.session import NotInControl, Session
from facilitator_app.services.session_folder import SessionError
from facilitator_app.services.settings import Settings
from facilitator_app.services.templates import instantiate, load_template

ALICE = Identity("alice", "Alice")
BOB = Identity("bob", "Bob")


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "Kickoff.fcsession"
    s = Session.create(path, instantiate(load_template(), date(2026, 12, 1)), ALICE, ManualClock())
    for i in range(5):
        s.record("live.message", {"text": f"m{i}"})
    s.close()
    return path


def test_a_follower_sees_new_events_incrementally(folder: Path) -> None:
    owner = Session.open(folder, ALICE, ManualClock())
    follower = Session.open(folder, BOB, ManualClock(), follow=True)
    assert not follower.in_control and follower.state.lease.owner == "alice"
    assert not follower.refresh()
    owner.record("live.message", {"text": "hej"})
    assert follower.refresh()
    assert follower.state.digest() == owner.state.digest()
    with pytest.raises(NotInControl, match="Alice is in control"):
        follower.record("live.message", {"text": "nope"})


def test_opening_another_consoles_session_follows_until_someone_decides(folder: Path) -> None:
    s = Session.open(folder, BOB, ManualClock())
    assert not s.in_control  # never taken silently from another console


def test_presence_tracks_silence_by_our_own_clock(folder: Path) -> None:
    alice = PresenceBoard(folder, ALICE, "t")
    bob = PresenceBoard(folder, BOB, "t")
    alice.publish("in control", 1, 1000.0)
    (peer,) = bob.peers(monotonic_now=50.0)
    assert peer.writer == "alice" and peer.silent_s == 0
    assert bob.peers(monotonic_now=70.0)[0].silent_s == 20  # the counter did not move
    alice.publish("in control", 1, 1002.0)
    assert bob.peers(monotonic_now=71.0)[0].silent_s == 0
    (folder / "presence" / "junk.json").write_text("{torn")
    assert len(bob.peers(monotonic_now=72.0)) == 1  # a damaged heartbeat is ignored


def test_takeover_thresholds_for_lan_and_cloud_folders(tmp_path: Path) -> None:
    lan = tmp_path / "share" / "x.fcsession"
    cloud = tmp_path / "OneDrive - Nordvik" / "x.fcsession"
    assert not looks_cloud_synced(lan) and looks_cloud_synced(cloud)
    assert takeover_silence_s(lan, Settings()) == 15.0
    assert takeover_silence_s(cloud, Settings()) == 90.0
    assert takeover_silence_s(lan, Settings(folder_kind="cloud", takeover_cloud_s=45.0)) == 45.0


def test_the_lock_stops_a_second_window_and_a_crashed_holder_is_recovered(tmp_path: Path) -> None:
    first = SessionLock(tmp_path, "abc")
    first.acquire()
    with pytest.raises(SessionError, match="already open on this computer"):
        SessionLock(tmp_path, "abc").acquire()
    first.release()
    code = f"""
import sys, time
sys.path.insert(0, {str(Path(__file__).resolve().parents[2])!r})
from pathlib import Path
from facilitator_app.services.lock import SessionLock
held = SessionLock(Path({str(tmp_path)!r}), "abc")
held.acquire()
print("locked", flush=True)
time.sleep(60)
"""
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "locked"
    with pytest.raises(SessionError):
        SessionLock(tmp_path, "abc").acquire()
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    SessionLock(tmp_path, "abc").acquire()  # the dead holder's lock is gone


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cut=st.integers(min_value=0, max_value=10_000), name=st.sampled_from(["alice (1).jsonl", "old copy.jsonl"]))
def test_a_truncated_conflict_copy_changes_nothing(folder: Path, cut: int, name: str) -> None:
    log = folder / "events" / "alice.jsonl"
    copy = folder / "events" / name
    copy.write_bytes(log.read_bytes()[:cut])
    try:
        reference = session_tools.verify(folder)
        assert reference["forks"] == []
        copy.unlink()
        assert session_tools.verify(folder)["digest"] == reference["digest"]
    finally:
        copy.unlink(missing_ok=True)


def test_export_and_import_is_a_union(tmp_path: Path, folder: Path) -> None:
    bundle = tmp_path / "kickoff.fcbundle"
    assert session_tools.export_bundle(folder, bundle) >= 7
    assert zipfile.is_zipfile(bundle)
    elsewhere = tmp_path / "mail" / "Kickoff.fcsession"
    added = session_tools.import_bundle(bundle, elsewhere)
    assert added >= 7
    assert session_tools.verify(elsewhere)["digest"] == session_tools.verify(folder)["digest"]
    assert session_tools.import_bundle(bundle, elsewhere) == 0  # importing twice changes nothing
    assert session_tools.import_bundle(bundle, folder) == 0
    other = tmp_path / "Other.fcsession"
    Session.create(other, instantiate(load_template(), date(2026, 12, 1)), ALICE, ManualClock()).close()
    with pytest.raises(SessionError, match="belongs to another session"):
        session_tools.import_bundle(bundle, other)
    (tmp_path / "bad.fcbundle").write_bytes(b"not a zip")
    with pytest.raises(SessionError, match="not a readable session file"):
        session_tools.import_bundle(tmp_path / "bad.fcbundle", elsewhere)


def test_verify_command_reports_forks_and_rejects_a_non_session(
    tmp_path: Path, folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["session", "verify", str(folder), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["writers"] == {"alice": 7} and report["owner"] == "alice" and report["epoch"] == 1
    before = sorted(p.read_bytes() for p in folder.rglob("*") if p.is_file())
    # A copied data directory: another machine wrote alice#7 with other content.
    forked = (folder / "events" / "alice.jsonl").read_bytes().splitlines(keepends=True)
    from facilitator_app.domain.eventlog import encode, make_record

    other = make_record("alice", 7, 7, 1, "live.message", {"text": "other machine"}, "x")
    (folder / "events" / "alice-laptop2.jsonl").write_bytes(b"".join(forked[:6]) + encode(other))
    assert main(["session", "verify", str(folder)]) == 1
    assert "writer alice forked" in capsys.readouterr().out
    (folder / "events" / "alice-laptop2.jsonl").unlink()
    assert sorted(p.read_bytes() for p in folder.rglob("*") if p.is_file()) == before  # verify wrote nothing
    (tmp_path / "plain").mkdir()
    assert main(["session", "verify", str(tmp_path / "plain")]) == 2
    assert "not a session folder" in capsys.readouterr().err
