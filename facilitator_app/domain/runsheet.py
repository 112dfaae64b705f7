"""The run sheet's content: per day, every segment with its planned (and, during the show,
expected) start, length, kind, title, lead, notes, breakout rounds, polls and the day's
hard stop; for the producer, a host (their rooms and the people in them) or a speaker
(only their segments, with cue times). Pure data: the PDF is painted by the UI."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from .live import expected_starts
from .model import Person, SegmentKind, Show
from .schedule import day_start, hard_stop_instant, plan_day, planned_end
from .state import SessionState

ROLES = ("producer", "host", "speaker")


class RunSheetError(ValueError):
    """A role, person or day the session does not have (the message says which)."""


@dataclass(frozen=True, slots=True)
class RoomLine:
    name: str
    host: str  # the host's name, '' when the room has none
    members: tuple[str, ...]  # names (a host's sheet only; empty on the producer's)


@dataclass(frozen=True, slots=True)
class Entry:
    segment_id: str
    title: str
    kind: SegmentKind
    planned_start: datetime
    expected_start: datetime | None  # when printed during the show and it has moved
    duration_s: int
    lead: str
    notes: str
    fixed: bool
    skipped: bool
    room_count: int  # breakout: rooms planned (0: not planned yet)
    hosts: tuple[str, ...]  # breakout: host names in room order
    rooms: tuple[RoomLine, ...]  # the host's own rooms (a host's sheet)
    polls: tuple[str, ...]  # questions of the polls cued with this segment


@dataclass(frozen=True, slots=True)
class DaySheet:
    title: str
    date: datetime  # the day's planned start
    planned_end: datetime
    hard_stop: datetime | None
    entries: tuple[Entry, ...]


@dataclass(frozen=True, slots=True)
class RunSheet:
    event: str
    timezone: str
    role: str
    person: str  # the host's or speaker's name ('' for the producer)
    printed_at: datetime
    live: bool  # printed during the show: expected starts are shown
    days: tuple[DaySheet, ...]


def find_person(show: Show, who: str) -> Person | None:
    """A person by e-mail (exactly, any case) or name (exactly, then as a part)."""
    key = who.strip().casefold()
    if not key:
        return None
    for p in show.people:
        if p.email and p.email.casefold() == key:
            return p
    for p in show.people:
        if p.name.casefold() == key:
            return p
    return next((p for p in show.people if key in p.name.casefold()), None)


def _is_lead(lead: str, name: str) -> bool:
    """A speaker leads a segment when their name is one of the lead field's names."""
    if not name:
        return False
    wanted = name.casefold()
    parts = [
        x.strip().casefold() for x in lead.replace("&", ",").replace(" och ", ",").replace(" and ", ",").split(",")
    ]
    return wanted in parts or wanted in lead.casefold()


def lead_names(show: Show) -> list[str]:
    """Everyone named in a segment's lead field (split as ``_is_lead`` splits), in order."""
    out: dict[str, str] = {}
    for day in show.days:
        for seg in day.segments:
            for name in seg.lead.replace("&", ",").replace(" och ", ",").replace(" and ", ",").split(","):
                if name.strip():
                    out.setdefault(name.strip().casefold(), name.strip())
    return list(out.values())


def host_people(state: SessionState) -> list[Person]:
    """People marked as hosts and those hosting a planned room, by name."""
    hosting = {room.host for rooms in state.rooms.plans.values() for room in rooms if room.host}
    return sorted((p for p in state.show.people if p.host or p.id in hosting), key=lambda p: p.name.casefold())


def build(
    state: SessionState, now: datetime, *, role: str = "producer", person: str = "", day: int | None = None
) -> RunSheet:
    """``day`` counts from 1; ``person`` (e-mail or name) is needed for host and speaker."""
    if role not in ROLES:
        raise RunSheetError(f"role must be one of {', '.join(ROLES)}, not {role!r}")
    show = state.show
    if day is not None and not 1 <= day <= len(show.days):
        raise RunSheetError(f"the event has {len(show.days)} day(s), not day {day}")
    who: Person | None = None
    if role != "producer":
        if not person:
            raise RunSheetError(f"a {role}'s sheet needs --person (an e-mail or a name)")
        who = find_person(show, person)
        speaker_name = who.name if who else person.strip()
        if who is None and role == "host":
            raise RunSheetError(f"nobody called {person!r} in the event's people")
    tz = ZoneInfo(show.timezone)
    names = {p.id: p.name for p in show.people}
    expected = expected_starts(show, state.live, now)
    polls_of: dict[str, list[str]] = {}
    for ps in state.polls.values():
        if ps.poll.segment_id:
            polls_of.setdefault(ps.poll.segment_id, []).append(ps.poll.question)
    skipped = set(state.live.skipped)
    days = []
    for n, d in enumerate(show.days, start=1):
        if day is not None and n != day:
            continue
        entries = []
        for slot in plan_day(d, tz):
            seg = slot.segment
            if role == "speaker" and not _is_lead(seg.lead, speaker_name):
                continue
            rooms = state.rooms.plans.get(seg.id, ()) if seg.kind is SegmentKind.BREAKOUT else ()
            own: tuple[RoomLine, ...] = ()
            if role == "host" and who is not None:
                own = tuple(
                    RoomLine(r.name, names.get(r.host or "", ""), tuple(names.get(m, m) for m in r.members))
                    for r in rooms
                    if r.host == who.id or who.id in r.members
                )
            moved = expected.get(seg.id)
            entries.append(
                Entry(
                    segment_id=seg.id,
                    title=seg.title,
                    kind=seg.kind,
                    planned_start=slot.start,
                    expected_start=moved if moved is not None and moved != slot.start else None,
                    duration_s=seg.duration_s,
                    lead=seg.lead,
                    notes=seg.notes,
                    fixed=slot.fixed,
                    skipped=seg.id in skipped,
                    room_count=len(rooms),
                    hosts=tuple(names.get(r.host, r.host) for r in rooms if r.host),
                    rooms=own,
                    polls=tuple(polls_of.get(seg.id, ())),
                )
            )
        days.append(
            DaySheet(
                d.title,
                day_start(d, tz),
                planned_end(d, tz),
                hard_stop_instant(d, tz),
                tuple(entries),
            )
        )
    return RunSheet(
        event=show.title,
        timezone=show.timezone,
        role=role,
        person=(who.name if who else person.strip()) if role != "producer" else "",
        printed_at=now,
        live=bool(expected),
        days=tuple(days),
    )
