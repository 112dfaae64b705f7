"""The run sheet's content: per day, every segment with its planned (and, during the show,
expected) start, length, kind, title, lead, notes, breakout rounds, polls and the day's
hard stop; for the producer, a host (their rooms and the people in them) or a speaker
(only their segments, with cue times). Pure data: the PDF is painted by the UI."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from .frozen import Frozen, record
from .live import expected_starts, remaining_at
from .model import Person, Segment, SegmentKind, Show
from .report import RowStatus, actual_rows
from .schedule import day_start, hard_stop_instant, plan_day, planned_end
from .state import SessionState

ROLES = ("producer", "host", "speaker")


class RunSheetError(ValueError):
    """A role, person or day the session does not have (the message says which)."""


@record
class RoomLine(Frozen):
    """A room as a host's run sheet lists it."""

    name: str
    host: str  # the host's name, '' when the room has none
    members: tuple[str, ...]  # the others' names, not the host's (a host's sheet only)


@record
class Entry(Frozen):
    """One segment on a run sheet, with what its reader needs to know about it."""

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
    status: str = ""  # "done" or "running" when printed during the show, else ""


@record
class DaySheet(Frozen):
    """One day of a run sheet."""

    title: str
    date: datetime  # the day's planned start
    planned_end: datetime
    hard_stop: datetime | None
    entries: tuple[Entry, ...]
    expected_end: datetime | None = None  # the live day's end as the show runs (None otherwise)


@record
class RunSheet(Frozen):
    """A run sheet to print for one role (the producer, a host or a speaker), every day of the event."""

    event: str
    timezone: str
    role: str
    person: str  # the host's or speaker's name ('' for the producer)
    printed_at: datetime
    live: bool  # printed during the show: expected starts are shown
    days: tuple[DaySheet, ...]


PARTICLES = frozenset({"af", "av", "da", "de", "del", "der", "di", "du", "la", "le", "van", "von", "zu"})


def _split_lead(lead: str) -> list[str]:
    """The names in a lead field: "A, B & C", "A and B", "A och B"."""
    parts = lead.replace("&", ",").replace(" och ", ",").replace(" and ", ",").split(",")
    return [x.strip() for x in parts if x.strip()]


def is_person_name(name: str, people: frozenset[str] = frozenset()) -> bool:
    """A lead names a person ("Karin Lindqvist", "Ludwig van Beethoven"), not a group
    ("Room hosts", "all hosts"): someone in the event's people, or every word but a name
    particle written with a capital."""
    if name.casefold() in people:
        return True
    words = name.split()
    return bool(words) and all(w[:1].isupper() or w.casefold() in PARTICLES for w in words) and words[-1][:1].isupper()


def _is_lead(lead: str, name: str) -> bool:
    """A speaker leads a segment when their name is one of the lead field's names (the whole
    name: "Ann" is not "Anna Berg")."""
    if not name:
        return False
    return name.casefold() in (x.casefold() for x in _split_lead(lead))


def lead_names(show: Show) -> list[str]:
    """Every person named in a segment's lead field (split as ``_is_lead`` splits), in
    order; a group ("Room hosts") is not a speaker."""
    people = frozenset(p.name.casefold() for p in show.people)
    out: dict[str, str] = {}
    for day in show.days:
        for seg in day.segments:
            for name in _split_lead(seg.lead):
                if is_person_name(name, people):
                    out.setdefault(name.casefold(), name)
    return list(out.values())


def _choose(wanted: str, names: list[str], what: str) -> str:
    """The one of ``names`` that ``wanted`` means: the same name (any case), else the only one
    that contains it; otherwise a RunSheetError naming the candidates."""
    key = " ".join(wanted.split()).casefold()
    exact = [n for n in names if n.casefold() == key]
    if len(exact) == 1:
        return exact[0]
    partial = exact or [n for n in names if key in n.casefold()]
    if len(partial) == 1:
        return partial[0]
    if partial:
        raise RunSheetError(f"{wanted!r} could mean more than one {what}: {', '.join(partial)} (give the whole name)")
    listed = ", ".join(names) if names else "none"
    raise RunSheetError(f"no {what} called {wanted!r} (the event's {what}s: {listed})")


