"""The run-of-show as plain, immutable values: a show has days, a day has segments.

Every change produces a new value (``dataclasses.replace``), which keeps the session fold
deterministic and lets the UI compare old and new state to update its models in place.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import field, fields, replace
from datetime import date, time
from enum import StrEnum
from typing import Any, TypeVar

from .frozen import Frozen, record

_T = TypeVar("_T")
_COLOUR = re.compile(r"^#[0-9a-fA-F]{6}$")


class SegmentKind(StrEnum):
    PLENARY = "plenary"
    BREAKOUT = "breakout"
    BREAK = "break"
    POLL = "poll"
    OTHER = "other"


# Calm default colours per kind; a segment's own colour overrides them.
KIND_COLOURS: dict[SegmentKind, str] = {
    SegmentKind.PLENARY: "#4C78A8",
    SegmentKind.BREAKOUT: "#59A14F",
    SegmentKind.BREAK: "#9C9C9C",
    SegmentKind.POLL: "#B07AA1",
    SegmentKind.OTHER: "#E5A03A",
}


class ModelError(ValueError):
    """A value that cannot be part of a run-of-show (names the field and the value)."""


def evolve(obj: _T, **changes: Any) -> _T:
    """``dataclasses.replace`` for slotted records, without introspection or validation.

    The session fold evolves the state once or twice per event; ``replace`` spends most
    of its time introspecting fields, which made opening a 50,000-event session slow.
    Only for records whose fields need no checking (session and live state, days, shows).
    """
    cls = type(obj)
    names = _FIELD_NAMES.get(cls)
    if names is None:
        names = _FIELD_NAMES[cls] = tuple(f.name for f in fields(cls))  # type: ignore[arg-type]
    new = object.__new__(cls)
    for name in names:
        object.__setattr__(new, name, changes[name] if name in changes else getattr(obj, name))
    return new


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}  # evolve's: every field, inherited ones too


def parse_clock(text: str | None) -> time | None:
    """'HH:MM' or 'HH:MM:SS' to a time; empty means none."""
    if text is None or text == "":
        return None
    try:
        value = time.fromisoformat(text)
    except ValueError as exc:
        raise ModelError(f"not a clock time (HH:MM): {text!r}") from exc
    if value.microsecond or value.tzinfo is not None:  # format_clock could not write it back
        raise ModelError(f"not a clock time (HH:MM): {text!r}")
    return value


def format_clock(value: time | None) -> str | None:
    if value is None:
        return None
    return value.strftime("%H:%M:%S" if value.second else "%H:%M")


@record
class Segment(Frozen):
    """One item of a day's run-of-show (a plenary, breakout, break, poll...) and its planned length."""

    id: str
    title: str
    kind: SegmentKind = SegmentKind.PLENARY
    duration_s: int = 600
    lead: str = ""
    notes: str = ""
    fixed_start: time | None = None  # wall-clock time on the day; None: follows the previous
    colour: str = ""  # "#rrggbb"; empty: the kind's colour
    warning_s: int | None = None  # None: a default derived from the duration
    danger_s: int | None = None
    roll: bool = False  # a fixed start that starts the segment by itself at that time

    def __post_init__(self) -> None:
        if self.duration_s < 0:
            raise ModelError(f"segment {self.title!r}: duration cannot be negative")
        if self.colour and not _COLOUR.match(self.colour):
            raise ModelError(f"segment {self.title!r}: colour must look like #4c78a8, not {self.colour!r}")
        for name in ("warning_s", "danger_s"):
            value = getattr(self, name)
            if value is not None and value < 0:
                raise ModelError(f"segment {self.title!r}: {name} cannot be negative")

    @property
    def display_colour(self) -> str:
        return self.colour or KIND_COLOURS[self.kind]

    @property
    def warning_threshold_s(self) -> int:
        """Seconds left when the countdown turns to 'warning'."""
        if self.warning_s is not None:
            return self.warning_s
        return min(120, self.duration_s // 4)

    @property
    def danger_threshold_s(self) -> int:
        """Seconds left when the countdown turns to 'danger'."""
        if self.danger_s is not None:
            return min(self.danger_s, self.warning_threshold_s)
        return min(30, self.duration_s // 10, self.warning_threshold_s)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "kind": self.kind.value,
            "duration_s": self.duration_s,
            "lead": self.lead,
            "notes": self.notes,
            "fixed_start": format_clock(self.fixed_start),
            "colour": self.colour,
            "warning_s": self.warning_s,
            "danger_s": self.danger_s,
            **({"roll": True} if self.roll else {}),  # only when on: older sessions keep their digests
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Segment:
        try:
            return cls(
                id=str(data["id"]),
                title=str(data.get("title", "")),
                kind=SegmentKind(data.get("kind", "plenary")),
                duration_s=int(data.get("duration_s", 600)),
                lead=str(data.get("lead", "")),
                notes=str(data.get("notes", "")),
                fixed_start=parse_clock(data.get("fixed_start")),
                colour=str(data.get("colour", "") or ""),
                warning_s=_opt_int(data.get("warning_s")),
                danger_s=_opt_int(data.get("danger_s")),
                roll=_flag(data.get("roll", False)),
            )
        except (KeyError, TypeError, ValueError) as exc:
            if isinstance(exc, ModelError):
                raise
            raise ModelError(f"bad segment {data!r}: {exc}") from exc

    def with_changes(self, changes: dict[str, Any]) -> Segment:
        """Apply field changes given in their serialised form (as in events)."""
        unknown = set(changes) - _SEGMENT_PARSERS.keys()
        if unknown:
            raise ModelError(f"cannot change segment field(s): {', '.join(sorted(unknown))}")
        try:
            values = {k: _SEGMENT_PARSERS[k](v) for k, v in changes.items()}
        except (TypeError, ValueError) as exc:
            if isinstance(exc, ModelError):
                raise
            raise ModelError(f"segment {self.title!r}: bad value in {changes!r}: {exc}") from exc
        return replace(self, **values)  # __post_init__ validates the result


def _opt_int(value: Any) -> int | None:
    return None if value is None or value == "" else int(value)


def _flag(value: Any) -> bool:
    if not isinstance(value, bool):
        raise ValueError(f"roll must be true or false, not {value!r}")
    return value


_SEGMENT_PARSERS: dict[str, Callable[[Any], Any]] = {
    "title": str,
    "kind": SegmentKind,
    "duration_s": int,
    "lead": str,
    "notes": str,
    "fixed_start": parse_clock,
    "colour": lambda v: str(v or ""),
    "warning_s": _opt_int,
    "danger_s": _opt_int,
    "roll": _flag,
}


@record
class Day(Frozen):
    """One day of the event: when it starts, when it must stop, and its segments in order."""

    id: str
    title: str
    date: date
    start: time
    hard_stop: time | None = None
    segments: tuple[Segment, ...] = ()
    roll: bool = False  # every fixed start of the day starts its segment by itself

    def index_of(self, segment_id: str) -> int:
        for i, seg in enumerate(self.segments):
            if seg.id == segment_id:
                return i
        return -1

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "date": self.date.isoformat(),
            "start": format_clock(self.start),
            "hard_stop": format_clock(self.hard_stop),
            "segments": [s.to_dict() for s in self.segments],
            **({"roll": True} if self.roll else {}),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Day:
        try:
            start = parse_clock(data.get("start")) or time(9, 0)
            return cls(
                id=str(data["id"]),
                title=str(data.get("title", "")),
                date=date.fromisoformat(str(data["date"])),
                start=start,
                hard_stop=parse_clock(data.get("hard_stop")),
                segments=tuple(Segment.from_dict(s) for s in data.get("segments", [])),
                roll=_flag(data.get("roll", False)),
            )
        except (KeyError, TypeError, ValueError) as exc:
            if isinstance(exc, ModelError):
                raise
            raise ModelError(f"bad day {data.get('id', '?')!r}: {exc}") from exc

    def with_changes(self, changes: dict[str, Any]) -> Day:
        merged = self.to_dict()
        allowed = {"title", "date", "start", "hard_stop", "roll"}
        unknown = set(changes) - allowed
        if unknown:
            raise ModelError(f"cannot change day field(s): {', '.join(sorted(unknown))}")
        merged.update(changes)
        return Day.from_dict(merged)


@record
class Person(Frozen):
    """Someone taking part in the event, as the participant list names them."""

    id: str
    name: str
    email: str = ""
    organisation: str = ""
    department: str = ""
    role: str = ""
    host: bool = False
    attributes: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "email": self.email,
            "organisation": self.organisation,
            "department": self.department,
            "role": self.role,
            "host": self.host,
            "attributes": dict(self.attributes),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Person:
        try:
            return cls(
                id=str(data["id"]),
                name=str(data["name"]),
                email=str(data.get("email", "")),
                organisation=str(data.get("organisation", "")),
                department=str(data.get("department", "")),
                role=str(data.get("role", "")),
                host=bool(data.get("host", False)),
                attributes={str(k): str(v) for k, v in dict(data.get("attributes", {})).items()},
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ModelError(f"bad person {data!r}: {exc}") from exc


@record
class Show(Frozen):
    """The run-of-show: the event's days with their segments, and its people."""

    id: str
    title: str
    timezone: str = "Europe/Stockholm"
    days: tuple[Day, ...] = ()
    people: tuple[Person, ...] = ()
    organisations: tuple[str, ...] = ()

    def day(self, day_id: str) -> Day | None:
        for d in self.days:
            if d.id == day_id:
                return d
        return None

    def locate(self, segment_id: str) -> tuple[Day, int] | None:
        """The day holding a segment and the segment's index in it."""
        for d in self.days:
            i = d.index_of(segment_id)
            if i >= 0:
                return d, i
        return None

    def segment(self, segment_id: str) -> Segment | None:
        found = self.locate(segment_id)
        return found[0].segments[found[1]] if found else None

    def all_segment_ids(self) -> set[str]:
        return {s.id for d in self.days for s in d.segments}

    def replace_day(self, day: Day) -> Show:
        return evolve(self, days=tuple(day if d.id == day.id else d for d in self.days))

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": self.title,
            "timezone": self.timezone,
            "organisations": list(self.organisations),
            "days": [d.to_dict() for d in self.days],
            "people": [p.to_dict() for p in self.people],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Show:
        if not isinstance(data, dict):
            raise ModelError("a show must be a JSON object")
        try:
            show = cls(
                id=str(data["id"]),
                title=str(data.get("title", "")),
                timezone=str(data.get("timezone", "Europe/Stockholm")),
                organisations=tuple(str(o) for o in data.get("organisations", [])),
                days=tuple(Day.from_dict(d) for d in data.get("days", [])),
                people=tuple(Person.from_dict(p) for p in data.get("people", [])),
            )
        except KeyError as exc:
            raise ModelError(f"show is missing the field {exc}") from exc
        ids = [s.id for d in show.days for s in d.segments]
        if len(ids) != len(set(ids)):
            raise ModelError("two segments share an id")
        return show


def parse_duration(text: str) -> int:
    """Seconds from what a producer types: '25' (minutes), '7:30' (m:ss), '1:05:00' (h:mm:ss)."""
    cleaned = text.strip().replace(",", ".")
    if not cleaned:
        raise ModelError("a duration is needed")
    try:
        if ":" not in cleaned:
            minutes = float(cleaned)
            if minutes < 0:
                raise ModelError(f"a duration cannot be negative: {text!r}")
            return round(minutes * 60)
        parts = [int(p) for p in cleaned.split(":")]
    except ValueError as exc:
        raise ModelError(f"not a duration (minutes, m:ss or h:mm:ss): {text!r}") from exc
    if len(parts) > 3 or any(p < 0 for p in parts) or any(p >= 60 for p in parts[1:]):
        raise ModelError(f"not a duration (minutes, m:ss or h:mm:ss): {text!r}")
    seconds = 0
    for part in parts:
        seconds = seconds * 60 + part
    return seconds
