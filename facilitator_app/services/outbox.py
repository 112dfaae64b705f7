"""The per-machine cache and the durable outbox of changes meant for the platform.

SQLite in the data directory (never in the shared session folder). Changes are sent in
order within their *lane* (the kind of change before its dot: ``assignments``, ``poll``,
``meeting``, ``chat``); a failure holds that lane only, so a held room update never keeps
a poll or "end meeting" waiting:

- a transient error or a rate limit waits (full-jitter exponential backoff, or exactly
  the platform's ``Retry-After``) and tries again;
- a change whose answer never came (timeout after sending) is *unknown*: before anything
  else in its lane it is read back from the platform, and only re-sent if it is not there;
- a daily-cap error holds the lane until the next UTC midnight and says so;
- a missing permission (403) holds the lane, a refused token (401, after one refresh)
  the whole platform: until the credential changes (a sign-in or a refresh), the
  producer retries or drops the change, or ``AUTH_RECHECK_S`` have passed.

Nothing here sleeps: ``drain`` does what is due at ``now`` and returns; the caller
decides when to call again (``next_due``).

Opening: a database another process holds locked is waited for briefly (LOCK_WAIT_S), then
refused with :class:`OutboxUnavailable` naming it. A damaged one is moved aside (kept, never
deleted) and a fresh one started; ``notice`` then says what was lost from the queue.
"""

from __future__ import annotations

import contextlib
import json
import logging
import math
import os
import random
import sqlite3
import time
import uuid
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from ..domain.frozen import Frozen, record
from .platforms.base import AuthError, PlatformError, RateLimited, ScopeError, Transient, UnknownOutcome

log = logging.getLogger(__name__)

