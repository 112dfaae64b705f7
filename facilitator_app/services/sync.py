"""One sync cycle with the platform: read the meeting, pull the live roster into the
cache, send the outbox. The UI reads the cache, so it never waits for the network."""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from .outbox import DrainResult, Item, Outbox
from .platforms.base import PlatformClient, PlatformError
from .platforms.graph import GraphClient
from .platforms.rehearsal import RehearsalClient
from .platforms.webex import WebexClient
from .platforms.zoom import ZoomClient

ROSTER_KEY = "roster/{platform}"
POLLS_KEY = "polls/{platform}"


@dataclass(slots=True)
class CycleReport:
    meeting: dict[str, Any] = field(default_factory=dict)
    participants: int = 0
    in_rooms: int = 0
    polls: int = 0
    drain: DrainResult = field(default_factory=DrainResult)
    error: str = ""
    requests: int = 0

    @property
    def status(self) -> str:
        """online, degraded (reachable, but the queue is held) or offline."""
        if self.error:
            return "offline"
        return "degraded" if self.drain.stopped else "online"

    def summary(self) -> str:
        lines = [
            f"status        {self.status}",
            f"meeting       {self.meeting.get('topic', '?')} ({self.meeting.get('status', '?')})",
            f"participants  {self.participants} present, {self.in_rooms} in breakout rooms",
            f"polls         {self.polls} read",
            f"outbox        {self.drain.sent} sent, {self.drain.read_back} confirmed by reading back, "
            f"{self.drain.waiting} waiting",
            f"requests      {self.requests}",
        ]
        if self.drain.stopped:
            lines.append(f"held          {self.drain.stopped}")
        if self.error:
            lines.append(f"error         {self.error}")
        return "\n".join(lines)


def _rooms_key(rooms: list[dict[str, Any]]) -> list[tuple[str, tuple[str, ...]]]:
    return sorted((str(r["name"]), tuple(sorted(str(e).lower() for e in r.get("emails", [])))) for r in rooms)


class PlatformSync:
    """One cycle, the same for every platform: the meeting, the roster into the cache,
    then the outbox. Subclasses say how to read and what each kind of change means."""

    platform = ""
    room_field = "breakout_room"
    client: PlatformClient
    outbox: Outbox
    senders: dict[str, Callable[[Item], Awaitable[None]]]
    checkers: dict[str, Callable[[Item], Awaitable[bool]]]

    async def meeting(self) -> dict[str, Any]:
        raise NotImplementedError

    async def roster(self) -> list[dict[str, Any]]:
        raise NotImplementedError

    @staticmethod
    async def _never(item: Item) -> bool:
        """A change whose resend is harmless (an idempotency key, or ending twice): no read-back."""
        return False

    async def poll_state(self) -> list[dict[str, Any]] | None:
        """Polls as the platform has them (status, and results where it gives them); None
        where the platform has no poll API."""
        return None

    async def cycle(self, now: float | None = None) -> CycleReport:
        now = time.time() if now is None else now
        report = CycleReport()
        before = self.client.requests
        try:
            report.meeting = await self.meeting()
            people = await self.roster()
            report.participants = len(people)
            report.in_rooms = sum(1 for p in people if p.get(self.room_field))
            self.outbox.cache_put(ROSTER_KEY.format(platform=self.platform), people, now)
            polls = await self.poll_state()
            if polls is not None:
                report.polls = len(polls)
                self.outbox.cache_put(POLLS_KEY.format(platform=self.platform), polls, now)
            report.drain = await self.outbox.drain(self.platform, self.senders, self.checkers, now)
        except PlatformError as exc:
            report.error = str(exc)
            with contextlib.suppress(sqlite3.Error):
                report.drain.waiting = self.outbox.waiting(self.platform)
        except sqlite3.Error as exc:
            # Locked by another process or damaged while running: said, and tried again next cycle.
            report.error = self.outbox.problem(exc)
        report.requests = self.client.requests - before
        return report


