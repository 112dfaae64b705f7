"""The session state as a deterministic fold over the union of all writers' events.

Events are deduplicated by (writer, seq) and applied in (Lamport, writer, seq) order, so
the same files in any order, with any duplicates, give the same state. An event whose
payload cannot be applied is skipped and listed; the fold itself never fails.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from dataclasses import field, replace
from typing import TYPE_CHECKING, Any

from . import live
from .digest import sha256_hex
from .eventlog import Record, canonical
from .frozen import Frozen, record
from .lease import CLAIM, LeaseChain
from .live import LiveState
from .model import Day, ModelError, Person, Segment, Show, evolve
from .presence import PresenceState, apply_change, apply_import

if TYPE_CHECKING:  # imported by the handlers that need them: a session without rooms or polls starts faster
    from .polls import PollState
    from .rooms import Room, RoomSpec

EMPTY_SHOW = Show(id="", title="")
PLATFORMS = ("rehearsal", "zoom", "webex", "teams")


@record
class Lease(Frozen):
    """Which console is in control of the session, and the epoch it took control in."""

    owner: str | None = None  # writer id in control
    owner_name: str = ""
    epoch: int = 0


@record
class Offer(Frozen):
    """Control offered by the console in control to another, until that one takes it."""

    to: str  # the writer id offered control
    to_name: str
    epoch: int  # the epoch of the owner who offered


@record
class PlatformLink(Frozen):
    """Which platform the session's meeting runs on, and the meeting (never a secret)."""

    platform: str = "rehearsal"
    meeting: str = ""


@record
class RoomsState(Frozen):
    """Breakout planning: the layout and plan of each breakout segment (one round each),
    the rounds announced to people (never moved by a re-plan), and event-wide options."""

    specs: dict[str, RoomSpec] = field(default_factory=dict)  # segment id -> layout
    plans: dict[str, tuple[Room, ...]] = field(default_factory=dict)  # segment id -> rooms
    announced: frozenset[str] = frozenset()
    absent: frozenset[str] = frozenset()  # person ids who have left the event
    balance: str = "organisation"  # the attribute rooms mix ('' none; 'attr:X' a free column)
    apart: tuple[tuple[str, str], ...] = ()
    together: tuple[tuple[str, ...], ...] = ()
    seconds: float = 5.0
    seed: int = 1
    sent: dict[str, str] = field(default_factory=dict)  # segment id -> digest of the rooms last sent

    def to_dict(self) -> dict[str, Any]:
        out = {
            "specs": {k: v.to_dict() for k, v in sorted(self.specs.items())},
            "plans": {k: [r.to_dict() for r in v] for k, v in sorted(self.plans.items())},
            "announced": sorted(self.announced),
            "absent": sorted(self.absent),
            "options": [
                self.balance,
                [list(p) for p in self.apart],
                [list(g) for g in self.together],
                self.seconds,
                self.seed,
            ],
        }
        if self.sent:  # only when used: older sessions keep their digests
            out["sent"] = dict(sorted(self.sent.items()))
        return out


@record
class SessionState(Frozen):
    """Everything the session's log folds into: the show, the live state, control, the platform,
    rooms, polls and presence."""

    show: Show = EMPTY_SHOW
    live: LiveState = field(default_factory=LiveState)
    lease: Lease = field(default_factory=Lease)
    offer: Offer | None = None
    platform: PlatformLink = field(default_factory=PlatformLink)
    rooms: RoomsState = field(default_factory=RoomsState)
    polls: dict[str, PollState] = field(default_factory=dict)  # in library order
    skipped: tuple[str, ...] = ()  # events that could not be applied, and why
    fenced: tuple[Record, ...] = ()  # written without the lease; kept until re-applied or discarded
    presence: PresenceState = field(default_factory=PresenceState)  # who was in the meeting when

    def digest(self) -> str:
        """A short fingerprint of the folded show and live state."""
        data = {
            "show": self.show.to_dict(),
            "live": _live_dict(self.live),
            "lease": [self.lease.owner, self.lease.epoch],
            "platform": [self.platform.platform, self.platform.meeting],
            "rooms": self.rooms.to_dict(),
            "polls": [
                [p.poll.to_dict(), p.status.value, p.snapshot.to_dict() if p.snapshot else None]
                for p in self.polls.values()
            ],
            "fenced": sorted(r.key for r in self.fenced),
        }
        return sha256_hex(canonical(data))[:16]

    def to_dict(self) -> dict[str, Any]:
        """The whole state as JSON values, versioned (see :mod:`.state_format`)."""
        from .state_format import encode

        return encode(self)

    @classmethod
    def from_dict(cls, data: Any) -> SessionState:
        """A state from :meth:`to_dict`'s form; ``StateFormatError`` names a malformed field."""
        from .state_format import decode

        return decode(data)


