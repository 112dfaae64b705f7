"""The per-machine cache and the durable outbox of changes meant for the platform.

SQLite in the data directory (never in the shared session folder). The outbox sends in
order, one change at a time; a failure stops the queue behind it:

- a transient error or a rate limit waits (full-jitter exponential backoff, or exactly
  the platform's ``Retry-After``) and tries again;
- a change whose answer never came (timeout after sending) is *unknown*: before anything
  else it is read back from the platform, and only re-sent if it is not there;
- a daily-cap error pauses the queue until the next UTC midnight and says so;
- an authentication error pauses it until someone signs in again.

Nothing here sleeps: ``drain`` does what is due at ``now`` and returns; the caller
decides when to call again (``next_due``).

Opening: a database another process holds locked is waited for briefly (LOCK_WAIT_S), then
refused with :class:`OutboxUnavailable` naming it. A damaged one is moved aside (kept, never
deleted) and a fresh one started; ``notice`` then says what was lost from the queue.
"""

from __future__ import annotations

import contextlib
import json
import os
import random
import sqlite3
import time
import uuid
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from .platforms.base import AuthError, PlatformError, RateLimited, Transient, UnknownOutcome

BACKOFF_BASE_S = 1.0
BACKOFF_CAP_S = 300.0
LOCK_WAIT_S = 3.0


class OutboxUnavailable(Exception):
    """The outbox cannot be opened (held by another process); the message names it."""


SCHEMA = """
CREATE TABLE IF NOT EXISTS outbox (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    platform TEXT NOT NULL,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    key TEXT NOT NULL UNIQUE,
    state TEXT NOT NULL DEFAULT 'pending',  -- pending | unknown | sent | failed
    attempts INTEGER NOT NULL DEFAULT 0,
    next_at REAL NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    created_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS queue_state (platform TEXT PRIMARY KEY, paused_until REAL, reason TEXT);
CREATE TABLE IF NOT EXISTS cache (key TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at REAL NOT NULL);
"""


@dataclass(frozen=True, slots=True)
class Item:
    id: int
    platform: str
    kind: str
    payload: dict[str, Any]
    key: str
    state: str
    attempts: int
    next_at: float
    last_error: str


# kind -> how to send it, and how to tell whether it was applied (read-back)
Sender = Callable[[Item], Awaitable[None]]
Checker = Callable[[Item], Awaitable[bool]]


@dataclass(slots=True)
class DrainResult:
    sent: int = 0
    read_back: int = 0
    waiting: int = 0
    stopped: str = ""  # why the queue stopped, in words; "" when it is empty or waiting