class RehearsalSync(PlatformSync):
    platform = "rehearsal"
    client: RehearsalClient

    def __init__(self, client: RehearsalClient, outbox: Outbox) -> None:
        self.client = client
        self.outbox = outbox
        self.senders = {
            "assignments": self._send_assignments,
            "poll.create": self._send_poll,
            "poll.launch": self._send_launch,
            "poll.close": self._send_close,
            "meeting.end": self._send_end,
        }
        self.checkers = {
            "assignments": self._has_assignments,
            "poll.create": self._never,  # the idempotency key makes a resend safe
            "poll.launch": self._never,  # launching twice restarts nothing: the poll is open
            "poll.close": self._never,
            "meeting.end": self._has_ended,
        }

    async def _send_assignments(self, item: Item) -> None:
        await self.client.push_assignments(item.payload["rooms"])

    async def _send_poll(self, item: Item) -> None:
        await self.client.create_poll(item.payload["title"], item.payload["options"], key=item.key)

    async def _platform_poll(self, item: Item) -> str:
        """The platform's id of the session's poll: created once (keyed by the poll id)."""
        p = item.payload
        poll_id = await self.client.create_poll(p["title"], p["options"], key=f"poll/{p['poll_id']}")
        self.outbox.cache_put(f"pollmap/rehearsal/{p['poll_id']}", poll_id, time.time())
        return poll_id

    async def _send_launch(self, item: Item) -> None:
        await self.client.request("POST", f"/v1/polls/{await self._platform_poll(item)}/launch", mutation=True)

    async def _send_close(self, item: Item) -> None:
        await self.client.request("POST", f"/v1/polls/{await self._platform_poll(item)}/close", mutation=True)

    async def _send_end(self, item: Item) -> None:
        await self.client.end_meeting()

    async def _has_assignments(self, item: Item) -> bool:
        return _rooms_key(await self.client.assignments()) == _rooms_key(item.payload["rooms"])

    async def _has_ended(self, item: Item) -> bool:
        return (await self.client.meeting()).get("status") == "ended"

    async def meeting(self) -> dict[str, Any]:
        return await self.client.meeting()

    async def roster(self) -> list[dict[str, Any]]:
        return await self.client.participants()

    async def poll_state(self) -> list[dict[str, Any]] | None:
        polls = await self.client.polls()
        for poll in polls:
            if poll.get("status") != "notstart":
                poll["counts"] = await self.client.poll_results(str(poll["id"]))
        return polls


class ZoomSync(PlatformSync):
    """Zoom: live roster (with breakout room), pre-meeting room assignment counted against
    Zoom's daily limit of meeting updates, polls, ending the meeting."""

    platform = "zoom"
    room_field = "bo_mtg_id"
    client: ZoomClient

    def __init__(self, client: ZoomClient, outbox: Outbox, meeting_id: str) -> None:
        self.client = client
        self.outbox = outbox
        self.meeting_id = meeting_id
        self.senders = {"assignments": self._send_rooms, "poll.create": self._send_poll, "meeting.end": self._send_end}
        self.checkers = {"assignments": self._has_rooms, "poll.create": self._has_poll, "meeting.end": self._has_ended}

    def updates_used(self, now: float) -> int:
        """Meeting updates sent today (UTC): Zoom allows about DAILY_UPDATES a day."""
        cached = self.outbox.cache_get(self._updates_key(now))
        return int(cached[0]) if cached else 0

    def _updates_key(self, now: float) -> str:
        return f"zoom/updates/{self.meeting_id}/{time.strftime('%Y-%m-%d', time.gmtime(now))}"

    async def _send_rooms(self, item: Item) -> None:
        """Diffed: an assignment Zoom already has is not sent again (each update counts)."""
        if await self._has_rooms(item):
            return
        now = time.time()
        self.outbox.cache_put(self._updates_key(now), self.updates_used(now) + 1, now)  # counted when tried
        await self.client.push_rooms(self.meeting_id, item.payload["rooms"])

    async def _has_rooms(self, item: Item) -> bool:
        have = [
            {"name": r.get("name", ""), "emails": r.get("participants", [])}
            for r in await self.client.assigned_rooms(self.meeting_id)
        ]
        return _rooms_key(have) == _rooms_key(item.payload["rooms"])

    async def _send_poll(self, item: Item) -> None:
        p = item.payload
        await self.client.create_poll(
            self.meeting_id, p["title"], p.get("question", p["title"]), p["options"], bool(p.get("multiple", False))
        )

    async def _has_poll(self, item: Item) -> bool:
        return any(poll.get("title") == item.payload["title"] for poll in await self.client.polls(self.meeting_id))

    async def _send_end(self, item: Item) -> None:
        await self.client.end_meeting(self.meeting_id)

    async def _has_ended(self, item: Item) -> bool:
        return (await self.client.meeting(self.meeting_id)).get("status") not in ("started", "waiting")

    async def meeting(self) -> dict[str, Any]:
        return await self.client.meeting(self.meeting_id)

    async def roster(self) -> list[dict[str, Any]]:
        return await self.client.participants(self.meeting_id)

    async def poll_state(self) -> list[dict[str, Any]] | None:
        """Status live (notstart, started, ended, sharing); the answers once the meeting is over."""
        polls = await self.client.polls(self.meeting_id)
        if polls and all(p.get("status") == "ended" for p in polls):
            answers = await self.client.past_poll_results(self.meeting_id)
            return [*polls, {"answers": answers}]
        return polls


