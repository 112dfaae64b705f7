"""Room commands: configure a round, plan, move people, announce, send to the platform,
import people and set keep-apart / keep-together pairs. Planning is split in two so that
a window can run the search off the GUI thread: ``prepare_plan`` checks and builds the
request, ``apply_plan`` records the result; the ``rooms.plan`` command does both at once
(command line, remote, tests)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ..domain import edits
from ..domain.edits import Edit
from ..domain.model import Person, SegmentKind
from ..domain.text import QT_TRANSLATE_NOOP, Msg, msg
from .base import Command, CommandError, Context, Param, Result, need, saved
from .platform import info, platform_note, port

if TYPE_CHECKING:
    from ..domain import room_rounds
    from ..domain.rooms import Plan

Args = Mapping[str, Any]


def _rr() -> Any:
    """The planner's rules, imported when a room command first runs (not at start-up)."""
    from ..domain import room_rounds

    return room_rounds


def _round(ctx: Context, args: Args) -> str:
    segment_id = str(args.get("segment") or "")
    need(
        segment_id in _rr().breakout_ids(ctx.state().show),
        msg("%1 is not a breakout round.", segment_id or "?"),
        "not_found",
    )
    return segment_id


def configure(ctx: Context, args: Args) -> Result:
    segment_id = _round(ctx, args)
    from ..domain.rooms import PlanError, RoomSpec

    try:
        spec = RoomSpec.from_dict(dict(args.get("spec") or {}))
        spec.check()
    except (PlanError, KeyError, TypeError, ValueError) as exc:
        raise CommandError(msg("%1", str(exc)), "bad_argument") from None
    state = ctx.state()
    if spec == _rr().spec_for(state, segment_id) and segment_id in state.rooms.specs:
        return Result(changed=False)
    saved(ctx.record("rooms.configured", {"segment_id": segment_id, "spec": spec.to_dict()}))
    return Result()


def options(ctx: Context, args: Args) -> Result:
    payload = {k: args[k] for k in ("balance", "seconds", "seed") if k in args}
    need(bool(payload), msg("Give balance, seconds or seed."))
    if "seconds" in payload:
        need(
            isinstance(payload["seconds"], int | float) and 0.1 <= float(payload["seconds"]) <= 600,
            msg("seconds must be between 0.1 and 600."),
        )
    saved(ctx.record("rooms.options", payload))
    return Result()


def prepare_plan(ctx: Context, args: Args) -> room_rounds.Request:
    """The planner's request for ``segments`` (all rounds when absent), or ``replan`` from ``segment``."""
    state = ctx.state()
    room_word = str(args.get("room_word") or "Room")
    if args.get("replan"):
        order = _rr().breakout_ids(state.show)
        seg = str(args.get("segment") or "")
        coming = [s for s in order[order.index(seg) :] if s in state.rooms.plans] if seg in order else []
        need(bool(coming), msg("There is no planned round from here on to re-plan."), "not_enabled")
        req = _rr().request(state, coming, replan=True, room_word=room_word)
    else:
        segments = args.get("segments")
        targets = [str(s) for s in segments] if segments else None
        req = _rr().request(state, targets, room_word=room_word)
    need(bool(req.segment_ids), msg("Every round is announced or has run: nothing to plan."), "not_enabled")
    need(
        bool(req.problem.people), msg("There are no people to place: import the participant list first."), "not_enabled"
    )
    return req


def run_planner(req: room_rounds.Request) -> Plan | Msg:
    """The search itself (seconds; a window runs it in a worker thread): a plan or the reason."""
    from ..domain.rooms import PlanError, plan_rooms

    try:
        return plan_rooms(req.problem, previous=req.previous, max_moved=req.max_moved, before=req.before)
    except PlanError as exc:
        return exc.msg if exc.msg is not None else msg("%1", str(exc))


def apply_plan(ctx: Context, args: Args) -> Result:
    """Record a finished search as one undoable edit."""
    req: room_rounds.Request = args["request"]
    plan = args["plan"]
    if isinstance(plan, (str, Msg)):
        raise CommandError(plan if isinstance(plan, Msg) else msg("%1", plan), "not_enabled")
    state = ctx.state()
    before = {
        s: [r.to_dict() for r in state.rooms.plans[s]] if s in state.rooms.plans else None for s in req.segment_ids
    }
    after: dict[str, Any] = dict(_rr().planned_payload(req, plan)["plans"])
    what = (
        msg("Plan rooms", context="edits")
        if len(req.segment_ids) == 1
        else msg("Plan %1 rounds", len(req.segment_ids), context="edits")
    )
    saved(ctx.edit(edits.set_rooms(before, after, what)))
    return Result(data={"quality": plan.quality, "rounds": list(req.segment_ids)})


def plan(ctx: Context, args: Args) -> Result:
    req = prepare_plan(ctx, args)
    return apply_plan(ctx, {"request": req, "plan": run_planner(req)})


