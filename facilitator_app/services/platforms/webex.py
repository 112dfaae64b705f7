"""Webex Meetings: live participants with their breakout session, breakout sessions before
the meeting, ending the meeting, poll results after it."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from .base import BadResponse, PlatformClient, PlatformError

DEFAULT_BASE = "https://webexapis.com/v1"
MAX_SESSIONS = 100


class WebexClient(PlatformClient):
    name = "Webex"

    def __init__(self, token: str, base_url: str = DEFAULT_BASE, **kw: Any) -> None:
        super().__init__(base_url, token, **kw)

    async def participants(self, meeting_id: str) -> list[dict[str, Any]]:
        """Participants with ``state`` and ``breakoutSessionId``; pages follow the Link header."""
        people: list[dict[str, Any]] = []
        url: str | None = "/meetingParticipants"
        params: dict[str, Any] | None = {"meetingId": meeting_id, "max": 100}
        while url:
            page = await self.request("GET", url, params=params)
            if not isinstance(page, dict) or not isinstance(page.get("items", []), list):
                raise BadResponse("Webex: the participant list has an unexpected shape")
            people += page.get("items", [])
            nxt = self.last_headers.get("Link", "")
            url = nxt.split(";")[0].strip("<> ") if 'rel="next"' in nxt else None
            params = None  # the next link carries them
        return people

    async def push_breakouts(self, meeting_id: str, rooms: list[dict[str, Any]]) -> None:
        if len(rooms) > MAX_SESSIONS:
            raise PlatformError(f"Webex allows at most {MAX_SESSIONS} breakout sessions; the plan has {len(rooms)}")
        body = {"sendEmail": False, "items": [{"name": r["name"], "invitees": list(r["emails"])} for r in rooms]}
        await self.request("PUT", f"/meetings/{quote(meeting_id)}/breakoutSessions", json=body, mutation=True)

    async def breakouts(self, meeting_id: str) -> list[dict[str, Any]]:
        answer = await self.request("GET", f"/meetings/{quote(meeting_id)}/breakoutSessions")
        return list(answer.get("items", [])) if isinstance(answer, dict) else []

    async def end_meeting(self, meeting_id: str) -> None:
        await self.request("POST", f"/meetings/{quote(meeting_id)}/end", json={}, mutation=True)

    async def poll_results(self, meeting_id: str) -> list[dict[str, Any]]:
        answer = await self.request("GET", "/meetings/pollResults", params={"meetingId": meeting_id})
        return list(answer.get("items", [])) if isinstance(answer, dict) else []