class Outbox:
    def __init__(
        self,
        path: Path,
        rng: random.Random | None = None,
        backoff_base_s: float = BACKOFF_BASE_S,
        backoff_cap_s: float = BACKOFF_CAP_S,
        lock_wait_s: float | None = None,
    ) -> None:
        lock_wait_s = LOCK_WAIT_S if lock_wait_s is None else lock_wait_s
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.notice = ""  # what the producer must be told: a damaged outbox moved aside
        try:
            self.db = self._open(path, lock_wait_s)
        except sqlite3.OperationalError as exc:
            if not _is_lock_error(exc):
                raise OutboxUnavailable(f"the outbox {path} cannot be opened: {exc}") from exc
            raise OutboxUnavailable(
                f"the outbox {path} is in use by another process (waited {lock_wait_s:g} s); is another "
                "console or `sync` running with the same data directory?"
            ) from exc
        except sqlite3.DatabaseError as exc:
            aside, lost = _move_aside(path)
            self.notice = (
                f"The outbox {path.name} was damaged ({exc}); it was kept as {aside.name} and a new one "
                f"was started. {lost}"
            )
            self.db = self._open(path, lock_wait_s)
        self.rng = rng or random.Random()
        self.backoff_base_s = backoff_base_s
        self.backoff_cap_s = backoff_cap_s

    @staticmethod
    def _open(path: Path, lock_wait_s: float) -> sqlite3.Connection:
        db = sqlite3.connect(path, isolation_level=None, timeout=lock_wait_s)  # autocommit: each change is durable
        try:
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            check = db.execute("PRAGMA quick_check").fetchone()
            if check is None or check[0] != "ok":
                raise sqlite3.DatabaseError(f"quick_check: {check[0] if check else 'no answer'}")
            db.executescript(SCHEMA)
        except BaseException:
            db.close()
            raise
        return db

    def close(self) -> None:
        self.db.close()

    def problem(self, exc: sqlite3.Error) -> str:
        """A database error met while running, in words (the queue is kept as it is)."""
        if _is_lock_error(exc):
            return (
                f"the outbox {self.path} is in use by another process; nothing was lost, "
                "sending resumes when it is free (is another console using the same data directory?)"
            )
        return (
            f"the outbox {self.path} cannot be used ({exc}); quit and restart the console: a damaged "
            "outbox is then kept aside and replaced"
        )

    # ------------------------------------------------------------ queue

    def add(self, platform: str, kind: str, payload: dict[str, Any], key: str | None = None, now: float = 0.0) -> str:
        """Queue a change; ``key`` makes adding idempotent (the same key is queued once)."""
        key = key or uuid.uuid4().hex
        self.db.execute(
            "INSERT OR IGNORE INTO outbox (platform, kind, payload, key, created_at) VALUES (?, ?, ?, ?, ?)",
            (platform, kind, json.dumps(payload, sort_keys=True), key, now),
        )
        return key

    def items(self, platform: str, states: tuple[str, ...] = ("pending", "unknown")) -> list[Item]:
        marks = ",".join("?" * len(states))
        rows = self.db.execute(
            f"SELECT id, platform, kind, payload, key, state, attempts, next_at, last_error FROM outbox "
            f"WHERE platform = ? AND state IN ({marks}) ORDER BY id",
            (platform, *states),
        ).fetchall()
        return [Item(r[0], r[1], r[2], json.loads(r[3]), r[4], r[5], r[6], r[7], r[8]) for r in rows]

    def waiting(self, platform: str) -> int:
        return len(self.items(platform))

    def paused(self, platform: str, now: float) -> tuple[float, str] | None:
        row = self.db.execute("SELECT paused_until, reason FROM queue_state WHERE platform = ?", (platform,)).fetchone()
        if row and row[0] is not None and row[0] > now:
            return float(row[0]), str(row[1])
        return None

    def resume(self, platform: str) -> None:
        self.db.execute("DELETE FROM queue_state WHERE platform = ?", (platform,))

    def _pause(self, platform: str, until: float, reason: str) -> None:
        self.db.execute("INSERT OR REPLACE INTO queue_state VALUES (?, ?, ?)", (platform, until, reason))

    def _update(self, item: Item, **fields: Any) -> None:
        sets = ", ".join(f"{k} = ?" for k in fields)
        self.db.execute(f"UPDATE outbox SET {sets} WHERE id = ?", (*fields.values(), item.id))

    def backoff(self, attempts: int) -> float:
        """Full jitter: a random wait up to an exponentially growing cap."""
        return self.rng.uniform(0, min(self.backoff_cap_s, self.backoff_base_s * 2 ** max(0, attempts - 1)))

    async def drain(
        self, platform: str, send: Mapping[str, Sender], applied: Mapping[str, Checker], now: float
    ) -> DrainResult:
        result = DrainResult()
        pause = self.paused(platform, now)
        if pause is not None:
            result.waiting = self.waiting(platform)
            result.stopped = pause[1]
            return result
        for item in self.items(platform):
            if item.next_at > now:
                break  # in order: nothing behind a change that waits
            try:
                if item.state == "unknown" and await applied[item.kind](item):
                    self._update(item, state="sent", last_error="")
                    result.read_back += 1
                    continue
                await send[item.kind](item)
            except UnknownOutcome as exc:
                self._update(item, state="unknown", attempts=item.attempts + 1, next_at=now, last_error=str(exc))
                result.stopped = str(exc)
                break
            except RateLimited as exc:
                if exc.daily_cap:
                    midnight = (datetime.fromtimestamp(now, UTC) + timedelta(days=1)).replace(
                        hour=0, minute=0, second=0, microsecond=0
                    )
                    reason = f"{exc}: the daily limit is used up; sending resumes {midnight:%Y-%m-%d %H:%M} UTC"
                    self._pause(platform, midnight.timestamp(), reason)
                    self._update(item, last_error=reason)
                    result.stopped = reason
                    break
                wait = exc.retry_after if exc.retry_after is not None else self.backoff(item.attempts + 1)
                self._update(item, attempts=item.attempts + 1, next_at=now + wait, last_error=str(exc))
                result.stopped = str(exc)
                break
            except Transient as exc:
                wait = self.backoff(item.attempts + 1)
                self._update(item, attempts=item.attempts + 1, next_at=now + wait, last_error=str(exc))
                result.stopped = str(exc)
                break
            except AuthError as exc:
                self._pause(platform, float("inf"), str(exc))
                self._update(item, last_error=str(exc))
                result.stopped = str(exc)
                break
            except PlatformError as exc:
                # Refused for good (a bad request): kept with its error, the queue goes on.
                self._update(item, state="failed", attempts=item.attempts + 1, last_error=str(exc))
                continue
            self._update(item, state="sent", attempts=item.attempts + 1, last_error="")
            result.sent += 1
        result.waiting = self.waiting(platform)
        return result

    def next_due(self, platform: str) -> float | None:
        """When the queue can move again: the first change's time (the rest wait behind it)."""
        row = self.db.execute(
            "SELECT next_at FROM outbox WHERE platform = ? AND state IN ('pending', 'unknown') ORDER BY id LIMIT 1",
            (platform,),
        ).fetchone()
        return None if row is None else float(row[0])

    # ------------------------------------------------------------ cache

    def cache_put(self, key: str, value: Any, now: float) -> None:
        self.db.execute("INSERT OR REPLACE INTO cache VALUES (?, ?, ?)", (key, json.dumps(value), now))

    def cache_get(self, key: str) -> tuple[Any, float] | None:
        row = self.db.execute("SELECT value, updated_at FROM cache WHERE key = ?", (key,)).fetchone()
        return (json.loads(row[0]), float(row[1])) if row else None


