"""The session folder on real files: reopen, repair, bad input, durability."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from facilitator_app.domain import live
from facilitator_app.domain.clock import ManualClock
from facilitator_app.services.identity import Identity
from facilitator_app.services.session import Session
from facilitator_app.services.session_folder import SessionError, SessionFolder
from facilitator_app.services.templates import instantiate, load_template

ME = Identity("laptop-0001", "Producer")


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def folder(tmp_path: Path, clock: ManualClock) -> Path:
    path = tmp_path / "Kickoff.fcsession"
    session = Session.create(path, instantiate(load_template(), date(2026, 12, 1)), ME, clock)
    session.close()
    return path


def own_log(folder: Path) -> Path:
    return folder / "events" / f"{ME.writer_id}.jsonl"


def test_reopen_restores_everything_and_the_countdown_continues(folder: Path, clock: ManualClock) -> None:
    s = Session.open(folder, ME, clock)
    first = s.state.show.days[0].segments[0]
    s.record(*live.start_action(s.state.show, s.state.live, first.id, clock.now()))  # type: ignore[misc]
    s.record("segment.updated", {"segment_id": first.id, "changes": {"title": "Välkomna"}})
    digest = s.state.digest()
    s.close()
    clock.advance(100)  # the console was closed (or crashed) for 100 seconds
    again = Session.open(folder, ME, clock)
    assert again.state.digest() == digest
    view = live.observe(again.state.show, again.state.live, clock.now())
    assert view.remaining_s == pytest.approx(first.duration_s - 100)
    assert again.state.show.days[0].segments[0].title == "Välkomna"
    assert again.log.next_seq == s.log.next_seq  # sequence numbers continue, never reused


def test_a_torn_last_line_is_repaired_on_open(folder: Path, clock: ManualClock) -> None:
    log = own_log(folder)
    good = log.read_bytes()
    with open(log, "ab") as fh:
        fh.write(b'{"at":"2026-12-01T08:00:00+00:00","c":"0123')  # killed mid-append
    s = Session.open(folder, ME, clock)
    report = next(f for f in s.load_report.files if f.path == log)
    assert report.torn_tail and report.repaired
    assert log.read_bytes().startswith(good)
    s.record("live.message", {"text": "after repair"})
    s.close()
    reopened = Session.open(folder, ME, clock)
    assert reopened.state.live.message == "after repair"
    assert reopened.load_report.bad_lines == 0


def test_a_whole_line_that_lost_its_newline_is_kept(folder: Path, clock: ManualClock) -> None:
    log = own_log(folder)
    s = Session.open(folder, ME, clock)
    s.record("live.message", {"text": "kept"})
    s.close()
    log.write_bytes(log.read_bytes().rstrip(b"\n"))
    s = Session.open(folder, ME, clock)
    assert s.state.live.message == "kept"
    assert log.read_bytes().endswith(b"\n")


def test_a_damaged_line_in_the_middle_is_skipped_and_counted(folder: Path, clock: ManualClock) -> None:
    s = Session.open(folder, ME, clock)
    s.record("live.message", {"text": "one"})
    s.record("live.message", {"text": "two"})
    s.close()
    lines = own_log(folder).read_bytes().splitlines(keepends=True)
    lines[-2] = lines[-2].replace(b"one", b"0ne")
    own_log(folder).write_bytes(b"".join(lines))
    s = Session.open(folder, ME, clock)
    assert s.load_report.bad_lines == 1
    assert s.state.live.message == "two"


def test_a_conflict_copy_is_merged_by_union(folder: Path, clock: ManualClock) -> None:
    s = Session.open(folder, ME, clock)
    s.record("live.message", {"text": "before the copy"})
    s.close()
    copy = folder / "events" / f"{ME.writer_id} (conflicted copy 2026-12-01).jsonl"
    copy.write_bytes(own_log(folder).read_bytes())
    s = Session.open(folder, ME, clock)
    s.record("live.message", {"text": "after"})
    digest = s.state.digest()
    s.close()
    assert Session.open(folder, ME, clock).state.digest() == digest
    assert not Session.open(folder, ME, clock).forks


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda p: p.mkdir(), "no manifest.json"),
        (lambda p: (p.mkdir(), (p / "manifest.json").write_text("{not json")), "cannot be read"),
        (lambda p: (p.mkdir(), (p / "manifest.json").write_text('{"kind": "other"}')), "not a Facilitator Console"),
        (
            lambda p: (
                p.mkdir(),
                (p / "manifest.json").write_text(
                    json.dumps({"kind": "facilitator-console-session", "session_id": "x", "format": 99})
                ),
            ),
            "newer version",
        ),
    ],
)
def test_a_folder_that_is_not_a_session_is_named(tmp_path: Path, clock: ManualClock, setup, message: str) -> None:
    path = tmp_path / "bad.fcsession"
    setup(path)
    with pytest.raises(SessionError, match=message):
        Session.open(path, ME, clock)


def test_a_session_whose_creation_event_is_gone_says_so(folder: Path, clock: ManualClock) -> None:
    own_log(folder).write_bytes(b"")
    with pytest.raises(SessionError, match="no readable run-of-show"):
        Session.open(folder, ME, clock)


def test_a_failed_write_leaves_no_half_line(folder: Path, clock: ManualClock, monkeypatch: pytest.MonkeyPatch) -> None:
    s = Session.open(folder, ME, clock)
    before = own_log(folder).read_bytes()
    real_write = os.write

    def half_write(fd: int, data: bytes) -> int:
        real_write(fd, data[: len(data) // 2])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "write", half_write)
    with pytest.raises(SessionError, match="No space left"):
        s.record("live.message", {"text": "lost"})
    monkeypatch.undo()
    assert own_log(folder).read_bytes() == before
    s.record("live.message", {"text": "saved"})
    s.close()
    assert Session.open(folder, ME, clock).state.live.message == "saved"


def test_create_refuses_a_non_empty_folder(tmp_path: Path) -> None:
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "notes.txt").write_text("mine")
    with pytest.raises(SessionError, match="not empty"):
        SessionFolder.create(tmp_path / "x", "t")
