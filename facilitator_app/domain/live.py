"""Live show state: which segment runs, its end instant, pauses, added time, actuals.

The state stores instants, never countdowns: a running segment has an absolute end
instant, a paused one its remaining seconds. What the screen shows (remaining time,
phase, projected ends) is derived from the state and ``now`` by :func:`observe`, so
uneven ticks never accumulate drift and a reopened session continues exactly.

Live actions are built here as (event type, payload) pairs that already carry the
resulting instants; applying them (in :mod:`.state`) needs no clock.
"""

from __future__ import annotations

import math
from dataclasses import field, replace
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any
from zoneinfo import ZoneInfo

from .frozen import Frozen, record
from .model import Day, Segment, Show, evolve
from .schedule import hard_stop_instant, plan_day, wall_instant_after

Action = tuple[str, dict[str, Any]]


class Status(StrEnum):
    IDLE = "idle"
    RUNNING = "running"
    PAUSED = "paused"
    ENDED = "ended"


class Phase(StrEnum):
    IDLE = "idle"
    NORMAL = "normal"
    WARNING = "warning"
    DANGER = "danger"
    OVERTIME = "overtime"


@record
class Actual(Frozen):
    """What really happened to one segment (first start, last end, time it ran)."""

    segment_id: str
    started_at: datetime
    ended_at: datetime | None = None
    ran_s: float = 0.0  # running time of finished runs, pauses excluded
    paused_s: float = 0.0
    added_s: int = 0
    runs: int = 1


@record
class LiveState(Frozen):
    """The show as it runs: the live segment and its clock, and what really happened to each segment."""

    status: Status = Status.IDLE
    segment_id: str | None = None
    end_at: datetime | None = None  # running: the instant the segment's time is up
    remaining_s: float | None = None  # paused: the seconds that were left
    run_started_at: datetime | None = None
    paused_at: datetime | None = None
    run_paused_s: float = 0.0
    added_s: int = 0
    last_end_at: dict[str, str] = field(default_factory=dict)  # segment -> end instant (ISO)
    skipped: frozenset[str] = frozenset()
    actuals: dict[str, Actual] = field(default_factory=dict)
    message: str = ""

    @property
    def active(self) -> bool:
        return self.status in (Status.RUNNING, Status.PAUSED)


def iso(moment: datetime) -> str:
    return moment.isoformat()


def parse_instant(text: str) -> datetime:
    moment = datetime.fromisoformat(text)
    if moment.tzinfo is None:
        raise ValueError(f"instant without a time zone: {text!r}")
    return moment


def remaining_at(state: LiveState, now: datetime) -> float | None:
    if state.status is Status.RUNNING and state.end_at is not None:
        return (state.end_at - now).total_seconds()
    if state.status is Status.PAUSED:
        return state.remaining_s
    return None


# ---------------------------------------------------------------- applying live events


def _close_run(state: LiveState, at: datetime) -> LiveState:
    """Finish the current run: book its running time into the segment's actual."""
    if not state.active or state.segment_id is None or state.run_started_at is None:
        return state
    paused = state.run_paused_s
    if state.status is Status.PAUSED and state.paused_at is not None:
        paused += max(0.0, (at - state.paused_at).total_seconds())
    ran = max(0.0, (at - state.run_started_at).total_seconds() - paused)
    actuals = dict(state.actuals)
    old = actuals.get(state.segment_id)
    if old is not None:
        actuals[state.segment_id] = replace(
            old, ended_at=at, ran_s=old.ran_s + ran, paused_s=old.paused_s + paused, added_s=state.added_s
        )
    last_end = dict(state.last_end_at)
    if state.status is Status.RUNNING and state.end_at is not None:
        last_end[state.segment_id] = iso(state.end_at)
    elif state.remaining_s is not None:
        last_end[state.segment_id] = iso(at + timedelta(seconds=state.remaining_s))
    return evolve(state, actuals=actuals, last_end_at=last_end)


def apply_start(state: LiveState, segment_id: str, at: datetime, end_at: datetime, added_s: int) -> LiveState:
    state = _close_run(state, at)
    actuals = dict(state.actuals)
    old = actuals.get(segment_id)
    if old is None:
        actuals[segment_id] = Actual(segment_id, started_at=at)
    else:
        actuals[segment_id] = replace(old, ended_at=None, runs=old.runs + 1)
    return evolve(
        state,
        status=Status.RUNNING,
        segment_id=segment_id,
        end_at=end_at,
        remaining_s=None,
        run_started_at=at,
        paused_at=None,
        run_paused_s=0.0,
        added_s=added_s,
        actuals=actuals,
        skipped=state.skipped - {segment_id},
    )


