"""One window per session per machine: an OS file lock in the per-machine data directory.

The lock is held on an open file (fcntl on POSIX, msvcrt on Windows), so the operating
system releases it when the process dies: a lock left by a crash is simply taken over.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import IO

from .session_folder import SessionError, valid_session_id


class SessionLock:
    def __init__(self, locks_dir: Path, session_id: str) -> None:
        if not valid_session_id(session_id):
            # The id comes from a file that may come from anywhere: never a path.
            raise SessionError(f"the session id {session_id[:80]!r} is not a session id; the folder is not opened")
        locks_dir.mkdir(parents=True, exist_ok=True)
        self.path = locks_dir / f"{session_id}.lock"
        self._fh: IO[str] | None = None

    def acquire(self) -> None:
        fh = open(self.path, "a+", encoding="utf-8")  # noqa: SIM115 - held for the session's life
        try:
            if sys.platform == "win32":
                import msvcrt

                fh.seek(0)
                msvcrt.locking(fh.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(fh.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            fh.seek(0)
            holder = fh.read().strip() or "another process"
            fh.close()
            raise SessionError(
                f"this session is already open on this computer ({holder}); switch to that window"
            ) from None
        fh.seek(0)
        fh.truncate()
        fh.write(f"process {os.getpid()}")
        fh.flush()
        self._fh = fh

    def release(self) -> None:
        if self._fh is not None:
            self._fh.close()
            self._fh = None