BACKOFF_BASE_S = 1.0
BACKOFF_CAP_S = 300.0
AUTH_RECHECK_S = 900.0  # an auth hold under an unchanged credential is tried again after this
PLATFORM = ""  # the lane name of a hold on the whole platform
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
    state TEXT NOT NULL DEFAULT 'pending',  -- pending | unknown | sent | failed | dropped
    attempts INTEGER NOT NULL DEFAULT 0,
    next_at REAL NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT '',
    created_at REAL NOT NULL
);
CREATE TABLE IF NOT EXISTS queue_state (platform TEXT PRIMARY KEY, paused_until REAL, reason TEXT);
CREATE TABLE IF NOT EXISTS holds (
    platform TEXT NOT NULL,
    lane TEXT NOT NULL,            -- '' holds the whole platform
    until REAL NOT NULL,
    reason TEXT NOT NULL,
    cause TEXT NOT NULL,           -- auth | scope | daily
    credential TEXT NOT NULL DEFAULT '',  -- fingerprint of the token it was set under
    PRIMARY KEY (platform, lane)
);
CREATE TABLE IF NOT EXISTS cache (key TEXT PRIMARY KEY, value TEXT NOT NULL, updated_at REAL NOT NULL);
"""


@record
class Item(Frozen):
    """One change queued for a platform, as the outbox stores it."""

    id: int
    platform: str
    kind: str
    payload: dict[str, Any]
    key: str
    state: str
    attempts: int
    next_at: float
    last_error: str


def lane(kind: str) -> str:
    """Changes of one lane go in order; lanes do not wait for each other."""
    return kind.split(".", 1)[0]


@record
class Hold(Frozen):
    """A pause on sending to a platform, or to one lane of it, until a time, and why."""

    platform: str
    lane: str  # '' = the whole platform
    until: float
    reason: str
    cause: str


# kind -> how to send it, and how to tell whether it was applied (read-back)
Sender = Callable[[Item], Awaitable[None]]
Checker = Callable[[Item], Awaitable[bool]]


@dataclass(slots=True)
class DrainResult:
    """What one pass over the outbox did: how many changes were sent, confirmed and left
    waiting, and why sending stopped."""

    sent: int = 0
    read_back: int = 0
    waiting: int = 0
    stopped: str = ""  # why the queue (or a lane of it) stopped, in words; "" when nothing stopped
    held: dict[str, str] = field(default_factory=dict)  # lane -> why it waits

    def stop(self, lane_name: str, reason: str) -> None:
        self.held[lane_name] = reason
        self.stopped = "; ".join(f"{k}: {v}" if k else v for k, v in self.held.items())


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
        self._migrate()
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

    def _migrate(self) -> None:
        """Pauses kept by older versions become holds on the whole platform (an endless
        one, an auth pause that nothing lifted, becomes an auth hold that can be lifted)."""
        for platform, until, reason in self.db.execute("SELECT * FROM queue_state").fetchall():
            cause = "auth" if until is None or until == float("inf") else "daily"
            self._hold(platform, PLATFORM, float(until if until is not None else 0.0), str(reason or ""), cause, "")
        self.db.execute("DELETE FROM queue_state")

    def holds(self, platform: str, now: float) -> list[Hold]:
        rows = self.db.execute(
            "SELECT platform, lane, until, reason, cause FROM holds WHERE platform = ? AND until > ? ORDER BY lane",
            (platform, now),
        ).fetchall()
        return [Hold(r[0], r[1], float(r[2]), r[3], r[4]) for r in rows]

    def paused(self, platform: str, now: float) -> tuple[float, str] | None:
        """The hold on the whole platform (a refused token), if any."""
        for hold in self.holds(platform, now):
            if hold.lane == PLATFORM:
                return hold.until, hold.reason
        return None

    def resume(self, platform: str, lane_name: str | None = None) -> None:
        """Lift every hold of the platform (or one lane's)."""
        if lane_name is None:
            self.db.execute("DELETE FROM holds WHERE platform = ?", (platform,))
        else:
            self.db.execute("DELETE FROM holds WHERE platform = ? AND lane = ?", (platform, lane_name))

    def release_credential(self, platform: str, credential: str) -> int:
        """A new sign-in or a refreshed token lifts the auth and permission holds set
        under another credential; returns how many were lifted."""
        cursor = self.db.execute(
            "DELETE FROM holds WHERE platform = ? AND cause IN ('auth', 'scope') AND credential != ?",
            (platform, credential),
        )
        return int(cursor.rowcount)

    def _hold(self, platform: str, lane_name: str, until: float, reason: str, cause: str, credential: str) -> None:
        self.db.execute(
            "INSERT OR REPLACE INTO holds VALUES (?, ?, ?, ?, ?, ?)",
            (platform, lane_name, until, reason, cause, credential),
        )

    def _pause(self, platform: str, until: float, reason: str) -> None:
        self._hold(platform, PLATFORM, until, reason, "auth", "")

    def item(self, item_id: int) -> Item | None:
        row = self.db.execute(
            "SELECT id, platform, kind, payload, key, state, attempts, next_at, last_error FROM outbox WHERE id = ?",
            (item_id,),
        ).fetchone()
        return Item(row[0], row[1], row[2], json.loads(row[3]), row[4], row[5], row[6], row[7], row[8]) if row else None

    def retry(self, item_id: int) -> bool:
        """The producer's "retry": the change is due now (a refused one is queued again) and
        the hold on its lane, and on the platform, is lifted."""
        item = self.item(item_id)
        if item is None or item.state not in ("pending", "unknown", "failed"):
            return False
        state = "pending" if item.state == "failed" else item.state
        self._update(item, state=state, next_at=0.0)
        self.resume(item.platform, lane(item.kind))
        self.resume(item.platform, PLATFORM)
        return True

    def drop(self, item_id: int) -> bool:
        """The producer's "drop": the change is never sent; its lane moves on."""
        item = self.item(item_id)
        if item is None or item.state not in ("pending", "unknown", "failed"):
            return False
        self._update(item, state="dropped", last_error="dropped by the producer")
        if not any(lane(i.kind) == lane(item.kind) for i in self.items(item.platform)):
            self.resume(item.platform, lane(item.kind))
        return True

    def _update(self, item: Item, **fields: Any) -> None:
        sets = ", ".join(f"{k} = ?" for k in fields)
        self.db.execute(f"UPDATE outbox SET {sets} WHERE id = ?", (*fields.values(), item.id))

    def backoff(self, attempts: int) -> float:
        """Full jitter: a random wait up to an exponentially growing cap."""
        return self.rng.uniform(0, min(self.backoff_cap_s, self.backoff_base_s * 2 ** max(0, attempts - 1)))

    async def drain(
        self,
        platform: str,
        send: Mapping[str, Sender],
        applied: Mapping[str, Checker],
        now: float,
        credential: Callable[[], str] | str = "",
    ) -> DrainResult:
        """Send what is due, lane by lane. ``credential`` names the token in use (a
        fingerprint), so an auth hold is lifted once the token changes."""

        def cred() -> str:
            return credential() if callable(credential) else credential

        result = DrainResult()
        pause = self.paused(platform, now)
        if pause is not None:
            result.waiting = self.waiting(platform)
            result.stop(PLATFORM, pause[1])
            return result
        blocked = {h.lane: h.reason for h in self.holds(platform, now)}
        for hold_lane, reason in blocked.items():
            if any(lane(i.kind) == hold_lane for i in self.items(platform)):
                result.stop(hold_lane, reason)
        for item in self.items(platform):
            name = lane(item.kind)
            if name in blocked:
                continue
            if item.next_at > now:
                blocked[name] = "waiting"  # in order: nothing of this lane behind a change that waits
                result.stop(name, item.last_error or "waiting to retry")
                continue
            try:
                if item.state == "unknown" and await applied[item.kind](item):
                    self._update(item, state="sent", last_error="")
                    result.read_back += 1
                    continue
                await send[item.kind](item)
            except UnknownOutcome as exc:
                self._update(item, state="unknown", attempts=item.attempts + 1, next_at=now, last_error=str(exc))
                blocked[name] = str(exc)
                result.stop(name, str(exc))
                continue
            except RateLimited as exc:
                if exc.daily_cap:
                    # Until the platform's Retry-After where it gives one, else the next UTC midnight.
                    until = (
                        datetime.fromtimestamp(math.ceil(now + exc.retry_after), UTC)
                        if exc.retry_after is not None
                        else (datetime.fromtimestamp(now, UTC) + timedelta(days=1)).replace(
                            hour=0, minute=0, second=0, microsecond=0
                        )
                    )
                    reason = f"{exc}: the daily limit is used up; sending resumes {until:%Y-%m-%d %H:%M} UTC"
                    self._hold(platform, name, until.timestamp(), reason, "daily", cred())
                    self._update(item, last_error=reason)
                else:
                    wait = exc.retry_after if exc.retry_after is not None else self.backoff(item.attempts + 1)
                    reason = str(exc)
                    self._update(item, attempts=item.attempts + 1, next_at=now + wait, last_error=reason)
                blocked[name] = reason
                result.stop(name, reason)
                continue
            except Transient as exc:
                wait = self.backoff(item.attempts + 1)
                self._update(item, attempts=item.attempts + 1, next_at=now + wait, last_error=str(exc))
                blocked[name] = str(exc)
                result.stop(name, str(exc))
                continue
            except ScopeError as exc:
                self._hold(platform, name, now + AUTH_RECHECK_S, str(exc), "scope", cred())
                self._update(item, last_error=str(exc))
                blocked[name] = str(exc)
                result.stop(name, str(exc))
                continue
            except AuthError as exc:
                self._hold(platform, PLATFORM, now + AUTH_RECHECK_S, str(exc), "auth", cred())
                self._update(item, last_error=str(exc))
                result.stop(PLATFORM, str(exc))
                break
            except PlatformError as exc:
                # Refused for good (a bad request): kept with its error, the queue goes on.
                self._update(item, state="failed", attempts=item.attempts + 1, last_error=str(exc))
                log.warning("platform %s refused %s (queue item %s): %s", platform, item.kind, item.id, exc)
                continue
            self._update(item, state="sent", attempts=item.attempts + 1, last_error="")
            result.sent += 1
        result.waiting = self.waiting(platform)
        return result

    def next_due(self, platform: str, now: float | None = None) -> float | None:
        """When the queue can move again: the earliest lane head, after its lane's hold
        (None when nothing waits, or nothing can move before someone acts)."""
        holds = {h.lane: h.until for h in self.holds(platform, -1.0 if now is None else now)}
        heads: dict[str, float] = {}
        for item in self.items(platform):
            heads.setdefault(lane(item.kind), item.next_at)
        times = [max(t, holds.get(name, 0.0), holds.get(PLATFORM, 0.0)) for name, t in heads.items()]
        times = [t for t in times if t != float("inf")]
        return min(times) if times else None

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
