"""Poll commands: define, delete, launch, close, reveal, record results, send to the platform."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace
from typing import Any

from ..domain.edits import Edit
from ..domain.polls import PollDef, PollError, PollState, PollStatus, Snapshot, can_move
from ..domain.text import QT_TRANSLATE_NOOP, Msg, msg
from .base import Command, CommandError, Context, Param, Result, need, saved
from .platform import info, platform_note, port

Args = Mapping[str, Any]


def _poll(ctx: Context, args: Args) -> PollState:
    poll_id = str(args.get("poll") or "")
    ps = ctx.state().polls.get(poll_id)
    need(ps is not None, msg("There is no poll %1.", poll_id), "not_found")
    assert ps is not None
    return ps


def define(ctx: Context, args: Args) -> Result:
    """A new poll, or a changed one (same id); undoable."""
    raw = args.get("poll")
    need(isinstance(raw, dict), msg("poll must be an object."))
    try:
        poll = PollDef.from_dict(dict(raw))  # type: ignore[arg-type]
    except (PollError, KeyError, TypeError, ValueError) as exc:
        raise CommandError(msg("The poll cannot be used: %1", str(exc)), "bad_argument") from None
    old = ctx.state().polls.get(poll.id)
    if old is None:
        edit = Edit(
            msg("New poll %1", poll.name, context="edits"),
            "poll.defined",
            {"poll": poll.to_dict()},
            "poll.removed",
            {"poll_id": poll.id},
        )
    else:
        if old.poll == poll:
            return Result(changed=False)
        edit = Edit(
            msg("Change poll %1", poll.name, context="edits"),
            "poll.defined",
            {"poll": poll.to_dict()},
            "poll.defined",
            {"poll": old.poll.to_dict()},
        )
    saved(ctx.edit(edit))
    return Result(data={"poll": poll.id})


def delete(ctx: Context, args: Args) -> Result:
    ps = _poll(ctx, args)
    index = list(ctx.state().polls).index(ps.poll.id)
    edit = Edit(
        msg("Delete poll %1", ps.poll.name, context="edits"),
        "poll.removed",
        {"poll_id": ps.poll.id},
        "poll.defined",
        {"poll": ps.poll.to_dict(), "index": index},
    )
    saved(ctx.edit(edit))
    return Result()


def _status_check(target: PollStatus) -> Any:
    words = {
        PollStatus.OPEN: msg("Only a draft or a closed poll can be launched."),
        PollStatus.CLOSED: msg("Only an open poll can be closed."),
        PollStatus.REVEALED: msg("Only a closed poll can be revealed."),
    }

    def check(ctx: Context, args: Args) -> Msg | None:
        ps = ctx.state().polls.get(str(args.get("poll") or ""))
        if ps is None:
            return None  # run() says there is no such poll
        if not can_move(ps.status, target):
            return words[target]
        relaunch = target is PollStatus.OPEN and ps.status is PollStatus.CLOSED and ps.snapshot is not None
        if relaunch and args.get("again") is not True:  # from any input: a Stream Deck key, the remote, the CLI
            return msg(
                "“%1” is closed and has its answers: launching it again replaces them (again: true).",
                ps.poll.name,
            )
        return None

    return check


def _set_status(ctx: Context, args: Args, target: PollStatus) -> Result:
    ps = _poll(ctx, args)
    saved(ctx.record("poll.status", {"poll_id": ps.poll.id, "status": target.value, "at": ctx.now().isoformat()}))
    note = _platform_part(ctx, ps, target)
    return Result(note)


def _platform_part(ctx: Context, ps: PollState, status: PollStatus) -> Msg | None:
    """The platform's part of launching or closing a poll; a note for the producer."""
    if status not in (PollStatus.OPEN, PollStatus.CLOSED) or ctx.platform is None or not ctx.platform.ready():
        return None
    platform = info(ctx)
    if platform.polls_launch:
        from ..domain.poll_sync import rehearsal_options

        payload = {"poll_id": ps.poll.id, "title": ps.poll.name, "options": rehearsal_options(ps)}
        ctx.platform.queue("poll.launch" if status is PollStatus.OPEN else "poll.close", payload)
        return None
    note = platform.poll_open_note if status is PollStatus.OPEN else platform.poll_close_note
    return platform_note(note) if note else None


def record_counts(ctx: Context, args: Args) -> Result:
    """Counts typed in by hand (or from a report); they replace the current result, as an
    undoable edit whose inverse restores the result it replaced. The people present now
    are stored with it."""
    ps = _poll(ctx, args)
    counts = args.get("counts")
    need(isinstance(counts, dict), msg("counts must be an object of answer: number."))
    try:
        assert isinstance(counts, dict)
        clean = {str(k): int(v) for k, v in counts.items()}
    except (TypeError, ValueError):
        raise CommandError(msg("Every count must be a whole number."), "bad_argument") from None
    need(all(v >= 0 for v in clean.values()), msg("A count cannot be negative."))
    snapshot = Snapshot("manual", ctx.now(), counts=clean, present=ctx.present_count())
    edit = Edit(
        msg("Type counts for %1", ps.poll.name, context="edits"),
        "poll.results",
        {"poll_id": ps.poll.id, "snapshot": snapshot.to_dict()},
        "poll.result_restored",
        {
            "poll_id": ps.poll.id,
            "snapshot": ps.snapshot.to_dict() if ps.snapshot is not None else None,
            "snapshots": ps.snapshots,
        },
    )
    saved(ctx.edit(edit))
    return Result(data={"replaced": replaced_summary(ps)})


