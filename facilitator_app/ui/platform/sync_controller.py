"""Runs platform sync in the background of the one qasync loop: a cycle every few seconds
(read the meeting, pull the roster into the cache, send the outbox), never blocking the UI.

For the rehearsal platform it also starts the local server, and plays the host's part:
when a breakout segment goes live the rooms open, when it ends they close.
"""

from __future__ import annotations

import asyncio
import contextlib
import secrets
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from ...domain.model import SegmentKind
from ...domain.state import SessionState
from ...services.outbox import Outbox
from ...services.platforms import registry
from ...services.platforms.base import PlatformError
from ...services.platforms.registry import MeetingIdError
from ...services.platforms.rehearsal import RehearsalClient
from ...services.rehearsal_server import RehearsalPlatform, RehearsalServer
from ...services.sync import CycleReport, RehearsalSync

CYCLE_MS = 5000
REHEARSAL_TOKEN = secrets.token_urlsafe(24)  # per run: another local user cannot read the roster


class SyncController(QObject):
    updated = Signal(object)  # CycleReport
    rosterChanged = Signal(list)

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.server: RehearsalServer | None = None
        self.client: RehearsalClient | None = None
        self.outbox: Outbox | None = None
        self.sync: RehearsalSync | None = None
        self.kind = "rehearsal"
        self.meeting = ""
        self.base_urls: dict[str, str] = {}  # per platform; empty: the public API
        self._remote: Any = None
        self._remote_token = ""
        self.last: CycleReport | None = None
        self._task: asyncio.Task[Any] | None = None  # a strong reference: qasync keeps none
        self._timer = QTimer(self)
        self._timer.setInterval(CYCLE_MS)
        self._timer.timeout.connect(self.schedule)

    @property
    def platform_name(self) -> str:
        return QCoreApplication.translate("platforms", registry.get(self.kind).name)

    # The command layer's PlatformPort: a durable queue to the platform of the session.

    def ready(self) -> bool:
        return self.outbox is not None

    def queue(self, type_: str, payload: dict[str, Any], key: str | None = None) -> None:
        assert self.outbox is not None
        self.outbox.add(self.kind, type_, payload, key=key)
        self.schedule()

    def sync_now(self) -> None:
        self.schedule()

    def use_platform(self, platform: str, meeting: str) -> None:
        """Follow the session's platform link: the next cycle talks to that platform."""
        if (platform, meeting) == (self.kind, self.meeting):
            return
        self.kind, self.meeting = platform, meeting
        if platform != "rehearsal":
            self._remote = None  # built on the next cycle, with a fresh token

    def linked_meeting(self) -> str:
        """The meeting id the session's link should now carry ('' : as it is)."""
        return self._remote.linked_meeting() if self._remote is not None else ""

    def updates_used(self) -> tuple[int, int] | None:
        """Meeting updates sent today and the platform's daily limit, where it has one."""
        limit = registry.get(self.kind).daily_updates
        if not limit or self._remote is None or not hasattr(self._remote, "updates_used"):
            return None
        return int(self._remote.updates_used(time.time())), limit

    async def _remote_sync(self, now: float) -> Any:
        """The client for a real platform, with a token from the keychain (or environment)."""
        from ...services.secrets import SecretStore
        from ...services.signin import TokenManager

        tokens = TokenManager(self.kind, SecretStore())
        token = await tokens.access_token(now)
        if self._remote is not None and self._remote_token == token:
            return self._remote
        if self._remote is not None:
            await self._remote.client.aclose()
        if self.outbox is None:
            self.outbox = Outbox(self.data_dir / "cache.sqlite3")
        base = self.base_urls.get(self.kind)
        if not self.meeting:
            raise PlatformError(self.tr("No meeting is linked: Platform → Link meeting…"))
        make = registry.get(self.kind).make
        assert make is not None
        try:
            _client, self._remote = make(token, base or "", self.meeting, self.outbox, tokens.refresher())
        except MeetingIdError as exc:
            raise PlatformError(str(exc)) from None
        self._remote_token = token
        return self._remote

    def start_rehearsal(self, state: SessionState, seed: int = 1, meeting_elapsed_s: float = 0.0) -> None:
        platform = RehearsalPlatform.from_state(state, seed, token=REHEARSAL_TOKEN)
        platform.started -= meeting_elapsed_s
        self.server = RehearsalServer(platform).start()
        self.client = RehearsalClient(self.server.url, REHEARSAL_TOKEN, timeout=5.0)
        self.outbox = Outbox(self.data_dir / "cache.sqlite3")
        self.sync = RehearsalSync(self.client, self.outbox)
        self._relaunch_open_polls(state)

    def _relaunch_open_polls(self, state: SessionState) -> None:
        """A poll the session has open runs on this new rehearsal platform too (after a
        restart, or on the console that took over), so its answers keep coming."""
        from ...domain.poll_sync import rehearsal_options
        from ...domain.polls import PollStatus

        assert self.outbox is not None
        for ps in state.polls.values():
            if ps.status is PollStatus.OPEN:
                payload = {"poll_id": ps.poll.id, "title": ps.poll.name, "options": rehearsal_options(ps)}
                self.outbox.add("rehearsal", "poll.launch", payload)

    def start(self) -> None:
        self._timer.start()
        self.schedule()

    def schedule(self) -> None:
        if (self.sync is None and self.kind == "rehearsal") or (self._task is not None and not self._task.done()):
            return
        self._task = asyncio.ensure_future(self.cycle())

    async def cycle(self) -> CycleReport:
        now = time.time()
        if self.kind == "rehearsal":
            assert self.sync is not None
            report = await self.sync.cycle(now)
        else:
            try:
                report = await (await self._remote_sync(now)).cycle(now)
            except PlatformError as exc:
                report = CycleReport(error=str(exc))
                report.drain.waiting = self.outbox.waiting(self.kind) if self.outbox else 0
        self.last = report
        # The roster first: what is told of the cycle (presence recorded from it) uses this one read.
        cached = self.outbox.cache_get(f"roster/{self.kind}") if self.outbox else None
        if cached is not None:
            self.rosterChanged.emit(cached[0])
        self.updated.emit(report)
        return report

    async def host_action(self, path: str) -> None:
        """The host client's part, played for the rehearsal platform."""
        if self.client is not None:
            with contextlib.suppress(PlatformError):
                await self.client.request("POST", path)

    def on_state(self, old: SessionState, new: SessionState) -> None:
        """Open the rooms when a breakout segment goes live, close them when it ends."""
        if self.client is None or (old.live.segment_id == new.live.segment_id and old.live.status == new.live.status):
            return
        was = old.show.segment(old.live.segment_id or "") if old.live.active else None
        now = new.show.segment(new.live.segment_id or "") if new.live.active else None
        if was is not None and was.kind is SegmentKind.BREAKOUT and (now is None or now.id != was.id):
            self._spawn("/v1/breakout/close")
        if now is not None and now.kind is SegmentKind.BREAKOUT and (was is None or was.id != now.id):
            self._spawn("/v1/breakout/open")

    def _spawn(self, path: str) -> None:
        coro = self.host_action(path)
        try:
            self._host_task = asyncio.ensure_future(coro)  # kept: the loop holds only weak references
        except RuntimeError:  # no event loop (headless use): nothing to play
            coro.close()

    async def aclose(self) -> None:
        self._timer.stop()
        if self._task is not None and not self._task.done():
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        if self.client is not None:
            await self.client.aclose()
        if self._remote is not None:
            await self._remote.client.aclose()
        if self.server is not None:
            self.server.stop()
        if self.outbox is not None:
            self.outbox.close()
