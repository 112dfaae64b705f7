"""One sync cycle with the platform: read the meeting, pull the live roster into the
cache, read the polls, send the outbox. Each read stands on its own and none of them
keeps the outbox from being sent: a producer whose plan has no live roster can still
push rooms and polls, and sees why the roster is unavailable. The UI reads the cache, so
it never waits for the network."""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from .outbox import DrainResult, Item, Outbox
from .platforms.base import AuthError, PlatformClient, PlatformError, Refused, ScopeError, Transient
from .platforms.graph import GraphClient
from .platforms.rehearsal import RehearsalClient
from .platforms.webex import PRESENT, MeetingIds, WebexClient
from .platforms.zoom import SCOPE_DASHBOARD, ZoomClient

ROSTER_KEY = "roster/{platform}"
POLLS_KEY = "polls/{platform}"
DASHBOARD_RECHECK_S = 600.0  # a Dashboard that said no is asked again after ten minutes
PAST_WINDOW_S = 86_400.0  # a past meeting (or Webex instance) counts when it was held this recently
RESOLVE_EVERY_S = 60.0  # Webex: look for the meeting instance in progress this often until one is


class Unavailable(PlatformError):
    """A read the platform (or the plan, or the moment) does not allow, and why."""


@dataclass(slots=True)
class CycleReport:
    """What one sync cycle with the platform did: what it read and sent, and what it could not."""

    meeting: dict[str, Any] = field(default_factory=dict)
    participants: int = 0
    in_rooms: int = 0
    polls: int = 0
    drain: DrainResult = field(default_factory=DrainResult)
    error: str = ""  # the platform could not be used at all (unreachable, not signed in)
    requests: int = 0
    unavailable: dict[str, str] = field(default_factory=dict)  # read -> why it gave nothing
    notes: list[str] = field(default_factory=list)  # what a read did instead, where paging stopped
    drained: bool = False  # the outbox was sent this cycle (its figures are current)
    roster_source: str = ""  # live, past meeting, attendance report

    @property
    def status(self) -> str:
        """online, degraded (reachable, but a read is unavailable or the queue is held) or offline."""
        if self.error:
            return "offline"
        return "degraded" if self.drain.stopped or self.unavailable else "online"

    def summary(self) -> str:
        source = f" ({self.roster_source})" if self.roster_source else ""
        lines = [
            f"status        {self.status}",
            f"meeting       {self.meeting.get('topic', '?')} ({self.meeting.get('status', '?')})",
            f"participants  {self.participants} present, {self.in_rooms} in breakout rooms{source}",
            f"polls         {self.polls} read",
            f"outbox        {self.drain.sent} sent, {self.drain.read_back} confirmed by reading back, "
            f"{self.drain.waiting} waiting",
            f"requests      {self.requests}",
        ]
        for what, why in self.unavailable.items():
            lines.append(f"unavailable   {what}: {why}")
        for note in self.notes:
            lines.append(f"note          {note}")
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

    def linked_meeting(self) -> str:
        """The meeting as the session's link should now say it, once the platform has told
        more than the producer typed ('' : the link is right as it is)."""
        return ""

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

    now = 0.0  # the running cycle's time (the injected clock), for the reads

    async def cycle(self, now: float | None = None) -> CycleReport:
        """One sync cycle; an outbox locked by another process or damaged while running is
        said in the report (and tried again next cycle), never raised."""
        try:
            return await self._cycle(now)
        except sqlite3.Error as exc:
            report = CycleReport(error=self.outbox.problem(exc))
            with contextlib.suppress(sqlite3.Error):
                report.drain.waiting = self.outbox.waiting(self.platform)
            return report

    async def _cycle(self, now: float | None = None) -> CycleReport:
        now = time.time() if now is None else now
        self.now = now
        report = CycleReport()
        before = self.client.requests
        self.client.notes.clear()
        fatal: list[PlatformError] = []
        answered = [0]  # reads the platform answered

        async def read(what: str, step: Callable[[], Awaitable[Any]]) -> Any:
            asked = self.client.requests
            try:
                result = await step()
                answered[0] += self.client.requests > asked
                return result
            except PlatformError as exc:
                report.unavailable[what] = str(exc)
                if isinstance(exc, Transient | AuthError) and not isinstance(exc, ScopeError):
                    fatal.append(exc)
                return None

        meeting = await read("meeting", self.meeting)
        report.meeting = meeting or {}
        people = await read("roster", lambda: self.roster_for(report))
        if people is not None:
            report.participants = len(people)
            report.in_rooms = sum(1 for p in people if p.get(self.room_field))
            self.outbox.cache_put(ROSTER_KEY.format(platform=self.platform), people, now)
        polls = await read("polls", self.poll_state)
        if polls is not None:
            report.polls = len(polls)
            self.outbox.cache_put(POLLS_KEY.format(platform=self.platform), polls, now)
        # Reads never keep changes from being sent: the outbox goes out whatever they said.
        self.outbox.release_credential(self.platform, self.client.token_fp)
        try:
            report.drain = await self.outbox.drain(
                self.platform, self.senders, self.checkers, now, credential=lambda: self.client.token_fp
            )
            report.drained = True
        except PlatformError as exc:  # a sender's own bug or an unforeseen answer: said, not fatal
            report.unavailable["outbox"] = str(exc)
            with contextlib.suppress(sqlite3.Error):
                report.drain.waiting = self.outbox.waiting(self.platform)
        except sqlite3.Error as exc:
            # Locked by another process or damaged while running: said, and tried again next cycle.
            report.error = self.outbox.problem(exc)
        if fatal and not answered[0] and not report.drain.sent:
            report.error = str(fatal[0])  # nothing got through: the platform cannot be used now
        report.notes += self.client.notes
        report.requests = self.client.requests - before
        return report

    async def roster_for(self, report: CycleReport) -> list[dict[str, Any]]:
        """The roster, noting in the report where it came from (if not the live one)."""
        return await self.roster()


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
    """Zoom: live roster (with breakout room) from the Dashboard where the plan has it,
    else the past meeting's participants after the meeting; pre-meeting room assignment
    counted against Zoom's daily limit of meeting updates, polls, ending the meeting."""

    platform = "zoom"
    room_field = "bo_mtg_id"
    client: ZoomClient

    def __init__(self, client: ZoomClient, outbox: Outbox, meeting_id: str) -> None:
        self.client = client
        self.outbox = outbox
        self.meeting_id = meeting_id
        self.senders = {"assignments": self._send_rooms, "poll.create": self._send_poll, "meeting.end": self._send_end}
        self.checkers = {"assignments": self._has_rooms, "poll.create": self._has_poll, "meeting.end": self._has_ended}
        self.dashboard_refused: tuple[float, str] | None = None  # when and why the Dashboard said no
        self._meeting: dict[str, Any] = {}

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
        rating = p.get("rating")
        await self.client.create_poll(
            self.meeting_id,
            p["title"],
            p.get("question", p["title"]),
            p["options"],
            bool(p.get("multiple", False)),
            rating=(int(rating[0]), int(rating[1])) if rating else None,
        )

    async def _has_poll(self, item: Item) -> bool:
        return any(poll.get("title") == item.payload["title"] for poll in await self.client.polls(self.meeting_id))

    async def _send_end(self, item: Item) -> None:
        await self.client.end_meeting(self.meeting_id)

    async def _has_ended(self, item: Item) -> bool:
        """Zoom's meeting status is ``waiting`` or ``started``, nothing else: a meeting that
        is no longer ``started`` has ended (it waits for its next start)."""
        return (await self.client.meeting(self.meeting_id)).get("status") == "waiting"

    async def meeting(self) -> dict[str, Any]:
        self._meeting = await self.client.meeting(self.meeting_id)
        return self._meeting

    async def roster(self) -> list[dict[str, Any]]:
        return await self.roster_for(CycleReport())

    async def roster_for(self, report: CycleReport) -> list[dict[str, Any]]:
        """Live: the Dashboard (Business plan or higher, ``dashboard_meetings:read:admin``).
        Not running: the past meeting's participants (Pro plan, ``meeting:read``)."""
        now = self.now or time.time()
        running = self._meeting.get("status") != "waiting"  # unknown counts as running
        refused = self.dashboard_refused
        if refused is not None and now - refused[0] >= DASHBOARD_RECHECK_S:
            refused = self.dashboard_refused = None
        if running and refused is None:
            try:
                people = _named(await self.client.participants(self.meeting_id), "user_name", "email", "bo_mtg_id")
                report.roster_source = "live"
                return people
            except (ScopeError, Refused) as exc:
                if isinstance(exc, Refused) and exc.status == 404:
                    raise Unavailable(f"Zoom has no live meeting {self.meeting_id} ({exc})") from exc
                self.dashboard_refused = refused = (now, _dashboard_reason(exc))
        if running:
            assert refused is not None
            raise Unavailable(f"no live roster: {refused[1]}; the past meeting's participants come after the meeting")
        try:
            past = await self.client.past_participants(self.meeting_id)
        except Refused as exc:
            if exc.status == 404:  # "Meeting ID is invalid or not end": never held yet
                report.roster_source = "the meeting has not been held yet"
                return []
            raise
        # A recurring meeting's last instance may be last week's: only today's counts.
        recent = [p for p in past if _since(p.get("join_time"), now) < PAST_WINDOW_S]
        people = _named(recent, "name", "user_email", "")
        report.roster_source = (
            "the past meeting's participants" if recent or not past else "no meeting held in the last 24 hours"
        )
        if refused is not None:
            report.notes.append(f"live roster: {refused[1]}")
        return people

    async def poll_state(self) -> list[dict[str, Any]] | None:
        """Status live (notstart, started, ended, sharing); the answers once the meeting is over."""
        polls = await self.client.polls(self.meeting_id)
        if polls and all(p.get("status") == "ended" for p in polls):
            answers = await self.client.past_poll_results(self.meeting_id)
            return [*polls, {"answers": answers}]
        return polls


