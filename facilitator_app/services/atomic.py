"""Durable file writes: append with fsync, replace atomically via a temporary file."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def fsync_dir(path: Path) -> None:
    """Make a new or renamed directory entry durable (a no-op where unsupported)."""
    if os.name == "nt":
        return
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def _read_umask() -> int:
    mask = os.umask(0o022)  # (reading it means setting it: put straight back)
    os.umask(mask)
    return mask


_UMASK = _read_umask()  # once, at import: before any thread could be creating files


def write_atomic(path: Path, data: bytes, *, private: bool = False) -> None:
    """Readers see the old file or the new one, never a torn one. The file gets the
    permissions any new file gets (a colleague reads the session folder, an export, a report);
    ``private`` keeps it to its owner (this machine's settings and identity)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        if not private and os.name != "nt":
            os.fchmod(fd, 0o666 & ~_UMASK)  # mkstemp makes it 0600
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_dir(path.parent)


def remove_stale_temporaries(folder: Path) -> int:
    """Delete temporary files left by a writer killed between write and replace."""
    removed = 0
    if not folder.is_dir():
        return 0
    for tmp in folder.glob(".*.tmp"):
        with contextlib.suppress(OSError):
            tmp.unlink()
            removed += 1
    return removed
