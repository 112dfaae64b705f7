"""The planned timetable of a day: when each segment starts and ends, gaps and overlaps.

Wall-clock times (a day's start, a fixed segment start, a hard stop) are local to the
show's time zone and become UTC instants here; durations are then added in UTC, so a day
that crosses midnight or a daylight-saving change is planned in real elapsed time.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from .frozen import Frozen, record
from .model import Day, Segment

# A fixed start more than this long before the previous end is read as the next
# calendar day (a show that crosses midnight), not as an overlap of most of a day.
_MIDNIGHT_WINDOW = timedelta(hours=12)


def local_instant(on: date, at: time, tz: ZoneInfo) -> datetime:
    """The UTC instant of a wall-clock time on a date in a zone.

    A wall time that does not exist (skipped by a spring-forward change) resolves to the
    instant it would have been without the change; an ambiguous one to its first
    occurrence, as zoneinfo does with fold=0.
    """
    return datetime.combine(on, at, tzinfo=tz).astimezone(UTC)


def wall_instant_after(on: date, at: time, tz: ZoneInfo, reference: datetime) -> datetime:
    """A wall time on ``on``, moved to the next day when it would lie far before ``reference``."""
    candidate = local_instant(on, at, tz)
    if candidate < reference - _MIDNIGHT_WINDOW:
        candidate = local_instant(on + timedelta(days=1), at, tz)
    return candidate


@record
class Slot(Frozen):
    """Where a segment falls in its day: its start and end, and the gap or overlap before it."""

    segment: Segment
    index: int
    start: datetime  # UTC
    end: datetime  # UTC
    fixed: bool
    gap_s: int  # >0: idle time before a fixed start; <0: overlap with the previous segment

    @property
    def duration_s(self) -> int:
        return self.segment.duration_s


def plan_day(day: Day, tz: ZoneInfo) -> list[Slot]:
    slots: list[Slot] = []
    cursor = local_instant(day.date, day.start, tz)
    for index, seg in enumerate(day.segments):
        gap = 0
        if seg.fixed_start is not None:
            start = wall_instant_after(day.date, seg.fixed_start, tz, cursor)
            gap = int((start - cursor).total_seconds())
        else:
            start = cursor
        end = start + timedelta(seconds=seg.duration_s)
        slots.append(Slot(seg, index, start, end, seg.fixed_start is not None, gap))
        cursor = end
    return slots


def day_start(day: Day, tz: ZoneInfo) -> datetime:
    return local_instant(day.date, day.start, tz)


def hard_stop_instant(day: Day, tz: ZoneInfo) -> datetime | None:
    if day.hard_stop is None:
        return None
    return wall_instant_after(day.date, day.hard_stop, tz, day_start(day, tz) + _MIDNIGHT_WINDOW)


def planned_end(day: Day, tz: ZoneInfo) -> datetime:
    slots = plan_day(day, tz)
    return slots[-1].end if slots else day_start(day, tz)
