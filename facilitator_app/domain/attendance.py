"""Attendance over time from the session's presence intervals: per day (unique people
present, the peak), per breakout round (present at its start, placed in rooms), late
joiners and those who left early.

A day's window is when its show actually ran (the first segment's start to the last one's
end, or now while it runs); a day not run yet is its planned window. Late: first joined
more than ``GRACE`` after the window opened. Left early: last left more than ``GRACE``
before it closed and did not come back that day. Pure (no Qt).
"""

from __future__ import annotations

from dataclasses import field
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from .frozen import Frozen, record
from .model import Day
from .presence import GUEST, Interval
from .room_rounds import breakout_ids
from .schedule import day_start, planned_end
from .state import SessionState

GRACE = timedelta(minutes=5)


@record
class DayAttendance(Frozen):
    """Who was in the meeting during one day: the peak, who came late and who left early."""

    day: Day
    start: datetime
    end: datetime
    ran: bool  # the window is from actual times (else the plan)
    present: tuple[str, ...]  # keys present at some time in the window
    peak: int
    peak_at: datetime | None
    late: tuple[tuple[str, datetime], ...]  # key, first joined
    left: tuple[tuple[str, datetime], ...]  # key, last left

    @property
    def guests(self) -> int:
        return sum(1 for k in self.present if k.startswith(GUEST))


@record
class RoundAttendance(Frozen):
    """A breakout round as it started: how many were present, and how many of them had a room."""

    segment_id: str
    title: str
    started_at: datetime
    present: int  # present when the round started
    placed: int  # people placed in its rooms
    placed_present: int
    present_not_placed: int


@record
class Attendance(Frozen):
    """The event's attendance by day and by breakout round, for the event report."""

    days: list[DayAttendance] = field(default_factory=list)
    rounds: list[RoundAttendance] = field(default_factory=list)
    names: dict[str, str] = field(default_factory=dict)  # key -> name (guests marked by the caller)


def _window(state: SessionState, day: Day, now: datetime) -> tuple[datetime, datetime, bool]:
    actuals = [state.live.actuals[s.id] for s in day.segments if s.id in state.live.actuals]
    if actuals:
        start = min(a.started_at for a in actuals)
        end = max((a.ended_at or now) for a in actuals)
        return start, max(start, end), True
    tz = ZoneInfo(state.show.timezone)
    return day_start(day, tz), planned_end(day, tz), False


def _within(
    ivs: tuple[Interval, ...], start: datetime, end: datetime, now: datetime
) -> list[tuple[datetime, datetime]]:
    """The intervals that overlap [start, end), with open ends read as now."""
    out = []
    for s, e in ivs:
        stop = e if e is not None else max(now, s)
        if (s < end and stop > start) or (s == stop and start <= s <= end):
            out.append((s, stop))
    return out


def _peak(spans: list[tuple[datetime, datetime]], start: datetime, end: datetime) -> tuple[int, datetime | None]:
    """The most people present at once in the window, and when (first reached)."""
    t0, t1 = start.timestamp(), end.timestamp()
    edges: list[tuple[float, int]] = []
    for s, e in spans:
        a, b = max(s.timestamp(), t0), min(e.timestamp(), t1)
        if b > a:
            edges += [(a, 1), (b, -1)]
    edges.sort()  # a leave (-1) before a join at the same moment
    best, at, here = 0, None, 0
    for moment, step in edges:
        here += step
        if here > best:
            best, at = here, moment
    return best, (datetime.fromtimestamp(at, start.tzinfo) if at is not None else None)


def _open_end(state: SessionState, windows: list[tuple[Day, datetime, datetime, bool]], now: datetime) -> datetime:
    """Until when someone still present by the live record counts: the end of the day of
    the record's last change (the console may have stopped watching); while that day runs
    its window ends now."""
    last = state.presence.last_at
    if last is None:
        return now
    tz = ZoneInfo(state.show.timezone)
    same_day = [
        end for day, start, end, _ran in windows if start <= last <= end or day.date == last.astimezone(tz).date()
    ]
    return max([last, *same_day])


def build(state: SessionState, now: datetime) -> Attendance | None:
    """None when the session holds no presence at all."""
    presence = state.presence
    if not presence.recorded:
        return None
    names: dict[str, str] = {p.id: p.name for p in state.show.people}
    names.update(presence.guests)
    windows = [(day, *_window(state, day, now)) for day in state.show.days]
    open_end = _open_end(state, windows, now)
    days = []
    for day, start, end, ran in windows:
        present: list[str] = []
        late: list[tuple[str, datetime]] = []
        left: list[tuple[str, datetime]] = []
        spans: list[tuple[datetime, datetime]] = []
        for key, ivs in presence.intervals.items():
            mine = _within(ivs, start, end, open_end)
            if not mine:
                continue
            present.append(key)
            spans += mine
            first = min(s for s, _ in mine)
            last = max(e for _, e in mine)
            if first > start + GRACE:
                late.append((key, first))
            if last < end - GRACE:
                left.append((key, last))
        peak, peak_at = _peak(spans, start, end)
        by_name = sorted(present, key=lambda k: ((names.get(k) or k).casefold(), k))
        late.sort(key=lambda x: (x[1], names.get(x[0], x[0]).casefold()))
        left.sort(key=lambda x: (x[1], names.get(x[0], x[0]).casefold()))
        days.append(DayAttendance(day, start, end, ran, tuple(by_name), peak, peak_at, tuple(late), tuple(left)))
    rounds = []
    titles = {s.id: s.title for d in state.show.days for s in d.segments}
    for sid in breakout_ids(state.show):
        actual = state.live.actuals.get(sid)
        if actual is None:
            continue
        t = actual.started_at
        here = {
            k
            for k, ivs in presence.intervals.items()
            if any(s <= t and (t < e if e is not None else t <= open_end) for s, e in ivs)
        }
        placed = {m for room in state.rooms.plans.get(sid, ()) for m in room.members}
        rounds.append(
            RoundAttendance(
                sid, titles.get(sid, sid), t, len(here), len(placed), len(placed & here), len(here - placed)
            )
        )
    return Attendance(days, rounds, names)


def present_between(state: SessionState, start: datetime, end: datetime, now: datetime) -> frozenset[str] | None:
    """Who was in the meeting at some time in [start, end] (people's ids, guests' keys);
    None when the session holds no presence at all."""
    if not state.presence.recorded:
        return None
    windows = [(day, *_window(state, day, now)) for day in state.show.days]
    open_end = _open_end(state, windows, now)
    return frozenset(k for k, ivs in state.presence.intervals.items() if _within(ivs, start, end, open_end))
