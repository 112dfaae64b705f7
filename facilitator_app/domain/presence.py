"""Who was in the meeting when: presence intervals per person, built from the live roster
(diffs recorded by the console in control) and from the join/leave times a platform gives
after the meeting (Zoom's past participants, a Teams attendance report).

Keys: a person of the event by their id; someone on the roster who matches nobody (by
e-mail, then by name) is a guest, ``guest:<name in lower case>``, counted by name but
never made a person. Intervals are kept sorted and merged (an import over a day the
console watched live adds only what it did not see), an open interval (end None) is
someone present now.

Pure: no Qt, no I/O; the platform's records are untrusted and checked here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import field
from datetime import UTC, datetime, timedelta
from typing import Any

from .frozen import Frozen, record
from .model import Person

GUEST = "guest:"
MAX_RECORDS = 20_000  # platform records taken from one answer (Zoom: 300 people rejoining often)
MAX_INTERVAL = timedelta(hours=24)  # a platform's interval longer than a day is not believed
MAX_NAME = 200
FUTURE_SLACK = timedelta(minutes=5)  # clocks differ a little; more than this ahead is refused
EARLIEST = datetime(2000, 1, 1, tzinfo=UTC)
JOIN_SLACK = timedelta(minutes=5)  # the console sees a join up to a sync cycle (or a restart) after it

Interval = tuple[datetime, datetime | None]


@record
class PresenceState(Frozen):
    """Who was in the meeting when: each person's and guest's time intervals from the live roster."""

    intervals: dict[str, tuple[Interval, ...]] = field(default_factory=dict)  # key -> sorted, merged
    guests: dict[str, str] = field(default_factory=dict)  # guest key -> the name the platform gave
    last_at: datetime | None = None  # the last live change recorded
    sources: tuple[str, ...] = ()  # where presence came from, in the order first seen

    def present(self) -> frozenset[str]:
        """Keys present now by the live record (an open last interval)."""
        return frozenset(k for k, iv in self.intervals.items() if iv and iv[-1][1] is None)

    @property
    def recorded(self) -> bool:
        return bool(self.intervals)


def _clean(text: str) -> str:
    return " ".join(text.split()).casefold()


def guest_key(name: str) -> str:
    return GUEST + (_clean(name)[:MAX_NAME] or "?")


class Matcher:
    """Roster entries to keys: the event's person by e-mail, then by name; else a guest."""

    def __init__(self, people: Iterable[Person]) -> None:
        self.by_email: dict[str, str] = {}
        self.by_name: dict[str, str] = {}
        for p in people:
            if p.email:
                self.by_email.setdefault(p.email.strip().lower(), p.id)
            if p.name:
                self.by_name.setdefault(_clean(p.name), p.id)

    def key(self, name: str, email: str) -> tuple[str, str]:
        """(key, guest name or '')."""
        pid = self.by_email.get(email.strip().lower()) if email else None
        if pid is None and name:
            pid = self.by_name.get(_clean(name))
        if pid is not None:
            return pid, ""
        label = " ".join(name.split())[:MAX_NAME] or email.strip()[:MAX_NAME]
        return guest_key(label), label


def _text(value: Any, limit: int = MAX_NAME * 2) -> str:
    return value[:limit] if isinstance(value, str) else ""


def roster_keys(people: Iterable[Person], roster: Sequence[Any]) -> tuple[set[str], dict[str, str]]:
    """Who is on a live roster, as keys; and the guests' names."""
    match = Matcher(people)
    keys: set[str] = set()
    guests: dict[str, str] = {}
    for entry in roster[:MAX_RECORDS]:
        if not isinstance(entry, Mapping):
            continue
        name, email = _text(entry.get("name")), _text(entry.get("email"))
        if not name and not email:
            continue
        if entry.get("leave_time"):  # Zoom lists who has left too, with the time they left
            continue
        key, guest = match.key(name, email)
        keys.add(key)
        if guest:
            guests[key] = guest
    return keys, guests


def merge(intervals: Iterable[Interval]) -> tuple[Interval, ...]:
    """Sorted and merged (overlapping or touching intervals become one; open ends last forever)."""
    out: list[list[Any]] = []
    for start, end in sorted(intervals, key=lambda iv: iv[0]):
        if out and (out[-1][1] is None or start <= out[-1][1]):
            if out[-1][1] is not None and (end is None or end > out[-1][1]):
                out[-1][1] = end
            continue
        out.append([start, end])
    return tuple((s, e) for s, e in out)