def _live_dict(state: LiveState) -> dict[str, Any]:
    return {
        "status": state.status.value,
        "segment": state.segment_id,
        "end_at": state.end_at.isoformat() if state.end_at else None,
        "remaining": state.remaining_s,
        "added": state.added_s,
        "skipped": sorted(state.skipped),
        "message": state.message,
        "actuals": sorted(
            (a.segment_id, a.started_at.isoformat(), a.ended_at.isoformat() if a.ended_at else None, a.runs)
            for a in state.actuals.values()
        ),
    }


Handler = Callable[[SessionState, Record], SessionState]
_HANDLERS: dict[str, Handler] = {}


def handles(type_: str) -> Callable[[Handler], Handler]:
    def register(fn: Handler) -> Handler:
        _HANDLERS[type_] = fn
        return fn

    return register


def apply(state: SessionState, record: Record) -> SessionState:
    handler = _HANDLERS.get(record.type)
    if handler is None:
        # An event type from a newer version: kept in the log, ignored here.
        return evolve(state, skipped=(*state.skipped, f"{record.writer}#{record.seq}: unknown type {record.type}"))
    try:
        return handler(state, record)
    except (ModelError, KeyError, ValueError, TypeError, AttributeError, OverflowError) as exc:
        reason = f"{record.writer}#{record.seq} {record.type}: {exc}"
        return evolve(state, skipped=(*state.skipped, reason))


def order_records(records: Iterable[Record]) -> tuple[list[Record], list[str]]:
    """The union of records, deduplicated and ordered; and the writers whose logs forked."""
    unique: dict[tuple[str, int], Record] = {}
    forks: set[str] = set()
    for rec in records:
        seen = unique.get(rec.key)
        if seen is None:
            unique[rec.key] = rec
        elif seen.checksum != rec.checksum:
            forks.add(rec.writer)
            if rec.checksum < seen.checksum:  # the same choice on every machine
                unique[rec.key] = rec
    return sorted(unique.values(), key=lambda r: r.order), sorted(forks)


def fold_ordered(ordered: list[Record]) -> tuple[SessionState, LeaseChain]:
    """Fold records already deduplicated and ordered, applying only those the lease allows."""
    chain = LeaseChain.of(ordered)
    fenced = tuple(r for r in ordered if r.type != CLAIM and not chain.is_valid(r))
    state = SessionState(fenced=fenced)
    for rec in ordered:
        if chain.is_valid(rec):
            state = apply(state, rec)
    return state, chain


def fold(records: Iterable[Record]) -> SessionState:
    ordered, _ = order_records(records)
    return fold_ordered(ordered)[0]


# ---------------------------------------------------------------- show and lease


@handles("session.created")
def _created(state: SessionState, rec: Record) -> SessionState:
    if state.show.id:
        raise ValueError("the session was already created")
    show = Show.from_dict(rec.payload["show"])
    polls = {}
    if rec.payload.get("polls"):
        from .polls import PollDef, PollState

        for raw in rec.payload["polls"]:
            poll = PollDef.from_dict(raw)
            polls[poll.id] = PollState(poll)
    return evolve(state, show=show, polls=polls)


