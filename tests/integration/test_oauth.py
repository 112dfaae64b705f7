"""The browser (PKCE, loopback redirect) and device-code sign-in flows, and refresh,
end to end against a local authorization server."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import httpx
import pytest

from facilitator_app.services import oauth
from facilitator_app.services.platforms.base import AuthError
from facilitator_app.services.secrets import SecretStore
from facilitator_app.services.signin import TokenManager


class AuthServer:
    def __init__(self) -> None:
        self.challenges: dict[str, tuple[str, str]] = {}  # code -> (challenge, redirect_uri)
        self.pending_polls = 2
        self.refreshes = 0
        server = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:
                return

            def _json(self, status: int, body: dict[str, Any]) -> None:
                data = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            def do_GET(self) -> None:  # the authorize page: the person says yes at once
                q = {k: v[0] for k, v in parse_qs(urlsplit(self.path).query).items()}
                code = f"code-{len(server.challenges)}"
                server.challenges[code] = (q["code_challenge"], q["redirect_uri"])
                self.send_response(302)
                self.send_header("Location", f"{q['redirect_uri']}?{urlencode({'code': code, 'state': q['state']})}")
                self.send_header("Content-Length", "0")
                self.end_headers()

            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
                path = urlsplit(self.path).path
                if path.endswith("/devicecode"):
                    self._json(
                        200,
                        {
                            "device_code": "dev-1",
                            "user_code": "ABCD-EFGH",
                            "interval": 5,
                            "verification_uri": "https://microsoft.com/devicelogin",
                            "expires_in": 900,
                        },
                    )
                    return
                grant = form.get("grant_type", "")
                if grant == "authorization_code":
                    challenge, redirect = server.challenges.pop(form.get("code", ""), ("", ""))
                    digest = hashlib.sha256(form.get("code_verifier", "").encode()).digest()
                    expected = base64.urlsafe_b64encode(digest).rstrip(b"=").decode()
                    if not challenge or expected != challenge or redirect != form.get("redirect_uri"):
                        self._json(400, {"error": "invalid_grant", "error_description": "code verifier mismatch"})
                        return
                    self._json(200, {"access_token": "A1", "refresh_token": "R1", "expires_in": 3600})
                elif grant == "refresh_token":
                    if form.get("refresh_token") != f"R{server.refreshes + 1}":
                        self._json(400, {"error": "invalid_grant", "error_description": "refresh token revoked"})
                        return
                    server.refreshes += 1
                    n = server.refreshes + 1
                    self._json(200, {"access_token": f"A{n}", "refresh_token": f"R{n}", "expires_in": 3600})
                elif grant.endswith("device_code"):
                    if server.pending_polls:
                        server.pending_polls -= 1
                        self._json(400, {"error": "authorization_pending"})
                    else:
                        self._json(200, {"access_token": "M1", "refresh_token": "MR1", "expires_in": 3600})
                else:
                    self._json(400, {"error": "unsupported_grant_type"})

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"

    def close(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()


@pytest.fixture
def server():
    s = AuthServer()
    yield s
    s.close()


async def browser(url: str) -> None:
    """The system browser: follows the authorize page's redirect to the loopback listener."""
    async with httpx.AsyncClient(follow_redirects=True) as http:
        await http.get(url)


def test_browser_sign_in_with_pkce_and_refresh(server: AuthServer, memory_keyring) -> None:
    async def go() -> None:
        provider = oauth.zoom(server.base)
        answer = await oauth.sign_in_with_browser(provider, "client-1", browser)
        assert answer["access_token"] == "A1"
        tokens = TokenManager("zoom", SecretStore())
        tokens.keep_oauth(answer, now=0, token_url=provider.token_url, client_id="client-1")
        assert await tokens.access_token(now=100) == "A1"
        assert await tokens.access_token(now=3500) == "A2"  # refreshed before expiry, token rotated
        assert await tokens.access_token(now=7000) == "A3"  # the rotated refresh token was kept
        tokens.sign_out()
        assert memory_keyring.store == {}

    asyncio.run(go())


def test_a_forged_or_refused_browser_answer_is_named(server: AuthServer) -> None:
    async def forged(url: str) -> None:
        q = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
        async with httpx.AsyncClient() as http:
            answer = await http.get(f"{q['redirect_uri']}?code=x&state=someone-else")
            assert answer.status_code == 404

    async def refused(url: str) -> None:
        q = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
        async with httpx.AsyncClient() as http:
            await http.get(f"{q['redirect_uri']}?error=access_denied&state={q['state']}")

    async def go() -> None:
        with pytest.raises(AuthError, match=r"no answer from the browser.*1 other request\(s\)"):
            await oauth.sign_in_with_browser(oauth.webex(server.base), "c", forged, timeout_s=0.3)
        with pytest.raises(AuthError, match="access_denied"):
            await oauth.sign_in_with_browser(oauth.webex(server.base), "c", refused)
        with pytest.raises(AuthError, match="no answer from the browser"):
            await oauth.sign_in_with_browser(oauth.webex(server.base), "c", lambda url: None, timeout_s=0.2)

    asyncio.run(go())


def test_a_neighbours_request_does_not_end_the_sign_in(server: AuthServer) -> None:
    """Another local user's curl of /favicon.ico (or any path, or a guessed state) before the
    browser's redirect: 404, and the real redirect still signs in."""
    strays: list[int] = []

    async def neighbour_then_browser(url: str) -> None:
        q = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
        base = q["redirect_uri"].rsplit("/", 1)[0]
        async with httpx.AsyncClient() as http:
            for path in ("/favicon.ico", "/", "/callback?code=x&state=guess", f"/other?state={q['state']}&code=x"):
                strays.append((await http.get(base + path)).status_code)
        await browser(url)

    async def go() -> None:
        answer = await oauth.sign_in_with_browser(oauth.zoom(server.base), "client-1", neighbour_then_browser)
        assert answer["access_token"] == "A1"

    asyncio.run(go())
    assert strays == [404, 404, 404, 404]


def test_device_code_sign_in_waits_for_the_person(server: AuthServer) -> None:
    shown: list[tuple[str, str]] = []
    slept: list[float] = []

    async def no_wait(seconds: float) -> None:  # the injected clock: no real waiting
        slept.append(seconds)

    async def go() -> dict[str, Any]:
        provider = oauth.microsoft(tenant="contoso", base=server.base)
        return await oauth.sign_in_with_device_code(provider, "app-1", lambda c, u: shown.append((c, u)), sleep=no_wait)

    answer = asyncio.run(go())
    assert shown == [("ABCD-EFGH", "https://microsoft.com/devicelogin")]
    assert answer["access_token"] == "M1" and slept == [5, 5, 5]