class WebexSync(PlatformSync):
    """Webex: meeting participants with state and breakout session, breakout sessions
    before the meeting, ending the meeting."""

    platform = "webex"
    room_field = "breakoutSessionId"
    client: WebexClient

    def __init__(self, client: WebexClient, outbox: Outbox, meeting_id: str) -> None:
        self.client = client
        self.outbox = outbox
        self.meeting_id = meeting_id
        self.senders = {"assignments": self._send_rooms, "meeting.end": self._send_end}
        self.checkers = {"assignments": self._has_rooms, "meeting.end": self._never}

    async def _send_rooms(self, item: Item) -> None:
        await self.client.push_breakouts(self.meeting_id, item.payload["rooms"])

    async def _has_rooms(self, item: Item) -> bool:
        have = [
            {"name": r.get("name", ""), "emails": r.get("invitees", [])}
            for r in await self.client.breakouts(self.meeting_id)
        ]
        return _rooms_key(have) == _rooms_key(item.payload["rooms"])

    async def _send_end(self, item: Item) -> None:
        await self.client.end_meeting(self.meeting_id)

    async def meeting(self) -> dict[str, Any]:
        return {"id": self.meeting_id, "topic": "Webex meeting", "status": "linked"}

    async def roster(self) -> list[dict[str, Any]]:
        return [p for p in await self.client.participants(self.meeting_id) if p.get("state") == "joined"]

    async def poll_state(self) -> list[dict[str, Any]] | None:
        """Webex gives poll results after the meeting (empty before)."""
        return await self.client.poll_results(self.meeting_id)


class TeamsSync(PlatformSync):
    """Microsoft Teams: attendance after the meeting, messages to the meeting chat. Teams has
    no live roster, rooms or polls over the API."""

    platform = "teams"
    room_field = ""
    client: GraphClient

    def __init__(self, client: GraphClient, outbox: Outbox, organiser: str, meeting_id: str, chat_id: str = "") -> None:
        self.client = client
        self.outbox = outbox
        self.organiser = organiser
        self.meeting_id = meeting_id
        self.chat_id = chat_id
        self.senders = {"chat.message": self._send_chat}
        self.checkers = {"chat.message": self._has_message}  # no idempotency key: read back

    async def _chat(self) -> str:
        if not self.chat_id:
            self.chat_id = await self.client.meeting_chat(self.organiser, self.meeting_id)
        return self.chat_id

    async def _send_chat(self, item: Item) -> None:
        await self.client.send_chat_message(await self._chat(), item.payload["text"])

    async def _has_message(self, item: Item) -> bool:
        recent = await self.client.recent_messages(await self._chat())
        return any((m.get("body") or {}).get("content") == item.payload["text"] for m in recent)

    async def meeting(self) -> dict[str, Any]:
        return {"id": self.meeting_id, "topic": "Teams meeting", "status": "attendance after the meeting"}

    async def roster(self) -> list[dict[str, Any]]:
        return await self.client.attendance(self.organiser, self.meeting_id)