# ---------------------------------------------------------------- the live record


def diff(state: PresenceState, keys: set[str]) -> tuple[list[str], list[str]]:
    """(joined, left) against the live record, sorted."""
    present = state.present()
    return sorted(keys - present), sorted(present - keys)


def change_payload(
    state: PresenceState,
    people: Iterable[Person],
    roster: Sequence[Any],
    now: datetime,
    source: str,
    closed_at: datetime | None = None,
) -> dict[str, Any] | None:
    """The ``presence.changed`` event for a live roster, or None when nobody came or went.

    ``closed_at``: the live record is stale (a new day): everyone still open is closed
    then, and the roster starts afresh."""
    keys, guests = roster_keys(people, roster)
    left: list[str]
    if closed_at is not None:
        joined, left = sorted(keys), []
        if not joined and not state.present():
            return None
    else:
        joined, left = diff(state, keys)
        if not joined and not left:
            return None
    payload: dict[str, Any] = {
        "at": now.isoformat(),
        "source": source[:80],
        "joined": joined,
        "left": left,
        "guests": {k: guests[k] for k in joined if k in guests},
    }
    if closed_at is not None:
        payload["closed_at"] = closed_at.isoformat()
    return payload


def _instant(value: Any) -> datetime:
    if not isinstance(value, str) or len(value) > 40:
        raise ValueError(f"not a time: {value!r}")
    moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        raise ValueError(f"a time needs a UTC offset: {value!r}")
    return moment


def _keys(value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(k, str) for k in value):
        raise ValueError("expected a list of keys")
    return value


def _guests(value: Any) -> dict[str, str]:
    if not isinstance(value, dict) or not all(isinstance(k, str) and isinstance(v, str) for k, v in value.items()):
        raise ValueError("expected guest names")
    return dict(value)


def _add_source(state: PresenceState, source: str) -> tuple[str, ...]:
    return state.sources if not source or source in state.sources else (*state.sources, source)


def apply_change(state: PresenceState, payload: Mapping[str, Any]) -> PresenceState:
    """Fold one ``presence.changed`` event."""
    at = _instant(payload["at"])
    joined, left = _keys(payload.get("joined", [])), _keys(payload.get("left", []))
    intervals = dict(state.intervals)
    if payload.get("closed_at") is not None:
        closed = _instant(payload["closed_at"])
        for key, ivs in intervals.items():
            if ivs and ivs[-1][1] is None:
                start = ivs[-1][0]
                intervals[key] = merge((*ivs[:-1], (start, max(start, closed))))
    for key in left:
        ivs = intervals.get(key, ())
        if ivs and ivs[-1][1] is None:
            intervals[key] = (*ivs[:-1], (ivs[-1][0], max(ivs[-1][0], at)))
    for key in joined:
        ivs = intervals.get(key, ())
        if not ivs:
            intervals[key] = ((at, None),)
        elif ivs[-1][1] is not None:  # after the last interval (the usual case) it is simply added
            last_end = ivs[-1][1]
            intervals[key] = (*ivs, (at, None)) if at > last_end else merge((*ivs, (at, None)))
    guests = {**state.guests, **_guests(payload.get("guests", {}))}
    source = _text(payload.get("source"), 80)
    return PresenceState(intervals, guests, at, _add_source(state, source))


# ---------------------------------------------------------------- after the meeting


@record
class Taken(Frozen):
    """Join and leave times a platform gave after the meeting, matched to people, and how many were refused."""

    intervals: dict[str, tuple[Interval, ...]]  # key -> closed intervals from the platform
    guests: dict[str, str]
    refused: int  # records not believed (bad times, wrong types, too many)


def _platform_intervals(entry: Mapping[str, Any]) -> list[tuple[Any, Any]]:
    if "join_time" in entry or "leave_time" in entry:  # Zoom: one record per join
        return [(entry.get("join_time"), entry.get("leave_time"))]
    raw = entry.get("attendanceIntervals")  # Teams: a record per person, intervals inside
    if isinstance(raw, list):
        return [
            (i.get("joinDateTime"), i.get("leaveDateTime")) if isinstance(i, Mapping) else (None, None) for i in raw
        ]
    return [(None, None)]


