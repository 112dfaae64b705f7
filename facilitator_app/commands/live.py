"""Live commands: start, pause, next, previous, minutes, go to, skip, end, stage message."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..domain import live
from ..domain.live import Status
from ..domain.text import QT_TRANSLATE_NOOP, Msg, msg
from .base import Command, CommandError, Context, Param, Result, need, saved

Args = Mapping[str, Any]


def _record(ctx: Context, action: tuple[str, dict[str, Any]] | None, nothing: Msg) -> Result:
    if action is None:
        raise CommandError(nothing, "not_enabled")
    saved(ctx.record(*action))
    return Result()


def _segment_arg(ctx: Context, args: Args, name: str = "segment") -> str:
    segment_id = str(args.get(name) or "")
    need(bool(segment_id), msg("Which segment? (argument %1)", name))
    need(ctx.state().show.segment(segment_id) is not None, msg("There is no segment %1.", segment_id), "not_found")
    return segment_id


def _start_target(ctx: Context, args: Args) -> str | None:
    """Space when idle starts the selected segment if it has not run yet, else the cued one."""
    selected = args.get("selected")
    state = ctx.state()
    if selected and selected not in state.live.actuals and selected not in state.live.skipped:
        return str(selected)
    return None


def _nothing_to_start(ctx: Context, _args: Args) -> Msg | None:
    state = ctx.state()
    if state.live.status is Status.IDLE and live.cued_segment(state.show, state.live) is None:
        return msg("There is no segment left to start.")
    return None


def toggle(ctx: Context, args: Args) -> Result:
    state = ctx.state()
    action = live.toggle_action(state.show, state.live, ctx.now(), _start_target(ctx, args))
    return _record(ctx, action, msg("There is no segment left to start."))


def start(ctx: Context, args: Args) -> Result:
    """Start (or resume); never pauses, so a remote button pressed twice is harmless."""
    state = ctx.state()
    if state.live.status is Status.RUNNING:
        return Result(msg("The show is already running."), changed=False)
    return toggle(ctx, args)


def pause(ctx: Context, _args: Args) -> Result:
    state = ctx.state()
    if state.live.status is not Status.RUNNING:
        return Result(msg("Nothing is running."), changed=False)
    return _record(ctx, live.toggle_action(state.show, state.live, ctx.now()), msg("Nothing is running."))


def next_(ctx: Context, _args: Args) -> Result:
    state = ctx.state()
    return _record(ctx, live.next_action(state.show, state.live, ctx.now()), msg("This is the last segment."))


def previous(ctx: Context, _args: Args) -> Result:
    state = ctx.state()
    return _record(ctx, live.previous_action(state.show, state.live, ctx.now()), msg("There is no previous segment."))


def _minutes(args: Args) -> int:
    try:
        minutes = int(args.get("minutes", 1))
    except (TypeError, ValueError):
        raise CommandError(msg("minutes must be a whole number."), "bad_argument") from None
    need(1 <= minutes <= 120, msg("minutes must be between 1 and 120."))
    return minutes


def _running(ctx: Context, _args: Args) -> Msg | None:
    return None if ctx.state().live.active else msg("No segment is live.")


def add_minute(ctx: Context, args: Args) -> Result:
    state = ctx.state()
    action = live.adjust_action(state.live, ctx.now(), 60 * _minutes(args))
    return _record(ctx, action, msg("No segment is live."))


def remove_minute(ctx: Context, args: Args) -> Result:
    state = ctx.state()
    action = live.adjust_action(state.live, ctx.now(), -60 * _minutes(args))
    return _record(ctx, action, msg("No segment is live."))


def goto(ctx: Context, args: Args) -> Result:
    segment_id = _segment_arg(ctx, args)
    state = ctx.state()
    action = live.start_action(state.show, state.live, segment_id, ctx.now())
    return _record(ctx, action, msg("That segment is already live."))


def skip(ctx: Context, args: Args) -> Result:
    state = ctx.state()
    segment_id = args.get("segment") or None
    if segment_id is not None:
        segment_id = _segment_arg(ctx, args)
    if segment_id == state.live.segment_id and state.live.active:
        raise CommandError(msg("The live segment cannot be skipped; go to the next one."), "not_enabled")
    action = live.skip_action(state.show, state.live, segment_id)
    return _record(ctx, action, msg("There is nothing to skip."))


def end(ctx: Context, _args: Args) -> Result:
    state = ctx.state()
    return _record(ctx, live.end_action(state.live, ctx.now()), msg("The show is not running."))


def roll(ctx: Context, _args: Args) -> Result:
    """Start the rolling segment whose time has come (a segment or day set to roll)."""
    state = ctx.state()
    due = live.roll_due(state.show, state.live, ctx.now())
    if due is None:
        return Result(changed=False)
    action = live.start_action(state.show, state.live, due.id, ctx.now())
    _record(ctx, action, msg("That segment is already live."))
    return Result(msg("“%1” started by itself (roll).", due.title), {"segment": due.id})


def message(ctx: Context, args: Args) -> Result:
    text = str(args.get("text", "")).strip()
    need(len(text) <= 500, msg("A stage message has at most 500 characters."))
    if text == ctx.state().live.message:
        return Result(changed=False)
    saved(ctx.record("live.message", {"text": text}))
    return Result()


def clear_message(ctx: Context, _args: Args) -> Result:
    if not ctx.state().live.message:
        return Result(changed=False)
    saved(ctx.record("live.message", {"text": ""}))
    return Result()


def _has_message(ctx: Context, _args: Args) -> Msg | None:
    return None if ctx.state().live.message else msg("There is no stage message.")


SEGMENT = Param("segment", "segment", doc="a segment id")

COMMANDS = (
    Command(
        "live.toggle",
        QT_TRANSLATE_NOOP("commands", "Start / pause"),
        toggle,
        keys=("Space",),
        live=True,
        params=(Param("selected", "segment", required=False, doc="start this one when idle, if it has not run"),),
        tip=QT_TRANSLATE_NOOP("commands", "Start, pause or resume"),
    ),
    Command(
        "live.start",
        QT_TRANSLATE_NOOP("commands", "Start or resume"),
        start,
        check=_nothing_to_start,
        params=(Param("selected", "segment", required=False),),
    ),
    Command("live.pause", QT_TRANSLATE_NOOP("commands", "Pause"), pause),
    Command(
        "live.next",
        QT_TRANSLATE_NOOP("commands", "Next"),
        next_,
        keys=("N",),
        live=True,
        tip=QT_TRANSLATE_NOOP("commands", "Finish this segment, start the next"),
    ),
    Command(
        "live.previous",
        QT_TRANSLATE_NOOP("commands", "Previous"),
        previous,
        keys=("P",),
        live=True,
        tip=QT_TRANSLATE_NOOP("commands", "Back to the previous segment, continuing where it was left"),
    ),
    Command(
        "live.add_minute",
        QT_TRANSLATE_NOOP("commands", "+1 min"),
        add_minute,
        keys=("+", "=", "Shift++"),
        live=True,
        check=_running,
        params=(Param("minutes", "int", required=False, doc="default 1"),),
        tip=QT_TRANSLATE_NOOP("commands", "Add a minute"),
    ),
    Command(
        "live.remove_minute",
        QT_TRANSLATE_NOOP("commands", "−1 min"),
        remove_minute,
        keys=("-", "Shift+-"),
        live=True,
        check=_running,
        params=(Param("minutes", "int", required=False, doc="default 1"),),
        tip=QT_TRANSLATE_NOOP("commands", "Remove a minute"),
    ),
    Command(
        "live.goto",
        QT_TRANSLATE_NOOP("commands", "Go to selected"),
        goto,
        keys=("G",),
        live=True,
        params=(SEGMENT,),
        tip=QT_TRANSLATE_NOOP("commands", "Start the selected segment now"),
    ),
    Command(
        "live.skip",
        QT_TRANSLATE_NOOP("commands", "Skip"),
        skip,
        keys=("S",),
        live=True,
        params=(Param("segment", "segment", required=False, doc="default: the next one"),),
        tip=QT_TRANSLATE_NOOP("commands", "Skip or unskip the selected upcoming segment"),
    ),
    Command(
        "live.end",
        QT_TRANSLATE_NOOP("commands", "End"),
        end,
        keys=("Shift+End",),
        live=True,
        check=_running,
        tip=QT_TRANSLATE_NOOP("commands", "End the show for now"),
    ),
    Command(
        "live.roll",
        QT_TRANSLATE_NOOP("commands", "Start the segment whose roll time has come"),
        roll,
    ),
    Command(
        "live.message",
        QT_TRANSLATE_NOOP("commands", "Show a stage message"),
        message,
        params=(Param("text", "str", doc="at most 500 characters"),),
    ),
    Command(
        "live.clear_message",
        QT_TRANSLATE_NOOP("commands", "Clear the stage message"),
        clear_message,
        keys=("Ctrl+Shift+M",),
        live=True,
        check=_has_message,
    ),
)
