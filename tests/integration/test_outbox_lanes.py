"""The outbox's lanes and holds: a failure holds its own kind of change only; auth holds
end with a new credential; a held change can be retried or dropped; old pauses migrate."""

from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path
from typing import Any

from facilitator_app.services.outbox import AUTH_RECHECK_S, Item, Outbox, lane
from facilitator_app.services.platforms.base import AuthError, RateLimited, ScopeError, Transient


def drain(outbox: Outbox, fail: dict[str, Exception], now: float, credential: str = "t1") -> Any:
    sent: list[str] = []

    async def send(item: Item) -> None:
        if item.kind in fail:
            raise fail[item.kind]
        sent.append(item.kind)

    async def never(item: Item) -> bool:
        return False

    kinds = ("assignments", "poll.create", "poll.close", "meeting.end", "chat.message")
    result = asyncio.run(outbox.drain("p", dict.fromkeys(kinds, send), dict.fromkeys(kinds, never), now, credential))
    return result, sent


def test_lanes() -> None:
    assert lane("poll.create") == lane("poll.close") == "poll" and lane("assignments") == "assignments"


def test_a_held_kind_does_not_hold_the_others(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "o.sqlite3")
    outbox.add("p", "assignments", {"n": 1})
    outbox.add("p", "assignments", {"n": 2})
    outbox.add("p", "poll.create", {})
    outbox.add("p", "poll.close", {})
    outbox.add("p", "meeting.end", {})
    result, sent = drain(outbox, {"assignments": RateLimited("daily", None, daily_cap=True)}, 1_000.0)
    assert sent == ["poll.create", "poll.close", "meeting.end"]  # in order within the poll lane
    assert result.waiting == 2 and set(result.held) == {"assignments"}
    assert outbox.next_due("p") == 86_400.0  # the rooms' lane at the next UTC midnight


def test_a_transient_failure_keeps_order_within_its_lane(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "o.sqlite3")
    outbox.add("p", "poll.create", {})
    outbox.add("p", "poll.close", {})
    outbox.add("p", "meeting.end", {})
    result, sent = drain(outbox, {"poll.create": Transient("503")}, 0.0)
    assert sent == ["meeting.end"]  # the close never overtakes its create
    assert result.waiting == 2 and "poll" in result.held


def test_auth_holds_end_with_a_new_credential_or_after_a_while(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "o.sqlite3")
    outbox.add("p", "poll.create", {})
    outbox.add("p", "meeting.end", {})
    result, _ = drain(outbox, {"poll.create": ScopeError("needs meeting:write", ("meeting:write",))}, 0.0)
    assert set(result.held) == {"poll"} and result.waiting == 1
    assert outbox.release_credential("p", "t1") == 0  # the same token: still held
    assert drain(outbox, {}, 10.0)[0].waiting == 1
    assert drain(outbox, {}, AUTH_RECHECK_S + 1)[0].waiting == 0  # tried again after a while
    outbox.add("p", "chat.message", {})
    result, _ = drain(outbox, {"chat.message": AuthError("revoked")}, 2_000.0)
    assert outbox.paused("p", 2_000.0) is not None
    assert outbox.release_credential("p", "t2") >= 1  # signed in again (or refreshed)
    assert outbox.paused("p", 2_000.0) is None and drain(outbox, {}, 2_000.0, "t2")[0].waiting == 0


def test_retry_and_drop_a_held_change(tmp_path: Path) -> None:
    outbox = Outbox(tmp_path / "o.sqlite3")
    outbox.add("p", "assignments", {})
    outbox.add("p", "meeting.end", {})
    drain(outbox, {"assignments": RateLimited("daily", None, daily_cap=True)}, 0.0)
    rooms = outbox.items("p")[0]
    assert outbox.retry(rooms.id) and outbox.holds("p", 0.0) == []
    assert drain(outbox, {}, 1.0)[1] == ["assignments"]
    outbox.add("p", "poll.create", {})
    drain(outbox, {"poll.create": ScopeError("needs x")}, 5.0)
    poll = outbox.items("p")[0]
    assert outbox.drop(poll.id) and outbox.items("p") == [] and outbox.holds("p", 5.0) == []
    assert outbox.item(poll.id).state == "dropped"  # type: ignore[union-attr]
    assert not outbox.retry(poll.id)


def test_an_endless_pause_of_an_older_version_becomes_a_liftable_hold(tmp_path: Path) -> None:
    path = tmp_path / "o.sqlite3"
    Outbox(path).close()
    db = sqlite3.connect(path)
    db.execute("INSERT INTO queue_state VALUES ('p', ?, 'p: expired — sign in again')", (float("inf"),))
    db.commit()
    db.close()
    outbox = Outbox(path)
    assert outbox.paused("p", 0.0) is not None
    assert outbox.release_credential("p", "any-new-token") == 1 and outbox.paused("p", 0.0) is None


def test_a_change_refused_for_good_is_said_in_the_log(tmp_path: Path, caplog: Any) -> None:
    """The queue goes on past it; console.log says which change the platform refused and why
    (httpx's own request lines are no longer there to show it)."""
    import logging

    from facilitator_app.services.platforms.base import PlatformError

    outbox = Outbox(tmp_path / "o.sqlite3")
    outbox.add("p", "chat.message", {"text": "hi"})
    outbox.add("p", "meeting.end", {})
    caplog.set_level(logging.WARNING, logger="facilitator_app.services.outbox")
    result, sent = drain(outbox, {"chat.message": PlatformError("400 chat is off in this meeting")}, 0.0)
    assert sent == ["meeting.end"] and result.waiting == 0
    lines = [r.getMessage() for r in caplog.records]
    assert len(lines) == 1 and "refused chat.message" in lines[0] and "400 chat is off" in lines[0], lines
