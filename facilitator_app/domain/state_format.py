"""The folded session state as plain JSON values, and back: what snapshots and remote
views are made of.

``encode(state)`` gives a dict of JSON types only (str, int, float, bool, None, list,
dict with str keys); ``decode(data)`` reads it back into an equal state with the same
digest. Records that already have a dict form in events and templates keep it (the
show, poll definitions, result snapshots, room layouts and rooms), so ``data["show"]``
is what ``Show.from_dict`` reads; everything else is written field by field.

``decode`` reads untrusted data (files, the network): anything malformed raises
:class:`StateFormatError` whose message starts with the path of the field
(``live.actuals[2].started_at: ...``), never another exception.

Version rule: ``format`` is a whole number. A reader refuses a format it does not know
(a newer one says so) and unknown keys; any change to the shape or meaning of the dict,
an added field included, takes the next number, and this module then upgrades older
formats it still accepts before reading them.

Formats: 1, the first; 2, a poll's result may carry ``present`` (the people present when
it was taken). A format-1 dict reads as it is (its results have no ``present``); 3 adds
``presence`` (who was in the meeting when); a format-1 or 2 dict reads with none.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING, Any, NoReturn, TypeVar

from .eventlog import Record, canonical
from .eventlog import decode as decode_line
from .live import Actual, LiveState, Status
from .model import Show
from .presence import PresenceState

if TYPE_CHECKING:
    from .polls import PollState
    from .state import RoomsState, SessionState

KIND = "facilitator-session-state"
FORMAT = 3

_T = TypeVar("_T")


class StateFormatError(ValueError):
    """A session state dict that cannot be read; the message starts with the field's path."""


# ---------------------------------------------------------------- writing


