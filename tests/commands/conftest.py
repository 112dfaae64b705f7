"""Commands against a real session folder, without Qt."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from facilitator_app.commands import Context
from facilitator_app.commands.headless import session_context
from facilitator_app.domain.clock import ManualClock
from facilitator_app.services.session import Session

from ..sample import sample_session


class FakePlatform:
    """A platform queue that records what would be sent (the outbox has its own tests)."""

    def __init__(self, kind: str = "rehearsal") -> None:
        self.kind = kind
        self.sent: list[tuple[str, dict[str, Any], str | None]] = []
        self.syncs = 0

    def ready(self) -> bool:
        return True

    def queue(self, type_: str, payload: dict[str, Any], key: str | None = None) -> None:
        self.sent.append((type_, payload, key))

    def sync_now(self) -> None:
        self.syncs += 1


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock()


@pytest.fixture
def session(tmp_path: Path, clock: ManualClock) -> Iterator[Session]:
    s = sample_session(tmp_path / "T.fcsession", clock)
    yield s
    s.close()


@pytest.fixture
def platform() -> FakePlatform:
    return FakePlatform()


@pytest.fixture
def ctx(session: Session, clock: ManualClock, platform: FakePlatform) -> Context:
    counter = iter(range(10**6))
    context = session_context(session, clock, platform)
    context.new_id = lambda n: f"id{next(counter):0{n - 2}d}"
    return context