@handles(CLAIM)
def _claim(state: SessionState, rec: Record) -> SessionState:
    epoch = int(rec.payload["epoch"])
    if epoch <= state.lease.epoch:
        raise ValueError(f"claim of epoch {epoch} is not newer than {state.lease.epoch}")
    lease = Lease(owner=rec.writer, owner_name=str(rec.payload.get("name", "")), epoch=epoch)
    return evolve(state, lease=lease, offer=None)


@handles("lease.offer")
def _offer(state: SessionState, rec: Record) -> SessionState:
    """The owner offers control to another console; that console takes it with a claim."""
    offer = Offer(to=str(rec.payload["to"]), to_name=str(rec.payload.get("to_name", "")), epoch=state.lease.epoch)
    return evolve(state, offer=offer)


@handles("lease.offer_withdrawn")
def _offer_withdrawn(state: SessionState, rec: Record) -> SessionState:
    return evolve(state, offer=None)


@handles("fence.resolved")
def _fence_resolved(state: SessionState, rec: Record) -> SessionState:
    """A person re-applied (as new events) or discarded a fenced event: stop listing it."""
    key = (str(rec.payload["writer"]), int(rec.payload["seq"]))
    return evolve(state, fenced=tuple(r for r in state.fenced if r.key != key))


@handles("platform.linked")
def _platform_linked(state: SessionState, rec: Record) -> SessionState:
    platform = str(rec.payload["platform"])
    if platform not in PLATFORMS:
        raise ValueError(f"unknown platform {platform!r}")
    return evolve(state, platform=PlatformLink(platform, str(rec.payload.get("meeting", ""))))


@handles("show.updated")
def _show_updated(state: SessionState, rec: Record) -> SessionState:
    changes = rec.payload["changes"]
    allowed = {"title", "timezone"}
    if set(changes) - allowed:
        raise ModelError(f"cannot change show field(s) {sorted(set(changes) - allowed)}")
    show = state.show
    if "title" in changes:
        show = replace(show, title=str(changes["title"]))
    if "timezone" in changes:
        show = replace(show, timezone=str(changes["timezone"]))
    return evolve(state, show=show)


# ---------------------------------------------------------------- run-of-show edits


def _day(state: SessionState, day_id: str) -> Day:
    day = state.show.day(day_id)
    if day is None:
        raise KeyError(f"no day {day_id}")
    return day


@handles("day.added")
def _day_added(state: SessionState, rec: Record) -> SessionState:
    day = Day.from_dict(rec.payload["day"])
    if state.show.day(day.id) is not None:
        raise ValueError(f"day {day.id} exists")
    if state.show.all_segment_ids() & {s.id for s in day.segments}:
        raise ValueError("segment ids of the new day are in use")
    days = list(state.show.days)
    index = max(0, min(int(rec.payload.get("index", len(days))), len(days)))
    days.insert(index, day)
    return evolve(state, show=evolve(state.show, days=tuple(days)))


@handles("day.removed")
def _day_removed(state: SessionState, rec: Record) -> SessionState:
    day_id = rec.payload["day_id"]
    _day(state, day_id)
    return evolve(state, show=evolve(state.show, days=tuple(d for d in state.show.days if d.id != day_id)))


@handles("day.updated")
def _day_updated(state: SessionState, rec: Record) -> SessionState:
    day = _day(state, rec.payload["day_id"]).with_changes(rec.payload["changes"])
    return evolve(state, show=state.show.replace_day(day))


def _insert(state: SessionState, day_id: str, index: int, seg: Segment) -> SessionState:
    day = _day(state, day_id)
    segs = list(day.segments)
    segs.insert(max(0, min(index, len(segs))), seg)
    return evolve(state, show=state.show.replace_day(evolve(day, segments=tuple(segs))))


def _remove(state: SessionState, segment_id: str) -> SessionState:
    found = state.show.locate(segment_id)
    if found is None:
        raise KeyError(f"no segment {segment_id}")
    day, index = found
    segs = day.segments[:index] + day.segments[index + 1 :]
    return evolve(state, show=state.show.replace_day(evolve(day, segments=segs)))