def _instant(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _record(rec: Record) -> dict[str, Any]:
    # The payload as JSON gives it back: a payload built in memory may hold tuples.
    payload = json.loads(canonical(rec.payload))
    return {
        "w": rec.writer,
        "s": rec.seq,
        "l": rec.lamport,
        "e": rec.epoch,
        "t": rec.type,
        "p": payload,
        "at": rec.at,
        "c": rec.checksum,
    }


def _live(state: LiveState) -> dict[str, Any]:
    return {
        "status": state.status.value,
        "segment_id": state.segment_id,
        "end_at": _instant(state.end_at),
        "remaining_s": state.remaining_s,
        "run_started_at": _instant(state.run_started_at),
        "paused_at": _instant(state.paused_at),
        "run_paused_s": state.run_paused_s,
        "added_s": state.added_s,
        "last_end_at": dict(sorted(state.last_end_at.items())),
        "skipped": sorted(state.skipped),
        "actuals": [  # in the order the segments first ran
            {
                "segment_id": a.segment_id,
                "started_at": a.started_at.isoformat(),
                "ended_at": _instant(a.ended_at),
                "ran_s": a.ran_s,
                "paused_s": a.paused_s,
                "added_s": a.added_s,
                "runs": a.runs,
            }
            for a in state.actuals.values()
        ],
        "message": state.message,
    }


def _rooms(rooms: RoomsState) -> dict[str, Any]:
    return {
        "specs": {k: v.to_dict() for k, v in sorted(rooms.specs.items())},
        "plans": {k: [r.to_dict() for r in v] for k, v in sorted(rooms.plans.items())},
        "announced": sorted(rooms.announced),
        "absent": sorted(rooms.absent),
        "balance": rooms.balance,
        "apart": [list(p) for p in rooms.apart],
        "together": [list(g) for g in rooms.together],
        "seconds": rooms.seconds,
        "seed": rooms.seed,
        "sent": dict(sorted(rooms.sent.items())),
    }


def _poll(ps: PollState) -> dict[str, Any]:
    return {
        "poll": ps.poll.to_dict(),
        "status": ps.status.value,
        "opened_at": _instant(ps.opened_at),
        "closed_at": _instant(ps.closed_at),
        "revealed": ps.revealed,
        "snapshot": ps.snapshot.to_dict() if ps.snapshot is not None else None,
        "snapshots": ps.snapshots,
    }


def _presence(presence: PresenceState) -> dict[str, Any]:
    return {
        "intervals": {k: [[s.isoformat(), _instant(e)] for s, e in v] for k, v in sorted(presence.intervals.items())},
        "guests": dict(sorted(presence.guests.items())),
        "last_at": _instant(presence.last_at),
        "sources": list(presence.sources),
    }


def encode(state: SessionState) -> dict[str, Any]:
    offer = state.offer
    return {
        "kind": KIND,
        "format": FORMAT,
        "show": state.show.to_dict(),
        "live": _live(state.live),
        "lease": {"owner": state.lease.owner, "owner_name": state.lease.owner_name, "epoch": state.lease.epoch},
        "offer": None if offer is None else {"to": offer.to, "to_name": offer.to_name, "epoch": offer.epoch},
        "platform": {"platform": state.platform.platform, "meeting": state.platform.meeting},
        "rooms": _rooms(state.rooms),
        "polls": [_poll(ps) for ps in state.polls.values()],  # in library order
        "skipped": list(state.skipped),
        "fenced": [_record(r) for r in state.fenced],
        "presence": _presence(state.presence),
    }


# ---------------------------------------------------------------- reading


class _Obj:
    """A JSON object being read at a path; every accessor checks the type it expects."""

    def __init__(self, value: Any, path: str, keys: tuple[str, ...]) -> None:
        if type(value) is not dict:
            _fail(path, f"expected an object, got {_kind(value)}")
        unknown = sorted(str(k) for k in value if k not in keys)
        if unknown:
            _fail(path or "state", f"unknown field(s) {', '.join(unknown)}")
        missing = [k for k in keys if k not in value]
        if missing:
            _fail(_at(path, missing[0]), "missing")
        self.data: dict[str, Any] = value
        self.path = path

    def at(self, key: str) -> str:
        return _at(self.path, key)

    def text(self, key: str) -> str:
        return _str(self.data[key], self.at(key))

    def opt_text(self, key: str) -> str | None:
        value = self.data[key]
        return None if value is None else _str(value, self.at(key))

    def whole(self, key: str, minimum: int | None = None) -> int:
        return _int(self.data[key], self.at(key), minimum)

    def number(self, key: str) -> float:
        return _float(self.data[key], self.at(key))

    def opt_number(self, key: str) -> float | None:
        value = self.data[key]
        return None if value is None else _float(value, self.at(key))

    def flag(self, key: str) -> bool:
        value = self.data[key]
        if type(value) is not bool:
            _fail(self.at(key), f"expected true or false, got {_kind(value)}")
        return value

    def instant(self, key: str) -> datetime:
        return _instant_of(self.data[key], self.at(key))

    def opt_instant(self, key: str) -> datetime | None:
        value = self.data[key]
        return None if value is None else _instant_of(value, self.at(key))

    def items(self, key: str) -> list[Any]:
        return _list(self.data[key], self.at(key))

    def texts(self, key: str) -> list[str]:
        return [_str(v, f"{self.at(key)}[{i}]") for i, v in enumerate(self.items(key))]

    def mapping(self, key: str) -> dict[str, Any]:
        value = self.data[key]
        if type(value) is not dict:
            _fail(self.at(key), f"expected an object, got {_kind(value)}")
        return value


def _at(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def _fail(path: str, message: str) -> NoReturn:
    raise StateFormatError(f"{path}: {message}")


def _kind(value: Any) -> str:
    names = {dict: "an object", list: "a list", str: "a string", bool: "a boolean", type(None): "null"}
    if type(value) is int and abs(value) >= 10**30:  # Python refuses to print an int of 4,300 digits
        return "a number too large"
    if type(value) in (int, float):
        return f"the number {value!r}"
    return names.get(type(value), type(value).__name__)


def _str(value: Any, path: str) -> str:
    if type(value) is not str:
        _fail(path, f"expected a string, got {_kind(value)}")
    return value


def _int(value: Any, path: str, minimum: int | None = None) -> int:
    if type(value) is not int:
        _fail(path, f"expected a whole number, got {_kind(value)}")
    if minimum is not None and value < minimum:
        _fail(path, f"must be at least {minimum}, not {_kind(value).removeprefix('the number ')}")
    return value


def _float(value: Any, path: str) -> float:
    try:
        if type(value) in (int, float) and math.isfinite(value):
            return float(value)
    except OverflowError:  # an int beyond any float
        pass
    _fail(path, f"expected a finite number, got {_kind(value)}")


def _list(value: Any, path: str) -> list[Any]:
    if type(value) is not list:
        _fail(path, f"expected a list, got {_kind(value)}")
    return value


def _instant_of(value: Any, path: str) -> datetime:
    text = _str(value, path)
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        _fail(path, f"not an ISO 8601 instant: {text!r}")
    if moment.tzinfo is None:
        _fail(path, f"an instant needs a UTC offset: {text!r}")
    return moment


def _unique(values: list[str], path: str) -> frozenset[str]:
    seen = frozenset(values)
    if len(seen) != len(values):
        _fail(path, "an entry appears twice")
    return seen


def _record_of(value: Any, path: str) -> Record:
    _Obj(value, path, ("w", "s", "l", "e", "t", "p", "at", "c"))
    try:
        line = canonical(value)
    except (TypeError, ValueError, RecursionError) as exc:
        _fail(path, f"not JSON: {exc}")
    rec = decode_line(line)
    if rec is None:
        _fail(path, "not a valid event record (a field of the wrong type, or its checksum does not match)")
    return rec


def _read(path: str, reader: Callable[[Any], _T], value: Any) -> _T:
    """A record in a form it already reads itself (Show.from_dict, ...): any failure is
    this format's error, at this path."""
    if type(value) is not dict:
        _fail(path, f"expected an object, got {_kind(value)}")
    try:
        return reader(value)
    except KeyError as exc:
        _fail(path, f"missing field {exc}")
    except (ValueError, TypeError, AttributeError, OverflowError, RecursionError) as exc:
        _fail(path, str(exc) or type(exc).__name__)


def _read_show(value: Any) -> Show:
    """``Show.from_dict`` after a check of the lists it walks, so a misplaced value is
    named by its path rather than by what Python said about it."""
    if type(value) is not dict:
        _fail("show", f"expected an object, got {_kind(value)}")
    for key in ("days", "people", "organisations"):
        if key in value:
            _list(value[key], f"show.{key}")
    for i, day in enumerate(value.get("days", [])):
        where = f"show.days[{i}]"
        if type(day) is not dict:
            _fail(where, f"expected an object, got {_kind(day)}")
        for j, seg in enumerate(_list(day.get("segments", []), f"{where}.segments")):
            if type(seg) is not dict:
                _fail(f"{where}.segments[{j}]", f"expected an object, got {_kind(seg)}")
    for i, person in enumerate(value.get("people", [])):
        if type(person) is not dict:
            _fail(f"show.people[{i}]", f"expected an object, got {_kind(person)}")
        if "attributes" in person and type(person["attributes"]) is not dict:
            _fail(f"show.people[{i}].attributes", f"expected an object, got {_kind(person['attributes'])}")
    return _read("show", Show.from_dict, value)


def _read_live(value: Any) -> LiveState:
    keys = (
        "status",
        "segment_id",
        "end_at",
        "remaining_s",
        "run_started_at",
        "paused_at",
        "run_paused_s",
        "added_s",
        "last_end_at",
        "skipped",
        "actuals",
        "message",
    )
    o = _Obj(value, "live", keys)
    try:
        status = Status(o.text("status"))
    except ValueError:
        _fail(o.at("status"), f"not one of {', '.join(s.value for s in Status)}: {o.data['status']!r}")
    last_end: dict[str, str] = {}
    for seg_id, end in o.mapping("last_end_at").items():
        where = f"{o.at('last_end_at')}.{seg_id}"
        _instant_of(end, where)
        last_end[seg_id] = end  # kept as written: ``previous_action`` parses it
    actuals: dict[str, Actual] = {}
    for i, raw in enumerate(o.items("actuals")):
        a = _Obj(raw, f"{o.at('actuals')}[{i}]", Actual.__slots__)
        actual = Actual(
            segment_id=a.text("segment_id"),
            started_at=a.instant("started_at"),
            ended_at=a.opt_instant("ended_at"),
            ran_s=a.number("ran_s"),
            paused_s=a.number("paused_s"),
            added_s=a.whole("added_s"),
            runs=a.whole("runs", minimum=1),
        )
        if actual.segment_id in actuals:
            _fail(a.at("segment_id"), f"segment {actual.segment_id!r} has two actuals")
        actuals[actual.segment_id] = actual
    return LiveState(
        status=status,
        segment_id=o.opt_text("segment_id"),
        end_at=o.opt_instant("end_at"),
        remaining_s=o.opt_number("remaining_s"),
        run_started_at=o.opt_instant("run_started_at"),
        paused_at=o.opt_instant("paused_at"),
        run_paused_s=o.number("run_paused_s"),
        added_s=o.whole("added_s"),
        last_end_at=last_end,
        skipped=_unique(o.texts("skipped"), o.at("skipped")),
        actuals=actuals,
        message=o.text("message"),
    )


def _read_rooms(value: Any) -> RoomsState:
    from .rooms import Room, RoomSpec
    from .state import RoomsState

    keys = ("specs", "plans", "announced", "absent", "balance", "apart", "together", "seconds", "seed", "sent")
    o = _Obj(value, "rooms", keys)

    specs = {k: _read(f"rooms.specs.{k}", RoomSpec.from_dict, v) for k, v in o.mapping("specs").items()}
    plans: dict[str, tuple[Room, ...]] = {}
    for seg_id, rooms in o.mapping("plans").items():
        where = f"rooms.plans.{seg_id}"
        plans[seg_id] = tuple(_read(f"{where}[{i}]", Room.from_dict, r) for i, r in enumerate(_list(rooms, where)))
    apart = []
    for i, pair in enumerate(o.items("apart")):
        where = f"rooms.apart[{i}]"
        if len(_list(pair, where)) != 2:
            _fail(where, f"expected a pair of person ids, got {len(pair)} values")
        apart.append((_str(pair[0], f"{where}[0]"), _str(pair[1], f"{where}[1]")))
    together = tuple(
        tuple(_str(p, f"rooms.together[{i}][{j}]") for j, p in enumerate(_list(group, f"rooms.together[{i}]")))
        for i, group in enumerate(o.items("together"))
    )
    seconds = o.number("seconds")
    if not 0.1 <= seconds <= 600:
        _fail(o.at("seconds"), f"search time {seconds} s is out of range (0.1-600)")
    return RoomsState(
        specs=specs,
        plans=plans,
        announced=_unique(o.texts("announced"), o.at("announced")),
        absent=_unique(o.texts("absent"), o.at("absent")),
        balance=o.text("balance"),
        apart=tuple(apart),
        together=together,
        seconds=seconds,
        seed=o.whole("seed"),
        sent={k: _str(v, f"rooms.sent.{k}") for k, v in o.mapping("sent").items()},
    )


def _read_polls(value: Any, version: int = FORMAT) -> dict[str, PollState]:
    from .polls import PollDef, PollState, PollStatus, Snapshot

    polls: dict[str, PollState] = {}
    for i, raw in enumerate(_list(value, "polls")):
        keys = ("poll", "status", "opened_at", "closed_at", "revealed", "snapshot", "snapshots")
        o = _Obj(raw, f"polls[{i}]", keys)
        poll = _read(o.at("poll"), PollDef.from_dict, o.data["poll"])
        if poll.id in polls:
            _fail(o.at("poll"), f"poll {poll.id!r} appears twice")
        try:
            status = PollStatus(o.text("status"))
        except ValueError:
            _fail(o.at("status"), f"not one of {', '.join(s.value for s in PollStatus)}: {o.data['status']!r}")
        snapshot = None
        if o.data["snapshot"] is not None:
            raw_snapshot = o.data["snapshot"]
            if isinstance(raw_snapshot, dict) and "present" in raw_snapshot:
                if version < 2:
                    _fail(o.at("snapshot") + ".present", f"not in format {version}")
                present = raw_snapshot["present"]
                if present is not None and (type(present) is not int or present < 0):
                    _fail(o.at("snapshot") + ".present", f"expected a whole number >= 0, got {present!r}")
            snapshot = _read(o.at("snapshot"), Snapshot.from_dict, raw_snapshot)
        polls[poll.id] = PollState(
            poll=poll,
            status=status,
            opened_at=o.opt_instant("opened_at"),
            closed_at=o.opt_instant("closed_at"),
            revealed=o.flag("revealed"),
            snapshot=snapshot,
            snapshots=o.whole("snapshots", minimum=0),
        )
    return polls


def decode(data: Any) -> SessionState:
    from .state import PLATFORMS, Lease, Offer, PlatformLink, SessionState

    if type(data) is not dict:
        _fail("state", f"expected an object, got {_kind(data)}")
    if data.get("kind") != KIND:
        _fail("kind", f"not a session state (expected {KIND!r}, got {data.get('kind')!r})")
    version = data.get("format")
    if type(version) is not int:
        _fail("format", f"expected a whole number, got {_kind(version)}")
    if version > FORMAT:
        _fail("format", f"format {version} was written by a newer version (this one reads up to {FORMAT})")
    if version not in (1, 2, FORMAT):
        _fail("format", f"unknown format {version}")
    keys: tuple[str, ...] = ("kind", "format", "show", "live", "lease", "offer", "platform", "rooms", "polls")
    keys += ("skipped", "fenced") + (("presence",) if version >= 3 else ())
    top = _Obj(data, "", keys)
    show = _read_show(data["show"])
    lease = _Obj(data["lease"], "lease", ("owner", "owner_name", "epoch"))
    offer = None
    if data["offer"] is not None:
        o = _Obj(data["offer"], "offer", ("to", "to_name", "epoch"))
        offer = Offer(to=o.text("to"), to_name=o.text("to_name"), epoch=o.whole("epoch", minimum=0))
    platform = _Obj(data["platform"], "platform", ("platform", "meeting"))
    if platform.text("platform") not in PLATFORMS:
        _fail("platform.platform", f"unknown platform {platform.data['platform']!r}")
    return SessionState(
        show=show,
        live=_read_live(data["live"]),
        lease=Lease(owner=lease.opt_text("owner"), owner_name=lease.text("owner_name"), epoch=lease.whole("epoch", 0)),
        offer=offer,
        platform=PlatformLink(platform=platform.text("platform"), meeting=platform.text("meeting")),
        rooms=_read_rooms(data["rooms"]),
        polls=_read_polls(data["polls"], version),
        skipped=tuple(top.texts("skipped")),
        fenced=tuple(_record_of(r, f"fenced[{i}]") for i, r in enumerate(top.items("fenced"))),
        presence=_read_presence(data["presence"]) if version >= 3 else PresenceState(),
    )


def _read_presence(value: Any) -> PresenceState:
    o = _Obj(value, "presence", ("intervals", "guests", "last_at", "sources"))
    intervals = {}
    for key, rows in o.mapping("intervals").items():
        where = f"presence.intervals.{key}"
        ivs = []
        for i, row in enumerate(_list(rows, where)):
            pair = _list(row, f"{where}[{i}]")
            if len(pair) != 2:
                _fail(f"{where}[{i}]", "expected [start, end]")
            start = _instant_of(pair[0], f"{where}[{i}][0]")
            end = None if pair[1] is None else _instant_of(pair[1], f"{where}[{i}][1]")
            if end is not None and end < start:
                _fail(f"{where}[{i}]", "ends before it starts")
            ivs.append((start, end))
        intervals[key] = tuple(ivs)
    guests = {k: _str(v, f"presence.guests.{k}") for k, v in o.mapping("guests").items()}
    return PresenceState(intervals, guests, o.opt_instant("last_at"), tuple(o.texts("sources")))