def _who(state: Any, ids: list[str]) -> str:
    names = {p.id: p.name for p in state.show.people}
    return ", ".join(names.get(i, i) for i in ids[:3]) + ("…" if len(ids) > 3 else "")


def move(ctx: Context, args: Args) -> Result:
    """People into a room of a round ('' takes them out of every room); undoable."""
    segment_id = _round(ctx, args)
    state = ctx.state()
    rooms = state.rooms.plans.get(segment_id, ())
    need(bool(rooms), msg("This round has no rooms yet."), "not_enabled")
    ids = [str(i) for i in args.get("people") or []]
    need(bool(ids), msg("Whom to move? (argument people)"))
    room_name = str(args.get("room") or "")
    need(not room_name or any(r.name == room_name for r in rooms), msg("There is no room %1.", room_name), "not_found")
    hosts = {p.id for p in state.show.people if p.host}
    new = _rr().moved(rooms, ids, room_name, hosts)
    if new == list(rooms):
        return Result(changed=False)
    who = _who(state, ids)
    text = (
        msg("Move %1 to %2", who, room_name, context="edits")
        if room_name
        else msg("Take %1 out of the rooms", who, context="edits")
    )
    saved(
        ctx.edit(
            edits.set_rooms({segment_id: [r.to_dict() for r in rooms]}, {segment_id: [r.to_dict() for r in new]}, text)
        )
    )
    return Result()


def announce(ctx: Context, args: Args) -> Result:
    """Lock (or unlock) a round: planning never moves its people."""
    segment_id = _round(ctx, args)
    announced = bool(args["announced"]) if "announced" in args else segment_id not in ctx.state().rooms.announced
    saved(ctx.record("rooms.announced", {"segment_id": segment_id, "announced": announced}))
    return Result(data={"announced": announced})


def _can_send(ctx: Context, _args: Args) -> Msg | None:
    platform = info(ctx)
    return None if platform.rooms_api else platform_note(platform.rooms_note)


def send(ctx: Context, args: Args) -> Result:
    """Queue the round's rooms for the platform; says what will happen."""
    segment_id = _round(ctx, args)
    state = ctx.state()
    rooms = state.rooms.plans.get(segment_id)
    need(bool(rooms), msg("This round has no rooms yet."), "not_enabled")
    assert rooms is not None
    queue = port(ctx)
    people = {p.id: p for p in state.show.people}
    payload = [
        {"name": r.name, "emails": [people[m].email for m in r.members if m in people and people[m].email]}
        for r in rooms
    ]
    queue.queue("assignments", {"rooms": payload, "segment_id": segment_id})
    saved(ctx.record("rooms.sent", {"segment_id": segment_id, "digest": _rr().plan_digest(rooms)}))
    note = platform_note(info(ctx).rooms_note)
    missing = sum(1 for r in rooms for m in r.members if not (m in people and people[m].email))
    if missing:
        return Result(msg("%1 %2 people without an e-mail address were left out.", note, missing))
    return Result(note)


def import_people(ctx: Context, args: Args) -> Result:
    """Add or update people (a merged import), one undoable step."""
    raw = args.get("people")
    need(isinstance(raw, list) and bool(raw), msg("people must be a non-empty list."))
    try:
        people = [Person.from_dict(dict(p)) for p in raw]  # type: ignore[union-attr]
    except (KeyError, TypeError, ValueError) as exc:
        raise CommandError(msg("The list cannot be used: %1", str(exc)), "bad_argument") from None
    known = {p.id for p in ctx.state().show.people}
    added = sum(1 for p in people if p.id not in known)
    text = msg("Import %1 new and %2 updated people", added, len(people) - added, context="edits")
    saved(ctx.edit(edits.set_people(ctx.state().show, [p.to_dict() for p in people], [], text)))
    return Result(data={"added": added, "updated": len(people) - added})


def constrain(ctx: Context, args: Args) -> Result:
    """Keep the given people apart, together, or clear their pairings (``how``)."""
    how = str(args.get("how") or "")
    need(how in ("apart", "together", "clear"), msg("how must be apart, together or clear."))
    ids = [str(i) for i in args.get("people") or []]
    need(how == "clear" or len(ids) >= 2, msg("Select two or more people first."), "not_enabled")
    rooms = ctx.state().rooms
    chosen = set(ids)
    apart = [p for p in rooms.apart if not (how == "clear" and set(p) & chosen)]
    together = [g for g in rooms.together if not (set(g) & chosen)] if how != "apart" else list(rooms.together)
    if how == "apart":
        for i, a in enumerate(ids):
            for b in ids[i + 1 :]:
                if (a, b) not in apart and (b, a) not in apart:
                    apart.append((a, b))
    elif how == "together":
        together.append(tuple(ids))
    before = {"apart": [list(p) for p in rooms.apart], "together": [list(g) for g in rooms.together]}
    after = {"apart": [list(p) for p in apart], "together": [list(g) for g in together]}
    if before == after:
        return Result(changed=False)
    texts = {
        "apart": msg("Keep apart", context="edits"),
        "together": msg("Keep together", context="edits"),
        "clear": msg("Clear pairings", context="edits"),
    }
    saved(ctx.edit(Edit(texts[how], "rooms.options", after, "rooms.options", before)))
    return Result()


