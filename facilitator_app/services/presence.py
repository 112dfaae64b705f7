"""Who is connected: each console's heartbeat file in the session's ``presence/`` folder.

Every console (in control or following) rewrites ``presence/<writer>.json`` every few
seconds, atomically, with a counter that goes up each time. Silence is judged by this
console's own monotonic clock since another console's counter last changed, never by
file times or another machine's wall clock.

The same write gives a shared time base: the file's modification time is stamped by the
machine that holds the folder (the file server for a share), so ``mtime - our clock``
estimates how far this computer's clock is from the folder's. Timers use that reference,
so two consoles show the same countdown even when their clocks differ by minutes.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
import time
from pathlib import Path
from typing import Any

from ..domain.eventlog import valid_writer_id
from ..domain.frozen import Frozen, record
from .atomic import write_atomic
from .identity import Identity, hostname
from .session_folder import PRESENCE, SessionError

HEARTBEAT_S = 2.0
# How long the console in control may be silent before a follower is offered to take over.
SILENCE_LAN_S = 15.0  # a local disk or an SMB share: heartbeats arrive within a second or two
SILENCE_CLOUD_S = 90.0  # OneDrive/SharePoint/Dropbox deliver files in tens of seconds
CLOCK_WARNING_S = 2.0
# A heartbeat of our own writer id from another process counts as live this long after
# its last write (another host: as long as a cloud folder may take to deliver it).
LIVE_SAME_HOST_S = 30.0
LIVE_OTHER_HOST_S = SILENCE_CLOUD_S
INSTANCE = os.urandom(8).hex()  # this process, in every heartbeat it writes


class WriterInUse(SessionError):
    """Another live process writes as this console's writer id (a copied data directory)."""


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if sys.platform == "win32":  # no signal 0 on Windows: ask for the process's exit code
        import ctypes

        kernel = ctypes.WinDLL("kernel32", use_last_error=True)
        handle = kernel.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return ctypes.get_last_error() == 5  # access denied: it exists (another user's)
        try:
            code = ctypes.c_ulong()
            return bool(kernel.GetExitCodeProcess(handle, ctypes.byref(code))) and code.value == 259  # STILL_ACTIVE
        finally:
            kernel.CloseHandle(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    except OSError:
        return False
    return True


def check_writer_free(folder: Path, identity: Identity, now_wall: float | None = None) -> None:
    """Refuse to write as ``identity`` when the session's heartbeat for that writer id comes
    from another live process or another computer: two writers with one id fork the log."""
    path = folder / PRESENCE / f"{identity.writer_id}.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        age = (time.time() if now_wall is None else now_wall) - path.stat().st_mtime
    except (OSError, ValueError):
        return
    if not isinstance(data, dict) or data.get("instance") in (None, INSTANCE):
        return  # ours, or written by a version that did not say whose it was
    host, pid = str(data.get("host", "")), data.get("pid")
    here = hostname()
    if host == here:
        if not isinstance(pid, int) or pid == os.getpid() or not _pid_alive(pid) or age > LIVE_SAME_HOST_S:
            return
        where = f"process {pid} on this computer"
    else:
        if age > LIVE_OTHER_HOST_S:
            return
        where = f"process {pid} on the computer {host!r}"
    raise WriterInUse(
        f"another console ({where}, heard {max(0.0, age):.0f} s ago) writes to this session as the same writer "
        f"{identity.writer_id!r}; two consoles with one identity would fork the session's log. Its data "
        "directory was probably copied: give this console its own identity (remove identity.json from this "
        "console's data directory, or start it with --data-dir NEW_FOLDER) and open the session again"
    )


@record
class Peer(Frozen):
    """Another console as its heartbeat file shows it: who it is, its role, and how long it has been silent."""

    writer: str
    name: str
    role: str  # "in control" | "following"
    counter: int
    clock_offset_s: float
    silent_s: float  # by our monotonic clock since the counter last changed
    version: str


class PresenceBoard:
    def __init__(self, folder: Path, identity: Identity, version: str) -> None:
        self.dir = folder / PRESENCE
        self.identity = identity
        self.version = version
        self.counter = 0
        self._offsets: list[float] = []
        self._heard: dict[str, tuple[int, float]] = {}  # writer -> (counter, monotonic when it changed)

    @property
    def path(self) -> Path:
        return self.dir / f"{self.identity.writer_id}.json"

    def publish(self, role: str, epoch: int, wall_now: float, *, measure: bool = True) -> None:
        """Write our heartbeat; measure the folder's clock against ours from its mtime."""
        self.counter += 1
        data: dict[str, Any] = {
            "writer": self.identity.writer_id,
            "name": self.identity.name,
            "role": role,
            "counter": self.counter,
            "epoch": epoch,
            "wall": wall_now,
            "clock_offset_s": round(self.clock_offset_s, 3),
            "version": self.version,
            "host": hostname(),
            "pid": os.getpid(),
            "instance": INSTANCE,
        }
        before = time.time()
        write_atomic(self.path, json.dumps(data).encode("utf-8"))
        after = time.time()
        try:
            mtime = os.stat(self.path).st_mtime
        except OSError:
            return
        if measure and mtime != int(mtime):  # file systems with 1-2 s resolution (FAT) give no usable offset
            # Our clock may be skewed: what matters is the folder's time minus ours.
            skew = wall_now - before
            self._offsets.append(mtime - (before + after) / 2 - skew)
            self._offsets = self._offsets[-15:]

    @property
    def clock_offset_s(self) -> float:
        """Seconds to add to this console's clock to get the folder's (the reference)."""
        # The median, by hand: `statistics` (with fractions and decimal) costs 7 ms of start-up.
        xs = sorted(self._offsets)
        if not xs:
            return 0.0
        mid = len(xs) // 2
        return xs[mid] if len(xs) % 2 else (xs[mid - 1] + xs[mid]) / 2

    def peers(self, monotonic_now: float) -> list[Peer]:
        peers = []
        try:
            files = sorted(self.dir.glob("*.json"))
        except OSError:
            return []
        for path in files:
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                writer = str(data["writer"])
                counter = int(data["counter"])
            except (OSError, ValueError, KeyError, TypeError):
                continue  # a damaged heartbeat is simply not counted
            if not valid_writer_id(writer) or writer != path.stem:
                continue  # a heartbeat must be its writer's own file, with a well-formed id
            if writer == self.identity.writer_id:
                continue
            last = self._heard.get(writer)
            if last is None or last[0] != counter:
                self._heard[writer] = (counter, monotonic_now)
            changed_at = self._heard[writer][1]
            peers.append(
                Peer(
                    writer=writer,
                    name=str(data.get("name", writer)),
                    role=str(data.get("role", "")),
                    counter=counter,
                    clock_offset_s=float(data.get("clock_offset_s", 0.0)),
                    silent_s=monotonic_now - changed_at,
                    version=str(data.get("version", "")),
                )
            )
        return peers

    def remove(self) -> None:
        with contextlib.suppress(OSError):
            self.path.unlink()


CLOUD_FOLDER_HINTS = ("onedrive", "sharepoint", "dropbox", "google drive", "googledrive", "icloud", "box sync")


def looks_cloud_synced(folder: Path) -> bool:
    """A folder under a sync client's root (by name): files arrive in tens of seconds."""
    return any(hint in part.lower() for part in folder.resolve().parts for hint in CLOUD_FOLDER_HINTS)


def takeover_silence_s(folder: Path, settings: Any) -> float:
    """The silence after which a follower is offered to take control, from the settings:
    LAN/local folders and cloud-synced folders have separate thresholds."""
    kind = getattr(settings, "folder_kind", "auto")
    cloud = kind == "cloud" or (kind == "auto" and looks_cloud_synced(folder))
    return float(getattr(settings, "takeover_cloud_s" if cloud else "takeover_lan_s"))