@handles("segment.added")
def _segment_added(state: SessionState, rec: Record) -> SessionState:
    seg = Segment.from_dict(rec.payload["segment"])
    if state.show.locate(seg.id) is not None:
        raise ValueError(f"segment {seg.id} exists")
    return _insert(state, rec.payload["day_id"], int(rec.payload["index"]), seg)


@handles("segment.removed")
def _segment_removed(state: SessionState, rec: Record) -> SessionState:
    return _remove(state, rec.payload["segment_id"])


@handles("segment.updated")
def _segment_updated(state: SessionState, rec: Record) -> SessionState:
    found = state.show.locate(rec.payload["segment_id"])
    if found is None:
        raise KeyError(f"no segment {rec.payload['segment_id']}")
    day, index = found
    seg = day.segments[index].with_changes(rec.payload["changes"])
    segs = (*day.segments[:index], seg, *day.segments[index + 1 :])
    return evolve(state, show=state.show.replace_day(evolve(day, segments=segs)))


@handles("segment.moved")
def _segment_moved(state: SessionState, rec: Record) -> SessionState:
    seg = state.show.segment(rec.payload["segment_id"])
    if seg is None:
        raise KeyError(f"no segment {rec.payload['segment_id']}")
    _day(state, rec.payload["day_id"])
    state = _remove(state, seg.id)
    return _insert(state, rec.payload["day_id"], int(rec.payload["index"]), seg)


# ---------------------------------------------------------------- live


def _at(rec: Record, key: str = "at") -> Any:
    return live.parse_instant(rec.payload[key])


def _seconds(value: Any) -> float:
    """Seconds from a payload: a finite number (JSON readers accept NaN and Infinity)."""
    seconds = float(value)
    if not math.isfinite(seconds):
        raise ValueError(f"not a number of seconds: {value!r}")
    return seconds


@handles("live.start")
def _live_start(state: SessionState, rec: Record) -> SessionState:
    seg_id = rec.payload["segment_id"]
    if state.show.segment(seg_id) is None:
        raise KeyError(f"no segment {seg_id}")
    new = live.apply_start(state.live, seg_id, _at(rec), _at(rec, "end_at"), int(rec.payload.get("added_s", 0)))
    return evolve(state, live=new)


@handles("live.pause")
def _live_pause(state: SessionState, rec: Record) -> SessionState:
    return evolve(state, live=live.apply_pause(state.live, _at(rec), _seconds(rec.payload["remaining_s"])))


@handles("live.resume")
def _live_resume(state: SessionState, rec: Record) -> SessionState:
    return evolve(state, live=live.apply_resume(state.live, _at(rec), _at(rec, "end_at")))


@handles("live.adjust")
def _live_adjust(state: SessionState, rec: Record) -> SessionState:
    p = rec.payload
    end_at = live.parse_instant(p["end_at"]) if "end_at" in p else None
    remaining = _seconds(p["remaining_s"]) if "remaining_s" in p else None
    return evolve(state, live=live.apply_adjust(state.live, int(p["delta_s"]), end_at, remaining))


@handles("live.end")
def _live_end(state: SessionState, rec: Record) -> SessionState:
    return evolve(state, live=live.apply_end(state.live, _at(rec)))


@handles("live.skip")
def _live_skip(state: SessionState, rec: Record) -> SessionState:
    return evolve(state, live=live.apply_skip(state.live, rec.payload["segment_id"], bool(rec.payload["skipped"])))


@handles("live.message")
def _live_message(state: SessionState, rec: Record) -> SessionState:
    return evolve(state, live=evolve(state.live, message=str(rec.payload["text"])))


# ---------------------------------------------------------------- people and rooms


