"""Webex Meetings: live participants with their breakout session, breakout sessions before
the meeting, ending the meeting, poll results after it.

Webex has three kinds of meeting id (see its "Meeting series, scheduled meetings and
meeting instances" guide): breakout sessions are set on the series or a scheduled meeting,
poll results belong to a meeting instance. ``resolve`` finds one from the other."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from urllib.parse import quote

from ...domain.frozen import Frozen, record
from .base import BadResponse, Pager, PlatformClient, PlatformError

DEFAULT_BASE = "https://webexapis.com/v1"
MAX_SESSIONS = 100
PAGE_MAX = 100  # the most items (or poll respondents) a page may hold; the default is 10
EXPECTED_PEOPLE = 1000
# Webex integration scopes (developer.webex.com, each API's reference page).
SCOPE_SCHEDULES_READ = "meeting:schedules_read"
SCOPE_SCHEDULES_WRITE = "meeting:schedules_write"
SCOPE_PARTICIPANTS_READ = "meeting:participants_read"
PRESENT = ("joined", "breakoutSession")  # the participant states of someone in the meeting now
RECENT_S = 86_400.0  # an ended instance this recent is the linked meeting's


def _age_s(iso: object, now: float) -> float:
    if not isinstance(iso, str) or not iso:
        return float("inf")
    try:
        return now - datetime.fromisoformat(iso.replace("Z", "+00:00")).timestamp()
    except ValueError:
        return float("inf")


@record
class MeetingIds(Frozen):
    """The ids one Webex meeting goes by: the series (or scheduled meeting) breakout
    sessions are set on, and the instance (happening or over) poll results belong to."""

    given: str
    scheduled: str  # series or scheduled meeting id ('' when unknown)
    instance: str  # meeting instance id ('' until the meeting has started)
    state: str = ""

    def link(self) -> str:
        """Both, for the session's platform link: SCHEDULED/INSTANCE."""
        return f"{self.scheduled}/{self.instance}" if self.instance else self.scheduled


class WebexClient(PlatformClient):
    name = "Webex"

    def __init__(self, token: str, base_url: str = DEFAULT_BASE, **kw: Any) -> None:
        super().__init__(base_url, token, **kw)

    async def _pages(
        self, path: str, params: dict[str, Any], scope: str, what: str, expected: int
    ) -> list[dict[str, Any]]:
        """Every page of a list, following the ``rel="next"`` Link (and nothing else)."""
        items: list[dict[str, Any]] = []
        pager = Pager(f"Webex {what}", PAGE_MAX, expected)
        url: str | None = path
        query: dict[str, Any] | None = {**params, "max": PAGE_MAX}
        while url:
            page = await self.request("GET", url, params=query, scope=scope, endpoint=path)
            if not isinstance(page, dict) or not isinstance(page.get("items", []), list):
                raise BadResponse(f"Webex: the {what} list has an unexpected shape")
            items += page.get("items", [])
            pager.add(len(page.get("items", [])))
            nxt = self.last_links.get("next")
            url = nxt if pager.next(nxt) else None
            query = None  # the next link carries them
        if pager.note():
            self.notes.append(pager.note())
        return items

    async def participants(self, meeting_id: str, expected: int = EXPECTED_PEOPLE) -> list[dict[str, Any]]:
        """Participants with ``state`` and ``breakoutSessionId``; pages follow the Link header."""
        return await self._pages(
            "/meetingParticipants", {"meetingId": meeting_id}, SCOPE_PARTICIPANTS_READ, "participant", 2 * expected
        )

    async def meeting(self, meeting_id: str) -> dict[str, Any]:
        answer = await self.request(
            "GET", f"/meetings/{quote(meeting_id)}", scope=SCOPE_SCHEDULES_READ, endpoint="/meetings/{meetingId}"
        )
        return dict(answer) if isinstance(answer, dict) else {}

    async def instances(self, series_id: str) -> list[dict[str, Any]]:
        """The meeting instances (happening or over) of a series or scheduled meeting."""
        return await self._pages(
            "/meetings",
            {"meetingSeriesId": series_id, "meetingType": "meeting"},
            SCOPE_SCHEDULES_READ,
            "meeting instance",
            500,
        )

    async def resolve(self, meeting_id: str, meeting: dict[str, Any] | None = None) -> MeetingIds:
        """Both ids from either: an instance names its scheduled meeting; a series or a
        scheduled meeting lists its instances (the one in progress, else the latest).
        ``meeting`` is the meeting already read, if it was."""
        meeting = meeting if meeting is not None else await self.meeting(meeting_id)
        kind = str(meeting.get("meetingType", ""))
        if kind == "meeting":
            scheduled = str(meeting.get("scheduledMeetingId") or meeting.get("meetingSeriesId") or "")
            return MeetingIds(meeting_id, scheduled, meeting_id, str(meeting.get("state", "")))
        series = str(meeting.get("meetingSeriesId") or meeting_id) if kind == "scheduledMeeting" else meeting_id
        # In progress, or ended within a day (a series' older instances are other meetings).
        found = [
            m
            for m in await self.instances(series)
            if m.get("state") == "inProgress"
            or (m.get("state") == "ended" and _age_s(m.get("start"), self.clock()) < RECENT_S)
        ]
        if kind == "scheduledMeeting":  # only this occurrence's instances
            found = [m for m in found if m.get("scheduledMeetingId") in (None, "", meeting_id)]
        found.sort(key=lambda m: (m.get("state") == "inProgress", str(m.get("start", ""))))
        latest = found[-1] if found else {}
        return MeetingIds(meeting_id, meeting_id, str(latest.get("id", "")), str(latest.get("state", "")))

    async def push_breakouts(self, meeting_id: str, rooms: list[dict[str, Any]]) -> None:
        if len(rooms) > MAX_SESSIONS:
            raise PlatformError(f"Webex allows at most {MAX_SESSIONS} breakout sessions; the plan has {len(rooms)}")
        body = {"sendEmail": False, "items": [{"name": r["name"], "invitees": list(r["emails"])} for r in rooms]}
        await self.request(
            "PUT",
            f"/meetings/{quote(meeting_id)}/breakoutSessions",
            json=body,
            mutation=True,
            scope=SCOPE_SCHEDULES_WRITE,
            endpoint="/meetings/{meetingId}/breakoutSessions",
        )

    async def breakouts(self, meeting_id: str) -> list[dict[str, Any]]:
        answer = await self.request(
            "GET",
            f"/meetings/{quote(meeting_id)}/breakoutSessions",
            scope=SCOPE_SCHEDULES_READ,
            endpoint="/meetings/{meetingId}/breakoutSessions",
        )
        return list(answer.get("items", [])) if isinstance(answer, dict) else []

    async def end_meeting(self, meeting_id: str) -> None:
        await self.request(
            "POST",
            f"/meetings/{quote(meeting_id)}/end",
            json={},
            mutation=True,
            scope=SCOPE_SCHEDULES_WRITE,
            endpoint="/meetings/{meetingId}/end",
        )

    async def poll_results(self, instance_id: str, expected: int = EXPECTED_PEOPLE) -> list[dict[str, Any]]:
        """Poll results of a meeting instance, every page (paged by respondents)."""
        return await self._pages(
            "/meetings/pollResults", {"meetingId": instance_id}, SCOPE_SCHEDULES_READ, "poll result", 20 * expected
        )
