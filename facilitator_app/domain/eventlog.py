"""The line format of a session's event logs: canonical JSON with a checksum.

One line is one event: ``{"at","c","e","l","p","s","t","w"}`` (wall time written, checksum,
lease epoch, Lamport clock, payload, per-writer sequence, type, writer id), serialised
with sorted keys and no spaces, UTF-8, ending in a newline. The checksum covers every
other field, so a torn or altered line is recognised and skipped. Decoding never raises.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from typing import Any

FORMAT_VERSION = 1
_WRITER = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


def canonical(obj: Any) -> bytes:
    return json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode("utf-8")


def _checksum(body: dict[str, Any]) -> str:
    return hashlib.sha256(canonical(body)).hexdigest()[:20]


def valid_writer_id(writer: str) -> bool:
    return bool(_WRITER.match(writer))


@dataclass(frozen=True, slots=True)
class Record:
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


def _is_int(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def decode(line: bytes) -> Record | None:
    """A record from one line (with or without its newline), or None if it is not a valid one."""
    try:
        obj = json.loads(line)
    except (ValueError, RecursionError):
        return None
    if not isinstance(obj, dict) or set(obj) != {"w", "s", "l", "e", "t", "p", "at", "c"}:
        return None
    writer, seq, lamport, epoch = obj["w"], obj["s"], obj["l"], obj["e"]
    type_, payload, at, checksum = obj["t"], obj["p"], obj["at"], obj["c"]
    if not (isinstance(writer, str) and valid_writer_id(writer)):
        return None
    if not (_is_int(seq) and seq >= 1 and _is_int(lamport) and lamport >= 1 and _is_int(epoch) and epoch >= 0):
        return None
    if not (isinstance(type_, str) and isinstance(payload, dict) and isinstance(at, str) and isinstance(checksum, str)):
        return None
    try:
        expected = _checksum(_body(writer, seq, lamport, epoch, type_, payload, at))
    except (ValueError, RecursionError):
        return None
    if expected != checksum:
        return None
    return Record(writer, seq, lamport, epoch, type_, payload, at, checksum)


@dataclass(frozen=True, slots=True)
class ParseResult:
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
    for line in data[:end].split(b"\n"):
        if not line:
            continue
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
