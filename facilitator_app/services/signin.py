"""Platform sign-in: tokens and app credentials in the OS keyring, refreshed before expiry.

Zoom Server-to-Server OAuth (account credentials), and the results of the browser and
device-code flows in :mod:`.oauth` (Zoom and Webex with PKCE, Microsoft device code), kept
with their refresh token. For scripting and CI a token may come from the environment instead
(``FACILITATOR_ZOOM_TOKEN``, ``FACILITATOR_WEBEX_TOKEN``, ``FACILITATOR_GRAPH_TOKEN``).
Nothing here writes a secret anywhere but the keyring, and nothing logs one.
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Awaitable, Callable

import httpx

from ..domain.frozen import Frozen, record
from .platforms import registry
from .platforms.base import AuthError, PlatformError
from .redact import remember_secret
from .secrets import SecretStore

REFRESH_MARGIN_S = 300.0  # refresh when less than five minutes are left


def _env_token(platform: str) -> str:
    """A token from the environment (scripts, CI), named by the platform registry."""
    name = registry.get(platform).token_env
    return os.environ.get(name, "") if name else ""


@record
class Token(Frozen):
    """An access token for a platform, and when it expires."""

    access_token: str
    expires_at: float

    def fresh(self, now: float) -> bool:
        return self.expires_at - now > REFRESH_MARGIN_S


class TokenManager:
    def __init__(self, platform: str, store: SecretStore, oauth_base: str = "https://zoom.us") -> None:
        self.platform = platform
        self.store = store
        self.oauth_base = oauth_base.rstrip("/")
        self._token: Token | None = None  # cached in memory: keyring calls are slow
        self.missing_scopes: tuple[str, ...] = ()  # used by the console, not granted by the last sign-in

    def _key(self, what: str) -> str:
        return f"{self.platform}/{what}"

    def signed_in(self) -> bool:
        return bool(_env_token(self.platform)) or self.store.get(self._key("token")) is not None

    async def sign_in_zoom_s2s(self, account_id: str, client_id: str, client_secret: str, now: float) -> Token:
        """Server-to-Server OAuth: the app's credentials are kept (in the keyring) to refresh."""
        token = await self._fetch_zoom(account_id, client_id, client_secret, now)
        self.store.set(
            self._key("credentials"),
            json.dumps({"account_id": account_id, "client_id": client_id, "client_secret": client_secret}),
        )
        return token

    async def _fetch_zoom(self, account_id: str, client_id: str, client_secret: str, now: float) -> Token:
        remember_secret(client_secret)
        async with httpx.AsyncClient(timeout=15.0) as http:
            try:
                response = await http.post(
                    f"{self.oauth_base}/oauth/token",
                    params={"grant_type": "account_credentials", "account_id": account_id},
                    auth=(client_id, client_secret),
                )
            except httpx.TransportError as exc:
                raise PlatformError(f"Zoom sign-in: cannot reach {self.oauth_base} ({type(exc).__name__})") from exc
        if response.status_code in (400, 401, 403):
            raise AuthError("Zoom sign-in refused: check the account id, client id and client secret")
        if response.status_code != 200:
            raise PlatformError(f"Zoom sign-in failed: HTTP {response.status_code}")
        try:
            body = response.json()
            token = Token(str(body["access_token"]), now + float(body.get("expires_in", 3600)))
        except (ValueError, KeyError, TypeError) as exc:
            raise PlatformError("Zoom sign-in: the token answer has an unexpected shape") from exc
        self._note_scopes(body)
        remember_secret(token.access_token)
        self._save(token)
        return token

    def _note_scopes(self, answer: object) -> None:
        from .oauth import granted_gaps

        if isinstance(answer, dict) and isinstance(answer.get("scope"), str):
            self.missing_scopes = granted_gaps(self.platform, str(answer["scope"]))

    def keep_oauth(
        self, answer: dict[str, object], now: float, token_url: str, client_id: str, client_secret: str | None = None
    ) -> Token:
        """Keep what a browser or device-code sign-in returned, with what refreshing needs."""
        try:
            token = Token(str(answer["access_token"]), now + float(str(answer.get("expires_in", 3600))))
        except (KeyError, ValueError) as exc:
            raise PlatformError(f"{self.platform}: the sign-in answer has no usable token") from exc
        self._note_scopes(answer)
        self._save(token)
        if answer.get("refresh_token"):
            self.store.set(
                self._key("refresh"),
                json.dumps(
                    {
                        "refresh_token": answer["refresh_token"],
                        "token_url": token_url,
                        "client_id": client_id,
                        "client_secret": client_secret,
                    }
                ),
            )
        return token

    def _save(self, token: Token) -> None:
        self._token = token
        self.store.set(
            self._key("token"), json.dumps({"access_token": token.access_token, "expires_at": token.expires_at})
        )

    async def access_token(self, now: float) -> str:
        """A token good for at least five more minutes, refreshed when needed."""
        env = _env_token(self.platform)
        if env:
            return env
        token = self._token
        if token is None:
            raw = self.store.get(self._key("token"))
            if raw:
                data = json.loads(raw)
                token = self._token = Token(str(data["access_token"]), float(data["expires_at"]))
        if token is not None and token.fresh(now):
            return token.access_token
        return await self.refresh(now)

    async def refresh(self, now: float) -> str:
        """A new token now, whatever the old one's expiry says (a 401 means it is no good):
        from the refresh token, or Zoom's app credentials. AuthError when neither works."""
        if _env_token(self.platform):
            raise AuthError(f"{self.platform}: the token from the environment was refused; set a new one")
        kept = self.store.get(self._key("refresh"))
        if kept:
            from . import oauth

            r = json.loads(kept)
            answer = await oauth.refresh(
                oauth.Provider(self.platform, token_url=r["token_url"]),
                r["client_id"],
                r["refresh_token"],
                r.get("client_secret"),
            )
            if "refresh_token" not in answer:  # the provider kept the old one valid
                answer = {**answer, "refresh_token": r["refresh_token"]}
            return self.keep_oauth(answer, now, r["token_url"], r["client_id"], r.get("client_secret")).access_token
        creds = self.store.get(self._key("credentials"))
        if registry.get(self.platform).server_to_server and creds:
            c = json.loads(creds)
            return (await self._fetch_zoom(c["account_id"], c["client_id"], c["client_secret"], now)).access_token
        raise AuthError(f"{self.platform}: not signed in (or the session expired): sign in again")

    def refresher(self, clock: Callable[[], float] = time.time) -> Callable[[], Awaitable[str]]:
        """What a platform client calls on a 401: one refresh, now."""

        async def refresh() -> str:
            return await self.refresh(clock())

        return refresh

    def sign_out(self) -> None:
        for what in ("token", "credentials", "refresh"):
            self.store.delete(self._key(what))
        self._token = None
