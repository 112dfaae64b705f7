"""The remote against a real session folder and real clients on 127.0.0.1, without Qt."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from pathlib import Path
from typing import Any

import pytest

from facilitator_app.commands.headless import session_context
from facilitator_app.domain.clock import ManualClock
from facilitator_app.remote.codes import AccessCodes
from facilitator_app.remote.server import RemoteConfig, RemoteServer
from facilitator_app.services.session import Session

from ..sample import sample_session

CODES = AccessCodes("view-code-1234", "control-code-5678", "environment")


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def session(tmp_path: Path, clock: ManualClock) -> Iterator[Session]:
    s = sample_session(tmp_path / "T.fcsession", clock, "Producer Anna")
    yield s
    s.close()


@contextlib.asynccontextmanager
async def serving(session: Session, clock: ManualClock, port: int = 0, **kw: Any) -> AsyncIterator[RemoteServer]:
    server = RemoteServer(
        lambda: session.state, lambda: session_context(session, clock), clock, CODES, RemoteConfig(port=port), **kw
    )
    await server.start()
    try:
        yield server
    finally:
        await server.stop()


def run(coro: Callable[[], Coroutine[Any, Any, None]]) -> None:
    asyncio.run(asyncio.wait_for(coro(), 30))
