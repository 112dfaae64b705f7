"""OAuth sign-in flows for the platforms, without a web view:

- authorization code with PKCE through the system browser and a loopback redirect
  (Zoom, Webex): a one-shot HTTP listener on 127.0.0.1 receives the code;
- device code (Microsoft): the person types a short code on another device or tab;
- refresh tokens.

Every endpoint is a parameter, so tests run the whole flow against a local server.
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import secrets
import threading
from collections.abc import Awaitable, Callable
from http.server import BaseHTTPRequestHandler, HTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx

from ..domain.frozen import Frozen, record
from .platforms import graph as graph_api
from .platforms import webex as webex_api
from .platforms import zoom as zoom_api
from .platforms.base import AuthError, PlatformError
from .redact import remember_secret, server_text


@record
class Scope(Frozen):
    """A permission the console asks a platform for, with the features and API calls that need it."""

    name: str
    used_for: str  # the features that need it, in words (shown in the sign-in dialog)
    calls: tuple[str, ...]  # "METHOD /path/template" of every call that needs it


# Exactly the scopes the console's features use, per platform: requested at sign-in (Zoom
# takes them from the app's settings in its Marketplace, so there they are what to add),
# listed in the sign-in dialog and the README. A test checks every call is covered.
SCOPES: dict[str, tuple[Scope, ...]] = {
    "zoom": (
        Scope(
            zoom_api.SCOPE_READ,
            "read the meeting, its rooms and polls; poll results and participants after the meeting",
            (
                "GET /meetings/{meetingId}",
                "GET /meetings/{meetingId}/polls",
                "GET /past_meetings/{meetingId}/polls",
                "GET /past_meetings/{meetingId}/participants",
            ),
        ),
        Scope(
            zoom_api.SCOPE_WRITE,
            "pre-assign breakout rooms, create polls, end the meeting",
            ("PATCH /meetings/{meetingId}", "POST /meetings/{meetingId}/polls", "PUT /meetings/{meetingId}/status"),
        ),
        Scope(
            zoom_api.SCOPE_DASHBOARD,
            "the live roster with breakout rooms (Dashboard: Business plan or higher)",
            ("GET /metrics/meetings/{meetingId}/participants",),
        ),
    ),
    "webex": (
        Scope(
            webex_api.SCOPE_SCHEDULES_READ,
            "read the meeting, its instances, breakout sessions and poll results",
            (
                "GET /meetings",
                "GET /meetings/{meetingId}",
                "GET /meetings/{meetingId}/breakoutSessions",
                "GET /meetings/pollResults",
            ),
        ),
        Scope(
            webex_api.SCOPE_SCHEDULES_WRITE,
            "set breakout sessions before the meeting, end the meeting",
            ("PUT /meetings/{meetingId}/breakoutSessions", "POST /meetings/{meetingId}/end"),
        ),
        Scope(
            webex_api.SCOPE_PARTICIPANTS_READ, "the live roster with breakout sessions", ("GET /meetingParticipants",)
        ),
    ),
    "teams": (
        Scope("offline_access", "stay signed in (a refresh token)", ()),
        Scope(graph_api.SCOPE_MEETING, "find the meeting's chat", ("GET /users/{id}/onlineMeetings/{id}",)),
        Scope(
            graph_api.SCOPE_ATTENDANCE,
            "attendance after the meeting",
            (
                "GET /users/{id}/onlineMeetings/{id}/attendanceReports",
                "GET /users/{id}/onlineMeetings/{id}/attendanceReports/{id}/attendanceRecords",
            ),
        ),
        Scope(graph_api.SCOPE_CHAT_SEND, "post messages to the meeting chat", ("POST /chats/{id}/messages",)),
        Scope(
            graph_api.SCOPE_CHAT_READ,
            "read the chat back when a message's answer never came (no duplicate messages)",
            ("GET /chats/{id}/messages",),
        ),
    ),
}


def scope_names(platform: str) -> tuple[str, ...]:
    return tuple(s.name for s in SCOPES.get(platform, ()))


def granted_gaps(platform: str, granted: str) -> tuple[str, ...]:
    """The scopes the features use that a token answer's ``scope`` does not grant (an
    ``:admin`` variant of a scope counts as the scope)."""
    have = set(granted.split())
    return tuple(n for n in scope_names(platform) if n not in have and f"{n}:admin" not in have)


@record
class Provider(Frozen):
    """A platform's OAuth sign-in endpoints and the scopes to ask for."""

    name: str
    authorize_url: str = ""
    token_url: str = ""
    device_url: str = ""
    scopes: str = ""


