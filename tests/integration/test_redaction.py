"""A platform (or a proxy) that echoes the request: the token never reaches a message, a
log line or a crash report, and long server text is cut."""

from __future__ import annotations

import asyncio
import json
import logging
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer
from pathlib import Path
from typing import Any

import pytest

from facilitator_app.services.platforms.base import PlatformError
from facilitator_app.services.platforms.rehearsal import RehearsalClient
from facilitator_app.services.redact import MAX_SERVER_TEXT, RedactingFilter, redact, server_text

CANARY = "CANARY-7f3a9c1e5b2d4f60"


class Echo(BaseHTTPRequestHandler):
    """Answers every request with an error that repeats what it was sent."""

    status = 400

    def log_message(self, format: str, *args: Any) -> None:
        return

    def do_GET(self) -> None:
        auth = self.headers.get("Authorization", "")
        message = f"bad request; you sent {auth} to {self.path}?access_token={CANARY}&x=1 " + "x" * 5000
        body = json.dumps({"code": 1, "message": message}).encode()
        self.send_response(self.status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture
def echo() -> Iterator[str]:
    httpd = HTTPServer(("127.0.0.1", 0), Echo)
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.mark.parametrize("status", [400, 401, 429, 500])
def test_an_echoing_server_never_shows_the_token(echo: str, status: int, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(Echo, "status", status)

    async def go() -> str:
        client = RehearsalClient(echo, CANARY)
        try:
            await client.meeting()
        except PlatformError as exc:
            return str(exc)
        finally:
            await client.aclose()
        raise AssertionError("no error")

    message = asyncio.run(go())
    assert CANARY not in message
    assert "Bearer [redacted]" in message
    assert len(message) < MAX_SERVER_TEXT + 100


def test_patterns() -> None:
    assert redact("Authorization: Bearer abc.def-ghi") == "Authorization: Bearer [redacted]"
    assert (
        redact("GET /cb?code=xyz&state=s&access_token=t0k") == "GET /cb?code=[redacted]&state=s&access_token=[redacted]"
    )
    assert redact('{"refresh_token": "r1", "name": "Anna"}') == '{"refresh_token": "[redacted]", "name": "Anna"}'
    jwt = "eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.dozjgNryP4J3jVmNHl0w5N_XgL0n3I9PlFUP0THsR8U"
    assert redact(f"token {jwt} rejected") == "token [redacted] rejected"
    assert redact("the token answer has an unexpected shape") == "the token answer has an unexpected shape"
    assert redact("Access token is expired.") == "Access token is expired."
    assert server_text("a\n  b " + "c" * 1000, limit=10) == "a b ccccc…"  # ten characters


def test_log_lines_and_crash_reports_are_redacted(tmp_path: Path, echo: str) -> None:
    from facilitator_app import app
    from facilitator_app.services.paths import AppPaths

    RehearsalClient(echo, CANARY)  # the token is now known to this process
    record = logging.LogRecord("x", logging.ERROR, __file__, 1, "sent %s", ("Bearer " + CANARY,), None)
    assert RedactingFilter().filter(record)
    assert CANARY not in record.getMessage()

    paths = AppPaths.resolve(tmp_path)
    saved = sys.excepthook
    try:
        app._install_excepthook(paths)
        try:
            raise RuntimeError(f"the platform said: token={CANARY}; raw {CANARY}")
        except RuntimeError as exc:
            sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        sys.excepthook = saved
    reports = list(paths.log_dir.glob("crash-*.txt"))
    assert reports and CANARY not in reports[0].read_text()
    assert "RuntimeError" in reports[0].read_text()
