"""The Zoom client against Zoom's published Meeting API contract (../shared/specs)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from facilitator_app.services.platforms.base import PlatformError
from facilitator_app.services.platforms.zoom import ZoomClient, meeting_id_from

from .spec_server import SPECS, ContractServer, load_spec

pytestmark = pytest.mark.skipif(
    not (SPECS / "zoom-meeting-api.json").is_file(), reason="../shared/specs is absent (a fresh clone has none)"
)


@pytest.fixture(scope="module")
def zoom_spec():
    return load_spec("zoom-meeting-api.json")


def responder(people: int) -> Any:
    state: dict[str, Any] = {"rooms": []}

    def answer(method: str, path: str, body: Any) -> tuple[int, Any]:
        if method == "GET" and path.endswith("/participants"):
            return 200, _page(people, state)
        if method == "PATCH" and path.startswith("/meetings/"):
            state["rooms"] = body["settings"]["breakout_room"]["rooms"]
            return 204, None
        if method == "GET" and path.startswith("/meetings/") and path.count("/") == 2:
            return 200, {
                "id": 85746065432,
                "topic": "Kickoff",
                "type": 2,
                "status": "waiting",
                "settings": {"breakout_room": {"enable": True, "rooms": state["rooms"]}},
            }
        if method == "POST" and path.endswith("/polls"):
            return 201, {"id": "QalIoKWLTJehBJ8e1xRrbQ", "status": "notstart", "title": body["title"]}
        if method == "GET" and path.endswith("/polls") and path.startswith("/meetings/"):
            return 200, {
                "total_records": 1,
                "polls": [{"id": "QalIoKWLTJehBJ8e1xRrbQ", "status": "started", "title": "Energy"}],
            }
        if method == "GET" and path.startswith("/past_meetings/"):
            return 200, {
                "id": 85746065432,
                "uuid": "4444AAAiAAAAAiAiAiiAii==",
                "start_time": "2026-12-01T08:30:00Z",
                "questions": [
                    {
                        "email": "anna@example.org",
                        "name": "Anna",
                        "question_details": [{"answer": "4", "question": "Energy?"}],
                    }
                ],
            }
        if method == "PUT" and path.endswith("/status"):
            return 204, None
        return 404, {"code": 3001, "message": f"no {method} {path}"}

    return answer


def _page(people: int, state: dict[str, Any]) -> dict[str, Any]:
    start = state.get("offset", 0)
    size = 300
    chunk = [
        {
            "id": f"id{i}",
            "user_id": str(16778240 + i),
            "user_name": f"Person {i}",
            "email": f"p{i}@example.org",
            "join_time": "2026-12-01T08:31:00Z",
            "status": "in_meeting",
            "bo_mtg_id": f"bo{i % 7}" if i % 3 else "",
        }
        for i in range(start, min(start + size, people))
    ]
    state["offset"] = start + size if start + size < people else 0
    token = f"Tva2CuIdTgsv8wAnhyAdU3m06Y2HuLQ{start + size:05d}" if start + size < people else ""  # one per page
    return {
        "page_count": -(-people // size),
        "page_size": size,
        "total_records": people,
        "next_page_token": token,
        "participants": chunk,
    }


def test_every_request_and_response_matches_the_zoom_contract(zoom_spec) -> None:
    with ContractServer(zoom_spec, "https://api.zoom.us/v2", responder(1000)) as server:

        async def go() -> None:
            client = ZoomClient("token", base_url=server.url)
            live = await client.participants("85746065432")
            assert len(live) == 1000 and client.requests == 4  # ceil(1000 / 300)
            rooms = [
                {"name": f"Room {i}", "emails": [f"p{j}@example.org" for j in range(i, 60, 12)]} for i in range(12)
            ]
            await client.push_rooms("85746065432", rooms)
            assert len(await client.assigned_rooms("85746065432")) == 12
            assert await client.create_poll("85746065432", "Energy check", "How is your energy?", ["1", "2", "3"])
            assert (await client.polls("85746065432"))[0]["status"] == "started"
            assert await client.past_poll_results("85746065432")
            await client.end_meeting("85746065432")
            await client.aclose()

        asyncio.run(go())
    assert server.violations == []
    assert len(server.calls) == 10


def test_zoom_limits_are_enforced_before_sending() -> None:
    async def go() -> None:
        client = ZoomClient("token", base_url="http://127.0.0.1:9/v2")
        with pytest.raises(PlatformError, match="at most 100 breakout rooms"):
            await client.push_rooms("1", [{"name": str(i), "emails": []} for i in range(101)])
        with pytest.raises(PlatformError, match="at most 64 characters"):
            await client.create_poll("1", "x" * 65, "q", ["a"])
        await client.aclose()

    asyncio.run(go())
    assert meeting_id_from("https://nordvik.zoom.us/j/85746065432?pwd=abc") == "85746065432"
    assert meeting_id_from("857 4606 5432") == "85746065432"


def test_the_sample_poll_library_goes_to_zoom_within_its_contract(zoom_spec) -> None:
    """What *Send polls to the platform* queues for Zoom, sent by the sync, is what Zoom's
    contract accepts; open-answer polls are held back with the reason; results after the
    meeting map back to the session's polls by question."""
    from datetime import UTC, datetime

    from facilitator_app.domain.poll_sync import zoom_snapshots
    from facilitator_app.domain.polls import PollDef, PollKind, PollState
    from facilitator_app.domain.state import SessionState
    from facilitator_app.services.templates import load_template, template_polls

    polls = [PollDef.from_dict(p) for p in template_polls(load_template())]
    ready = [p for p in polls if not p.platform_problems()]
    held = [p for p in polls if p.platform_problems()]
    assert [p.kind for p in held] == [PollKind.WORDS]
    with ContractServer(zoom_spec, "https://api.zoom.us/v2", responder(10)) as server:

        async def go() -> list[dict]:
            client = ZoomClient("token", base_url=server.url)
            for poll in ready:
                p = poll.zoom_payload()
                rating = tuple(p["rating"]) if "rating" in p else None
                await client.create_poll(
                    "85746065432", p["title"], p["question"], p["options"], p["multiple"], rating=rating
                )
            rows = await client.past_poll_results("85746065432")
            await client.aclose()
            return rows

        rows = asyncio.run(go())
    assert server.violations == []
    assert len(server.calls) == len(ready) + 1
    # Ratings and the 0-10 recommendation score go as rating_scale questions, never as 11 answers.
    assert any(p.kind is PollKind.NPS for p in ready)
    assert all(len(p.zoom_payload()["options"]) <= 10 or "rating" in p.zoom_payload() for p in ready)
    energy = PollDef("e", PollKind.RATING, "Energy?")
    found = zoom_snapshots(SessionState(polls={"e": PollState(energy)}), [{"answers": rows}], datetime.now(UTC))
    assert [pid for pid, _ in found] == ["e"]
