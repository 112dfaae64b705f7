"""Microsoft Teams through Microsoft Graph: attendance after the meeting, a message to the
meeting chat. Teams has no API for breakout rooms, live rosters, polls or ending a meeting."""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from .base import Pager, PlatformClient, PlatformError

DEFAULT_BASE = "https://graph.microsoft.com/v1.0"
PAGE_GUESS = 100  # Graph chooses its page size; used only to size the page cap
EXPECTED_PEOPLE = 1000
REPORTS_MAX = 50  # Microsoft keeps the attendance reports of the 50 most recent sessions
# Delegated permissions, from each operation's page in the Microsoft Graph v1.0 reference.
SCOPE_MEETING = "OnlineMeetings.Read"
SCOPE_ATTENDANCE = "OnlineMeetingArtifact.Read.All"
SCOPE_CHAT_SEND = "ChatMessage.Send"
SCOPE_CHAT_READ = "Chat.Read"


class GraphClient(PlatformClient):
    name = "Microsoft Teams"

    def __init__(self, token: str, base_url: str = DEFAULT_BASE, **kw: Any) -> None:
        super().__init__(base_url, token, **kw)

    async def _collection(self, path: str, scope: str, endpoint: str, what: str, expected: int) -> list[dict[str, Any]]:
        """Every page, following ``@odata.nextLink`` until it ends, repeats or passes the cap."""
        items: list[dict[str, Any]] = []
        pager = Pager(f"Teams {what}", PAGE_GUESS, expected)
        url: str | None = path
        while url:
            page = await self.request("GET", url, scope=scope, endpoint=endpoint)
            values = page.get("value", []) if isinstance(page, dict) else []
            items += values
            pager.add(len(values))
            nxt = page.get("@odata.nextLink") if isinstance(page, dict) else None
            url = str(nxt) if pager.next(str(nxt) if nxt else None) else None
        if pager.note():
            self.notes.append(pager.note())
        return items

    async def attendance_reports(self, user_id: str, meeting_id: str) -> list[dict[str, Any]]:
        """One report per session of the meeting (up to the 50 most recent)."""
        base = f"/users/{quote(user_id)}/onlineMeetings/{quote(meeting_id)}/attendanceReports"
        endpoint = "/users/{id}/onlineMeetings/{id}/attendanceReports"
        return await self._collection(base, SCOPE_ATTENDANCE, endpoint, "attendance reports", REPORTS_MAX)

    async def attendance(self, user_id: str, meeting_id: str) -> list[dict[str, Any]]:
        """Everyone who attended the meeting's latest session (after the meeting): the
        records of the newest report, not of every report."""
        base = f"/users/{quote(user_id)}/onlineMeetings/{quote(meeting_id)}/attendanceReports"
        report = latest_report(await self.attendance_reports(user_id, meeting_id))
        if report is None:
            return []
        return await self._collection(
            f"{base}/{quote(str(report['id']))}/attendanceRecords",
            SCOPE_ATTENDANCE,
            "/users/{id}/onlineMeetings/{id}/attendanceReports/{id}/attendanceRecords",
            "attendance records",
            EXPECTED_PEOPLE,
        )

    async def meeting_chat(self, user_id: str, meeting_id: str) -> str:
        """The meeting chat's thread id, to which messages are posted."""
        meeting = await self.request(
            "GET",
            f"/users/{quote(user_id)}/onlineMeetings/{quote(meeting_id)}",
            scope=SCOPE_MEETING,
            endpoint="/users/{id}/onlineMeetings/{id}",
        )
        thread = ((meeting or {}).get("chatInfo") or {}).get("threadId") if isinstance(meeting, dict) else None
        if not thread:
            raise PlatformError("Microsoft Teams: this meeting has no chat to post to")
        return str(thread)

    async def recent_messages(self, chat_id: str, count: int = 20) -> list[dict[str, Any]]:
        """The latest messages of a chat (to read back a message whose answer never came)."""
        answer = await self.request(
            "GET",
            f"/chats/{quote(chat_id)}/messages",
            params={"$top": count},
            scope=SCOPE_CHAT_READ,
            endpoint="/chats/{id}/messages",
        )
        return list(answer.get("value", [])) if isinstance(answer, dict) else []

    async def send_chat_message(self, chat_id: str, text: str) -> str:
        body = {"body": {"contentType": "text", "content": text}}
        answer = await self.request(
            "POST",
            f"/chats/{quote(chat_id)}/messages",
            json=body,
            mutation=True,
            scope=SCOPE_CHAT_SEND,
            endpoint="/chats/{id}/messages",
        )
        return str(answer.get("id", "")) if isinstance(answer, dict) else ""


def latest_report(reports: list[dict[str, Any]]) -> dict[str, Any] | None:
    """The report of the most recent session: the latest ``meetingStartDateTime`` (ISO 8601
    in UTC sorts as text); a report without one counts as the oldest."""
    dated = [r for r in reports if isinstance(r, dict) and r.get("id")]
    if not dated:
        return None
    return max(dated, key=lambda r: (str(r.get("meetingStartDateTime") or ""), str(r.get("meetingEndDateTime") or "")))