def from_platform(people: Iterable[Person], records: Any, now: datetime) -> Taken:
    """Join/leave times as a platform gives them after the meeting, checked: a record is
    believed only with both times (ISO 8601 with an offset), leave not before join, at
    most a day long, after 2000 and not in the future; at most ``MAX_RECORDS``."""
    match = Matcher(people)
    found: dict[str, list[Interval]] = {}
    guests: dict[str, str] = {}
    refused = 0
    if not isinstance(records, list):
        return Taken({}, {}, 1 if records else 0)
    refused += max(0, len(records) - MAX_RECORDS)
    for entry in records[:MAX_RECORDS]:
        if not isinstance(entry, Mapping):
            refused += 1
            continue
        name, email = _text(entry.get("name")), _text(entry.get("email"))
        if not name and not email:
            refused += 1
            continue
        for join_raw, leave_raw in _platform_intervals(entry)[:100]:
            try:
                join, leave = _instant(join_raw), _instant(leave_raw)
            except (ValueError, TypeError):
                refused += 1
                continue
            if not (EARLIEST <= join <= leave <= now + FUTURE_SLACK) or leave - join > MAX_INTERVAL:
                refused += 1
                continue
            key, guest = match.key(name, email)
            found.setdefault(key, []).append((join.astimezone(UTC), leave.astimezone(UTC)))
            if guest:
                guests[key] = guest
    return Taken({k: merge(v) for k, v in found.items()}, guests, refused)


def _closing(have: tuple[Interval, ...], given: tuple[Interval, ...]) -> datetime | None:
    """When the platform says someone left whom the live record still has in the meeting
    (the console stopped watching: closed, crashed): the leave time of the platform's
    interval that covers the open one's start (None: no such interval)."""
    if not have or have[-1][1] is not None:
        return None
    start = have[-1][0]
    ends = [e for s, e in given if e is not None and s <= start + JOIN_SLACK and e >= start]
    return max(ends) if ends else None


def import_payload(state: PresenceState, taken: Taken, source: str) -> dict[str, Any] | None:
    """The ``presence.imported`` event: only the people whose intervals it changes (None:
    nothing new). An interval the live record left open is closed at the platform's leave."""
    rows: list[list[str]] = []
    closed: list[list[str]] = []
    guests: dict[str, str] = {}
    for key in sorted(taken.intervals):
        have = state.intervals.get(key, ())
        given = taken.intervals[key]
        close = _closing(have, given)
        if close is not None:
            closed.append([key, close.isoformat()])
            have = (*have[:-1], (have[-1][0], max(have[-1][0], close)))
        elif merge((*have, *given)) == have:
            continue
        rows += [[key, s.isoformat(), e.isoformat() if e else ""] for s, e in given]
        if key in taken.guests:
            guests[key] = taken.guests[key]
    if not rows:
        return None
    payload: dict[str, Any] = {"source": source[:80], "intervals": rows, "guests": guests}
    if closed:
        payload["closed"] = closed
    return payload


def apply_import(state: PresenceState, payload: Mapping[str, Any]) -> PresenceState:
    """Fold one ``presence.imported`` event: its intervals joined with what is known."""
    rows = payload["intervals"]
    if not isinstance(rows, list):
        raise ValueError("intervals: expected a list")
    added: dict[str, list[Interval]] = {}
    for row in rows:
        if not isinstance(row, list) or len(row) != 3 or not isinstance(row[0], str):
            raise ValueError("an interval is [key, join, leave]")
        start, end = _instant(row[1]), _instant(row[2])
        if end < start:
            raise ValueError("an interval ends before it starts")
        added.setdefault(row[0], []).append((start, end))
    intervals = dict(state.intervals)
    closed = payload.get("closed", [])
    if not isinstance(closed, list):
        raise ValueError("closed: expected a list")
    for row in closed:  # open live intervals the platform says ended
        if not isinstance(row, list) or len(row) != 2 or not isinstance(row[0], str):
            raise ValueError("a closing is [key, leave]")
        at, open_ivs = _instant(row[1]), intervals.get(row[0], ())
        if open_ivs and open_ivs[-1][1] is None:
            intervals[row[0]] = (*open_ivs[:-1], (open_ivs[-1][0], max(open_ivs[-1][0], at)))
    for key, ivs in added.items():
        intervals[key] = merge((*intervals.get(key, ()), *ivs))
    guests = {**state.guests, **_guests(payload.get("guests", {}))}
    return PresenceState(intervals, guests, state.last_at, _add_source(state, _text(payload.get("source"), 80)))
