"""The remote against a real session folder and real clients on 127.0.0.1, without Qt."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator, Callable, Coroutine, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from facilitator_app.commands.headless import session_context
from facilitator_app.domain.clock import ManualClock
from facilitator_app.remote.codes import AccessCodes
from facilitator_app.remote.server import RemoteConfig, RemoteServer
from facilitator_app.services.identity import Identity
from facilitator_app.services.session import Session
from facilitator_app.services.templates import instantiate, load_template, template_polls

CODES = AccessCodes("view-code-1234", "control-code-5678", "environment")


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def session(tmp_path: Path, clock: ManualClock) -> Iterator[Session]:
    template = load_template()
    show = instantiate(template, datetime(2026, 12, 1).date())
    first = show.days[0]
    clock.set(datetime.combine(first.date, first.start, tzinfo=ZoneInfo(show.timezone)) - timedelta(seconds=30))
    s = Session.create(
        tmp_path / "T.fcsession", show, Identity("tester-0001", "Producer Anna"), clock, template_polls(template)
    )
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
