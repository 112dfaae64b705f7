"""Zoom Meeting API v2: live roster with breakout rooms, pre-meeting room assignment,
polls, meeting status, ending the meeting. Base URL configurable (Zoom for Government and
regional clouds use other hosts)."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from .base import BadResponse, PlatformClient, PlatformError

DEFAULT_BASE = "https://api.zoom.us/v2"
PAGE_SIZE = 300  # the API's maximum for live participants
MAX_ROOMS = 100
MAX_PEOPLE = 1000
POLL_TITLE_MAX = 64
DAILY_UPDATES = 100  # meeting updates (PATCH) Zoom allows per meeting per day


def meeting_id_from(text: str) -> str:
    """A meeting id from an id or a join URL (https://…zoom.us/j/123456789?pwd=…)."""
    text = text.strip()
    if "/j/" in text:
        text = text.split("/j/", 1)[1]
    digits = "".join(ch for ch in text.split("?", 1)[0] if ch.isdigit())
    if not digits:
        raise PlatformError(f"Zoom: {text!r} is neither a meeting id nor a join URL")
    return digits


class ZoomClient(PlatformClient):
    name = "Zoom"

    def __init__(self, token: str, base_url: str = DEFAULT_BASE, **kw: Any) -> None:
        super().__init__(base_url, token, **kw)

    async def participants(self, meeting_id: str) -> list[dict[str, Any]]:
        """Live participants, every page; ``bo_mtg_id`` says which breakout room."""
        people: list[dict[str, Any]] = []
        token = ""
        while True:
            params: dict[str, Any] = {"type": "live", "page_size": PAGE_SIZE}
            if token:
                params["next_page_token"] = token
            page = await self.request("GET", f"/metrics/meetings/{quote(meeting_id)}/participants", params=params)
            if not isinstance(page, dict) or not isinstance(page.get("participants", []), list):
                raise BadResponse("Zoom: the participant list has an unexpected shape")
            people += page.get("participants", [])
            token = str(page.get("next_page_token") or "")
            if not token:
                return people

    async def meeting(self, meeting_id: str) -> dict[str, Any]:
        return dict(await self.request("GET", f"/meetings/{quote(meeting_id)}"))

    async def assigned_rooms(self, meeting_id: str) -> list[dict[str, Any]]:
        settings = (await self.meeting(meeting_id)).get("settings", {}) or {}
        return list((settings.get("breakout_room") or {}).get("rooms") or [])

    async def push_rooms(self, meeting_id: str, rooms: list[dict[str, Any]]) -> None:
        """Pre-assign rooms before the meeting (one meeting update). Rooms: {name, emails}."""
        if len(rooms) > MAX_ROOMS:
            raise PlatformError(f"Zoom allows at most {MAX_ROOMS} breakout rooms; the plan has {len(rooms)}")
        people = sum(len(r["emails"]) for r in rooms)
        if people > MAX_PEOPLE:
            raise PlatformError(f"Zoom pre-assigns at most {MAX_PEOPLE} people; the plan has {people}")
        body = {
            "settings": {
                "breakout_room": {
                    "enable": True,
                    "rooms": [{"name": r["name"], "participants": list(r["emails"])} for r in rooms],
                }
            }
        }
        await self.request("PATCH", f"/meetings/{quote(meeting_id)}", json=body, mutation=True)

    async def create_poll(
        self, meeting_id: str, title: str, question: str, answers: list[str], multiple: bool = False
    ) -> str:
        if len(title) > POLL_TITLE_MAX:
            raise PlatformError(f"Zoom poll titles are at most {POLL_TITLE_MAX} characters: {title!r}")
        body = {
            "title": title,
            "questions": [{"name": question, "type": "multiple" if multiple else "single", "answers": answers}],
        }
        answer = await self.request("POST", f"/meetings/{quote(meeting_id)}/polls", json=body, mutation=True)
        return str(answer.get("id", "")) if isinstance(answer, dict) else ""

    async def polls(self, meeting_id: str) -> list[dict[str, Any]]:
        """Polls with their status: notstart, started, ended or sharing."""
        answer = await self.request("GET", f"/meetings/{quote(meeting_id)}/polls")
        return list(answer.get("polls", [])) if isinstance(answer, dict) else []

    async def past_poll_results(self, meeting_id: str) -> list[dict[str, Any]]:
        answer = await self.request("GET", f"/past_meetings/{quote(meeting_id)}/polls")
        return list(answer.get("questions", [])) if isinstance(answer, dict) else []

    async def end_meeting(self, meeting_id: str) -> None:
        await self.request("PUT", f"/meetings/{quote(meeting_id)}/status", json={"action": "end"}, mutation=True)
