"""The Webex client against Webex's published Meetings API contract (../shared/specs)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from facilitator_app.services.platforms.webex import WebexClient

from .spec_server import SPECS, ContractServer, load_spec, run_sync_command

pytestmark = pytest.mark.skipif(
    not (SPECS / "webex-meeting.json").is_file(), reason="../shared/specs is absent (a fresh clone has none)"
)


def responder() -> Any:
    state: dict[str, Any] = {"sessions": []}

    def answer(method: str, path: str, body: Any) -> tuple[Any, ...]:
        if method == "GET" and path == "/meetingParticipants":
            return 200, {
                "items": [
                    {
                        "id": f"pid{i}",
                        "email": f"p{i}@example.org",
                        "displayName": f"Person {i}",
                        "state": "joined",
                        "breakoutSessionId": "bs1" if i % 2 else "",
                        "meetingId": "m1",
                        "host": i == 0,
                    }
                    for i in range(40)
                ]
            }
        if method == "PUT" and path.endswith("/breakoutSessions"):
            state["sessions"] = [
                {"id": f"bs{i}", "name": s["name"], "invitees": s.get("invitees", [])}
                for i, s in enumerate(body["items"])
            ]
            return 200, {"items": state["sessions"]}
        if method == "GET" and path.endswith("/breakoutSessions"):
            return 200, {"items": state["sessions"]}
        if method == "POST" and path.endswith("/end"):
            return 204, None
        if method == "GET" and path == "/meetings/pollResults":
            return (
                200,
                {"items": [{"id": "poll1", "meetingId": "m1", "totalAttendees": 40, "totalRespondents": 31}]},
                "application/json;charset=UTF-8",
            )
        return 404, {"message": f"no {method} {path}", "errors": [{"description": "not found"}], "trackingId": "t"}

    return answer


def test_every_request_and_response_matches_the_webex_contract() -> None:
    spec = load_spec("webex-meeting.json")
    with ContractServer(spec, "https://webexapis.com", responder()) as server:

        async def go() -> None:
            client = WebexClient("token", base_url=server.url)
            people = await client.participants("m1")
            assert len(people) == 40 and sum(1 for p in people if p["breakoutSessionId"]) == 20
            rooms = [{"name": f"Room {i}", "emails": [f"p{j}@example.org" for j in range(i, 40, 8)]} for i in range(8)]
            await client.push_breakouts("m1", rooms)
            assert len(await client.breakouts("m1")) == 8
            assert (await client.poll_results("m1"))[0]["totalRespondents"] == 31
            await client.end_meeting("m1")
            await client.aclose()

        asyncio.run(go())
    assert server.violations == []
    assert len(server.calls) == 5


def test_sync_command_for_webex(tmp_path) -> None:
    with ContractServer(load_spec("webex-meeting.json"), "https://webexapis.com", responder()) as server:
        result = run_sync_command(tmp_path, "webex", server.url, "m1", "FACILITATOR_WEBEX_TOKEN")
    assert result.returncode == 0, result.stderr
    assert "participants  40 present, 20 in breakout rooms" in result.stdout
    assert server.violations == []
