"""The Microsoft Graph (Teams) client against Microsoft's published contracts (../shared/specs)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from facilitator_app.services.outbox import Item, Outbox
from facilitator_app.services.platforms.graph import GraphClient
from facilitator_app.services.sync import TeamsSync

from .spec_server import SPECS, ContractServer, load_spec, run_sync_command

pytestmark = pytest.mark.skipif(
    not (SPECS / "graph-cloudcommunications.yml").is_file(), reason="../shared/specs is absent (a fresh clone has none)"
)

BASE = "https://graph.microsoft.com/v1.0"


def attendance(method: str, path: str, body: Any) -> tuple[Any, ...]:
    if path.endswith("/attendanceReports"):
        return 200, {"value": [{"id": "rep1", "totalParticipantCount": 2}]}
    if path.endswith("/attendanceRecords"):
        return 200, {
            "value": [
                {
                    "id": "r1",
                    "emailAddress": "anna@example.org",
                    "role": "Attendee",
                    "totalAttendanceInSeconds": 9000,
                    "identity": {"displayName": "Anna Forsberg"},
                },
                {
                    "id": "r2",
                    "emailAddress": "erik@example.org",
                    "role": "Presenter",
                    "totalAttendanceInSeconds": 8700,
                    "identity": {"displayName": "Erik Lind"},
                },
            ]
        }
    return 404, {"error": {"code": "NotFound", "message": path}}


def chat(method: str, path: str, body: Any) -> tuple[Any, ...]:
    if method == "GET":
        return 200, {
            "value": [
                {
                    "id": "1616990032035",
                    "messageType": "message",
                    "body": {"contentType": "text", "content": "Break: back at 10:15"},
                }
            ]
        }
    return 201, {"id": "1616990032035", "body": body["body"], "messageType": "message"}


def test_attendance_matches_the_cloud_communications_contract() -> None:
    with ContractServer(load_spec("graph-cloudcommunications.yml"), BASE, attendance) as server:

        async def go() -> None:
            client = GraphClient("token", base_url=server.url)
            records = await client.attendance("producer@example.org", "MSpkYzE3Yjk")
            assert [r["emailAddress"] for r in records] == ["anna@example.org", "erik@example.org"]
            await client.aclose()

        asyncio.run(go())
    assert server.violations == []


@pytest.mark.slow
def test_chat_message_matches_the_teams_contract(tmp_path) -> None:
    with ContractServer(load_spec("graph-teams.yml"), BASE, chat) as server:

        async def go() -> None:
            client = GraphClient("token", base_url=server.url)
            assert await client.send_chat_message("19:meeting_abc@thread.v2", "Break: back at 10:15") == "1616990032035"
            # An answer that never came is read back before any resend: no duplicate message.
            outbox = Outbox(tmp_path / "cache.sqlite3")
            sync = TeamsSync(client, outbox, "producer@example.org", "MSpkYzE3Yjk", "19:meeting_abc@thread.v2")
            item = Item(1, "teams", "chat.message", {"text": "Break: back at 10:15"}, "k", "unknown", 1, 0, "")
            assert await sync.checkers["chat.message"](item)
            other = Item(2, "teams", "chat.message", {"text": "Lunch"}, "k2", "unknown", 1, 0, "")
            assert not await sync.checkers["chat.message"](other)
            outbox.close()
            await client.aclose()

        asyncio.run(go())
    assert server.violations == []


def test_sync_command_for_teams_reads_attendance(tmp_path) -> None:
    with ContractServer(load_spec("graph-cloudcommunications.yml"), BASE, attendance) as server:
        result = run_sync_command(
            tmp_path, "teams", server.url, "producer@example.org/MSpkYzE3Yjk", "FACILITATOR_GRAPH_TOKEN"
        )
    assert result.returncode == 0, result.stderr
    assert "participants  2 present" in result.stdout
    assert server.violations == []


def test_the_meeting_chat_thread_is_read_from_the_meeting() -> None:
    def meeting(method: str, path: str, body: Any) -> tuple[Any, ...]:
        return 200, {
            "id": "MSpkYzE3Yjk",
            "subject": "Kickoff",
            "chatInfo": {"threadId": "19:meeting_NDQ4MGRhYjgtMWQ1@thread.v2", "messageId": "0"},
        }

    with ContractServer(load_spec("graph-cloudcommunications.yml"), BASE, meeting) as server:

        async def go() -> None:
            client = GraphClient("token", base_url=server.url)
            assert (
                await client.meeting_chat("producer@example.org", "MSpkYzE3Yjk")
                == "19:meeting_NDQ4MGRhYjgtMWQ1@thread.v2"
            )
            await client.aclose()

        asyncio.run(go())
    assert server.violations == []