def zoom(base: str = "https://zoom.us") -> Provider:
    """Zoom grants the scopes set on the app in its Marketplace (``SCOPES["zoom"]`` is what
    to add there); its token answer's ``scope`` says which were granted (``granted_gaps``)."""
    return Provider("Zoom", f"{base}/oauth/authorize", f"{base}/oauth/token")


def webex(base: str = "https://webexapis.com/v1") -> Provider:
    return Provider("Webex", f"{base}/authorize", f"{base}/access_token", scopes=" ".join(scope_names("webex")))


def microsoft(tenant: str = "organizations", base: str = "https://login.microsoftonline.com") -> Provider:
    root = f"{base}/{tenant}/oauth2/v2.0"
    return Provider(
        "Microsoft", f"{root}/authorize", f"{root}/token", f"{root}/devicecode", " ".join(scope_names("teams"))
    )


def pkce_pair() -> tuple[str, str]:
    verifier = secrets.token_urlsafe(64)
    challenge = base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest()).rstrip(b"=").decode()
    return verifier, challenge


REDIRECT_PATH = "/callback"


class LoopbackReceiver:
    """Listens on 127.0.0.1 for the browser's redirect with ``code`` and ``state``.

    Other local users can reach the port too: only the registered redirect path with the
    expected ``state`` completes the flow. Anything else (``/favicon.ico``, a guessed
    code, a probe) gets a 404 and the listener keeps waiting until its timeout."""

    def __init__(self, loop: asyncio.AbstractEventLoop, state: str = "") -> None:
        self.result: asyncio.Future[dict[str, str]] = loop.create_future()
        self.state = state
        self.ignored = 0
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            timeout = 5.0  # a half-sent request does not hold the one listener

            def log_message(self, format: str, *args: Any) -> None:
                return

            def _answer(self, status: int, body: bytes) -> None:
                self.send_response(status)
                self.send_header("Content-Type", "text/html; charset=utf-8")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self) -> None:
                url = urlsplit(self.path)
                query = {k: v[0] for k, v in parse_qs(url.query).items()}
                expected = receiver.state
                if url.path != REDIRECT_PATH or not hmac.compare_digest(
                    query.get("state", "").encode(), expected.encode()
                ):
                    receiver.ignored += 1
                    self._answer(404, b"<html><body>Not found.</body></html>")
                    return
                self._answer(
                    200,
                    b"<html><body><h2>Signed in. You can close this tab and return to the console.</h2></body></html>",
                )
                loop.call_soon_threadsafe(receiver.deliver, query)

        self.httpd = HTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self.httpd.serve_forever, args=(0.05,), daemon=True)
        self._thread.start()

    def deliver(self, query: dict[str, str]) -> None:
        if not self.result.done():  # only the first redirect with our state counts
            self.result.set_result(query)

    @property
    def redirect_uri(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{REDIRECT_PATH}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


async def _token_request(
    token_url: str, data: dict[str, str], client_id: str, client_secret: str | None
) -> dict[str, Any]:
    async with httpx.AsyncClient(timeout=20.0) as http:
        try:
            if client_secret:
                response = await http.post(token_url, data=data, auth=(client_id, client_secret))
            else:
                response = await http.post(token_url, data=data)
        except httpx.TransportError as exc:
            raise PlatformError(f"sign-in: cannot reach {token_url} ({type(exc).__name__})") from exc
    try:
        body = response.json()
    except ValueError as exc:
        raise PlatformError(f"sign-in: {token_url} answered HTTP {response.status_code}, not JSON") from exc
    if response.status_code != 200:
        error = body.get("error", "") if isinstance(body, dict) else ""
        if error in ("authorization_pending", "slow_down"):
            return {"pending": error}
        raise AuthError(
            f"sign-in refused: {server_text(body.get('error_description') or error or response.status_code)}"
        )
    for key in ("access_token", "refresh_token", "id_token"):
        if isinstance(body, dict) and isinstance(body.get(key), str):
            remember_secret(body[key])
    return dict(body)


async def sign_in_with_browser(
    provider: Provider,
    client_id: str,
    open_browser: Callable[[str], object],
    *,
    client_secret: str | None = None,
    timeout_s: float = 300.0,
) -> dict[str, Any]:
    """Authorization code + PKCE: open the browser, wait for the redirect, exchange the code."""
    loop = asyncio.get_running_loop()
    state = secrets.token_urlsafe(16)
    receiver = LoopbackReceiver(loop, state)
    verifier, challenge = pkce_pair()
    query = {
        "response_type": "code",
        "client_id": client_id,
        "redirect_uri": receiver.redirect_uri,
        "code_challenge": challenge,
        "code_challenge_method": "S256",
        "state": state,
    }
    if provider.scopes:
        query["scope"] = provider.scopes
    try:
        result = open_browser(f"{provider.authorize_url}?{urlencode(query)}")
        if asyncio.iscoroutine(result):
            await result
        try:
            answer = await asyncio.wait_for(receiver.result, timeout_s)
        except TimeoutError as exc:
            stray = f" ({receiver.ignored} other request(s) to the listener were ignored)" if receiver.ignored else ""
            raise AuthError(f"{provider.name}: no answer from the browser within {timeout_s:.0f} s{stray}") from exc
    finally:
        receiver.close()
    if answer.get("state") != state:
        raise AuthError(f"{provider.name}: the browser's answer does not belong to this sign-in (state mismatch)")
    if "code" not in answer:
        raise AuthError(f"{provider.name}: sign-in was not allowed ({answer.get('error', 'no code')})")
    data = {
        "grant_type": "authorization_code",
        "code": answer["code"],
        "redirect_uri": receiver.redirect_uri,
        "code_verifier": verifier,
        "client_id": client_id,
    }
    return await _token_request(provider.token_url, data, client_id, client_secret)


async def sign_in_with_device_code(
    provider: Provider,
    client_id: str,
    show_code: Callable[[str, str], object],
    *,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    timeout_s: float = 900.0,
) -> dict[str, Any]:
    """Device code: show the person a code to enter at the provider's page, then poll."""
    async with httpx.AsyncClient(timeout=20.0) as http:
        try:
            response = await http.post(provider.device_url, data={"client_id": client_id, "scope": provider.scopes})
            start = response.json()
        except (httpx.TransportError, ValueError) as exc:
            raise PlatformError(f"{provider.name}: cannot start device sign-in ({type(exc).__name__})") from exc
    if response.status_code != 200 or "device_code" not in start:
        raise AuthError(
            f"{provider.name}: device sign-in refused "
            f"({server_text(start.get('error_description', response.status_code))})"
        )
    show_code(str(start["user_code"]), str(start.get("verification_uri", "")))
    interval = float(start.get("interval", 5))
    waited = 0.0
    data = {
        "grant_type": "urn:ietf:params:oauth:grant-type:device_code",
        "device_code": str(start["device_code"]),
        "client_id": client_id,
    }
    while waited < min(timeout_s, float(start.get("expires_in", timeout_s))):
        await sleep(interval)
        waited += interval
        answer = await _token_request(provider.token_url, data, client_id, None)
        if answer.get("pending") == "slow_down":
            interval += 5
        elif not answer.get("pending"):
            return answer
    raise AuthError(f"{provider.name}: the code was not entered in time")


async def refresh(
    provider: Provider, client_id: str, refresh_token: str, client_secret: str | None = None
) -> dict[str, Any]:
    data = {"grant_type": "refresh_token", "refresh_token": refresh_token, "client_id": client_id}
    return await _token_request(provider.token_url, data, client_id, client_secret)
