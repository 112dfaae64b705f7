"""Credentials never reach a message, a log line or a crash report.

Platforms (and proxies in front of them) sometimes echo the request in an error, bearer
token included. Every text that may hold server output passes through :func:`redact`:
the tokens this process knows (registered with :func:`remember_secret` when obtained),
``Bearer …``/``Basic …``, ``access_token=…`` and its kin in query strings, forms and
JSON, and JWT-shaped strings. :func:`server_text` also caps the length shown.
"""

from __future__ import annotations

import logging
import re
import threading

MAX_SERVER_TEXT = 300
MASK = "[redacted]"

_known: set[str] = set()
_lock = threading.Lock()

_SECRET_NAMES = (
    r"access_token|refresh_token|id_token|client_secret|client_assertion|code_verifier|"
    r"assertion|password|passwd|api_key|apikey|token|secret|code"
)
_PATTERNS = (
    # Authorization schemes: "Bearer abc", "Authorization: Basic abc"
    # (case-sensitive, 8+ characters: "the token answer" or "basic plan" in prose stay as they are)
    (re.compile(r"\b([Bb]earer|Basic)\s+[A-Za-z0-9._~+/=\-]{8,}"), r"\1 " + MASK),
    # JSON: "access_token": "abc"
    (re.compile(rf'("(?:{_SECRET_NAMES})"\s*:\s*")[^"]*(")', re.IGNORECASE), r"\1" + MASK + r"\2"),
    # query strings and forms: access_token=abc&...
    (re.compile(rf"\b((?:{_SECRET_NAMES}))=([^&\s\"'<>]+)", re.IGNORECASE), r"\1=" + MASK),
    # JWTs wherever they stand
    (re.compile(r"\beyJ[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]{6,}\.[A-Za-z0-9_-]*"), MASK),
)


def remember_secret(value: str | None) -> None:
    """A credential this process holds: it is masked wherever it appears later."""
    if value and len(value) >= 8:
        with _lock:
            _known.add(value)


def redact(text: str) -> str:
    with _lock:
        known = sorted(_known, key=len, reverse=True)
    for secret in known:
        if secret in text:
            text = text.replace(secret, MASK)
    for pattern, replacement in _PATTERNS:
        text = pattern.sub(replacement, text)
    return text


def server_text(text: object, limit: int = MAX_SERVER_TEXT) -> str:
    """Text a server sent, fit to show: credentials masked, one line, at most ``limit`` characters."""
    flat = " ".join(redact(str(text)).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class RedactingFilter(logging.Filter):
    """Masks credentials in every record that passes a handler (message and traceback)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        clean = redact(message)
        if clean != message:
            record.msg, record.args = clean, None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True