def replaced_summary(ps: PollState) -> dict[str, Any] | None:
    """What typed counts would replace: the current result's source and how many answered
    (None when the poll has no result yet, or an empty one)."""
    if ps.snapshot is None:
        return None
    from ..domain.polls import aggregate

    responses = aggregate(ps.poll, ps.snapshot, ps.closed_at).responses
    if not responses:
        return None
    return {"source": ps.snapshot.source, "responses": responses}


def record_results(ctx: Context, args: Args) -> Result:
    """A whole result (a snapshot dict: counts or answers), e.g. from an imported report."""
    ps = _poll(ctx, args)
    try:
        snapshot = Snapshot.from_dict(dict(args.get("snapshot") or {}))
    except (PollError, KeyError, TypeError, ValueError) as exc:
        raise CommandError(msg("The result cannot be used: %1", str(exc)), "bad_argument") from None
    return _record_snapshot(ctx, ps, snapshot)


def _record_snapshot(ctx: Context, ps: PollState, snapshot: Snapshot) -> Result:
    saved(ctx.record("poll.results", {"poll_id": ps.poll.id, "snapshot": snapshot.to_dict()}))
    return Result()


def _can_send(ctx: Context, _args: Args) -> Msg | None:
    platform = info(ctx)
    if not platform.polls_before:
        return msg(
            "Only Zoom takes poll definitions before the meeting; on %1 the console launches "
            "rehearsal polls itself or you type the counts in.",
            Msg(platform.name, (), "platforms"),
        )
    return None


def send(ctx: Context, _args: Args) -> Result:
    """Queue the poll definitions for the platform (before the meeting), within its limits."""
    queue = port(ctx)
    sent, skipped = 0, []
    for ps in ctx.state().polls.values():
        problems = ps.poll.platform_problems()
        if problems:
            skipped.append(f"{ps.poll.name}: {'; '.join(problems)}")
            continue
        queue.queue("poll.create", ps.poll.zoom_payload(), key=f"poll/{ps.poll.id}")
        sent += 1
    if skipped:
        return Result(msg("%1 poll(s) queued for Zoom.\nNot sent:\n%2", sent, "\n".join(skipped)), {"sent": sent})
    return Result(msg("%1 poll(s) queued for Zoom.", sent), {"sent": sent})


def ingest(ctx: Context, args: Args) -> Result:
    """Poll results the platform gave in this sync cycle become session events."""
    platform = info(ctx)
    polls = args.get("polls")
    state = ctx.state()
    if platform.poll_results is None or not isinstance(polls, list) or not state.polls:
        return Result(changed=False)
    lookup = args.get("lookup") or (lambda _key: None)
    found = platform.poll_results(state, polls, lookup, ctx.now())
    present = ctx.present_count()
    for poll_id, taken in found:
        snapshot = replace(taken, present=present) if taken.present is None and present is not None else taken
        saved(ctx.record("poll.results", {"poll_id": poll_id, "snapshot": snapshot.to_dict()}))
    return Result(changed=bool(found), data={"recorded": len(found)})


POLL = Param("poll", "poll", doc="a poll id")

COMMANDS = (
    Command("polls.define", QT_TRANSLATE_NOOP("commands", "New poll…"), define, params=(Param("poll", "dict"),)),
    Command("polls.delete", QT_TRANSLATE_NOOP("commands", "Delete poll"), delete, params=(POLL,)),
    Command(
        "polls.launch",
        QT_TRANSLATE_NOOP("commands", "Launch"),
        lambda ctx, args: _set_status(ctx, args, PollStatus.OPEN),
        keys=("Ctrl+L",),
        check=_status_check(PollStatus.OPEN),
        params=(
            POLL,
            Param("again", "bool", required=False, doc="true: launch a closed poll again, replacing its answers"),
        ),
    ),
    Command(
        "polls.close",
        QT_TRANSLATE_NOOP("commands", "Close"),
        lambda ctx, args: _set_status(ctx, args, PollStatus.CLOSED),
        keys=("Ctrl+K",),
        check=_status_check(PollStatus.CLOSED),
        params=(POLL,),
    ),
    Command(
        "polls.reveal",
        QT_TRANSLATE_NOOP("commands", "Reveal"),
        lambda ctx, args: _set_status(ctx, args, PollStatus.REVEALED),
        keys=("Ctrl+R",),
        check=_status_check(PollStatus.REVEALED),
        params=(POLL,),
    ),
    Command(
        "polls.record_counts",
        QT_TRANSLATE_NOOP("commands", "Type counts"),
        record_counts,
        params=(POLL, Param("counts", "dict", doc="answer -> number")),
    ),
    Command(
        "polls.record_results",
        QT_TRANSLATE_NOOP("commands", "Import a report…"),
        record_results,
        params=(POLL, Param("snapshot", "dict")),
    ),
    Command("polls.send", QT_TRANSLATE_NOOP("commands", "Send polls to the platform"), send, check=_can_send),
    Command(
        "polls.ingest",
        QT_TRANSLATE_NOOP("commands", "Take poll results from the platform"),
        ingest,
        params=(Param("polls", "list"),),
    ),
)