def round_notes(ctx: Context, segment_id: str) -> list[Msg]:
    """What a producer should know before this breakout round goes live (empty for a
    segment that is not a breakout, or a round that is ready)."""
    state = ctx.state()
    seg = state.show.segment(segment_id)
    if seg is None or seg.kind is not SegmentKind.BREAKOUT:
        return []
    platform = info(ctx)
    name = Msg(platform.name, (), "platforms")
    if state.rooms.plans.get(segment_id):  # (the planner's module loads when there are rooms)
        codes = _rr().round_problems(state, segment_id, platform.rooms_api and ctx.platform is not None)
    else:
        codes = ["not_planned"]
    notes = []
    for code in codes:
        if code == "not_planned":
            notes.append(msg("“%1” has no rooms planned: Rooms (Ctrl+B), Plan this round (Ctrl+G).", seg.title))
        elif code == "not_sent":
            notes.append(
                msg("The rooms of “%1” are not sent to %2: Rooms (Ctrl+B), Send to platform.", seg.title, name)
            )
        elif code == "changed_since_sent":
            notes.append(msg("The rooms of “%1” changed since they were sent to %2.", seg.title, name))
        elif code.startswith("no_host:"):
            notes.append(msg("%1 room(s) of “%2” have no host.", code.split(":", 1)[1], seg.title))
    return notes


def send_if_live(ctx: Context, segment_id: str) -> Result | None:
    """A breakout round that just went live with rooms not (or no longer) sent: where the
    platform takes rooms while they are open (the rehearsal platform), send them now;
    elsewhere say what the producer must do in the host client."""
    state = ctx.state()
    rooms = state.rooms.plans.get(segment_id)
    if not rooms or ctx.platform is None or not ctx.platform.ready() or not ctx.in_control():
        return None
    if state.rooms.sent.get(segment_id) == _rr().plan_digest(rooms):
        return None
    platform = info(ctx)
    if platform.rooms_live:
        return send(ctx, {"segment": segment_id})
    seg = state.show.segment(segment_id)
    return Result(
        msg(
            "“%1” started with rooms not sent to %2: move people in the host client (Rooms, Who to move: Ctrl+3).",
            seg.title if seg else segment_id,
            Msg(platform.name, (), "platforms"),
        ),
        changed=False,
    )


ROUND = Param("segment", "segment", doc="a breakout segment (one round)")

COMMANDS = (
    Command(
        "rooms.configure",
        QT_TRANSLATE_NOOP("commands", "Room sizes and names"),
        configure,
        params=(ROUND, Param("spec", "dict")),
    ),
    Command("rooms.options", QT_TRANSLATE_NOOP("commands", "Planner options"), options),
    Command(
        "rooms.plan_round",
        QT_TRANSLATE_NOOP("commands", "Plan this round"),
        lambda ctx, args: plan(ctx, {**args, "segments": [args.get("segment")]}),
        keys=("Ctrl+G",),
        params=(ROUND,),
    ),
    Command(
        "rooms.plan_all",
        QT_TRANSLATE_NOOP("commands", "Plan all rounds"),
        lambda ctx, args: plan(ctx, {k: v for k, v in args.items() if k != "segments"}),
        keys=("Ctrl+Shift+G",),
    ),
    Command(
        "rooms.replan",
        QT_TRANSLATE_NOOP("commands", "Re-plan coming rounds"),
        lambda ctx, args: plan(ctx, {**args, "replan": True}),
        keys=("Ctrl+R",),
        params=(ROUND,),
    ),
    Command(
        "rooms.move",
        QT_TRANSLATE_NOOP("commands", "Move to room…"),
        move,
        keys=("Ctrl+M",),
        params=(ROUND, Param("people", "person list"), Param("room", "room", required=False, doc="'' : no room")),
    ),
    Command(
        "rooms.announce",
        QT_TRANSLATE_NOOP("commands", "Announce round"),
        announce,
        keys=("Ctrl+Shift+A",),
        params=(ROUND, Param("announced", "bool", required=False, doc="default: toggle")),
    ),
    Command(
        "rooms.apply_plan",
        QT_TRANSLATE_NOOP("commands", "Record a plan"),
        apply_plan,
        params=(Param("request", "planner request"), Param("plan", "plan")),
    ),
    Command("rooms.send", QT_TRANSLATE_NOOP("commands", "Send to platform"), send, check=_can_send, params=(ROUND,)),
    Command(
        "rooms.import_people",
        QT_TRANSLATE_NOOP("commands", "Import people…"),
        import_people,
        params=(Param("people", "list"),),
    ),
    Command(
        "rooms.constrain",
        QT_TRANSLATE_NOOP("commands", "Keep apart / together"),
        constrain,
        params=(Param("how", "str", doc="apart, together or clear"), Param("people", "person list")),
    ),
)