def _dashboard_reason(exc: PlatformError) -> str:
    if isinstance(exc, ScopeError):
        return f"the sign-in lacks {SCOPE_DASHBOARD} ({exc})"
    return f"Zoom's Dashboard refused ({exc}); it needs a Business plan or higher and {SCOPE_DASHBOARD}"


def _since(iso: object, now: float) -> float:
    """Seconds from an ISO 8601 time to ``now`` (0 when there is none or it is unreadable)."""
    if not isinstance(iso, str) or not iso:
        return 0.0
    try:
        return now - datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return 0.0


def _named(people: list[dict[str, Any]], name: str, email: str, room: str) -> list[dict[str, Any]]:
    """The platform's records with the console's own keys added (name, email, breakout_room)."""
    out = []
    for p in people:
        q = dict(p)
        q.setdefault("name", p.get(name, ""))
        q.setdefault("email", p.get(email, ""))
        if room and p.get(room):
            q.setdefault("breakout_room", p.get(room))
        out.append(q)
    return out


class WebexSync(PlatformSync):
    """Webex: meeting participants with state and breakout session, breakout sessions
    before the meeting, ending the meeting, poll results after it. The meeting is linked
    by either of its ids (or SCHEDULED/INSTANCE); both are resolved and kept."""

    platform = "webex"
    room_field = "breakoutSessionId"
    client: WebexClient

    def __init__(self, client: WebexClient, outbox: Outbox, meeting_id: str) -> None:
        self.client = client
        self.outbox = outbox
        self.meeting_id = meeting_id
        scheduled, _, instance = meeting_id.partition("/")
        self.ids = MeetingIds(meeting_id, scheduled, instance)
        cached = outbox.cache_get(self._ids_key)
        if cached is not None and not instance:
            self.ids = MeetingIds(meeting_id, *[str(v) for v in cached[0]])
        self._resolved_at = float("-inf")
        self.senders = {"assignments": self._send_rooms, "meeting.end": self._send_end}
        self.checkers = {"assignments": self._has_rooms, "meeting.end": self._never}

    @property
    def _ids_key(self) -> str:
        return f"webex/ids/{self.meeting_id}"

    def linked_meeting(self) -> str:
        """SERIES/INSTANCE once both are known: breakout sessions want the series, poll
        results the instance, and a co-facilitator's console then needs no lookup."""
        if self.ids.scheduled and self.ids.instance and self.ids.scheduled != self.ids.instance:
            both = f"{self.ids.scheduled}/{self.ids.instance}"
            return "" if both == self.meeting_id else both
        return ""

    @property
    def scheduled_id(self) -> str:
        return self.ids.scheduled or self.ids.instance or self.meeting_id

    async def _send_rooms(self, item: Item) -> None:
        await self.client.push_breakouts(self.scheduled_id, item.payload["rooms"])

    async def _has_rooms(self, item: Item) -> bool:
        have = [
            {"name": r.get("name", ""), "emails": r.get("invitees", [])}
            for r in await self.client.breakouts(self.scheduled_id)
        ]
        return _rooms_key(have) == _rooms_key(item.payload["rooms"])

    async def _send_end(self, item: Item) -> None:
        await self.client.end_meeting(self.ids.instance or self.scheduled_id)

    async def meeting(self) -> dict[str, Any]:
        """The meeting, with its ids resolved (until an instance exists, every cycle)."""
        meeting = await self.client.meeting(self.ids.instance or self.scheduled_id)
        now = self.now or time.time()
        stale = self.ids.state != "inProgress" and now - self._resolved_at >= RESOLVE_EVERY_S
        if not self.ids.instance or not self.ids.scheduled or stale:
            self._resolved_at = now
            resolved = await self.client.resolve(self.scheduled_id, None if self.ids.instance else meeting)
            self.ids = MeetingIds(
                self.meeting_id,
                self.ids.scheduled or resolved.scheduled,
                resolved.instance or self.ids.instance,  # a newer instance replaces the one known
                resolved.state if resolved.instance else self.ids.state,
            )
            self.outbox.cache_put(self._ids_key, [self.ids.scheduled, self.ids.instance, self.ids.state], time.time())
        return {
            "id": self.meeting_id,
            "topic": meeting.get("title", "Webex meeting"),
            "status": meeting.get("state", "linked"),
            "link": self.ids.link(),
        }

    async def roster(self) -> list[dict[str, Any]]:
        """Everyone in the meeting: ``joined`` in the main session or ``breakoutSession``
        in a room (the room is their ``breakoutSessionId``)."""
        people = await self.client.participants(self.ids.instance or self.scheduled_id)
        return _named([p for p in people if p.get("state") in PRESENT], "displayName", "email", "breakoutSessionId")

    async def poll_state(self) -> list[dict[str, Any]] | None:
        """Webex gives poll results of a meeting instance (none before it has started)."""
        if not self.ids.instance:
            return []
        return await self.client.poll_results(self.ids.instance)


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
        """The attendance records of the meeting's latest session (one report per session)."""
        people = await self.client.attendance(self.organiser, self.meeting_id)
        return [
            {**p, "name": (p.get("identity") or {}).get("displayName", ""), "email": p.get("emailAddress", "")}
            for p in people
        ]

    async def roster_for(self, report: CycleReport) -> list[dict[str, Any]]:
        report.roster_source = "the latest session's attendance report"
        return await self.roster()
