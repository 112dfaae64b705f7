"""Platform commands: link a meeting, end it, a chat message, sync now. What a platform can
do comes from the platform registry; nothing here branches on a platform's name."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..domain.text import QT_TRANSLATE_NOOP, Msg, msg
from ..services.platforms import registry
from ..services.platforms.registry import MeetingIdError, PlatformInfo
from .base import Command, CommandError, Context, Param, PlatformPort, Result, need, saved

Args = Mapping[str, Any]


def info(ctx: Context) -> PlatformInfo:
    """The platform this console syncs with (the session's link)."""
    return registry.get(ctx.platform.kind if ctx.platform is not None else ctx.state().platform.platform)


def port(ctx: Context) -> PlatformPort:
    """The platform queue, or a refusal that says the connection has not started."""
    if ctx.platform is None or not ctx.platform.ready():
        raise CommandError(msg("The platform connection has not started yet; try again in a moment."), "platform")
    return ctx.platform


def platform_note(source: str, *args: object) -> Msg:
    return Msg(source, tuple(args), "platforms")


def link(ctx: Context, args: Args) -> Result:
    platform_id = str(args.get("platform") or "")
    need(platform_id in registry.PLATFORMS, msg("There is no platform %1.", platform_id))
    meeting = str(args.get("meeting") or "").strip()
    platform = registry.PLATFORMS[platform_id]
    if platform.signs_in or meeting:
        try:
            meeting = platform.parse_meeting(meeting) if meeting else ""
        except MeetingIdError as exc:
            raise CommandError(msg("%1", str(exc)), "bad_argument") from None
    current = ctx.state().platform
    if (current.platform, current.meeting) == (platform_id, meeting):
        return Result(changed=False)
    saved(ctx.record("platform.linked", {"platform": platform_id, "meeting": meeting}))
    return Result()


def _can_end(ctx: Context, _args: Args) -> Msg | None:
    platform = info(ctx)
    if not platform.end_meeting:
        return platform_note(platform.no_end_note or "%1 has no API to end a meeting.", platform.name)
    return None


def end_meeting(ctx: Context, _args: Args) -> Result:
    queue = port(ctx)
    queue.queue("meeting.end", {})
    return Result(msg("Ending the meeting: queued for the platform."))


def _can_chat(ctx: Context, _args: Args) -> Msg | None:
    return None if info(ctx).chat else msg("Only Microsoft Teams lets the console post to the meeting chat.")


def chat(ctx: Context, args: Args) -> Result:
    text = str(args.get("text") or "").strip()
    need(bool(text), msg("The message is empty."))
    need(len(text) <= 4000, msg("A chat message has at most 4,000 characters."))
    port(ctx).queue("chat.message", {"text": text})
    return Result(msg("Message queued for the meeting chat."))


def sync_now(ctx: Context, _args: Args) -> Result:
    port(ctx).sync_now()
    return Result(changed=False)


COMMANDS = (
    Command(
        "platform.link",
        QT_TRANSLATE_NOOP("commands", "Link meeting…"),
        link,
        params=(Param("platform", "str", doc=", ".join(registry.PLATFORMS)), Param("meeting", "str", required=False)),
    ),
    Command(
        "platform.end_meeting",
        QT_TRANSLATE_NOOP("commands", "End the meeting on the platform…"),
        end_meeting,
        check=_can_end,
        confirm=QT_TRANSLATE_NOOP("commands", "End the meeting for everyone on %1?"),
    ),
    Command(
        "platform.chat",
        QT_TRANSLATE_NOOP("commands", "Message to the meeting chat…"),
        chat,
        check=_can_chat,
        params=(Param("text", "str"),),
    ),
    Command("platform.sync_now", QT_TRANSLATE_NOOP("commands", "Sync now"), sync_now, needs_control=False),
)