def apply_pause(state: LiveState, at: datetime, remaining_s: float) -> LiveState:
    if state.status is not Status.RUNNING:
        return state
    return evolve(state, status=Status.PAUSED, end_at=None, remaining_s=remaining_s, paused_at=at)


def apply_resume(state: LiveState, at: datetime, end_at: datetime) -> LiveState:
    if state.status is not Status.PAUSED:
        return state
    paused = state.run_paused_s
    if state.paused_at is not None:
        paused += max(0.0, (at - state.paused_at).total_seconds())
    return evolve(state, status=Status.RUNNING, end_at=end_at, remaining_s=None, paused_at=None, run_paused_s=paused)


def apply_adjust(state: LiveState, delta_s: int, end_at: datetime | None, remaining_s: float | None) -> LiveState:
    if not state.active:
        return state
    if state.status is Status.RUNNING and end_at is not None:
        return evolve(state, end_at=end_at, added_s=state.added_s + delta_s)
    if state.status is Status.PAUSED and remaining_s is not None:
        return evolve(state, remaining_s=remaining_s, added_s=state.added_s + delta_s)
    return state


def apply_end(state: LiveState, at: datetime) -> LiveState:
    state = _close_run(state, at)
    return evolve(
        state,
        status=Status.ENDED,
        end_at=None,
        remaining_s=None,
        run_started_at=None,
        paused_at=None,
        run_paused_s=0.0,
        added_s=0,
    )


def apply_skip(state: LiveState, segment_id: str, skipped: bool) -> LiveState:
    if skipped:
        return evolve(state, skipped=state.skipped | {segment_id})
    return evolve(state, skipped=state.skipped - {segment_id})


# ---------------------------------------------------------------- building live actions


def _ordered(show: Show) -> list[tuple[Day, Segment]]:
    return [(d, s) for d in show.days for s in d.segments]


def next_in_day(show: Show, state: LiveState, segment_id: str) -> Segment | None:
    """The next segment of the same day that is not skipped."""
    found = show.locate(segment_id)
    if found is None:
        return None
    day, index = found
    for seg in day.segments[index + 1 :]:
        if seg.id not in state.skipped:
            return seg
    return None


def previous_in_day(show: Show, state: LiveState, segment_id: str) -> Segment | None:
    found = show.locate(segment_id)
    if found is None:
        return None
    day, index = found
    for seg in reversed(day.segments[:index]):
        if seg.id not in state.skipped:
            return seg
    return None


def cued_segment(show: Show, state: LiveState) -> Segment | None:
    """What 'start' would begin when nothing runs: the first segment not yet run or skipped."""
    if state.active and state.segment_id is not None:
        return show.segment(state.segment_id)
    for _day, seg in _ordered(show):
        if seg.id not in state.actuals and seg.id not in state.skipped:
            return seg
    return None


def start_action(show: Show, state: LiveState, segment_id: str, now: datetime) -> Action | None:
    """Start (or jump to) a segment with its full planned duration."""
    seg = show.segment(segment_id)
    if seg is None:
        return None
    end_at = now + timedelta(seconds=seg.duration_s)
    return "live.start", {"segment_id": seg.id, "at": iso(now), "end_at": iso(end_at), "added_s": 0}


def toggle_action(show: Show, state: LiveState, now: datetime, selected: str | None = None) -> Action | None:
    """Space: start the cued (or selected) segment when idle, else pause or resume."""
    if state.status is Status.RUNNING:
        remaining = remaining_at(state, now)
        assert remaining is not None
        return "live.pause", {"at": iso(now), "remaining_s": round(remaining, 3)}
    if state.status is Status.PAUSED:
        end_at = now + timedelta(seconds=state.remaining_s or 0.0)
        return "live.resume", {"at": iso(now), "end_at": iso(end_at)}
    target = show.segment(selected) if selected else None
    if target is None:
        target = cued_segment(show, state)
    return start_action(show, state, target.id, now) if target is not None else None


def next_action(show: Show, state: LiveState, now: datetime) -> Action | None:
    """Finish the current segment and start the next one of the day (or end the day)."""
    if not state.active or state.segment_id is None:
        cue = cued_segment(show, state)
        return start_action(show, state, cue.id, now) if cue is not None else None
    nxt = next_in_day(show, state, state.segment_id)
    if nxt is None:
        return "live.end", {"at": iso(now)}
    return start_action(show, state, nxt.id, now)


