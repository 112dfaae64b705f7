"""A command context over a session without any window: for the command line, the remote
API, an automatic roll timer and tests. Edits are recorded directly (no undo stack)."""

from __future__ import annotations

from typing import Any

from ..domain.clock import Clock
from ..services.session import Session
from ..services.session_folder import SessionError
from .base import Context, PlatformPort


class SaveFailures:
    """What could not be saved, kept for the caller to say (``record`` only answers False)."""

    def __init__(self) -> None:
        self.messages: list[str] = []


def session_context(
    session: Session, clock: Clock, platform: PlatformPort | None = None, failures: SaveFailures | None = None
) -> Context:
    def record(type_: str, payload: dict[str, Any]) -> bool:
        try:
            session.record(type_, payload)
        except SessionError as exc:
            if failures is not None:
                failures.messages.append(str(exc))
            return False
        return True

    def claim() -> bool:
        try:
            session.claim()
        except SessionError as exc:
            if failures is not None:
                failures.messages.append(str(exc))
            return False
        return True

    def resolve(key: tuple[str, int], reapply: bool) -> bool:
        try:
            session.resolve_fenced(key, reapply)
        except SessionError as exc:
            if failures is not None:
                failures.messages.append(str(exc))
            return False
        return True

    return Context(
        state=lambda: session.state,
        record=record,
        clock=clock,
        in_control=lambda: session.in_control,
        platform=platform,
        claim=claim,
        resolve_fenced=resolve,
        writer_id=session.identity.writer_id,
        session_path=session.path,
    )
