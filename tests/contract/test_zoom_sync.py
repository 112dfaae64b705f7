"""Zoom end to end against the contract server: sign-in (Server-to-Server OAuth) kept in the
keyring and refreshed, a sync cycle with the daily update count, and a canary secret that
must never appear in the session folder, the cache, settings, logs or crash reports."""

from __future__ import annotations

import asyncio
import base64
import json
import threading
from datetime import date
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from facilitator_app.domain.clock import ManualClock
from facilitator_app.services.identity import Identity
from facilitator_app.services.outbox import Outbox
from facilitator_app.services.platforms.base import AuthError
from facilitator_app.services.platforms.zoom import ZoomClient
from facilitator_app.services.secrets import SecretStore
from facilitator_app.services.session import Session
from facilitator_app.services.signin import TokenManager
from facilitator_app.services.sync import ZoomSync
from facilitator_app.services.templates import instantiate, load_template

from .spec_server import SPECS, ContractServer, load_spec, run_sync_command
from .test_zoom_contract import responder

pytestmark = pytest.mark.skipif(
    not (SPECS / "zoom-meeting-api.json").is_file(), reason="../shared/specs is absent (a fresh clone has none)"
)
CANARY_SECRET = "CANARY-s3cr3t-7f1e2d9c"
CANARY_TOKEN = "CANARY-token-a8b7c6d5"
ROOT = Path(__file__).resolve().parents[2]


class OAuthServer:
    """Zoom's token endpoint on 127.0.0.1: account credentials in, a one-hour token out."""

    def __init__(self) -> None:
        self.issued = 0
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                return

            def do_POST(self) -> None:
                expected = "Basic " + base64.b64encode(f"client-1:{CANARY_SECRET}".encode()).decode()
                if self.headers.get("Authorization") != expected or "grant_type=account_credentials" not in self.path:
                    body, status = b'{"reason":"Invalid client_id or client_secret","error":"invalid_client"}', 400
                else:
                    server.issued += 1
                    body = json.dumps(
                        {
                            "access_token": f"{CANARY_TOKEN}-{server.issued}",
                            "token_type": "bearer",
                            "expires_in": 3599,
                            "scope": "meeting:read:admin",
                        }
                    ).encode()
                    status = 200
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


def test_sign_in_sync_and_the_canary_never_leaks(tmp_path: Path, memory_keyring) -> None:
    oauth = OAuthServer()
    data = tmp_path / "data"
    session = Session.create(
        tmp_path / "K.fcsession",
        instantiate(load_template(), date(2026, 12, 1)),
        Identity("laptop-1", "Producer"),
        ManualClock(),
    )
    with ContractServer(load_spec("zoom-meeting-api.json"), "https://api.zoom.us/v2", responder(700)) as api:

        async def go() -> None:
            tokens = TokenManager("zoom", SecretStore(), oauth_base=oauth.url)
            with pytest.raises(AuthError, match="refused"):
                await tokens.sign_in_zoom_s2s("acc-1", "client-1", "wrong", now=0)
            await tokens.sign_in_zoom_s2s("acc-1", "client-1", CANARY_SECRET, now=0)
            assert oauth.issued == 1
            assert await tokens.access_token(now=600) == f"{CANARY_TOKEN}-1"  # still fresh: no new request
            assert await tokens.access_token(now=3400) == f"{CANARY_TOKEN}-2"  # refreshed before expiry
            outbox = Outbox(data / "cache.sqlite3")
            rooms = [{"name": f"Room {i}", "emails": [f"p{j}@example.org" for j in range(i, 60, 6)]} for i in range(6)]
            outbox.add("zoom", "assignments", {"rooms": rooms})
            client = ZoomClient(await tokens.access_token(now=3400), base_url=api.url)
            sync = ZoomSync(client, outbox, "85746065432")
            report = await sync.cycle()
            await client.aclose()
            assert report.participants == 700 and report.drain.sent == 1 and report.error == ""
            assert sync.updates_used(__import__("time").time()) == 1
            outbox.add("zoom", "assignments", {"rooms": rooms})  # the same plan again: diffed, not re-sent
            client2 = ZoomClient(await tokens.access_token(now=3400), base_url=api.url)
            sync.client = client2
            again = await sync.cycle()
            await client2.aclose()
            assert again.drain.sent == 1 and sync.updates_used(__import__("time").time()) == 1
            outbox.close()
            tokens.sign_out()
            assert not tokens.signed_in()

        asyncio.run(go())
        assert api.violations == []
    session.record("live.message", {"text": "signed in to Zoom"})
    session.close()
    oauth.close()
    for path in tmp_path.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            assert b"CANARY" not in content, f"a secret leaked into {path}"
    assert memory_keyring.store == {}  # signed out: nothing left in the keyring either


def test_sync_command_for_zoom_with_a_token_from_the_environment(tmp_path: Path) -> None:
    with ContractServer(load_spec("zoom-meeting-api.json"), "https://api.zoom.us/v2", responder(20)) as api:
        meeting = "https://nordvik.zoom.us/j/85746065432?pwd=x"
        result = run_sync_command(tmp_path, "zoom", api.url, meeting, "FACILITATOR_ZOOM_TOKEN")
    assert result.returncode == 0, result.stderr
    assert "participants  20 present" in result.stdout and "100 left" in result.stdout
    assert api.violations == []
