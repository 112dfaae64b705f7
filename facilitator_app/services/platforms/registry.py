"""The one place that knows the platforms: per platform its name, how its client and
sync are made, how a meeting id or join URL is read, where its token comes from, and
what it can do. Adding a platform is one client module plus one entry here; nothing in
the UI or the commands branches on a platform's name (they ask this table).

Importing this module is cheap: client modules (httpx) are imported when a client is made.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import field
from typing import Any

from ...domain.frozen import Frozen, record
from ...domain.platforms import Capability, How
from ...domain.text import QT_TRANSLATE_NOOP


class MeetingIdError(ValueError):
    """A meeting id or join URL this platform cannot read; the message names what is wrong."""


@record(slots=False)
class PlatformInfo(Frozen):
    """One platform. Notes are English sources (context "platforms") that the UI translates."""

    id: str
    name: str
    default_base: str = ""
    token_env: str = ""  # a token from the environment, for scripts and CI
    signs_in: bool = True  # needs a sign-in (the rehearsal platform does not)
    rooms_api: bool = False  # breakout assignments can be sent
    rooms_live: bool = False  # … also while the rooms are open
    polls_before: bool = False  # poll definitions are sent before the meeting
    polls_launch: bool = False  # the console launches and closes polls itself
    chat: bool = False  # a message to the meeting chat
    end_meeting: bool = False  # the meeting can be ended through the API
    meeting_hint: str = ""
    daily_updates: int = 0  # meeting updates the platform allows a day (0: no such limit)
    server_to_server: bool = False  # also signs in with an account's app credentials (no browser)
    capabilities: tuple[Capability, ...] = ()  # what the console does, what the producer does (the table)
    oauth_flow: str = ""  # "browser" (authorisation code with PKCE) or "device" (a code to type)
    oauth_base: str = ""  # the sign-in server (a regional or government cloud has another)
    oauth: Callable[[str, str], Any] | None = None  # (sign-in server, tenant) -> the OAuth provider
    rooms_note: str = ""  # said after rooms were queued (or why they cannot be)
    poll_open_note: str = ""  # said when a poll is launched in the console
    poll_close_note: str = ""
    no_polls_note: str = ""  # why poll definitions are not sent
    no_end_note: str = ""
    parse_meeting: Callable[[str], str] = field(default=lambda text: text.strip())
    # (token, base URL, meeting, outbox, refresh on 401 or None) -> (client, sync)
    make: Callable[[str, str, str, Any, Any], tuple[Any, Any]] | None = None
    # Poll results in the platform's answers as session snapshots:
    # (state, cached polls, cache lookup, now) -> [(poll id, Snapshot)]
    poll_results: Callable[[Any, Any, Callable[[str], Any], Any], list[tuple[str, Any]]] | None = None
    poll_status: Callable[[Any], dict[str, str]] | None = None  # poll title -> status on the platform


def _zoom_meeting(text: str) -> str:
    text = text.strip()
    if "/j/" in text:
        text = text.split("/j/", 1)[1]
    digits = "".join(ch for ch in text.split("?", 1)[0] if ch.isdigit())
    if not 9 <= len(digits) <= 12:
        raise MeetingIdError(f"Zoom: {text!r} is neither a meeting id (9 to 12 digits) nor a join URL")
    return digits


def _webex_meeting(text: str) -> str:
    text = text.strip()
    # A meeting id, or SERIES/INSTANCE (breakout sessions want the series, poll results the instance).
    if not re.fullmatch(r"[A-Za-z0-9_\-]{1,200}(/[A-Za-z0-9_\-]{1,200})?", text):
        raise MeetingIdError(f"Webex: {text!r} is not a meeting id")
    return text


def _teams_meeting(text: str) -> str:
    text = text.strip()
    organiser, slash, meeting = text.partition("/")
    if not slash or not organiser or not meeting or "/" in meeting:
        raise MeetingIdError("Teams: the meeting is ORGANISER_ID/ONLINE_MEETING_ID")
    return text


def _make_zoom(token: str, base: str, meeting: str, outbox: Any, refresh: Any = None) -> tuple[Any, Any]:
    from ..sync import ZoomSync
    from .zoom import ZoomClient

    client = ZoomClient(token, base_url=base or PLATFORMS["zoom"].default_base, refresh=refresh)
    return client, ZoomSync(client, outbox, _zoom_meeting(meeting))


def _make_webex(token: str, base: str, meeting: str, outbox: Any, refresh: Any = None) -> tuple[Any, Any]:
    from ..sync import WebexSync
    from .webex import WebexClient

    client = WebexClient(token, base_url=base or PLATFORMS["webex"].default_base, refresh=refresh)
    return client, WebexSync(client, outbox, _webex_meeting(meeting))


def _make_teams(token: str, base: str, meeting: str, outbox: Any, refresh: Any = None) -> tuple[Any, Any]:
    from ..sync import TeamsSync
    from .graph import GraphClient

    organiser, _, meeting_id = _teams_meeting(meeting).partition("/")
    client = GraphClient(token, base_url=base or PLATFORMS["teams"].default_base, refresh=refresh)
    return client, TeamsSync(client, outbox, organiser, meeting_id)


def _make_rehearsal(token: str, base: str, meeting: str, outbox: Any, refresh: Any = None) -> tuple[Any, Any]:
    from ..sync import RehearsalSync
    from .rehearsal import RehearsalClient

    del meeting, refresh
    client = RehearsalClient(base, token, timeout=5.0)
    return client, RehearsalSync(client, outbox)


def _poll_sync() -> Any:
    from ...domain import poll_sync  # the platforms' poll shapes: imported when results come

    return poll_sync


def _rehearsal_results(state: Any, polls: Any, lookup: Callable[[str], Any], now: Any) -> list[tuple[str, Any]]:
    from ...domain import poll_sync

    ids = {}
    for pid, ps in state.polls.items():
        if ps.status.value == "draft":
            continue  # never launched: the platform has nothing for it
        found = lookup(f"pollmap/rehearsal/{pid}")
        if found is not None:
            ids[pid] = str(found[0])
    return poll_sync.rehearsal_snapshots(state, polls, ids, now)


def _oauth(name: str) -> Callable[[str, str], Any]:
    """A provider maker from services.oauth, imported when someone signs in."""

    def make(base: str, tenant: str) -> Any:
        from .. import oauth

        maker = getattr(oauth, name)
        return maker(tenant, base) if name == "microsoft" else maker(base)

    return make


PLATFORMS: dict[str, PlatformInfo] = {
    info.id: info
    for info in (
        PlatformInfo(
            "rehearsal",
            QT_TRANSLATE_NOOP("platforms", "Rehearsal platform"),
            capabilities=(
                Capability("live roster", How.AUTOMATIC, "who is present and in which room, every few seconds"),
                Capability("room assignment", How.AUTOMATIC, "pushed any time; rooms open when you confirm a breakout"),
                Capability("move people live", How.AUTOMATIC, "simulated: a few people land in the wrong room"),
                Capability("polls", How.AUTOMATIC, "created, launched and answered live with realistic spreads"),
                Capability("end meeting", How.AUTOMATIC, ""),
            ),
            signs_in=False,
            meeting_hint=QT_TRANSLATE_NOOP(
                "platforms", "No meeting needed: the rehearsal meeting runs on this computer."
            ),
            rooms_api=True,
            rooms_live=True,
            polls_launch=True,
            end_meeting=True,
            rooms_note=QT_TRANSLATE_NOOP(
                "platforms", "Queued for the rehearsal platform: people go to these rooms when the rooms open."
            ),
            make=_make_rehearsal,
            poll_results=_rehearsal_results,
        ),
        PlatformInfo(
            "zoom",
            "Zoom",
            capabilities=(
                Capability(
                    "live roster",
                    How.AUTOMATIC,
                    "live participants with their breakout room: Business plan or higher (the Dashboard, scope "
                    "dashboard_meetings:read:admin); 6 requests a cycle for 1,000 people. On Pro: no live roster",
                ),
                Capability("attendance", How.AFTER, "the past meeting's participants (Pro plan or higher)"),
                Capability(
                    "room assignment",
                    How.AUTOMATIC,
                    "before the meeting only: at most 100 rooms, 1,000 people, 100 meeting updates a day "
                    "(then only room updates wait until Zoom says; polls and ending go on); or as the portal's CSV",
                ),
                Capability(
                    "move people live",
                    How.PREPARED,
                    "you move them in the host client; the console lists who goes where",
                ),
                Capability("open rooms, room timer", How.PREPARED, "in the host client, when the console prompts"),
                Capability(
                    "polls",
                    How.PREPARED,
                    "created before the meeting (Pro plan or higher): choices up to 10 answers, ratings and the "
                    "0-10 score as rating scales (advanced polls on), titles up to 64 characters; you launch them; "
                    "status followed live, results after the meeting",
                ),
                Capability("end meeting", How.AUTOMATIC, "confirmed by the meeting's status returning to waiting"),
            ),
            default_base="https://api.zoom.us/v2",
            token_env="FACILITATOR_ZOOM_TOKEN",
            rooms_api=True,
            polls_before=True,
            daily_updates=100,
            server_to_server=True,
            oauth_flow="browser",
            oauth_base="https://zoom.us",
            oauth=_oauth("zoom"),
            end_meeting=True,
            meeting_hint=QT_TRANSLATE_NOOP("platforms", "The meeting ID or the join URL (https://…zoom.us/j/…)."),
            rooms_note=QT_TRANSLATE_NOOP(
                "platforms",
                "Queued for Zoom: the rooms are pre-assigned in the meeting settings (before the meeting starts).",
            ),
            poll_open_note=QT_TRANSLATE_NOOP(
                "platforms",
                "Launch it in the host client now; its status follows here, the answers come after the meeting.",
            ),
            poll_close_note=QT_TRANSLATE_NOOP("platforms", "End it in the host client too."),
            parse_meeting=_zoom_meeting,
            make=_make_zoom,
            poll_results=lambda state, polls, _lookup, now: _poll_sync().zoom_snapshots(state, polls, now),
            poll_status=lambda polls: _poll_sync().zoom_status(polls),
        ),
        PlatformInfo(
            "webex",
            "Webex",
            capabilities=(
                Capability(
                    "live roster",
                    How.AUTOMATIC,
                    "participants in the meeting or in a breakout session, with their session (as host); "
                    "13 requests a cycle for 1,000 people",
                ),
                Capability(
                    "room assignment",
                    How.AUTOMATIC,
                    "breakout sessions before the meeting, at most 100, on the series or scheduled meeting",
                ),
                Capability("move people live", How.PREPARED, "in the host client; the console lists who goes where"),
                Capability(
                    "polls",
                    How.AFTER,
                    "created and launched in the host client; "
                    "results of the meeting instance, within 15 minutes after it",
                ),
                Capability("end meeting", How.AUTOMATIC, ""),
            ),
            default_base="https://webexapis.com/v1",
            token_env="FACILITATOR_WEBEX_TOKEN",
            oauth_flow="browser",
            oauth_base="https://webexapis.com/v1",
            oauth=_oauth("webex"),
            rooms_api=True,
            end_meeting=True,
            meeting_hint=QT_TRANSLATE_NOOP("platforms", "The meeting ID."),
            rooms_note=QT_TRANSLATE_NOOP(
                "platforms", "Queued for Webex: the breakout sessions are set before the meeting starts."
            ),
            poll_open_note=QT_TRANSLATE_NOOP(
                "platforms",
                "Launch it in the host client now; its status follows here, the answers come after the meeting.",
            ),
            poll_close_note=QT_TRANSLATE_NOOP("platforms", "End it in the host client too."),
            parse_meeting=_webex_meeting,
            make=_make_webex,
            poll_results=lambda state, polls, _lookup, now: _poll_sync().webex_snapshots(state, polls, now),
        ),
        PlatformInfo(
            "teams",
            "Microsoft Teams",
            capabilities=(
                Capability(
                    "live roster",
                    How.AFTER,
                    "the latest session's attendance report, after the meeting (Microsoft keeps the 50 most recent)",
                ),
                Capability(
                    "room assignment", How.NONE, "no API: the console shows who goes where, you assign in Teams"
                ),
                Capability("polls", How.NONE, "no API: poll texts are ready to paste into Forms"),
                Capability(
                    "chat message",
                    How.AUTOMATIC,
                    "a message to the meeting chat, read back if its answer is lost (Chat.Read)",
                ),
                Capability("end meeting", How.NONE, "end it in the Teams client"),
            ),
            default_base="https://graph.microsoft.com/v1.0",
            token_env="FACILITATOR_GRAPH_TOKEN",
            oauth_flow="device",
            oauth_base="https://login.microsoftonline.com",
            oauth=_oauth("microsoft"),
            chat=True,
            meeting_hint=QT_TRANSLATE_NOOP(
                "platforms", "The organiser's user ID and the online meeting ID, as ORGANISER/MEETING."
            ),
            rooms_note=QT_TRANSLATE_NOOP(
                "platforms", "Teams has no API for breakout rooms: export the room list and assign them in Teams."
            ),
            poll_open_note=QT_TRANSLATE_NOOP(
                "platforms", "Teams has no poll API: run the poll in Teams and type the counts in here."
            ),
            no_end_note=QT_TRANSLATE_NOOP(
                "platforms", "Teams has no API to end a meeting: end it in the Teams client."
            ),
            parse_meeting=_teams_meeting,
            make=_make_teams,
        ),
    )
}

DEFAULT = "rehearsal"


def get(platform_id: str) -> PlatformInfo:
    """The platform with this id; an unknown id (a newer session's platform) is the rehearsal one."""
    return PLATFORMS.get(platform_id) or PLATFORMS[DEFAULT]


def ids() -> list[str]:
    return list(PLATFORMS)


def real() -> list[PlatformInfo]:
    """The platforms one signs in to."""
    return [p for p in PLATFORMS.values() if p.signs_in]


def oauth_provider(info: PlatformInfo, base: str = "", tenant: str = "organizations") -> Any:
    """The OAuth provider of a platform's sign-in (imported when signing in)."""
    if info.oauth is None:
        raise MeetingIdError(f"{info.name} has no sign-in through the browser")
    return info.oauth(base or info.oauth_base, tenant)
