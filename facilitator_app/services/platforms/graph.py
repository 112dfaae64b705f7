"""Microsoft Teams through Microsoft Graph: attendance after the meeting, a message to the
meeting chat. Teams has no API for breakout rooms, live rosters, polls or ending a meeting."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from .base import PlatformClient, PlatformError

DEFAULT_BASE = "https://graph.microsoft.com/v1.0"


class GraphClient(PlatformClient):
    name = "Microsoft Teams"

    def __init__(self, token: str, base_url: str = DEFAULT_BASE, **kw: Any) -> None:
        super().__init__(base_url, token, **kw)

    async def _collection(self, path: str) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        url: str | None = path
        while url:
            page = await self.request("GET", url)
            items += page.get("value", []) if isinstance(page, dict) else []
            url = page.get("@odata.nextLink") if isinstance(page, dict) else None
        return items

    async def attendance(self, user_id: str, meeting_id: str) -> list[dict[str, Any]]:
        """Everyone who attended, from the meeting's attendance reports (after the meeting)."""
        base = f"/users/{quote(user_id)}/onlineMeetings/{quote(meeting_id)}/attendanceReports"
        records: list[dict[str, Any]] = []
        for report in await self._collection(base):
            records += await self._collection(f"{base}/{quote(str(report['id']))}/attendanceRecords")
        return records

    async def meeting_chat(self, user_id: str, meeting_id: str) -> str:
        """The meeting chat's thread id, to which messages are posted."""
        meeting = await self.request("GET", f"/users/{quote(user_id)}/onlineMeetings/{quote(meeting_id)}")
        thread = ((meeting or {}).get("chatInfo") or {}).get("threadId") if isinstance(meeting, dict) else None
        if not thread:
            raise PlatformError("Microsoft Teams: this meeting has no chat to post to")
        return str(thread)

    async def recent_messages(self, chat_id: str, count: int = 20) -> list[dict[str, Any]]:
        """The latest messages of a chat (to read back a message whose answer never came)."""
        answer = await self.request("GET", f"/chats/{quote(chat_id)}/messages", params={"$top": count})
        return list(answer.get("value", [])) if isinstance(answer, dict) else []

    async def send_chat_message(self, chat_id: str, text: str) -> str:
        body = {"body": {"contentType": "text", "content": text}}
        answer = await self.request("POST", f"/chats/{quote(chat_id)}/messages", json=body, mutation=True)
        return str(answer.get("id", "")) if isinstance(answer, dict) else ""
