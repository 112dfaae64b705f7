"""Planned versus actual, one row per segment, for the app's table and the CSV export."""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from .frozen import Frozen, record
from .live import LiveState, Status
from .model import Show
from .schedule import plan_day


class RowStatus(StrEnum):
    PLANNED = "planned"
    RUNNING = "running"
    DONE = "done"
    SKIPPED = "skipped"


@record
class ActualRow(Frozen):
    """One segment's plan against what really happened: a row of the timing report."""

    day_title: str
    segment_id: str
    title: str
    kind: str
    lead: str
    planned_start: datetime
    planned_duration_s: int
    actual_start: datetime | None
    actual_end: datetime | None
    actual_duration_s: float | None
    added_s: int
    paused_s: float
    status: RowStatus
    day_id: str = ""  # (two days may have the same title: the report groups by this)

    @property
    def start_delta_s(self) -> float | None:
        """>0: started late."""
        if self.actual_start is None:
            return None
        return (self.actual_start - self.planned_start).total_seconds()

    @property
    def duration_delta_s(self) -> float | None:
        """>0: ran longer than planned."""
        if self.actual_duration_s is None:
            return None
        return self.actual_duration_s - self.planned_duration_s


def actual_rows(show: Show, state: LiveState, now: datetime) -> list[ActualRow]:
    tz = ZoneInfo(show.timezone)
    rows: list[ActualRow] = []
    for day in show.days:
        for slot in plan_day(day, tz):
            seg = slot.segment
            actual = state.actuals.get(seg.id)
            running = state.active and state.segment_id == seg.id
            duration: float | None = None
            if actual is not None:
                duration = actual.ran_s
                if running and state.run_started_at is not None:
                    paused = state.run_paused_s
                    if state.status is Status.PAUSED and state.paused_at is not None:
                        paused += (now - state.paused_at).total_seconds()
                    duration += max(0.0, (now - state.run_started_at).total_seconds() - paused)
            if running:
                status = RowStatus.RUNNING
            elif actual is not None:
                status = RowStatus.DONE
            elif seg.id in state.skipped:
                status = RowStatus.SKIPPED
            else:
                status = RowStatus.PLANNED
            rows.append(
                ActualRow(
                    day_id=day.id,
                    day_title=day.title,
                    segment_id=seg.id,
                    title=seg.title,
                    kind=seg.kind.value,
                    lead=seg.lead,
                    planned_start=slot.start,
                    planned_duration_s=seg.duration_s,
                    actual_start=actual.started_at if actual else None,
                    actual_end=None if running or actual is None else actual.ended_at,
                    actual_duration_s=duration,
                    added_s=(state.added_s if running else actual.added_s) if actual else 0,
                    paused_s=actual.paused_s if actual else 0.0,
                    status=status,
                )
            )
    return rows


CSV_HEADER = [
    "day",
    "segment",
    "kind",
    "lead",
    "planned_start",
    "planned_duration_min",
    "actual_start",
    "actual_end",
    "actual_duration_min",
    "start_delta_min",
    "duration_delta_min",
    "added_min",
    "paused_min",
    "status",
]


def csv_rows(rows: list[ActualRow], tz: ZoneInfo) -> list[list[str]]:
    """Rows for a spreadsheet: local times (ISO), minutes with one decimal."""

    def when(moment: datetime | None) -> str:
        return moment.astimezone(tz).strftime("%Y-%m-%d %H:%M:%S") if moment else ""

    def minutes(seconds: float | None) -> str:
        return "" if seconds is None else f"{seconds / 60:.1f}"

    out = [list(CSV_HEADER)]
    for r in rows:
        out.append(
            [
                r.day_title,
                r.title,
                r.kind,
                r.lead,
                when(r.planned_start),
                minutes(r.planned_duration_s),
                when(r.actual_start),
                when(r.actual_end),
                minutes(r.actual_duration_s),
                minutes(r.start_delta_s),
                minutes(r.duration_delta_s),
                minutes(r.added_s),
                minutes(r.paused_s),
                r.status.value,
            ]
        )
    return out
