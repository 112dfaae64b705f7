"""Keeps this console in step with the others on the shared session folder.

Watches ``events/`` and ``presence/`` (the watcher is only a hint: an atomically replaced
file silently stops being watched, so the folder is also polled every second), publishes
this console's heartbeat, tracks the other consoles and how long each has been silent,
and corrects the clock to the folder's time base.
"""

from __future__ import annotations

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from ... import __version__
from ...domain.clock import Clock
from ...services.presence import CLOCK_WARNING_S, HEARTBEAT_S, SILENCE_LAN_S, Peer, PresenceBoard
from ...services.session import Session
from ...services.session_folder import EVENTS, PRESENCE, SessionError

POLL_MS = 1000


class CoFacilitation(QObject):
    peersChanged = Signal()
    problem = Signal(str)

    def __init__(
        self, session: Session, clock: Clock, silence_s: float = SILENCE_LAN_S, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.clock = clock
        self.silence_s = silence_s
        self.board = PresenceBoard(session.path, session.identity, __version__)
        self.peers: list[Peer] = []
        self._watcher = QFileSystemWatcher(self)
        self._watch()
        self._watcher.directoryChanged.connect(lambda _p: self.poll())
        self._watcher.fileChanged.connect(lambda _p: self.poll())
        self._poll = QTimer(self)
        self._poll.setInterval(POLL_MS)
        self._poll.timeout.connect(self.poll)
        self._beat = QTimer(self)
        self._beat.setInterval(int(HEARTBEAT_S * 1000))
        self._beat.timeout.connect(self.heartbeat)

    def _watch(self) -> None:
        for sub in (EVENTS, PRESENCE):
            folder = self.session.path / sub
            folder.mkdir(exist_ok=True)
            if str(folder) not in self._watcher.directories():
                self._watcher.addPath(str(folder))
        for path in self.session.folder.log_files():
            if str(path) not in self._watcher.files():
                self._watcher.addPath(str(path))

    def start(self) -> None:
        self.heartbeat()
        self._poll.start()
        self._beat.start()

    def stop(self) -> None:
        self._poll.stop()
        self._beat.stop()
        self.board.remove()

    @property
    def role(self) -> str:
        return "in control" if self.session.in_control else "following"

    def heartbeat(self) -> None:
        local = getattr(self.clock, "local", None)
        wall = local() if callable(local) else self.clock.now().timestamp()
        try:
            # Only a real clock is measured against the folder's (a test clock is not wall time).
            self.board.publish(self.role, self.session.state.lease.epoch, wall, measure=callable(local))
        except OSError as exc:
            self.problem.emit(self.tr("Cannot write to the session folder: %1").replace("%1", str(exc)))
            return
        if hasattr(self.clock, "offset_s"):
            self.clock.offset_s = self.board.clock_offset_s
        self._update_peers()

    def poll(self) -> None:
        try:
            self.session.refresh()
        except SessionError as exc:
            self.problem.emit(str(exc))
        self._watch()
        self._update_peers()

    def _update_peers(self) -> None:
        peers = self.board.peers(self.clock.monotonic())
        if [(p.writer, p.role, int(p.silent_s)) for p in peers] != [
            (p.writer, p.role, int(p.silent_s)) for p in self.peers
        ]:
            self.peers = peers
            self.peersChanged.emit()

    def owner_peer(self) -> Peer | None:
        owner = self.session.state.lease.owner
        return next((p for p in self.peers if p.writer == owner), None)

    def owner_silent_s(self) -> float | None:
        """How long the console in control has been silent; None when it is us."""
        if self.session.in_control:
            return None
        peer = self.owner_peer()
        if peer is None:
            return float("inf")  # no heartbeat at all from the console in control
        return peer.silent_s

    def takeover_offered(self) -> bool:
        silent = self.owner_silent_s()
        return silent is not None and silent >= self.silence_s

    def clock_warning(self) -> str:
        offset = self.board.clock_offset_s
        if abs(offset) > CLOCK_WARNING_S:
            return self.tr(
                "This computer's clock is %1 s off the shared folder's; timers use the shared time."
            ).replace("%1", f"{-offset:+.0f}")
        return ""
