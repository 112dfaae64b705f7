"""The line format of a session's event logs: canonical JSON with a checksum.

One line is one event: ``{"at","c","e","l","p","s","t","w"}`` (wall time written, checksum,
lease epoch, Lamport clock, payload, per-writer sequence, type, writer id), serialised
with sorted keys and no spaces, UTF-8, ending in a newline. The checksum covers every
other field, so a torn or altered line is recognised and skipped. Decoding never raises.
"""

from __future__ import annotations

import json
import re
from typing import Any, NamedTuple

from .digest import sha256_hex
from .frozen import Frozen, record

FORMAT_VERSION = 1
_WRITER = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_KEYS = frozenset({"w", "s", "l", "e", "t", "p", "at", "c"})
_GOOD_WRITERS: set[str] = set()  # writer ids already seen to be well formed


def canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def _checksum(body: dict[str, Any]) -> str:
    return sha256_hex(canonical(body))[:20]


def valid_writer_id(writer: str) -> bool:
    return bool(_WRITER.match(writer))


class Record(NamedTuple):
    """One event. A named tuple, not a dataclass: a session holds tens of thousands."""

    writer: str
    seq: int  # 1, 2, 3, ... per writer
    lamport: int  # greater than every event the writer had seen
    epoch: int  # the lease epoch the writer believed in when writing
    type: str
    payload: dict[str, Any]
    at: str  # wall-clock time of writing, informative only
    checksum: str

    @property
    def key(self) -> tuple[str, int]:
        return (self.writer, self.seq)

    @property
    def order(self) -> tuple[int, str, int]:
        return (self.lamport, self.writer, self.seq)


def _body(
    writer: str, seq: int, lamport: int, epoch: int, type_: str, payload: dict[str, Any], at: str
) -> dict[str, Any]:
    return {"w": writer, "s": seq, "l": lamport, "e": epoch, "t": type_, "p": payload, "at": at}


def make_record(
    writer: str, seq: int, lamport: int, epoch: int, type_: str, payload: dict[str, Any], at: str
) -> Record:
    if not valid_writer_id(writer):
        raise ValueError(f"bad writer id {writer!r}")
    body = _body(writer, seq, lamport, epoch, type_, payload, at)
    return Record(writer, seq, lamport, epoch, type_, payload, at, _checksum(body))


def encode(record: Record) -> bytes:
    body = _body(record.writer, record.seq, record.lamport, record.epoch, record.type, record.payload, record.at)
    body["c"] = record.checksum
    return canonical(body) + b"\n"


def decode(line: bytes) -> Record | None:
    """A record from one line (with or without its newline), or None if it is not a valid one."""
    try:
        obj = json.loads(line)
    except (ValueError, RecursionError):
        return None
    return _from_object(obj, line)


def _from_object(obj: Any, line: bytes, *, canonical_only: bool = False) -> Record | None:
    if type(obj) is not dict or obj.keys() != _KEYS:
        return None
    writer, seq, lamport, epoch = obj["w"], obj["s"], obj["l"], obj["e"]
    type_, payload, at, checksum = obj["t"], obj["p"], obj["at"], obj["c"]
    if type(seq) is not int or type(lamport) is not int or type(epoch) is not int:
        return None
    if seq < 1 or lamport < 1 or epoch < 0:
        return None
    if type(type_) is not str or type(payload) is not dict or type(at) is not str or type(checksum) is not str:
        return None
    if type(writer) is not str:
        return None
    if writer not in _GOOD_WRITERS:
        if not valid_writer_id(writer):
            return None
        _GOOD_WRITERS.add(writer)
    if not _fast_check(line, at, checksum):
        if canonical_only:
            return None
        try:
            expected = _checksum(_body(writer, seq, lamport, epoch, type_, payload, at))
        except (ValueError, RecursionError):
            return None
        if expected != checksum:
            return None
    return Record(writer, seq, lamport, epoch, type_, payload, at, checksum)


def _fast_check(line: bytes, at: str, checksum: str) -> bool:
    """Verify a canonically written line without serialising it again.

    Keys are sorted, so a canonical line is ``{"at":…,"c":"<sum>",<rest>``; the body the
    checksum covers is the same bytes without the ``"c"`` member. Lines written any other
    way fall back to the slow check.
    """
    if '"' in at or "\\" in at or not at.isprintable():
        quoted = json.dumps(at, ensure_ascii=False).encode("utf-8")
    else:
        quoted = b'"' + at.encode("utf-8") + b'"'
    head = b'{"at":' + quoted + b',"c":"'
    if not line.startswith(head):
        return False
    end = len(head) + len(checksum)
    if line[end : end + 2] != b'",':
        return False
    body = head[:-5] + line[end + 2 :].rstrip(b"\n")
    return sha256_hex(body)[:20] == checksum


def _parse_all(lines: list[bytes]) -> list[Any] | None:
    """All lines in one JSON parse (much faster than one call a line); None if any is bad."""
    if not lines:
        return []
    try:
        objects = json.loads(b"[" + b",".join(lines) + b"]")
    except (ValueError, RecursionError):
        return None
    # A line holding two values ("{..},{..}") would shift everything after it.
    return objects if isinstance(objects, list) and len(objects) == len(lines) else None


@record
class ParseResult(Frozen):
    """What was read from a log file's bytes, and what could not be (bad lines, an interrupted last append)."""

    records: list[Record]
    bad_lines: int  # complete lines that failed to decode (skipped)
    torn_tail: bool  # the data did not end in a newline: an interrupted append
    good_length: int  # bytes up to and including the last newline


def parse_log(data: bytes) -> ParseResult:
    """Every valid record in a log's bytes; bad lines are counted and skipped."""
    records: list[Record] = []
    bad = 0
    end = data.rfind(b"\n") + 1
    torn = end < len(data)
    lines = [line for line in data[:end].split(b"\n") if line]
    objects = _parse_all(lines)
    for i, line in enumerate(lines):
        rec = None if objects is None else _from_object(objects[i], line, canonical_only=True)
        if rec is None:  # judged again on its own bytes alone
            rec = decode(line)
        if rec is None:
            bad += 1
        else:
            records.append(rec)
    if torn:
        # A final line without its newline may still be whole (written, newline lost);
        # only a line that checks out is kept.
        rec = decode(data[end:])
        if rec is not None:
            records.append(rec)
    return ParseResult(records, bad, torn, end)
