"""What each meeting platform lets the console do over REST, and what the producer does in
the host client with the console preparing it. Checked against the platforms' published
API contracts (see ../shared/specs/README.md) and a strict loopback platform (docs/PLATFORMS.md
has the figures): no platform lets a REST client move people
between rooms live, open rooms, run room timers or launch a poll.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Platform(StrEnum):
    REHEARSAL = "rehearsal"
    ZOOM = "zoom"
    WEBEX = "webex"
    TEAMS = "teams"


class How(StrEnum):
    AUTOMATIC = "automatic"  # the console does it through the API
    PREPARED = "prepared"  # the producer does it in the host client; the console prepares and prompts
    AFTER = "after"  # only after the meeting
    NONE = "none"  # not possible with this platform


@dataclass(frozen=True, slots=True)
class Capability:
    task: str
    how: How
    detail: str


CAPABILITIES: dict[Platform, tuple[Capability, ...]] = {
    Platform.REHEARSAL: (
        Capability("live roster", How.AUTOMATIC, "who is present and in which room, every few seconds"),
        Capability("room assignment", How.AUTOMATIC, "pushed any time; rooms open when you confirm a breakout"),
        Capability("move people live", How.AUTOMATIC, "simulated: a few people land in the wrong room"),
        Capability("polls", How.AUTOMATIC, "created, launched and answered live with realistic spreads"),
        Capability("end meeting", How.AUTOMATIC, ""),
    ),
    Platform.ZOOM: (
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
            "move people live", How.PREPARED, "you move them in the host client; the console lists who goes where"
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
    Platform.WEBEX: (
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
            "created and launched in the host client; results of the meeting instance, within 15 minutes after it",
        ),
        Capability("end meeting", How.AUTOMATIC, ""),
    ),
    Platform.TEAMS: (
        Capability(
            "live roster",
            How.AFTER,
            "the latest session's attendance report, after the meeting (Microsoft keeps the 50 most recent)",
        ),
        Capability("room assignment", How.NONE, "no API: the console shows who goes where, you assign in Teams"),
        Capability("polls", How.NONE, "no API: poll texts are ready to paste into Forms"),
        Capability(
            "chat message", How.AUTOMATIC, "a message to the meeting chat, read back if its answer is lost (Chat.Read)"
        ),
        Capability("end meeting", How.NONE, "end it in the Teams client"),
    ),
}