def previous_action(show: Show, state: LiveState, now: datetime) -> Action | None:
    """Go back one segment and continue it towards the end instant it had when it was left.

    This is how a producer undoes a 'next' pressed too early: the previous segment resumes
    as if it had never been left (in overtime if its time is already up). After an end (N
    on the day's last segment, or Shift+End) the segment that was live is the one resumed,
    so an end is undone in one key too.
    """
    current = state.segment_id
    if current is None:
        return None
    prev = show.segment(current) if state.status is Status.ENDED else previous_in_day(show, state, current)
    if prev is None:
        return None
    stored = state.last_end_at.get(prev.id)
    end_at = parse_instant(stored) if stored else now + timedelta(seconds=prev.duration_s)
    added = state.actuals[prev.id].added_s if prev.id in state.actuals else 0
    return "live.start", {"segment_id": prev.id, "at": iso(now), "end_at": iso(end_at), "added_s": added}


def adjust_action(state: LiveState, now: datetime, delta_s: int) -> Action | None:
    """Add (or, with a negative delta, remove) time from the running segment."""
    if state.status is Status.RUNNING and state.end_at is not None:
        end_at = state.end_at + timedelta(seconds=delta_s)
        return "live.adjust", {"at": iso(now), "delta_s": delta_s, "end_at": iso(end_at)}
    if state.status is Status.PAUSED and state.remaining_s is not None:
        remaining = state.remaining_s + delta_s
        return "live.adjust", {"at": iso(now), "delta_s": delta_s, "remaining_s": remaining}
    return None


def end_action(state: LiveState, now: datetime) -> Action | None:
    if not state.active:
        return None
    return "live.end", {"at": iso(now)}


def skip_action(show: Show, state: LiveState, segment_id: str | None) -> Action | None:
    """Toggle 'skip' on an upcoming segment (the next one if none is given)."""
    if segment_id is None and state.segment_id is not None:
        nxt = next_in_day(show, state, state.segment_id)
        segment_id = nxt.id if nxt else None
    if segment_id is None or show.segment(segment_id) is None or segment_id == state.segment_id:
        return None
    return "live.skip", {"segment_id": segment_id, "skipped": segment_id not in state.skipped}


# ---------------------------------------------------------------- what the screen shows


@record
class LiveView(Frozen):
    """What the screens show of the running show at one moment, worked out from the live state and the plan."""

    status: Status
    phase: Phase
    day: Day | None
    segment: Segment | None
    next_segment: Segment | None
    remaining_s: float | None
    elapsed_s: float | None
    total_s: float | None  # planned duration plus added time
    progress: float  # 0..1 of total, 1 in overtime
    planned_start: datetime | None
    planned_end: datetime | None
    actual_start: datetime | None
    projected_end: datetime | None
    late_s: float | None  # projected end minus planned end of this segment; >0: late
    projected_day_end: datetime | None
    hard_stop: datetime | None
    past_hard_stop_s: float | None  # >0: the day is projected to end after its hard stop


def phase_for(segment: Segment, remaining_s: float) -> Phase:
    """Phase changes coincide with the shown second; time is up at the end instant."""
    if remaining_s <= 0:
        return Phase.OVERTIME
    shown = display_seconds(remaining_s)
    if shown <= segment.danger_threshold_s:
        return Phase.DANGER
    if shown <= segment.warning_threshold_s:
        return Phase.WARNING
    return Phase.NORMAL


def project_day_end(day: Day, tz: ZoneInfo, from_index: int, start: datetime, skipped: frozenset[str]) -> datetime:
    """Walk the rest of a day from an instant: followers chain, fixed starts wait."""
    cursor = start
    for seg in day.segments[from_index:]:
        if seg.id in skipped:
            continue
        if seg.fixed_start is not None:
            cursor = max(cursor, wall_instant_after(day.date, seg.fixed_start, tz, cursor))
        cursor += timedelta(seconds=seg.duration_s)
    return cursor


def expected_starts(show: Show, state: LiveState, now: datetime) -> dict[str, datetime]:
    """When each upcoming segment of the live day will now start, given how the show runs
    (Ontime's "expected" times): the live segment ends no earlier than now, followers chain,
    a fixed start waits for its clock time, skipped segments take no time. Empty when
    nothing is live."""
    seg = show.segment(state.segment_id) if state.segment_id and state.active else None
    located = show.locate(seg.id) if seg is not None else None
    if located is None:
        return {}
    day, index = located
    tz = ZoneInfo(show.timezone)
    cursor = now + timedelta(seconds=max(0.0, remaining_at(state, now) or 0.0))
    out: dict[str, datetime] = {}
    for following in day.segments[index + 1 :]:
        if following.id in state.skipped:
            continue
        if following.fixed_start is not None:
            cursor = max(cursor, wall_instant_after(day.date, following.fixed_start, tz, cursor))
        out[following.id] = cursor
        cursor += timedelta(seconds=following.duration_s)
    return out


ROLL_WINDOW_S = 15 * 60  # a roll start missed by more than this (console closed) is not made up


