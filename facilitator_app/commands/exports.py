"""Exports that need no window: planned vs actual, room plans, Zoom's pre-assignment file,
poll results, and the whole session as one file. Each writes through the services' one
report writer (CSV and XLSX) and answers with what it wrote."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from ..domain.text import QT_TRANSLATE_NOOP, msg
from .base import Command, CommandError, Context, Param, Result, need

Args = Mapping[str, Any]


def _path(args: Args) -> Path:
    raw = args.get("path")
    need(bool(raw), msg("Where to write? (argument path)"))
    return Path(str(raw))


def _failed(path: Path, exc: Exception) -> CommandError:
    return CommandError(msg("Could not write %1: %2", str(path), str(exc)), "not_saved")


def actuals_csv(ctx: Context, args: Args) -> Result:
    from ..domain.report import actual_rows
    from ..services.report_files import write_actuals_csv

    path = _path(args)
    state = ctx.state()
    tz = ZoneInfo(state.show.timezone)
    try:
        write_actuals_csv(path, actual_rows(state.show, state.live, ctx.now()), tz, lang=str(args.get("lang") or "en"))
    except OSError as exc:
        raise _failed(path, exc) from None
    return Result(msg("Exported %1", str(path)), {"path": str(path)}, changed=False)


def _labelled(state: Any) -> list[tuple[str, Any]]:
    from ..domain import room_rounds

    titles = {s.id: s.title for d in state.show.days for s in d.segments}
    return [
        (titles.get(s, s), state.rooms.plans[s]) for s in room_rounds.breakout_ids(state.show) if s in state.rooms.plans
    ]


def rooms_csv(ctx: Context, args: Args) -> Result:
    from ..services.people_files import write_plan_csv

    path = _path(args)
    state = ctx.state()
    need(bool(state.rooms.plans), msg("No round has rooms yet."), "not_enabled")
    try:
        write_plan_csv(path, _labelled(state), {p.id: p for p in state.show.people})
    except OSError as exc:
        raise _failed(path, exc) from None
    return Result(msg("Exported %1", str(path)), {"path": str(path)}, changed=False)


def zoom_csv(ctx: Context, args: Args) -> Result:
    from ..services.people_files import write_zoom_csv

    path = _path(args)
    state = ctx.state()
    rooms = state.rooms.plans.get(str(args.get("segment") or ""))
    need(bool(rooms), msg("This round has no rooms yet."), "not_enabled")
    try:
        missing = write_zoom_csv(path, rooms, {p.id: p for p in state.show.people})  # type: ignore[arg-type]
    except OSError as exc:
        raise _failed(path, exc) from None
    if missing:
        return Result(
            msg("Zoom assigns by e-mail; left out for lack of one: %1", ", ".join(missing)),
            {"path": str(path), "missing": missing},
            changed=False,
        )
    return Result(msg("Exported %1", str(path)), {"path": str(path)}, changed=False)


def polls_file(ctx: Context, args: Args) -> Result:
    from ..services.poll_files import write_results_csv, write_results_xlsx

    path = _path(args)
    polls = list(ctx.state().polls.values())
    try:
        if path.suffix.lower() == ".xlsx":
            write_results_xlsx(path, polls)
        else:
            write_results_csv(path, polls)
    except OSError as exc:
        raise _failed(path, exc) from None
    return Result(msg("Exported %1", str(path)), {"path": str(path)}, changed=False)


def session_bundle(ctx: Context, args: Args) -> Result:
    from ..services.session_folder import SessionError
    from ..services.session_tools import export_bundle

    path = _path(args)
    need(ctx.session_path is not None, msg("There is no session folder to export."), "not_enabled")
    assert ctx.session_path is not None
    try:
        count = export_bundle(ctx.session_path, path)
    except (OSError, SessionError) as exc:
        raise _failed(path, exc) from None
    return Result(
        msg("Exported %1 events to %2", count, str(path)), {"path": str(path), "events": count}, changed=False
    )


PATH = Param("path", "str", doc="the file to write")

COMMANDS = (
    Command(
        "export.actuals_csv",
        QT_TRANSLATE_NOOP("commands", "Export planned vs actual (CSV)…"),
        actuals_csv,
        keys=("Ctrl+E",),
        needs_control=False,
        params=(PATH, Param("lang", "str", required=False, doc="en or sv (semicolons, decimal commas)")),
    ),
    Command(
        "export.rooms_csv",
        QT_TRANSLATE_NOOP("commands", "The plan of all rounds (CSV)…"),
        rooms_csv,
        needs_control=False,
        params=(PATH,),
    ),
    Command(
        "export.zoom_csv",
        QT_TRANSLATE_NOOP("commands", "Zoom pre-assignment for this round (CSV)…"),
        zoom_csv,
        needs_control=False,
        params=(Param("segment", "segment"), PATH),
    ),
    Command(
        "export.polls",
        QT_TRANSLATE_NOOP("commands", "Export poll results…"),
        polls_file,
        needs_control=False,
        params=(PATH,),
    ),
    Command(
        "export.session",
        QT_TRANSLATE_NOOP("commands", "Export session as one file…"),
        session_bundle,
        needs_control=False,
        params=(PATH,),
    ),
)
