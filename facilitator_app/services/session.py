"""An open session: the folded state, this console's log, and who is told of changes.

``record`` appends an event (fsynced) before it applies it to the state and notifies
listeners, so nothing is shown as done that is not on disk. Plain Python: the UI wraps it
in a QObject that turns notifications into signals.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..domain.clock import Clock
from ..domain.eventlog import Record
from ..domain.model import Show
from ..domain.state import SessionState, apply, order_records
from .identity import Identity
from .session_folder import EventLog, LoadResult, SessionError, SessionFolder


@contextmanager
def _collector_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


Listener = Callable[[SessionState, SessionState, Record], None]


class Session:
    def __init__(self, folder: SessionFolder, identity: Identity, clock: Clock, loaded: LoadResult) -> None:
        self.folder = folder
        self.identity = identity
        self.clock = clock
        self.load_report = loaded
        ordered, self.forks = order_records(loaded.records)
        state = SessionState()
        for rec in ordered:
            state = apply(state, rec)
        self.state = state
        own = [r.seq for r in ordered if r.writer == identity.writer_id]
        lamport = ordered[-1].lamport if ordered else 0
        self.log = EventLog(folder, identity.writer_id, max(own, default=0) + 1, lamport)
        self.event_count = len(ordered)
        self._listeners: list[Listener] = []

    @property
    def path(self) -> Path:
        return self.folder.path

    @classmethod
    def open(cls, path: Path, identity: Identity, clock: Clock) -> Session:
        folder = SessionFolder(path)
        # Reading creates hundreds of thousands of small objects that all stay alive: the
        # cyclic collector would scan them again and again (a third of the time to open).
        with _collector_paused():
            loaded = folder.load(repair_writer=identity.writer_id)
            session = cls(folder, identity, clock, loaded)
        if not session.state.show.id:
            raise SessionError(f"{path} holds no readable run-of-show (its creation event is missing or damaged)")
        if session.state.lease.owner != identity.writer_id:
            session.claim()
        return session

    @classmethod
    def create(cls, path: Path, show: Show, identity: Identity, clock: Clock) -> Session:
        folder = SessionFolder.create(path, show.title)
        session = cls(folder, identity, clock, LoadResult(records=[]))
        session.record("session.created", {"show": show.to_dict()})
        session.claim()
        return session

    def claim(self) -> Record:
        """Take control: a new lease epoch, naming what this console has seen of each writer."""
        seen: dict[str, int] = {}
        for rec in self.load_report.records:
            seen[rec.writer] = max(seen.get(rec.writer, 0), rec.seq)
        payload = {"epoch": self.state.lease.epoch + 1, "name": self.identity.name, "seen": seen}
        return self.record("lease.claim", payload)

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def record(self, type_: str, payload: dict[str, Any]) -> Record:
        """Append an event durably, then apply it. Raises SessionError if it cannot be saved."""
        rec = self.log.append(type_, payload, self.state.lease.epoch, self.clock.now().isoformat())
        old = self.state
        self.state = apply(old, rec)
        self.event_count += 1
        for listener in list(self._listeners):
            listener(old, self.state, rec)
        return rec

    def close(self) -> None:
        self.log.close()
