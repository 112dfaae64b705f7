"""Run-of-show commands: segments and days, each an undoable edit."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from ..domain import edits
from ..domain.model import Day, ModelError, Segment, SegmentKind
from ..domain.text import QT_TRANSLATE_NOOP, msg
from .base import Command, CommandError, Context, Param, Result, need

Args = Mapping[str, Any]


def _edit(ctx: Context, build: Any, *a: Any) -> Result:
    try:
        edit = build(*a)
    except ModelError as exc:
        raise CommandError(msg("%1", str(exc)), "bad_argument") from None
    if edit is None:
        return Result(changed=False)
    if not ctx.edit(edit):
        raise CommandError(msg("Not saved."), "not_saved")
    return Result()


def _segment(ctx: Context, args: Args) -> str:
    segment_id = str(args.get("segment") or "")
    need(ctx.state().show.segment(segment_id) is not None, msg("There is no segment %1.", segment_id), "not_found")
    return segment_id


def _day(ctx: Context, args: Args) -> Day:
    show = ctx.state().show
    day = show.day(str(args.get("day") or "")) if args.get("day") else None
    need(day is not None, msg("There is no day %1.", args.get("day", "")), "not_found")
    assert day is not None
    return day


def add_segment(ctx: Context, args: Args) -> Result:
    """A new segment after ``after`` (or at the end of ``day``); its id is in the result."""
    show = ctx.state().show
    after = args.get("after")
    if after:
        located = show.locate(str(after))
        need(located is not None, msg("There is no segment %1.", after), "not_found")
        assert located is not None
        day, index = located[0], located[0].index_of(str(after)) + 1
    else:
        day = _day(ctx, args)
        index = len(day.segments)
    segment = Segment(
        id=ctx.fresh_id(12),
        title=str(args.get("title") or "New segment"),
        kind=SegmentKind.PLENARY,
        duration_s=int(args.get("duration_s", 600)),
    )
    result = _edit(ctx, edits.add_segment, show, day.id, index, segment)
    return Result(result.message, {"segment": segment.id})


def duplicate_segment(ctx: Context, args: Args) -> Result:
    segment_id = _segment(ctx, args)
    new_id = ctx.fresh_id(12)
    _edit(ctx, edits.duplicate_segment, ctx.state().show, segment_id, new_id)
    return Result(data={"segment": new_id})


def _not_live(ctx: Context, args: Args) -> Any:
    live = ctx.state().live
    if live.active and args.get("segment") == live.segment_id:
        return msg("The running segment cannot be deleted; go to another segment first.")
    return None


def delete_segment(ctx: Context, args: Args) -> Result:
    segment_id = _segment(ctx, args)
    return _edit(ctx, edits.remove_segment, ctx.state().show, segment_id)


def move_segment(ctx: Context, args: Args) -> Result:
    """By ``step`` (−1 up, +1 down) in its day, or to ``index`` of ``day``."""
    segment_id = _segment(ctx, args)
    show = ctx.state().show
    located = show.locate(segment_id)
    assert located is not None
    day = located[0]
    if "step" in args:
        index = day.index_of(segment_id) + int(args["step"])
        target = day.id
    else:
        target = _day(ctx, args).id
        index = int(args.get("index", 0))
    return _edit(ctx, edits.move_segment, show, segment_id, target, index)


def update_segment(ctx: Context, args: Args) -> Result:
    segment_id = _segment(ctx, args)
    changes = args.get("changes")
    need(isinstance(changes, dict) and bool(changes), msg("changes must be an object of fields."))
    return _edit(ctx, edits.update_segment, ctx.state().show, segment_id, dict(changes))  # type: ignore[arg-type]


def add_day(ctx: Context, args: Args) -> Result:
    show = ctx.state().show
    days = show.days
    last = days[-1] if days else None
    date = (last.date + timedelta(days=1)) if last else ctx.now().astimezone(ZoneInfo(show.timezone)).date()
    day = Day(
        id=ctx.fresh_id(8),
        title=str(args.get("title") or f"Day {len(days) + 1}"),
        date=date,
        start=last.start if last else time(9, 0),
        hard_stop=last.hard_stop if last else None,
    )
    _edit(ctx, edits.add_day, show, len(days), day)
    return Result(data={"day": day.id})


def update_day(ctx: Context, args: Args) -> Result:
    day = _day(ctx, args)
    changes = args.get("changes")
    need(isinstance(changes, dict) and bool(changes), msg("changes must be an object of fields."))
    return _edit(ctx, edits.update_day, ctx.state().show, day.id, dict(changes))  # type: ignore[arg-type]


def _can_delete_day(ctx: Context, args: Args) -> Any:
    state = ctx.state()
    if len(state.show.days) <= 1:
        return msg("A show needs at least one day.")
    day = state.show.day(str(args.get("day") or ""))
    live = state.live
    if day is not None and live.active and live.segment_id and day.index_of(live.segment_id) >= 0:
        return msg("The running segment is on this day; go to another segment first.")
    return None


def delete_day(ctx: Context, args: Args) -> Result:
    day = _day(ctx, args)
    return _edit(ctx, edits.remove_day, ctx.state().show, day.id)


def roll_segment(ctx: Context, args: Args) -> Result:
    """Roll on or off for a segment with a fixed start (it then starts by itself)."""
    segment_id = _segment(ctx, args)
    seg = ctx.state().show.segment(segment_id)
    assert seg is not None
    need(seg.fixed_start is not None, msg("Only a segment with a fixed start can roll: type its time in Start."))
    on = bool(args["roll"]) if "roll" in args else not seg.roll
    return _edit(ctx, edits.update_segment, ctx.state().show, segment_id, {"roll": on})


def roll_day(ctx: Context, args: Args) -> Result:
    """Roll on or off for every fixed start of a day."""
    day = _day(ctx, args)
    on = bool(args["roll"]) if "roll" in args else not day.roll
    return _edit(ctx, edits.update_day, ctx.state().show, day.id, {"roll": on})


SEGMENT = Param("segment", "segment")

COMMANDS = (
    Command(
        "show.segment.add",
        QT_TRANSLATE_NOOP("commands", "Add segment"),
        add_segment,
        keys=("Ctrl+I", "Insert"),
        params=(
            Param("after", "segment", required=False, doc="insert after this segment"),
            Param("day", "day", required=False, doc="else at the end of this day"),
            Param("title", "str", required=False),
        ),
    ),
    Command(
        "show.segment.duplicate",
        QT_TRANSLATE_NOOP("commands", "Duplicate segment"),
        duplicate_segment,
        keys=("Ctrl+D",),
        params=(SEGMENT,),
    ),
    Command(
        "show.segment.delete",
        QT_TRANSLATE_NOOP("commands", "Delete segment"),
        delete_segment,
        keys=("Delete",),
        check=_not_live,
        params=(SEGMENT,),
    ),
    Command(
        "show.segment.move_up",
        QT_TRANSLATE_NOOP("commands", "Move up"),
        lambda ctx, args: move_segment(ctx, {**args, "step": -1}),
        keys=("Alt+Up",),
        params=(SEGMENT,),
    ),
    Command(
        "show.segment.move_down",
        QT_TRANSLATE_NOOP("commands", "Move down"),
        lambda ctx, args: move_segment(ctx, {**args, "step": 1}),
        keys=("Alt+Down",),
        params=(SEGMENT,),
    ),
    Command(
        "show.segment.move",
        QT_TRANSLATE_NOOP("commands", "Move segment"),
        move_segment,
        params=(SEGMENT, Param("day", "day", required=False), Param("index", "int", required=False)),
    ),
    Command(
        "show.segment.update",
        QT_TRANSLATE_NOOP("commands", "Change segment"),
        update_segment,
        params=(SEGMENT, Param("changes", "dict", doc='fields to change, e.g. {"title": …}')),
    ),
    Command(
        "show.segment.roll",
        QT_TRANSLATE_NOOP("commands", "Roll: start by itself at its fixed start"),
        roll_segment,
        keys=("Ctrl+Shift+R",),
        params=(SEGMENT, Param("roll", "bool", required=False, doc="default: toggle")),
    ),
    Command(
        "show.day.roll",
        QT_TRANSLATE_NOOP("commands", "Roll the whole day (every fixed start)"),
        roll_day,
        params=(Param("day", "day"), Param("roll", "bool", required=False, doc="default: toggle")),
    ),
    Command("show.day.add", QT_TRANSLATE_NOOP("commands", "Add day"), add_day),
    Command(
        "show.day.update",
        QT_TRANSLATE_NOOP("commands", "Day settings (start, hard stop)…"),
        update_day,
        params=(Param("day", "day"), Param("changes", "dict")),
    ),
    Command(
        "show.day.delete",
        QT_TRANSLATE_NOOP("commands", "Delete day"),
        delete_day,
        check=_can_delete_day,
        params=(Param("day", "day"),),
    ),
)