@handles("people.set")
def _people_set(state: SessionState, rec: Record) -> SessionState:
    """Add or replace people by id (an import, an edit) and remove some; one undoable step."""
    upserts = [Person.from_dict(p) for p in rec.payload.get("upsert", [])]
    remove = {str(i) for i in rec.payload.get("remove", [])}
    people = {p.id: p for p in state.show.people}  # a replaced person keeps their place; new ones go last
    for p in upserts:
        people[p.id] = p
    for pid in remove:
        people.pop(pid, None)
    ordered = list(people.values())
    orgs = tuple(dict.fromkeys([*state.show.organisations, *(p.organisation for p in ordered if p.organisation)]))
    return evolve(state, show=evolve(state.show, people=tuple(ordered), organisations=orgs))


def _breakout(state: SessionState, segment_id: str) -> None:
    seg = state.show.segment(segment_id)
    if seg is None:
        raise KeyError(f"no segment {segment_id}")


@handles("rooms.configured")
def _rooms_configured(state: SessionState, rec: Record) -> SessionState:
    seg_id = str(rec.payload["segment_id"])
    _breakout(state, seg_id)
    specs = dict(state.rooms.specs)
    if rec.payload.get("spec") is None:
        specs.pop(seg_id, None)
    else:
        from .rooms import RoomSpec

        specs[seg_id] = RoomSpec.from_dict(rec.payload["spec"])
    return evolve(state, rooms=evolve(state.rooms, specs=specs))


@handles("rooms.planned")
def _rooms_planned(state: SessionState, rec: Record) -> SessionState:
    """New rooms for some rounds (a generated plan, a drag and drop); None clears a round.
    A round already announced is never changed by a plan (only by an explicit edit)."""
    from .rooms import Room

    plans = dict(state.rooms.plans)
    force = bool(rec.payload.get("edit", False))
    for seg_id, rooms in dict(rec.payload["plans"]).items():
        _breakout(state, seg_id)
        if seg_id in state.rooms.announced and not force:
            raise ValueError(f"round {seg_id} is announced; a plan does not move its people")
        if rooms is None:
            plans.pop(seg_id, None)
        else:
            plans[seg_id] = tuple(Room.from_dict(r) for r in rooms)
    return evolve(state, rooms=evolve(state.rooms, plans=plans))


@handles("rooms.announced")
def _rooms_announced(state: SessionState, rec: Record) -> SessionState:
    seg_id = str(rec.payload["segment_id"])
    _breakout(state, seg_id)
    announced = set(state.rooms.announced)
    if rec.payload.get("announced", True):
        announced.add(seg_id)
    else:
        announced.discard(seg_id)
    return evolve(state, rooms=evolve(state.rooms, announced=frozenset(announced)))


@handles("rooms.sent")
def _rooms_sent(state: SessionState, rec: Record) -> SessionState:
    """A round's rooms were queued for the platform: which plan, by its digest."""
    seg_id = str(rec.payload["segment_id"])
    _breakout(state, seg_id)
    digest = str(rec.payload["digest"])
    return evolve(state, rooms=evolve(state.rooms, sent={**state.rooms.sent, seg_id: digest}))


@handles("person.absent")
def _person_absent(state: SessionState, rec: Record) -> SessionState:
    absent = set(state.rooms.absent)
    for pid in rec.payload["person_ids"]:
        (absent.add if rec.payload.get("absent", True) else absent.discard)(str(pid))
    return evolve(state, rooms=evolve(state.rooms, absent=frozenset(absent)))


@handles("presence.changed")
def _presence_changed(state: SessionState, rec: Record) -> SessionState:
    """Who joined and who left the meeting, from the live roster (the console in control)."""
    return evolve(state, presence=apply_change(state.presence, rec.payload))


@handles("presence.imported")
def _presence_imported(state: SessionState, rec: Record) -> SessionState:
    """Join and leave times the platform gave after the meeting."""
    return evolve(state, presence=apply_import(state.presence, rec.payload))