def find_speaker(show: Show, who: str) -> str:
    """A speaker's name as the lead fields write it, from their name, a unique part of it or
    an e-mail of someone in the event's people; RunSheetError when nobody or several match."""
    key = who.strip().casefold()
    for p in show.people:  # an e-mail names the person whose name is a lead
        if p.email and p.email.casefold() == key:
            who = p.name
    return _choose(who.strip(), lead_names(show), "speaker")


def find_host(state: SessionState, who: str) -> Person:
    """A host by e-mail (exactly, any case), name, or a unique part of a name, among the hosts
    (``host_people``); RunSheetError when nobody or several match."""
    hosts = host_people(state)
    key = who.strip().casefold()
    for p in hosts:
        if p.email and p.email.casefold() == key:
            return p
    names = [p.name for p in hosts]
    same = [p for p in hosts if p.name.casefold() == " ".join(key.split())]
    if len(same) > 1:  # two hosts with one name: only their e-mails tell them apart
        emails = ", ".join(p.email or p.name for p in same)
        raise RunSheetError(f"{who.strip()!r} could mean more than one host: {emails} (give the e-mail)")
    name = _choose(who.strip(), names, "host")
    return next(p for p in hosts if p.name == name)


def host_people(state: SessionState) -> list[Person]:
    """People marked as hosts and those hosting a planned room, by name."""
    hosting = {room.host for rooms in state.rooms.plans.values() for room in rooms if room.host}
    return sorted((p for p in state.show.people if p.host or p.id in hosting), key=lambda p: p.name.casefold())


_RAN = (RowStatus.DONE, RowStatus.RUNNING)


def _expected_end(
    state: SessionState, segments: Sequence[Segment], expected: dict[str, datetime], now: datetime
) -> datetime | None:
    """When the day now ends, if it is the live one: its last expected segment's end, or
    the live segment's end when it is the day's last."""
    ends = [expected[s.id] + timedelta(seconds=s.duration_s) for s in segments if s.id in expected]
    if not ends and state.live.active and any(s.id == state.live.segment_id for s in segments):
        ends = [now + timedelta(seconds=max(0.0, remaining_at(state.live, now) or 0.0))]
    return max(ends) if ends else None


def build(
    state: SessionState, now: datetime, *, role: str = "producer", person: str = "", day: int | None = None
) -> RunSheet:
    """``day`` counts from 1; ``person`` (e-mail or name) is needed for host and speaker."""
    if role not in ROLES:
        raise RunSheetError(f"role must be one of {', '.join(ROLES)}, not {role!r}")
    show = state.show
    if day is not None and not 1 <= day <= len(show.days):
        count = f"{len(show.days)} day" + ("" if len(show.days) == 1 else "s")
        raise RunSheetError(f"the event has {count}, not day {day}")
    who: Person | None = None
    speaker_name = ""
    if role != "producer" and not person.strip():
        raise RunSheetError(f"a {role}'s sheet needs --person (an e-mail or a name)")
    if role == "host":
        who = find_host(state, person)
    elif role == "speaker":
        speaker_name = find_speaker(show, person)
    tz = ZoneInfo(show.timezone)
    names = {p.id: p.name for p in show.people}
    expected = expected_starts(show, state.live, now)
    polls_of: dict[str, list[str]] = {}
    for ps in state.polls.values():
        if ps.poll.segment_id:
            polls_of.setdefault(ps.poll.segment_id, []).append(ps.poll.question)
    skipped = set(state.live.skipped)
    ran = {r.segment_id: r.status.value for r in actual_rows(show, state.live, now) if r.status in _RAN}
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
                    RoomLine(
                        r.name,
                        names.get(r.host or "", ""),
                        tuple(names.get(m, m) for m in r.members if m != r.host),  # the host is named once
                    )
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
                    status=ran.get(seg.id, ""),
                )
            )
        days.append(
            DaySheet(
                d.title,
                day_start(d, tz),
                planned_end(d, tz),
                hard_stop_instant(d, tz),
                tuple(entries),
                _expected_end(state, d.segments, expected, now),
            )
        )
    return RunSheet(
        event=show.title,
        timezone=show.timezone,
        role=role,
        person=who.name if who else speaker_name,
        printed_at=now,
        live=bool(expected),
        days=tuple(days),
    )
