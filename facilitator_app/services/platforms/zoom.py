"""Zoom Meeting API v2: live roster with breakout rooms, pre-meeting room assignment,
polls, meeting status, ending the meeting. Base URL configurable (Zoom for Government and
regional clouds use other hosts)."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ...domain.polls import ZOOM_LIMITS
from .base import BadResponse, Pager, PlatformClient, PlatformError

DEFAULT_BASE = "https://api.zoom.us/v2"
PAGE_SIZE = 300  # the API's maximum for live participants
MAX_ROOMS = ZOOM_LIMITS["rooms"].value
MAX_PEOPLE = ZOOM_LIMITS["preassigned"].value
POLL_TITLE_MAX = ZOOM_LIMITS["title"].value
DAILY_UPDATES = ZOOM_LIMITS["updates_per_day"].value  # meeting updates (PATCH) per meeting per day
EXPECTED_PEOPLE = 1000  # a Large Meeting's capacity: the live roster's expected size
REJOINS = 2  # "a participant who left and rejoined appears as many times as they joined"

# What each call needs (Zoom's contract, ``security`` of each operation; the ``:admin``
# variants also serve, for an account-level app).
SCOPE_DASHBOARD = "dashboard_meetings:read:admin"
SCOPE_READ = "meeting:read"
SCOPE_WRITE = "meeting:write"


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

    async def participants(self, meeting_id: str, expected: int = EXPECTED_PEOPLE) -> list[dict[str, Any]]:
        """Live participants (the Dashboard: Business plan or higher), every page;
        ``bo_mtg_id`` says which breakout room."""
        return await self._paged(
            f"/metrics/meetings/{quote(meeting_id)}/participants",
            {"type": "live"},
            "/metrics/meetings/{meetingId}/participants",
            SCOPE_DASHBOARD,
            "live participants",
            expected,
        )

    async def past_participants(self, meeting_id: str, expected: int = EXPECTED_PEOPLE) -> list[dict[str, Any]]:
        """Everyone who took part in the meeting's last instance (after it; Pro plan)."""
        return await self._paged(
            f"/past_meetings/{quote(meeting_id)}/participants",
            {},
            "/past_meetings/{meetingId}/participants",
            SCOPE_READ,
            "past participants",
            expected,
        )

    async def _paged(
        self, path: str, params: dict[str, Any], endpoint: str, scope: str, what: str, expected: int
    ) -> list[dict[str, Any]]:
        people: list[dict[str, Any]] = []
        pager = Pager(f"Zoom {what}", PAGE_SIZE, expected * REJOINS)
        token = ""
        while True:
            query: dict[str, Any] = {**params, "page_size": PAGE_SIZE}
            if token:
                query["next_page_token"] = token
            page = await self.request("GET", path, params=query, scope=scope, endpoint=endpoint)
            if not isinstance(page, dict) or not isinstance(page.get("participants", []), list):
                raise BadResponse("Zoom: the participant list has an unexpected shape")
            people += page.get("participants", [])
            total = page.get("total_records")
            pager.add(len(page.get("participants", [])), total if isinstance(total, int) else None)
            token = str(page.get("next_page_token") or "")
            if not pager.next(token):
                if pager.note():
                    self.notes.append(pager.note())
                return people

    async def meeting(self, meeting_id: str) -> dict[str, Any]:
        """The meeting; ``status`` is ``waiting`` or ``started`` (the contract's only two)."""
        return dict(
            await self.request(
                "GET", f"/meetings/{quote(meeting_id)}", scope=SCOPE_READ, endpoint="/meetings/{meetingId}"
            )
        )

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
        await self.request(
            "PATCH",
            f"/meetings/{quote(meeting_id)}",
            json=body,
            mutation=True,
            scope=SCOPE_WRITE,
            endpoint="/meetings/{meetingId}",
        )

    async def create_poll(
        self,
        meeting_id: str,
        title: str,
        question: str,
        answers: list[str],
        multiple: bool = False,
        rating: tuple[int, int] | None = None,
    ) -> str:
        """A poll with one question: single or multiple choice, or (``rating`` = (min,
        max)) a ``rating_scale`` question, which is an advanced poll (``poll_type`` 2)."""
        if len(title) > ZOOM_LIMITS["title"].value:
            raise PlatformError(f"Zoom poll titles are at most {POLL_TITLE_MAX} characters: {title!r}")
        q: dict[str, Any] = {"name": question}
        body: dict[str, Any] = {"title": title, "questions": [q]}
        if rating is not None:
            low, high = rating
            if not (ZOOM_LIMITS["rating_min"].value <= low < high <= ZOOM_LIMITS["rating_max"].value):
                raise PlatformError(f"Zoom rating scales run from 0 up to 10 at most, not {low}-{high}")
            q.update(type="rating_scale", rating_min_value=low, rating_max_value=high)
            q["rating_min_label"], q["rating_max_label"] = answers[0], answers[-1]
            body["poll_type"] = 2
        else:
            if len(answers) > ZOOM_LIMITS["answers"].value:
                raise PlatformError(
                    f"Zoom allows at most {ZOOM_LIMITS['answers'].value} answers to a choice question; "
                    f"{question!r} has {len(answers)}"
                )
            q.update(type="multiple" if multiple else "single", answers=answers)
        answer = await self.request(
            "POST",
            f"/meetings/{quote(meeting_id)}/polls",
            json=body,
            mutation=True,
            scope=SCOPE_WRITE,
            endpoint="/meetings/{meetingId}/polls",
        )
        return str(answer.get("id", "")) if isinstance(answer, dict) else ""

    async def polls(self, meeting_id: str) -> list[dict[str, Any]]:
        """Polls with their status: notstart, started, ended or sharing."""
        answer = await self.request(
            "GET", f"/meetings/{quote(meeting_id)}/polls", scope=SCOPE_READ, endpoint="/meetings/{meetingId}/polls"
        )
        return list(answer.get("polls", [])) if isinstance(answer, dict) else []

    async def past_poll_results(self, meeting_id: str) -> list[dict[str, Any]]:
        answer = await self.request(
            "GET",
            f"/past_meetings/{quote(meeting_id)}/polls",
            scope=SCOPE_READ,
            endpoint="/past_meetings/{meetingId}/polls",
        )
        return list(answer.get("questions", [])) if isinstance(answer, dict) else []

    async def end_meeting(self, meeting_id: str) -> None:
        await self.request(
            "PUT",
            f"/meetings/{quote(meeting_id)}/status",
            json={"action": "end"},
            mutation=True,
            scope=SCOPE_WRITE,
            endpoint="/meetings/{meetingId}/status",
        )
