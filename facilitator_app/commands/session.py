"""Co-facilitation commands: take control, accept an offer, hand over, resolve fenced changes."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..domain.text import QT_TRANSLATE_NOOP, Msg, msg
from .base import Command, CommandError, Context, Param, Result, need, saved

Args = Mapping[str, Any]


def _follower(ctx: Context, _args: Args) -> Msg | None:
    return msg("This console is already in control.") if ctx.in_control() else None


def take_control(ctx: Context, _args: Args) -> Result:
    need(ctx.claim is not None, msg("This console cannot take control."), "not_enabled")
    assert ctx.claim is not None
    if not ctx.claim():
        raise CommandError(msg("Could not take control."), "not_saved")
    return Result(msg("This console is in control."))


def _offered(ctx: Context, args: Args) -> Msg | None:
    if ctx.in_control():
        return msg("This console is already in control.")
    offer = ctx.state().offer
    if offer is None or offer.to != ctx.writer_id:
        return msg("Nobody has offered control to this console.")
    return None


def hand_over(ctx: Context, args: Args) -> Result:
    writer = str(args.get("writer") or "")
    need(bool(writer) and writer != ctx.writer_id, msg("Hand over to whom? (argument writer)"))
    name = str(args.get("name") or writer)
    saved(ctx.record("lease.offer", {"to": writer, "to_name": name}))
    return Result(msg("Control offered to %1.", name))


def _has_fenced(ctx: Context, _args: Args) -> Msg | None:
    return None if ctx.state().fenced else msg("There are no changes waiting to be re-applied or discarded.")


def resolve_fenced(ctx: Context, args: Args) -> Result:
    writer, seq = str(args.get("writer") or ""), args.get("seq")
    need(isinstance(seq, int), msg("seq must be a number."))
    key = (writer, int(seq))  # type: ignore[arg-type]
    need(any((r.writer, r.seq) == key for r in ctx.state().fenced), msg("There is no such change."), "not_found")
    need(ctx.resolve_fenced is not None, msg("This console cannot resolve changes."), "not_enabled")
    assert ctx.resolve_fenced is not None
    saved(ctx.resolve_fenced(key, bool(args.get("reapply"))))
    return Result()


COMMANDS = (
    Command(
        "session.take_control",
        QT_TRANSLATE_NOOP("commands", "Take control…"),
        take_control,
        needs_control=False,
        check=_follower,
        confirm=QT_TRANSLATE_NOOP("commands", "Take control of the show from this console?"),
    ),
    Command(
        "session.accept_offer",
        QT_TRANSLATE_NOOP("commands", "Accept control"),
        take_control,
        needs_control=False,
        check=_offered,
    ),
    Command(
        "session.hand_over",
        QT_TRANSLATE_NOOP("commands", "Hand over to"),
        hand_over,
        params=(Param("writer", "str"), Param("name", "str", required=False)),
    ),
    Command(
        "session.resolve_fenced",
        QT_TRANSLATE_NOOP("commands", "Changes not applied…"),
        resolve_fenced,
        check=_has_fenced,
        params=(Param("writer", "str"), Param("seq", "int"), Param("reapply", "bool")),
    ),
)
