"""The outbox database held by another process, or damaged: named, or kept aside and
replaced, and the producer told what was lost; never a traceback."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from facilitator_app.app import main
from facilitator_app.services.outbox import Outbox, OutboxUnavailable


@pytest.fixture
def held(tmp_path: Path) -> Iterator[Path]:
    """A queue with two changes, held by an exclusive lock of another connection."""
    path = tmp_path / "data" / "data" / "cache.sqlite3"
    box = Outbox(path)
    box.add("rehearsal", "poll.launch", {"poll_id": "p"})
    box.close()
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("PRAGMA locking_mode=EXCLUSIVE")
    other.execute("BEGIN EXCLUSIVE")
    yield path
    other.close()


def test_a_locked_outbox_is_waited_for_then_named(held: Path) -> None:
    with pytest.raises(OutboxUnavailable, match=r"in use by another process \(waited 0.05 s\)"):
        Outbox(held, lock_wait_s=0.05)
    assert held.exists()


def test_a_damaged_outbox_is_kept_aside_and_replaced(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    path.write_bytes(b"this is not a database, it was overwritten" * 100)
    box = Outbox(path)
    box.add("rehearsal", "poll.launch", {"poll_id": "p"})  # a working queue again
    assert box.waiting("rehearsal") == 1
    aside = [p for p in tmp_path.iterdir() if ".damaged-" in p.name]
    assert len(aside) == 1 and aside[0].read_bytes().startswith(b"this is not a database")
    assert "was damaged" in box.notice and aside[0].name in box.notice
    assert "could not be read and were not sent" in box.notice
    box.close()


def test_a_damaged_outbox_names_what_it_still_held(tmp_path: Path) -> None:
    path = tmp_path / "cache.sqlite3"
    box = Outbox(path)
    box.add("zoom", "poll.launch", {"poll_id": "p"})
    box.add("zoom", "breakout.assign", {"rooms": []})
    box.close()
    db = sqlite3.connect(path)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    data = bytearray(path.read_bytes())
    page = 4096  # damage the schema's page header only: the rows on the later pages stay readable
    data[100:108] = b"\xff" * 8
    path.write_bytes(bytes(data[: page * 8]))
    opened = Outbox(path)
    assert "was damaged" in opened.notice
    assert "not sent" in opened.notice
    opened.close()


def test_sync_once_names_a_locked_outbox_and_exits_2(held: Path, tmp_path: Path, capsys, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from facilitator_app.services import outbox

    monkeypatch.setattr(outbox, "LOCK_WAIT_S", 0.05)
    monkeypatch.setenv("FACILITATOR_REHEARSAL_TOKEN", "t")
    session = tmp_path / "S.fcsession"
    assert main(["session", "new", str(session), "--data-dir", str(tmp_path / "data")]) == 0
    code = main(
        ["sync", str(session), "--once", "--api-base", "http://127.0.0.1:9", "--data-dir", str(tmp_path / "data")]
    )
    err = capsys.readouterr().err
    assert code == 2
    assert "is in use by another process" in err and "Traceback" not in err


def test_an_outbox_locked_while_running_is_a_cycle_error_not_an_exception(tmp_path: Path) -> None:
    import asyncio

    from facilitator_app.domain.rehearsal import MeetingSimulation
    from facilitator_app.services.platforms.rehearsal import RehearsalClient
    from facilitator_app.services.rehearsal_server import RehearsalPlatform, RehearsalServer
    from facilitator_app.services.sync import RehearsalSync

    roster = [(f"p{i}", f"Person {i}", f"p{i}@example.org") for i in range(5)]
    server = RehearsalServer(RehearsalPlatform(MeetingSimulation.from_roster(roster, seed=1), "m", "t")).start()
    path = tmp_path / "cache.sqlite3"
    box = Outbox(path, lock_wait_s=0.05)
    box.add("rehearsal", "poll.launch", {"poll_id": "p", "title": "t", "options": ["a"]})
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN EXCLUSIVE")  # another process writes and holds the lock

    async def go() -> str:
        client = RehearsalClient(server.url, server.platform.token)
        try:
            return (await RehearsalSync(client, box).cycle()).error
        finally:
            await client.aclose()

    try:
        error = asyncio.run(go())
        assert "is in use by another process; nothing was lost" in error
        other.execute("ROLLBACK")
        assert box.waiting("rehearsal") == 1  # the queue is intact
    finally:
        other.close()
        box.close()
        server.stop()
