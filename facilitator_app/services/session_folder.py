"""The session folder on disk: manifest, one append-only event log per writer.

    Kickoff.fcsession/
      manifest.json             session id, format version; written once
      events/<writer>.jsonl     append-only, written only by that writer
      presence/<writer>.json    heartbeat (co-facilitation)
      snapshots/                optional compaction points

Every ``*.jsonl`` file under ``events/`` is read, whatever its name, so a sync client's
conflict copy or an older copy is merged by union. Only this console's own log is ever
written or repaired here.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain.eventlog import FORMAT_VERSION, Record, encode, make_record, parse_log
from .atomic import fsync_dir, remove_stale_temporaries, write_atomic

MANIFEST = "manifest.json"
EVENTS = "events"
PRESENCE = "presence"
SNAPSHOTS = "snapshots"
MANIFEST_KIND = "facilitator-console-session"


class SessionError(Exception):
    """A session folder that cannot be used, with a message that names the problem."""


# The app writes uuid4().hex; any id read from disk becomes a file name (locks/<id>.lock),
# so it is held to a name that can be nothing but a plain file name.
_SESSION_ID = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def valid_session_id(value: object) -> bool:
    return isinstance(value, str) and bool(_SESSION_ID.match(value))


def check_manifest(data: object, where: str) -> dict[str, Any]:
    """The manifest's fields as the app writes them, or a SessionError naming the field."""
    if not isinstance(data, dict) or data.get("kind") != MANIFEST_KIND:
        raise SessionError(f"{where} is not a Facilitator Console session manifest")
    session_id = data.get("session_id")
    if not valid_session_id(session_id):
        raise SessionError(
            f"{where}: the field 'session_id' is {str(session_id)[:80]!r}, not a session id "
            "(1 to 64 letters, digits, '-' or '_')"
        )
    fmt = data.get("format", 1)
    if isinstance(fmt, bool) or not isinstance(fmt, int) or fmt < 1:
        raise SessionError(f"{where}: the field 'format' is {str(fmt)[:40]!r}, not a format number")
    if fmt > FORMAT_VERSION:
        raise SessionError(f"{where} was written by a newer version (format {fmt}); update the console to open it")
    title = data.get("title", "")
    if not isinstance(title, str):
        raise SessionError(f"{where}: the field 'title' is not text")
    return data


@dataclass(slots=True)
class FileReport:
    """How reading one of the session's log files went: what it held, and what was wrong or repaired."""

    path: Path
    records: int = 0
    bad_lines: int = 0
    torn_tail: bool = False
    repaired: bool = False
    error: str = ""
    good_length: int = 0  # bytes read up to the last whole line


@dataclass(slots=True)
class LoadResult:
    """The records read from a session folder, with a report on each file."""

    records: list[Record]
    files: list[FileReport] = field(default_factory=list)

    @property
    def bad_lines(self) -> int:
        return sum(f.bad_lines for f in self.files)

    @property
    def torn_tails(self) -> int:
        return sum(1 for f in self.files if f.torn_tail)


