"""The live state as the remote sends it: a small, documented, versioned JSON object.

Timers are end instants plus the server's clock (``server_time``), never a counting
value, so a view shows the right second even when a message arrives late: a view
computes ``ends_at - (its clock + (server_time - its clock at receipt))``. A paused
segment has no end instant; its frozen ``remaining_s`` is sent instead.

*Version rule* (``VERSION``): fields are only ever added; a renamed or re-meant field takes
the next version. Readers ignore fields they do not know.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from ..domain import live
from ..domain.live import Status
from ..domain.model import Segment
from ..domain.schedule import plan_day
from ..domain.state import SessionState

VERSION = 1
KIND = "facilitator-live-state"


def _iso(moment: datetime | None) -> str | None:
    return None if moment is None else moment.isoformat()


def _segment(seg: Segment) -> dict[str, Any]:
    return {
        "id": seg.id,
        "title": seg.title,
        "kind": seg.kind.value,
        "lead": seg.lead,
        "colour": seg.display_colour,
    }


def live_state(
    state: SessionState,
    now: datetime,
    *,
    language: str = "",
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The state object of ``GET /api/v1/state`` and the WebSocket (see docs/REMOTE.md)."""
    show = state.show
    tz = ZoneInfo(show.timezone)
    view = live.observe(show, state.live, now)
    current: dict[str, Any] | None = None
    if view.segment is not None:
        seg = view.segment
        running = state.live.status is Status.RUNNING
        current = {
            **_segment(seg),
            "ends_at": _iso(state.live.end_at) if running else None,
            "remaining_s": None if running else state.live.remaining_s,
            "duration_s": view.total_s,
            "warning_s": seg.warning_threshold_s,
            "danger_s": seg.danger_threshold_s,
            "started_at": _iso(view.actual_start),
            "planned_start": _iso(view.planned_start),
            "planned_end": _iso(view.planned_end),
            "late_s": None if view.late_s is None else round(view.late_s, 3),
        }
    day = view.day
    rows: list[dict[str, Any]] = []
    next_item: dict[str, Any] | None = None
    day_info: dict[str, Any] | None = None
    if day is not None:
        slots = plan_day(day, tz)
        expected = live.expected_starts(show, state.live, now)  # the same times as the console's table
        for slot in slots:
            seg = slot.segment
            actual = state.live.actuals.get(seg.id)
            if view.segment is not None and seg.id == view.segment.id:
                where = "live"
            elif seg.id in state.live.skipped:
                where = "skipped"
            elif actual is not None:
                where = "done"
            else:
                where = "upcoming"
            expected_start = expected.get(seg.id) if where == "upcoming" else None
            rows.append(
                {
                    **_segment(seg),
                    "duration_s": seg.duration_s,
                    "planned_start": _iso(slot.start),
                    "expected_start": _iso(expected_start or (slot.start if where == "upcoming" else None)),
                    "started_at": _iso(actual.started_at) if actual else None,
                    "state": where,
                }
            )
        if view.next_segment is not None:
            row = next((r for r in rows if r["id"] == view.next_segment.id), None)
            next_item = {
                **_segment(view.next_segment),
                "planned_start": row["planned_start"] if row else None,
                "expected_start": row["expected_start"] if row else None,
            }
        day_info = {
            "date": day.date.isoformat(),
            "title": day.title,
            "planned_end": _iso(slots[-1].end) if slots else None,
            "expected_end": _iso(view.projected_day_end),
            "hard_stop": _iso(view.hard_stop),
        }
    data: dict[str, Any] = {
        "kind": KIND,
        "version": VERSION,
        "server_time": now.isoformat(),
        "language": language,
        "show": {"title": show.title, "timezone": show.timezone},
        "status": state.live.status.value,
        "phase": view.phase.value,
        "segment": current,
        "message": state.live.message,
        "next": next_item,
        "day": day_info,
        "run_of_show": rows,
        "control": {"writer": state.lease.owner, "name": state.lease.owner_name},
        "polls": [
            {"id": p.poll.id, "name": p.poll.name, "status": p.status.value, "segment": p.poll.segment_id or None}
            for p in state.polls.values()
        ],
    }
    if extra:
        data.update(extra)
    return data
