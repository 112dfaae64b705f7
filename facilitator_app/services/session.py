"""An open session: the union of every writer's events, the folded state, this console's log.

``record`` first re-reads the folder (a console back from sleep must see a newer owner
before it does anything), then appends the event (fsynced), then applies it and tells
listeners, so nothing is shown as done that is not on disk. ``refresh`` reads what other
consoles appended; it applies new events incrementally and refolds everything only when
the lease changed or events arrive out of order. Plain Python: the UI wraps it in a
QObject that turns notifications into signals.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..domain.clock import Clock
from ..domain.eventlog import Record, encode
from ..domain.lease import CLAIM, LeaseChain
from ..domain.model import Show, evolve
from ..domain.state import SessionState, apply, fold_ordered, order_records
from .identity import Identity
from .presence import check_writer_free
from .session_folder import EventLog, LoadResult, SessionError, SessionFolder


class NotInControl(SessionError):
    """This console follows; another one is in control of the session."""


@contextmanager
def _collector_paused() -> Iterator[None]:
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def unopenable(state: SessionState) -> str:
    """Why the app refuses a session with this state ("" when it opens it)."""
    if not state.show.id:
        return "it holds no readable run-of-show (its creation event is missing or damaged)"
    return ""


Listener = Callable[[SessionState, SessionState, Record | None], None]


class Session:
    def __init__(self, folder: SessionFolder, identity: Identity, clock: Clock, loaded: LoadResult) -> None:
        self.folder = folder
        self.identity = identity
        self.clock = clock
        self.load_report = loaded
        self._records: dict[tuple[str, int], Record] = {}
        self.forks: list[str] = []
        self._offsets: dict[Path, int] = {f.path: f.good_length for f in loaded.files}
        self._listeners: list[Listener] = []
        self.state = SessionState()
        self._chain = LeaseChain({}, frozenset())
        self._last: tuple[int, str, int] = (0, "", 0)
        self._merge(loaded.records)
        self._refold()
        mine = [k[1] for k in self._records if k[0] == identity.writer_id]
        lamport = max((r.lamport for r in self._records.values()), default=0)
        self.log = EventLog(folder, identity.writer_id, max(mine, default=0) + 1, lamport)

    # ------------------------------------------------------------ opening

    @property
    def path(self) -> Path:
        return self.folder.path

    @property
    def event_count(self) -> int:
        return len(self._records)

    @property
    def records(self) -> list[Record]:
        return list(self._records.values())

    @property
    def in_control(self) -> bool:
        return self.state.lease.owner == self.identity.writer_id

    @classmethod
    def open(cls, path: Path, identity: Identity, clock: Clock, *, follow: bool = False) -> Session:
        """Open a session. Without ``follow`` this console takes control only of a session
        nobody controls yet; another console's session is followed until a person decides."""
        folder = SessionFolder(path)
        check_writer_free(path, identity)  # a copied data directory must not fork the log
        # Reading creates hundreds of thousands of small objects that all stay alive: the
        # cyclic collector would scan them again and again (a third of the time to open).
        with _collector_paused():
            loaded = folder.load(repair_writer=identity.writer_id)
            session = cls(folder, identity, clock, loaded)
        problem = unopenable(session.state)
        if problem:
            raise SessionError(f"{path}: {problem}")
        if not follow and session.state.lease.owner is None:
            session.claim()
        return session

    @classmethod
    def create(
        cls, path: Path, show: Show, identity: Identity, clock: Clock, polls: Sequence[dict[str, Any]] = ()
    ) -> Session:
        """A new session folder with the show (and a template's poll library), in our control."""
        folder = SessionFolder.create(path, show.title)
        session = cls(folder, identity, clock, LoadResult(records=[]))
        payload: dict[str, Any] = {"show": show.to_dict()}
        if polls:
            payload["polls"] = list(polls)  # the template's poll library, in the same event
        session._append("session.created", payload)
        session.claim()
        return session

    # ------------------------------------------------------------ folding

    def _merge(self, records: list[Record]) -> list[Record]:
        """Add records to the union; return the new ones. Note forks (same key, other content)."""
        new = []
        for rec in records:
            seen = self._records.get(rec.key)
            if seen is None:
                self._records[rec.key] = rec
                new.append(rec)
            elif seen.checksum != rec.checksum and rec.writer not in self.forks:
                self.forks.append(rec.writer)
        return new

    def _refold(self) -> None:
        ordered, forks = order_records(self._records.values())
        self.forks = sorted(set(self.forks) | set(forks))
        self.state, self._chain = fold_ordered(ordered)
        self._last = ordered[-1].order if ordered else (0, "", 0)

    def _absorb(self, new: list[Record]) -> None:
        """Apply new records: in place when they extend the order, else refold all."""
        new.sort(key=lambda r: r.order)
        if any(r.type == CLAIM for r in new) or new[0].order < self._last:
            self._refold()
            return
        state = self.state
        for rec in new:
            if self._chain.is_valid(rec):
                state = apply(state, rec)
            else:
                state = evolve(state, fenced=(*state.fenced, rec))
        self.state = state
        self._last = new[-1].order

    def _notify(self, old: SessionState, record: Record | None) -> None:
        for listener in list(self._listeners):
            listener(old, self.state, record)

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def refresh(self) -> bool:
        """Read what other consoles appended since the last look; True if the state changed."""
        new: list[Record] = []
        for path in self.folder.log_files():
            try:
                size = path.stat().st_size
            except OSError:
                continue
            offset = self._offsets.get(path, 0)
            if size == offset:
                continue
            start = offset if size > offset else 0  # a replaced or shortened file is read again
            chunk = self.folder.read_from(path, start)
            if chunk is None:
                continue
            records, good = chunk
            self._offsets[path] = start + good
            new += self._merge(records)
        if not new:
            return False
        old = self.state
        self.log.observe(max(r.lamport for r in new))
        self._absorb(new)
        self._notify(old, None)
        return True

    # ------------------------------------------------------------ writing

    def _append(self, type_: str, payload: dict[str, Any]) -> Record:
        rec = self.log.append(type_, payload, self.state.lease.epoch, self.clock.now().isoformat())
        self._records[rec.key] = rec
        path = self.folder.log_path(self.identity.writer_id)
        self._offsets[path] = self._offsets.get(path, 0) + len(encode(rec))
        old = self.state
        self._absorb([rec])
        self._notify(old, rec)
        return rec

    def record(self, type_: str, payload: dict[str, Any]) -> Record:
        """Append an event durably, then apply it. Raises NotInControl when following, and
        SessionError when it cannot be saved."""
        self.refresh()
        if not self.in_control:
            owner = self.state.lease.owner_name or self.state.lease.owner or "another console"
            raise NotInControl(f"{owner} is in control of this session; this console is following")
        return self._append(type_, payload)

    def claim(self) -> Record:
        """Take control: a new lease epoch, naming what this console has seen of each writer."""
        check_writer_free(self.path, self.identity)
        self.refresh()
        seen: dict[str, int] = {}
        for writer, seq in self._records:
            seen[writer] = max(seen.get(writer, 0), seq)
        payload = {"epoch": self.state.lease.epoch + 1, "name": self.identity.name, "seen": seen}
        return self._append(CLAIM, payload)

    def offer(self, to_writer: str, to_name: str) -> Record:
        return self.record("lease.offer", {"to": to_writer, "to_name": to_name})

    def resolve_fenced(self, key: tuple[str, int], reapply: bool) -> None:
        """Re-apply a fenced event as a new event of this console, or discard it; either way
        it stops being listed. Only the console in control does this."""
        fenced = next((r for r in self.state.fenced if r.key == key), None)
        if fenced is None:
            return
        if reapply:
            self.record(fenced.type, fenced.payload)
        action = "reapplied" if reapply else "discarded"
        self.record("fence.resolved", {"writer": key[0], "seq": key[1], "action": action})

    def close(self) -> None:
        self.log.close()
