"""What every platform client shares: one httpx client, errors in plain words, the
server's clock from its ``Date`` header."""

from __future__ import annotations

import contextlib
import time
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from ..redact import redact, remember_secret, server_text


class PlatformError(Exception):
    """A platform request that did not succeed, with a message a producer can act on.
    Credentials in the message (a server that echoes the request) are masked."""

    def __init__(self, *args: object) -> None:
        super().__init__(*(redact(a) if isinstance(a, str) else a for a in args))


class AuthError(PlatformError):
    """The token is missing, wrong or expired: sign in again."""


class RateLimited(PlatformError):
    def __init__(self, message: str, retry_after: float | None, daily_cap: bool = False) -> None:
        super().__init__(message)
        self.retry_after = retry_after
        self.daily_cap = daily_cap


class Transient(PlatformError):
    """The platform or the network failed; the same request may succeed later."""


class UnknownOutcome(PlatformError):
    """A change was sent but no answer came: it may or may not have been applied."""


class BadResponse(PlatformError):
    """The platform answered with something that is not what its API promises."""


def _retry_after(response: httpx.Response) -> float | None:
    value = response.headers.get("Retry-After")
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        try:
            return max(0.0, parsedate_to_datetime(value).timestamp() - time.time())
        except (TypeError, ValueError):
            return None


def _message(response: httpx.Response) -> str:
    """The platform's own error text: Zoom {code,message}, Graph {error:{message}}, Webex {message}."""
    try:
        body = response.json()
    except ValueError:
        kind = response.headers.get("Content-Type", "").split(";")[0] or "no content type"
        return f"HTTP {response.status_code} ({kind}, not JSON)"
    if isinstance(body, dict):
        if isinstance(body.get("error"), dict):
            return server_text(body["error"].get("message", body["error"]))
        if "message" in body:
            return server_text(body["message"])
    return f"HTTP {response.status_code}"


class PlatformClient:
    name = "platform"

    def __init__(
        self, base_url: str, token: str, *, timeout: float = 10.0, transport: httpx.AsyncBaseTransport | None = None
    ) -> None:
        self.base_url = base_url.rstrip("/")
        remember_secret(token)
        self._http = httpx.AsyncClient(
            base_url=self.base_url,
            headers={"Authorization": f"Bearer {token}", "User-Agent": "FacilitatorConsole"},
            timeout=timeout,
            transport=transport,
        )
        self.server_offset_s: float | None = None  # platform clock minus ours, from Date
        self.requests = 0
        self.last_headers: httpx.Headers = httpx.Headers()

    async def aclose(self) -> None:
        await self._http.aclose()

    async def request(self, method: str, path: str, *, mutation: bool = False, **kw: Any) -> Any:
        self.requests += 1
        try:
            response = await self._http.request(method, path, **kw)
        except httpx.TimeoutException as exc:
            if mutation:
                raise UnknownOutcome(
                    f"{self.name}: no answer to {method} {path} in time; it may have been applied"
                ) from exc
            raise Transient(f"{self.name}: no answer in time ({method} {path})") from exc
        except httpx.TransportError as exc:
            # A connection dropped after the request was sent leaves a change's outcome unknown.
            if mutation and not isinstance(exc, httpx.ConnectError):
                raise UnknownOutcome(f"{self.name}: the connection dropped during {method} {path}") from exc
            raise Transient(f"{self.name}: cannot reach {self.base_url} ({type(exc).__name__})") from exc
        self._note_date(response)
        status = response.status_code
        if status in (401, 403):
            raise AuthError(f"{self.name}: {_message(response)} — sign in again")
        if status == 429:
            retry = _retry_after(response)
            daily = retry is None and "daily" in _message(response).lower()
            raise RateLimited(f"{self.name}: rate limited ({_message(response)})", retry, daily_cap=daily)
        if status >= 500:
            raise Transient(f"{self.name}: server error {status} ({_message(response)})")
        if status >= 400:
            raise PlatformError(f"{self.name}: {method} {path} refused: {_message(response)}")
        self.last_headers = response.headers
        if status == 204 or not response.content:
            return None
        try:
            return response.json()
        except ValueError as exc:
            raise BadResponse(f"{self.name}: {method} {path} answered with malformed JSON") from exc

    def _note_date(self, response: httpx.Response) -> None:
        date = response.headers.get("Date")
        if date:
            with contextlib.suppress(TypeError, ValueError):
                self.server_offset_s = parsedate_to_datetime(date).timestamp() - time.time()
