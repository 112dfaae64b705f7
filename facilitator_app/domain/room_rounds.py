"""The session's breakout segments as rounds of the room planner: which rounds are locked
(announced, running or done), who has met whom already, and the planner's request for
all rounds, one round, or a re-plan after people joined or left."""

from __future__ import annotations

from collections import Counter

from .frozen import Frozen, record
from .model import SegmentKind, Show
from .rooms import Plan, Problem, Quality, Room, RoomSpec, assess, pairs_of
from .state import SessionState

DEFAULT_SPEC = RoomSpec(size=5, min_size=4, max_size=6)
BALANCE_FIELDS = ("organisation", "department", "role")


def breakout_ids(show: Show) -> list[str]:
    return [s.id for d in show.days for s in d.segments if s.kind is SegmentKind.BREAKOUT]


def spec_for(state: SessionState, segment_id: str) -> RoomSpec:
    return state.rooms.specs.get(segment_id, DEFAULT_SPEC)


def locked(state: SessionState) -> set[str]:
    """Rounds whose people must not move: announced, running, or already run."""
    out = set(state.rooms.announced) | set(state.live.actuals)
    if state.live.active and state.live.segment_id:
        out.add(state.live.segment_id)
    return out & set(breakout_ids(state.show))


def balance_of(state: SessionState) -> dict[str, str]:
    key = state.rooms.balance
    if not key:
        return {}
    out = {}
    for p in state.show.people:
        if key in BALANCE_FIELDS:
            out[p.id] = str(getattr(p, key))
        elif key.startswith("attr:"):
            out[p.id] = p.attributes.get(key[5:], "")
    return out


def balance_choices(state: SessionState) -> list[str]:
    attrs = sorted({k for p in state.show.people for k in p.attributes})
    return ["", *BALANCE_FIELDS, *(f"attr:{a}" for a in attrs)]


@record
class Request(Frozen):
    """The room planner's input for one or more breakout rounds, built from the session by ``request``."""

    segment_ids: tuple[str, ...]
    problem: Problem
    previous: tuple[tuple[Room, ...], ...] | None = None
    max_moved: int | None = None
    newcomers: int = 0
    before: tuple[tuple[Room, ...], ...] = ()  # the rounds planned before the first target


def request(
    state: SessionState, segment_ids: list[str] | None = None, *, replan: bool = False, room_word: str = "Room"
) -> Request:
    """The planner's input for the given rounds (default: every round not locked).

    Pairs from every other planned round, before or after them, count as having met, so
    planning one round avoids the pairs of the rounds already planned around it. A re-plan
    keeps each round's current rooms as the start and allows at most two moves per
    newcomer."""
    order = breakout_ids(state.show)
    lock = locked(state)
    targets = [s for s in (segment_ids or order) if s in order and s not in lock]
    first = min((order.index(s) for s in targets), default=len(order))
    history = dict(pairs_of(plan for s, plan in state.rooms.plans.items() if s in order and s not in targets))
    people = tuple(p.id for p in state.show.people if p.id not in state.rooms.absent)
    present = frozenset(people)
    rooms = state.rooms
    problem = Problem(
        people=people,
        rounds=tuple(spec_for(state, s) for s in targets),
        balance=balance_of(state),
        hosts=frozenset(p.id for p in state.show.people if p.host and p.id in present),
        apart=tuple(pair for pair in rooms.apart if set(pair) <= present),
        together=tuple(g for g in rooms.together if len(set(g) & present) > 1),
        history=history,
        seed=rooms.seed,
        seconds=rooms.seconds,
        room_word=room_word,
        round_numbers=tuple(order.index(s) + 1 for s in targets),
    )
    before = tuple(state.rooms.plans[s] for s in order[:first] if s in state.rooms.plans)
    if not replan or not all(s in rooms.plans for s in targets):
        return Request(tuple(targets), problem, before=before)
    previous = tuple(rooms.plans[s] for s in targets)
    planned = {p for rnd in previous for room in rnd for p in room.members}
    newcomers = sum(1 for p in people if p not in planned)
    return Request(tuple(targets), problem, previous, max_moved=2 * newcomers, newcomers=newcomers)


