"""Auth that recovers: a 401 refreshes the token once through the real refresh flow (a
token endpoint on 127.0.0.1) and the held queue moves again; the scopes requested are
exactly the ones the features' calls need."""

from __future__ import annotations

import asyncio
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import pytest

from facilitator_app.services import oauth
from facilitator_app.services.outbox import Outbox
from facilitator_app.services.platforms.graph import GraphClient
from facilitator_app.services.platforms.webex import WebexClient
from facilitator_app.services.platforms.zoom import ZoomClient
from facilitator_app.services.secrets import SecretStore
from facilitator_app.services.signin import TokenManager
from facilitator_app.services.sync import TeamsSync, WebexSync, ZoomSync

from .spec_server import SPECS
from .strict_server import SERIES, Strict, StrictServer

pytestmark = pytest.mark.skipif(
    not (SPECS / "zoom-meeting-api.json").is_file(), reason="../shared/specs is absent (a fresh clone has none)"
)


class TokenEndpoint:
    """An OAuth token endpoint: a refresh token in, a new access token out."""

    def __init__(self) -> None:
        self.issued: list[str] = []
        endpoint = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                return

            def do_POST(self) -> None:
                form = parse_qs(self.rfile.read(int(self.headers["Content-Length"])).decode())
                if form.get("grant_type") == ["refresh_token"] and form.get("refresh_token") == ["r-1"]:
                    endpoint.issued.append(f"new-{len(endpoint.issued) + 1}")
                    answer = {"access_token": endpoint.issued[-1], "expires_in": 3600, "refresh_token": "r-1"}
                    body, status = json.dumps(answer).encode(), 200
                else:
                    body, status = b'{"error":"invalid_grant"}', 400
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}/token"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def test_a_401_refreshes_once_and_the_held_queue_resumes(tmp_path: Path) -> None:
    endpoint = TokenEndpoint()
    strict = Strict(valid_tokens={"new-1"}, people=5)
    with StrictServer.webex(strict) as server:

        async def go() -> Any:
            tokens = TokenManager("webex", SecretStore())
            now = time.time()
            # Signed in an hour ago; the token was revoked early (its expiry says it is fresh).
            tokens.keep_oauth(
                {"access_token": "revoked", "expires_in": 7200, "refresh_token": "r-1"}, now, endpoint.url, "c"
            )
            outbox = Outbox(tmp_path / "cache.sqlite3")
            outbox.add("webex", "meeting.end", {})
            # An earlier run with no way to refresh left the platform held for sign-in:
            cold = WebexClient(await tokens.access_token(now), base_url=server.url)
            held = await WebexSync(cold, outbox, SERIES).cycle()
            await cold.aclose()
            assert outbox.paused("webex", now) is not None and "sign in again" in held.drain.stopped
            client = WebexClient(await tokens.access_token(now), base_url=server.url, refresh=tokens.refresher())
            report = await WebexSync(client, outbox, SERIES).cycle()
            await client.aclose()
            outbox.close()
            return client, report, await tokens.access_token(time.time())

        client, report, kept = asyncio.run(go())
    endpoint.close()
    assert endpoint.issued == ["new-1"] and client.refreshes == 1  # refreshed once, not per request
    assert report.drain.sent == 1 and report.drain.waiting == 0 and strict.ended == 1
    assert kept == "new-1"  # the refreshed token is kept for the next run
    assert server.violations == []


def test_a_token_from_the_environment_is_not_refreshed(monkeypatch: pytest.MonkeyPatch) -> None:
    from facilitator_app.services.platforms.base import AuthError

    monkeypatch.setenv("FACILITATOR_ZOOM_TOKEN", "env")
    with pytest.raises(AuthError, match="environment"):
        asyncio.run(TokenManager("zoom", SecretStore()).refresh(0.0))


def test_granted_scopes_are_compared_with_what_the_features_use() -> None:
    assert oauth.granted_gaps("zoom", "meeting:read:admin meeting:write") == ("dashboard_meetings:read:admin",)
    assert oauth.granted_gaps("zoom", "meeting:read meeting:write dashboard_meetings:read:admin") == ()


def test_each_features_calls_are_covered_by_exactly_the_scopes_requested(tmp_path: Path) -> None:
    """Run every feature of each client against the strict platforms; every call made
    needs a scope in the table, and every scope in the table is needed by a call made."""
    used: dict[str, set[str]] = {}

    async def zoom(url: str) -> None:
        outbox = Outbox(tmp_path / "z.sqlite3")
        client = ZoomClient("token", base_url=url)
        sync = ZoomSync(client, outbox, "85746065432")
        outbox.add("zoom", "assignments", {"rooms": [{"name": "A", "emails": ["a@example.org"]}]})
        outbox.add("zoom", "poll.create", {"title": "P", "question": "P?", "options": ["A", "B"]})
        outbox.add("zoom", "meeting.end", {})
        await sync.cycle()  # live: Dashboard, meeting, polls, and the three changes
        await sync.cycle()  # ended: the past meeting's participants
        await client.past_poll_results("85746065432")
        used["zoom"] = set(client.by_endpoint)
        await client.aclose()
        outbox.close()

    async def webex(url: str) -> None:
        outbox = Outbox(tmp_path / "w.sqlite3")
        client = WebexClient("token", base_url=url)
        outbox.add("webex", "assignments", {"rooms": [{"name": "A", "emails": ["a@example.org"]}]})
        outbox.add("webex", "meeting.end", {})
        sync = WebexSync(client, outbox, SERIES)
        await sync.cycle()
        await client.breakouts(SERIES)
        used["webex"] = set(client.by_endpoint)
        await client.aclose()
        outbox.close()

    async def teams(url: str) -> None:
        outbox = Outbox(tmp_path / "t.sqlite3")
        client = GraphClient("token", base_url=url)
        sync = TeamsSync(client, outbox, "producer@example.org", "MSpkYzE3Yjk")
        outbox.add("teams", "chat.message", {"text": "Break"})
        await sync.cycle()
        await client.recent_messages(await sync._chat())  # the read-back of a message whose answer never came
        used["teams"] = set(client.by_endpoint)
        await client.aclose()
        outbox.close()

    with StrictServer.zoom(Strict()) as z:
        asyncio.run(zoom(z.url))
    with StrictServer.webex(Strict()) as w:
        asyncio.run(webex(w.url))
    with StrictServer.graph(Strict(), "graph-teams.yml") as t:  # chat calls; attendance is not in this file
        asyncio.run(teams(t.url))
    for platform, calls in used.items():
        table = {c: s.name for s in oauth.SCOPES[platform] for c in s.calls}
        assert calls - set(table) == set(), f"{platform}: calls no scope covers"
        if platform == "teams":
            calls |= {
                "GET /users/{id}/onlineMeetings/{id}/attendanceReports",
                "GET /users/{id}/onlineMeetings/{id}/attendanceReports/{id}/attendanceRecords",
            }  # read in the cycle too (checked against the other Graph file in test_strict_platforms)
        needed = {table[c] for c in calls} | ({"offline_access"} if platform == "teams" else set())
        assert needed == set(oauth.scope_names(platform)), f"{platform}: scopes requested but never used"
    assert "spark:messages_write" not in oauth.webex().scopes
    assert "Chat.Read" in oauth.microsoft().scopes.split()