def rolls(show: Show, state: LiveState) -> list[tuple[Segment, datetime]]:
    """Segments that start by themselves (their own roll, or their day's) at their fixed
    start, not yet run, skipped or live, with that instant, in time order."""
    out = []
    for day in show.days:
        if not day.roll and not any(s.roll for s in day.segments):
            continue
        for slot in plan_day(day, ZoneInfo(show.timezone)):
            seg = slot.segment
            if seg.fixed_start is None or not (seg.roll or day.roll):
                continue
            if seg.id in state.actuals or seg.id in state.skipped or (state.active and state.segment_id == seg.id):
                continue
            out.append((seg, slot.start))
    return sorted(out, key=lambda pair: pair[1])


def roll_due(show: Show, state: LiveState, now: datetime) -> Segment | None:
    """The rolling segment whose start time has come (within ROLL_WINDOW_S), if any."""
    for seg, at in rolls(show, state):
        if at <= now < at + timedelta(seconds=ROLL_WINDOW_S):
            return seg
    return None


def next_roll(show: Show, state: LiveState, now: datetime) -> tuple[Segment, datetime] | None:
    """The next rolling start still to come (or due now)."""
    for seg, at in rolls(show, state):
        if now < at + timedelta(seconds=ROLL_WINDOW_S):
            return seg, at
    return None


def observe(show: Show, state: LiveState, now: datetime) -> LiveView:
    tz = ZoneInfo(show.timezone)
    seg = show.segment(state.segment_id) if state.segment_id and state.active else None
    if seg is None or state.segment_id is None:
        cue = cued_segment(show, state)
        located = show.locate(cue.id) if cue else None
        day = located[0] if located else None
        return LiveView(
            status=state.status,
            phase=Phase.IDLE,
            day=day,
            segment=None,
            next_segment=cue,
            remaining_s=None,
            elapsed_s=None,
            total_s=None,
            progress=0.0,
            planned_start=None,
            planned_end=None,
            actual_start=None,
            projected_end=None,
            late_s=None,
            projected_day_end=None,
            hard_stop=hard_stop_instant(day, tz) if day else None,
            past_hard_stop_s=None,
        )
    day, index = show.locate(seg.id)  # type: ignore[misc]
    slot = plan_day(day, tz)[index]
    remaining = remaining_at(state, now) or 0.0
    total = float(seg.duration_s + state.added_s)
    elapsed = total - remaining
    # The segment cannot end before now: in overtime or paused it ends no earlier than now.
    projected_end = now + timedelta(seconds=max(0.0, remaining))
    actual = state.actuals.get(seg.id)
    projected_day_end = project_day_end(day, tz, index + 1, projected_end, state.skipped)
    hard_stop = hard_stop_instant(day, tz)
    past = (projected_day_end - hard_stop).total_seconds() if hard_stop else None
    progress = 1.0 if total <= 0 else min(1.0, max(0.0, elapsed / total))
    return LiveView(
        status=state.status,
        phase=phase_for(seg, remaining),
        day=day,
        segment=seg,
        next_segment=next_in_day(show, state, seg.id),
        remaining_s=remaining,
        elapsed_s=elapsed,
        total_s=total,
        progress=progress,
        planned_start=slot.start,
        planned_end=slot.end,
        actual_start=actual.started_at if actual else state.run_started_at,
        projected_end=projected_end,
        late_s=(projected_end - slot.end).total_seconds(),
        projected_day_end=projected_day_end,
        hard_stop=hard_stop,
        past_hard_stop_s=past,
    )


# ---------------------------------------------------------------- display arithmetic


def display_seconds(remaining_s: float) -> int:
    """The whole second a countdown shows: it reaches 0:00 exactly at the end instant,
    shows 0:00 for the first second of overtime, then -0:01, -0:02, ..."""
    if remaining_s > 0:
        return math.ceil(remaining_s - 1e-9)
    return -math.floor(-remaining_s + 1e-9)


def until_display_change(remaining_s: float) -> float:
    """Seconds until :func:`display_seconds` of a running countdown shows another value."""
    if remaining_s > 0:
        shown = display_seconds(remaining_s)
        return remaining_s - (shown - 1)
    over = -remaining_s
    return (math.floor(over + 1e-9) + 1) - over


def format_duration(seconds: float, *, signed: bool = False) -> str:
    """H:MM:SS or M:SS; overtime as a leading minus sign."""
    whole = int(seconds) if isinstance(seconds, int) else int(math.copysign(math.floor(abs(seconds)), seconds))
    sign = "-" if whole < 0 else ("+" if signed and whole > 0 else "")
    whole = abs(whole)
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes}:{secs:02d}"