def planned_payload(req: Request, plan: Plan) -> dict[str, object]:
    return {"plans": {s: [room.to_dict() for room in rnd] for s, rnd in zip(req.segment_ids, plan.rounds, strict=True)}}


def encounters(state: SessionState, upto: str | None = None) -> Counter[tuple[str, str]]:
    """How often each pair meets over the planned rounds (up to and including ``upto``)."""
    order = breakout_ids(state.show)
    if upto in order:
        order = order[: order.index(upto) + 1]
    return pairs_of(state.rooms.plans[s] for s in order if s in state.rooms.plans)


@record
class Move(Frozen):
    """Someone present on the platform who is not in their planned room."""

    person_id: str
    name: str
    planned: str  # room name in the plan
    actual: str  # room on the platform ('' in the main meeting)


def moves_needed(state: SessionState, segment_id: str, roster_rooms: dict[str, str]) -> list[Move]:
    """People present on the platform who are not in their planned room (by e-mail)."""
    plan = state.rooms.plans.get(segment_id, ())
    by_id = {p.id: p for p in state.show.people}
    out = []
    for room in plan:
        for pid in room.members:
            person = by_id.get(pid)
            if person is None or not person.email or person.email.lower() not in roster_rooms:
                continue
            actual = roster_rooms[person.email.lower()]
            if actual != room.name:
                out.append(Move(pid, person.name, room.name, actual))
    return out


def quality(state: SessionState) -> Quality | None:
    """The figures of the whole plan as it stands (every planned round, in show order)."""
    order = [s for s in breakout_ids(state.show) if s in state.rooms.plans]
    if not order:
        return None
    rooms = state.rooms
    people = tuple(p.id for p in state.show.people)
    problem = Problem(
        people=people,
        rounds=tuple(spec_for(state, s) for s in order),
        balance=balance_of(state),
        hosts=frozenset(p.id for p in state.show.people if p.host),
        apart=rooms.apart,
        together=rooms.together,
    )
    return assess(problem, [rooms.plans[s] for s in order])


def unassigned(state: SessionState, segment_id: str) -> list[str]:
    """People taking part (not marked as left) who have no room in this round."""
    placed = {p for room in state.rooms.plans.get(segment_id, ()) for p in room.members}
    return [p.id for p in state.show.people if p.id not in placed and p.id not in state.rooms.absent]


def moved(rooms: tuple[Room, ...], ids: list[str], room_name: str, hosts: set[str]) -> list[Room]:
    """The round's rooms with ``ids`` moved into ``room_name`` ('' takes them out of every
    room). A room whose host left gets another host from its members, if it has one."""
    moving = set(ids)
    new = []
    for room in rooms:
        members = [m for m in room.members if m not in moving]
        if room.name == room_name:
            members += [i for i in ids if i not in members]
        host = room.host if room.host in members else None
        if host is None:
            host = next((m for m in members if m in hosts), None)
        new.append(Room(room.name, tuple(members), host))
    return new


def plan_digest(rooms: tuple[Room, ...] | list[Room]) -> str:
    """A short fingerprint of a round's rooms (who is in which room): sent plans are
    compared with the current plan by it."""
    import hashlib
    import json

    data = [[r.name, sorted(r.members)] for r in rooms]
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()[:16]


def round_problems(state: SessionState, segment_id: str, sends_rooms: bool) -> list[str]:
    """What a producer should know before this breakout round goes live: codes
    'not_planned', 'not_sent', 'changed_since_sent', 'no_host:<n>'."""
    rooms = state.rooms.plans.get(segment_id)
    if not rooms:
        return ["not_planned"]
    out = []
    sent = state.rooms.sent.get(segment_id)
    if sends_rooms and sent is None:
        out.append("not_sent")
    elif sends_rooms and sent != plan_digest(rooms):
        out.append("changed_since_sent")
    hosts = {p.id for p in state.show.people if p.host}
    missing = sum(1 for r in rooms if r.members and not (r.host or set(r.members) & hosts))
    if missing:
        out.append(f"no_host:{missing}")
    return out
