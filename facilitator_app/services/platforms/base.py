"""What every platform client shares: one httpx client, errors in plain words, the
server's clock from its ``Date`` header, a 401 that refreshes the token once, and paging
that always ends (and says why it ended)."""

from __future__ import annotations

import contextlib
import hashlib
import math
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import UTC, datetime
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
    """The token is missing, wrong or expired (and refreshing it did not help): sign in again."""


class ScopeError(AuthError):
    """Signed in, but the token lacks a permission (scope) this request needs."""

    def __init__(self, message: str, scopes: tuple[str, ...] = ()) -> None:
        super().__init__(message)
        self.scopes = scopes


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


class Refused(PlatformError):
    """The platform refused the request (4xx other than auth and rate limits)."""

    def __init__(self, message: str, status: int, code: int | str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.code = code


def retry_after_s(value: str | None, now: float) -> float | None:
    """``Retry-After`` in seconds from ``now``: delta-seconds, an HTTP-date (RFC 9110) or an
    ISO 8601 timestamp (what Zoom's rate-limit documentation shows). None when absent or
    unreadable."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    with contextlib.suppress(TypeError, ValueError, IndexError):
        return max(0.0, parsedate_to_datetime(value).timestamp() - now)
    with contextlib.suppress(ValueError):
        at = datetime.fromisoformat(value.replace("Z", "+00:00"))
        if at.tzinfo is None:
            at = at.replace(tzinfo=UTC)
        return max(0.0, at.timestamp() - now)
    return None


def _body(response: httpx.Response) -> Any:
    try:
        return response.json()
    except ValueError:
        return None


def _message(response: httpx.Response) -> str:
    """The platform's own error text: Zoom {code,message}, Graph {error:{message}}, Webex {message}."""
    body = _body(response)
    if body is None:
        kind = response.headers.get("Content-Type", "").split(";")[0] or "no content type"
        return f"HTTP {response.status_code} ({kind}, not JSON)"
    if isinstance(body, dict):
        if isinstance(body.get("error"), dict):
            return server_text(body["error"].get("message", body["error"]))
        if "message" in body:
            return server_text(body["message"])
    return f"HTTP {response.status_code}"


def _code(response: httpx.Response) -> int | str | None:
    body = _body(response)
    if isinstance(body, dict):
        if isinstance(body.get("error"), dict):
            return body["error"].get("code")
        code = body.get("code")
        return code if isinstance(code, int | str) else None
    return None


_SCOPES_IN_TEXT = re.compile(r"scopes?\s*[:=]?\s*\[([^\]]+)\]", re.IGNORECASE)
_SCOPE_HEADER = re.compile(r'scope="([^"]+)"')


def missing_scopes(response: httpx.Response) -> tuple[str, ...]:
    """The scopes the platform says are missing: ``WWW-Authenticate: Bearer
    error="insufficient_scope", scope="…"`` (RFC 6750), or Zoom's ``does not contain
    scopes:[…]`` text. Empty when the answer names none."""
    header = response.headers.get("WWW-Authenticate", "")
    found = _SCOPE_HEADER.search(header)
    if found:
        return tuple(found.group(1).split())
    text = _message(response)
    found = _SCOPES_IN_TEXT.search(text)
    if found:
        return tuple(s.strip(" '\"") for s in found.group(1).split(",") if s.strip(" '\""))
    return ()


def fingerprint(token: str) -> str:
    """A short, non-secret name of a token: which credential a hold was set under."""
    return hashlib.sha256(token.encode()).hexdigest()[:12]


Refresher = Callable[[], Awaitable[str]]


class PlatformClient:
    name = "platform"

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        timeout: float = 10.0,
        transport: httpx.AsyncBaseTransport | None = None,
        refresh: Refresher | None = None,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        remember_secret(token)
        self._http = httpx.AsyncClient(
            base_url=self.base_url,
            headers={"Authorization": f"Bearer {token}", "User-Agent": "FacilitatorConsole"},
            timeout=timeout,
            transport=transport,
        )
        self.token_fp = fingerprint(token)
        self.refresh = refresh  # on a 401: a new token, once, before asking for sign-in
        self.refreshes = 0
        self.clock = clock
        self.server_offset_s: float | None = None  # platform clock minus ours, from Date
        self.requests = 0
        self.by_endpoint: dict[str, int] = {}  # "GET /metrics/meetings/{id}/participants" -> n
        self.last_headers: httpx.Headers = httpx.Headers()
        self.last_links: dict[str, str] = {}  # rel -> URL of the last answer's Link header
        self.notes: list[str] = []  # how paging ended where it did not end normally

    async def aclose(self) -> None:
        await self._http.aclose()

    def use_token(self, token: str) -> None:
        self._http.headers["Authorization"] = f"Bearer {token}"
        self.token_fp = fingerprint(token)

    async def request(
        self, method: str, path: str, *, mutation: bool = False, scope: str = "", endpoint: str = "", **kw: Any
    ) -> Any:
        """One request; ``scope`` is the permission it needs (named when the platform says
        403 without naming one), ``endpoint`` the path template it is counted under."""
        label = f"{method} {endpoint or path.split('?', maxsplit=1)[0]}"
        response = await self._send(method, path, mutation, label, **kw)
        if response.status_code == 401 and self.refresh is not None:
            try:
                self.use_token(await self.refresh())
            except PlatformError as exc:
                raise AuthError(
                    f"{self.name}: the token was refused and refreshing it failed ({exc}): sign in again"
                ) from exc
            self.refreshes += 1
            response = await self._send(method, path, mutation, label, **kw)
        return self._answer(method, path, response, scope)

    async def _send(self, method: str, path: str, mutation: bool, label: str, **kw: Any) -> httpx.Response:
        self.requests += 1
        self.by_endpoint[label] = self.by_endpoint.get(label, 0) + 1
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
        return response

    def _answer(self, method: str, path: str, response: httpx.Response, scope: str) -> Any:
        status = response.status_code
        named = missing_scopes(response) if status in (400, 401, 403) else ()
        if status == 401 and not named:
            raise AuthError(f"{self.name}: {_message(response)} — sign in again")
        if status == 403 or named:
            scopes = named or ((scope,) if scope else ())
            what = f"the permission {', '.join(scopes)}" if scopes else "a permission this request needs"
            raise ScopeError(
                f"{self.name}: {method} {path.split('?', maxsplit=1)[0]} needs {what}, which this sign-in lacks "
                f"({_message(response)}); sign in with it granted",
                scopes,
            )
        if status == 429:
            retry = retry_after_s(response.headers.get("Retry-After"), self.clock())
            daily = (
                "daily" in _message(response).lower() or "daily" in response.headers.get("X-RateLimit-Type", "").lower()
            )
            raise RateLimited(f"{self.name}: rate limited ({_message(response)})", retry, daily_cap=daily)
        if status >= 500:
            raise Transient(f"{self.name}: server error {status} ({_message(response)})")
        if status >= 400:
            raise Refused(
                f"{self.name}: {method} {path.split('?', maxsplit=1)[0]} refused: {_message(response)}",
                status,
                _code(response),
            )
        self.last_headers = response.headers
        self.last_links = {
            str(k): str(v.get("url", "")) for k, v in response.links.items() if isinstance(k, str) and v.get("url")
        }
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
                self.server_offset_s = parsedate_to_datetime(date).timestamp() - self.clock()


@dataclass(slots=True)
class Pager:
    """Keeps a paged read finite: it stops on a token or URL seen before, once
    ``total_records`` are in (where the platform gives it), and at a page cap derived
    from the expected size. ``ended`` says which happened ('' = the platform said last page)."""

    what: str
    page_size: int
    expected: int  # the most records this read should ever hold
    pages: int = 0
    records: int = 0
    ended: str = ""
    _seen: set[str] | None = None

    @property
    def cap(self) -> int:
        return max(2, math.ceil(self.expected / max(1, self.page_size)) + 1)

    def add(self, records: int, total: int | None = None) -> None:
        self.pages += 1
        self.records += records
        if total is not None and self.records >= total:
            self.ended = f"all {total} records in"

    def next(self, token: str | None) -> bool:
        """Whether to fetch the page ``token`` names (a page token or a next URL)."""
        if self.ended.startswith("all "):
            return False
        if not token:
            return False
        seen = self._seen if self._seen is not None else set()
        self._seen = seen
        if token in seen:
            self.ended = (
                f"the platform repeated a page ({'token' if '/' not in token else 'URL'}) after {self.pages} pages"
            )
            return False
        if self.pages >= self.cap:
            self.ended = f"stopped at {self.cap} pages ({self.expected} records expected)"
            return False
        seen.add(token)
        return True

    def note(self) -> str:
        """What a producer should know: '' when the platform ended the list itself."""
        if not self.ended or self.ended.startswith("all "):
            return ""
        return f"{self.what}: {self.ended}; {self.records} records read"