class SessionFolder:
    def __init__(self, path: Path) -> None:
        self.path = path
        self.manifest = self._read_manifest()

    @property
    def events_dir(self) -> Path:
        return self.path / EVENTS

    @property
    def session_id(self) -> str:
        return str(self.manifest["session_id"])

    def log_path(self, writer: str) -> Path:
        return self.events_dir / f"{writer}.jsonl"

    @staticmethod
    def is_session(path: Path) -> bool:
        return (path / MANIFEST).is_file()

    @classmethod
    def create(cls, path: Path, title: str) -> SessionFolder:
        if path.exists() and any(path.iterdir()):
            raise SessionError(f"{path} already exists and is not empty; choose a new folder for the session")
        (path / EVENTS).mkdir(parents=True, exist_ok=True)
        (path / PRESENCE).mkdir(exist_ok=True)
        manifest = {
            "kind": MANIFEST_KIND,
            "format": FORMAT_VERSION,
            # 32 hex digits, as secrets.token_hex(16) or uuid4().hex (which import hashlib, platform)
            "session_id": os.urandom(16).hex(),
            "title": title,
        }
        write_atomic(path / MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8"))
        fsync_dir(path.parent)
        return cls(path)

    def _read_manifest(self) -> dict[str, Any]:
        if not self.path.is_dir():
            raise SessionError(f"{self.path} is not a folder")
        manifest_path = self.path / MANIFEST
        if not manifest_path.is_file():
            raise SessionError(f"{self.path} is not a session folder: it has no {MANIFEST}")
        try:
            data = json.loads(manifest_path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise SessionError(f"{manifest_path} cannot be read: {exc}") from exc
        return check_manifest(data, str(manifest_path))

    def log_files(self) -> list[Path]:
        if not self.events_dir.is_dir():
            return []
        return sorted(p for p in self.events_dir.iterdir() if p.suffix == ".jsonl" and p.is_file())

    def load(self, repair_writer: str | None = None) -> LoadResult:
        """Read every log; repair the torn tail of ``repair_writer``'s own log."""
        result = LoadResult(records=[])
        own = self.log_path(repair_writer) if repair_writer else None
        if own is not None:
            remove_stale_temporaries(self.path / PRESENCE)
            remove_stale_temporaries(self.path / SNAPSHOTS)
        for path in self.log_files():
            report = FileReport(path)
            try:
                data = path.read_bytes()
            except OSError as exc:
                report.error = f"cannot read: {exc}"
                result.files.append(report)
                continue
            parsed = parse_log(data)
            report.records = len(parsed.records)
            report.bad_lines = parsed.bad_lines
            report.torn_tail = parsed.torn_tail
            report.good_length = parsed.good_length
            if own is not None and path == own and parsed.torn_tail:
                report.repaired = self._repair(path, data, parsed.good_length, parsed.records)
                if report.repaired:
                    report.good_length = path.stat().st_size
            result.records.extend(parsed.records)
            result.files.append(report)
        return result

    def read_from(self, path: Path, start: int) -> tuple[list[Record], int] | None:
        """Records in a log from byte ``start`` on (whole lines only) and the bytes they span."""
        try:
            with open(path, "rb") as fh:
                fh.seek(start)
                data = fh.read()
        except OSError:
            return None
        end = data.rfind(b"\n") + 1
        return parse_log(data[:end]).records, end

    @staticmethod
    def _repair(path: Path, data: bytes, good_length: int, records: list[Record]) -> bool:
        """Cut an interrupted last line, or finish a whole line that lost only its newline."""
        tail_is_record = bool(records) and encode(records[-1]).rstrip(b"\n") == data[good_length:]
        try:
            with open(path, "r+b") as fh:
                if tail_is_record:
                    fh.seek(0, os.SEEK_END)
                    fh.write(b"\n")
                else:
                    fh.truncate(good_length)
                fh.flush()
                os.fsync(fh.fileno())
        except OSError:
            return False
        return True


class EventLog:
    """This console's own append-only log. ``append`` returns once the line is on disk."""

    def __init__(self, folder: SessionFolder, writer: str, next_seq: int, lamport: int) -> None:
        self.folder = folder
        self.writer = writer
        self.next_seq = next_seq
        self.lamport = lamport
        self._path = folder.log_path(writer)
        self._fd: int | None = None
        self._size = 0

    def _open(self) -> int:
        if self._fd is None:
            existed = self._path.exists()
            self._path.parent.mkdir(parents=True, exist_ok=True)
            flags = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_BINARY", 0)
            self._fd = os.open(self._path, flags, 0o644)
            self._size = os.fstat(self._fd).st_size
            if not existed:
                fsync_dir(self._path.parent)
        return self._fd

    def observe(self, lamport: int) -> None:
        """Another writer's event was seen: our next event must order after it."""
        self.lamport = max(self.lamport, lamport)

    def append(self, type_: str, payload: dict[str, Any], epoch: int, at: str) -> Record:
        record = make_record(self.writer, self.next_seq, self.lamport + 1, epoch, type_, payload, at)
        line = encode(record)
        try:
            fd = self._open()
            written = os.write(fd, line)
            if written != len(line):
                raise OSError(f"short write ({written} of {len(line)} bytes)")
            os.fsync(fd)
        except OSError as exc:
            self._undo_partial_write()
            raise SessionError(f"could not save to {self._path}: {exc}") from exc
        self._size += len(line)
        self.next_seq += 1
        self.lamport += 1
        return record

    def _undo_partial_write(self) -> None:
        # A half-written line must not glue itself to the next append.
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.ftruncate(self._fd, self._size)
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None

    def close(self) -> None:
        if self._fd is not None:
            with contextlib.suppress(OSError):
                os.close(self._fd)
            self._fd = None