@handles("rooms.options")
def _rooms_options(state: SessionState, rec: Record) -> SessionState:
    p = rec.payload
    rooms = state.rooms
    changes: dict[str, Any] = {}
    if "balance" in p:
        changes["balance"] = str(p["balance"])
    if "apart" in p:
        changes["apart"] = tuple((str(a), str(b)) for a, b in p["apart"])
    if "together" in p:
        changes["together"] = tuple(tuple(str(x) for x in g) for g in p["together"])
    if "seconds" in p:
        seconds = float(p["seconds"])
        if not 0.1 <= seconds <= 600:
            raise ValueError(f"search time {seconds} s is out of range (0.1-600)")
        changes["seconds"] = seconds
    if "seed" in p:
        changes["seed"] = int(p["seed"])
    return evolve(state, rooms=evolve(rooms, **changes))


# ---------------------------------------------------------------- polls


def _poll(state: SessionState, poll_id: str) -> PollState:
    ps = state.polls.get(poll_id)
    if ps is None:
        raise KeyError(f"no poll {poll_id}")
    return ps


@handles("poll.defined")
def _poll_defined(state: SessionState, rec: Record) -> SessionState:
    """Add a poll to the library or change its definition (its results stay)."""
    from .polls import PollDef, PollState

    poll = PollDef.from_dict(rec.payload["poll"])
    polls = dict(state.polls)
    old = polls.get(poll.id)
    polls[poll.id] = evolve(old, poll=poll) if old is not None else PollState(poll)
    if "index" in rec.payload and old is None:
        items = list(polls.items())
        items.insert(max(0, min(int(rec.payload["index"]), len(items) - 1)), items.pop())
        polls = dict(items)
    return evolve(state, polls=polls)


@handles("poll.removed")
def _poll_removed(state: SessionState, rec: Record) -> SessionState:
    _poll(state, str(rec.payload["poll_id"]))
    return evolve(state, polls={k: v for k, v in state.polls.items() if k != rec.payload["poll_id"]})


@handles("poll.status")
def _poll_status(state: SessionState, rec: Record) -> SessionState:
    """Launch (open), close, reveal, or back to draft (undo)."""
    from .polls import PollStatus

    ps = _poll(state, str(rec.payload["poll_id"]))
    status = PollStatus(str(rec.payload["status"]))
    at = live.parse_instant(rec.payload["at"]) if rec.payload.get("at") else None
    changes: dict[str, Any] = {"status": status}
    if status is PollStatus.OPEN:
        changes.update(opened_at=at or ps.opened_at, closed_at=None, revealed=False)
    elif status is PollStatus.CLOSED:
        changes.update(closed_at=at or ps.closed_at, revealed=False)
    elif status is PollStatus.REVEALED:
        changes.update(revealed=True, closed_at=ps.closed_at or at)
    else:
        changes.update(opened_at=None, closed_at=None, revealed=False)
    return evolve(state, polls={**state.polls, ps.poll.id: evolve(ps, **changes)})


@handles("poll.results")
def _poll_results(state: SessionState, rec: Record) -> SessionState:
    """A source's full result for a poll; the newest one is the poll's result."""
    from .polls import Snapshot

    ps = _poll(state, str(rec.payload["poll_id"]))
    snapshot = Snapshot.from_dict(rec.payload["snapshot"])
    return evolve(state, polls={**state.polls, ps.poll.id: evolve(ps, snapshot=snapshot, snapshots=ps.snapshots + 1)})


@handles("poll.result_restored")
def _poll_result_restored(state: SessionState, rec: Record) -> SessionState:
    """Undo of a result typed in by hand: the poll's result and its update count become
    what they were before (no result at all when ``snapshot`` is None)."""
    from .polls import Snapshot

    ps = _poll(state, str(rec.payload["poll_id"]))
    raw = rec.payload.get("snapshot")
    snapshot = Snapshot.from_dict(raw) if raw is not None else None
    count = int(rec.payload.get("snapshots", 0))
    if count < 0:
        raise ValueError("snapshots cannot be negative")
    return evolve(state, polls={**state.polls, ps.poll.id: evolve(ps, snapshot=snapshot, snapshots=count)})
