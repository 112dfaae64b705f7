"""The rehearsal platform's client: the same code path as a real platform's."""

from __future__ import annotations

from typing import Any

from .base import BadResponse, Pager, PlatformClient

PAGE_SIZE = 300


class RehearsalClient(PlatformClient):
    name = "Rehearsal platform"

    async def meeting(self) -> dict[str, Any]:
        return dict(await self.request("GET", "/v1/meeting"))

    async def participants(self) -> list[dict[str, Any]]:
        """Everyone present now, all pages."""
        people: list[dict[str, Any]] = []
        pager = Pager("rehearsal participants", PAGE_SIZE, 10_000)
        token = ""
        while True:
            page = await self.request(
                "GET", "/v1/participants", params={"page_size": PAGE_SIZE, "next_page_token": token}
            )
            if not isinstance(page, dict) or not isinstance(page.get("participants"), list):
                raise BadResponse(f"{self.name}: the participant list has an unexpected shape")
            people += page["participants"]
            pager.add(len(page["participants"]))
            token = str(page.get("next_page_token") or "")
            if not pager.next(token):
                if pager.note():
                    self.notes.append(pager.note())
                return people

    async def push_assignments(self, rooms: list[dict[str, Any]]) -> None:
        await self.request("PUT", "/v1/breakout/assignments", json={"rooms": rooms}, mutation=True)

    async def assignments(self) -> list[dict[str, Any]]:
        return list((await self.request("GET", "/v1/breakout/assignments"))["rooms"])

    async def create_poll(self, title: str, options: list[str], key: str) -> str:
        answer = await self.request(
            "POST",
            "/v1/polls",
            json={"title": title, "options": options},
            headers={"Idempotency-Key": key},
            mutation=True,
        )
        return str(answer["id"])

    async def polls(self) -> list[dict[str, Any]]:
        return list((await self.request("GET", "/v1/polls"))["polls"])

    async def poll_results(self, poll_id: str) -> dict[str, int]:
        return dict((await self.request("GET", f"/v1/polls/{poll_id}/results"))["counts"])

    async def end_meeting(self) -> None:
        await self.request("POST", "/v1/meeting/end", mutation=True)