def _is_lock_error(exc: sqlite3.Error) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


def _move_aside(path: Path) -> tuple[Path, str]:
    """Rename a damaged database (and its -wal/-shm) out of the way; say what its queue held."""
    lost = _salvage_count(path)
    stamp = time.strftime("%Y%m%d-%H%M%S")
    aside = path.with_name(f"{path.name}.damaged-{stamp}")
    n = 1
    while aside.exists():
        n += 1
        aside = path.with_name(f"{path.name}.damaged-{stamp}-{n}")
    os.replace(path, aside)
    for suffix in ("-wal", "-shm"):
        side = path.with_name(path.name + suffix)
        if side.exists():
            with contextlib.suppress(OSError):
                os.replace(side, aside.with_name(aside.name + suffix))
    return aside, lost


def _salvage_count(path: Path) -> str:
    """What the damaged queue held, as far as it can still be read."""
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=0.1)
        try:
            rows = db.execute(
                "SELECT platform, kind, count(*) FROM outbox WHERE state IN ('pending', 'unknown') "
                "GROUP BY platform, kind ORDER BY platform, kind"
            ).fetchall()
        finally:
            db.close()
    except sqlite3.Error:
        return (
            "The changes it still had to send to the platform could not be read and were not sent: "
            "check the platform (polls, breakout assignments) and make them again where needed."
        )
    if not rows:
        return "Nothing was waiting to be sent."
    listed = ", ".join(f"{n} {kind} for {platform}" for platform, kind, n in rows)
    return f"These changes were waiting and were not sent: {listed}; make them again where needed."
