"""Small builders for domain tests (no Qt)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Any

from facilitator_app.domain.eventlog import Record, make_record
from facilitator_app.domain.model import Day, Segment, SegmentKind, Show
from facilitator_app.domain.state import SessionState, apply

TZ = "Europe/Stockholm"


def seg(
    sid: str, minutes: float, fixed: str | None = None, kind: SegmentKind = SegmentKind.PLENARY, **kw: Any
) -> Segment:
    return Segment(
        id=sid,
        title=kw.pop("title", sid.upper()),
        kind=kind,
        duration_s=int(minutes * 60),
        fixed_start=time.fromisoformat(fixed) if fixed else None,
        **kw,
    )


def show(
    *segments: Segment,
    on: date = date(2026, 12, 1),
    start: str = "08:30",
    hard_stop: str | None = "12:00",
    tz: str = TZ,
) -> Show:
    day = Day(
        id="d1",
        title="Day 1",
        date=on,
        start=time.fromisoformat(start),
        hard_stop=time.fromisoformat(hard_stop) if hard_stop else None,
        segments=tuple(segments),
    )
    return Show(id="s", title="Test show", timezone=tz, days=(day,))


def local(on: date, hhmm: str, tz: str = TZ) -> datetime:
    from zoneinfo import ZoneInfo

    return datetime.combine(on, time.fromisoformat(hhmm), tzinfo=ZoneInfo(tz)).astimezone(UTC)


class Log:
    """A single writer producing records and folding them, as the session does."""

    def __init__(self, the_show: Show, writer: str = "w1") -> None:
        self.writer = writer
        self.records: list[Record] = []
        self.state = SessionState()
        self.add("session.created", {"show": the_show.to_dict()})
        self.add("lease.claim", {"epoch": 1, "name": "tester", "seen": {writer: 1}})

    def add(self, type_: str, payload: dict[str, Any]) -> Record:
        rec = make_record(
            self.writer,
            len(self.records) + 1,
            len(self.records) + 1,
            self.state.lease.epoch,
            type_,
            payload,
            "2026-12-01T00:00:00+00:00",
        )
        self.records.append(rec)
        self.state = apply(self.state, rec)
        return rec

    def act(self, action: tuple[str, dict[str, Any]] | None) -> None:
        assert action is not None, "the action was not applicable"
        self.add(*action)
