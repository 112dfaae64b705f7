"""Session folder tools for the command line: verify, export to one file, import (union).

None of them writes to another console's log. Verify changes nothing at all; import adds
only the events the folder does not have yet, in a file of its own, so importing the same
bundle twice changes nothing.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import shutil
import tempfile
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..domain.eventlog import Record, encode, parse_log, valid_writer_id
from ..domain.state import fold, fold_ordered, order_records
from .atomic import fsync_dir, write_atomic
from .session import unopenable
from .session_folder import EVENTS, MANIFEST, PRESENCE, SessionError, SessionFolder, check_manifest

BUNDLE_KIND = "facilitator-console-bundle"


def verify(path: Path) -> dict[str, Any]:
    """Everything a person needs to trust (or distrust) a session folder, read-only."""
    folder = SessionFolder(path)
    loaded = folder.load(repair_writer=None)
    ordered, forks = order_records(loaded.records)
    state, chain = fold_ordered(ordered)
    writers: dict[str, int] = {}
    for rec in ordered:
        writers[rec.writer] = writers.get(rec.writer, 0) + 1
    return {
        "session": str(path),
        "session_id": folder.session_id,
        "title": state.show.title,
        "writers": writers,
        "events": len(ordered),
        "owner": state.lease.owner,
        "owner_name": state.lease.owner_name,
        "epoch": state.lease.epoch,
        "fenced": [{"writer": r.writer, "seq": r.seq, "type": r.type} for r in state.fenced],
        "void_claims": sorted(f"{w}#{s}" for w, s in chain.void),
        "bad_lines": loaded.bad_lines,
        "torn_tails": loaded.torn_tails,
        "unreadable_files": [str(f.path.name) for f in loaded.files if f.error],
        "forks": forks,
        "not_applied": list(state.skipped),
        "digest": state.digest(),
        # What the app does with this folder: open it, or refuse it (and open the sample).
        "app": unopenable(state) or "opens",
    }


def read_state(path: Path) -> tuple[str, Any]:
    """The folded state of a session folder and its session id, read-only (reports, ICS).
    Raises SessionError for a folder that is not a session."""
    folder = SessionFolder(path)
    loaded = folder.load(repair_writer=None)
    ordered, _forks = order_records(loaded.records)
    state, _chain = fold_ordered(ordered)
    return folder.session_id, state


def format_report(report: dict[str, Any]) -> str:
    lines = [
        f"session   {report['title']} ({report['session_id']})",
        f"events    {report['events']} from {len(report['writers'])} writer(s): "
        + ", ".join(f"{w} {n}" for w, n in sorted(report["writers"].items())),
        f"owner     {report['owner_name'] or report['owner'] or 'nobody'} ({report['owner']}), epoch {report['epoch']}",
        f"fenced    {len(report['fenced'])}"
        + "".join(f"\n          {f['writer']}#{f['seq']} {f['type']}" for f in report["fenced"]),
        f"damaged   {report['bad_lines']} bad line(s) skipped, {report['torn_tails']} torn last line(s)",
        f"digest    {report['digest']}",
        f"app       {'opens it' if report['app'] == 'opens' else 'REFUSES it: ' + report['app']}",
    ]
    for writer in report["forks"]:
        lines.append(
            f"ERROR     the log of writer {writer} forked: two different events share a sequence number "
            "(a copied data directory?)"
        )
    return "\n".join(lines)


EXIT_OK, EXIT_FORK, EXIT_UNREADABLE, EXIT_REFUSED = 0, 1, 2, 3


def verify_exit_code(report: dict[str, Any]) -> int:
    """0 the app opens it; 1 a writer forked; 3 the app refuses it (2: not a session at all)."""
    if report["app"] != "opens":
        return EXIT_REFUSED
    return EXIT_FORK if report["forks"] else EXIT_OK


def export_bundle(path: Path, out: Path) -> int:
    """The whole session as one file (a zip of the manifest and one log per writer)."""
    folder = SessionFolder(path)
    loaded = folder.load(repair_writer=None)
    ordered, _ = order_records(loaded.records)
    by_writer: dict[str, list[Record]] = {}
    for rec in ordered:
        by_writer.setdefault(rec.writer, []).append(rec)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bundle:
        bundle.writestr("bundle.json", json.dumps({"kind": BUNDLE_KIND, "format": 1}))
        bundle.writestr(MANIFEST, (path / MANIFEST).read_bytes())
        for writer, records in sorted(by_writer.items()):
            records.sort(key=lambda r: r.seq)
            bundle.writestr(f"{EVENTS}/{writer}.jsonl", b"".join(encode(r) for r in records))
    write_atomic(out, buffer.getvalue())
    return len(ordered)


# Limits of a bundle read from elsewhere (e-mail, a share). A real session of 50,000 events
# is about 15 MB of logs that deflate about 8:1; the limits leave a wide margin above that
# and refuse a zip bomb before it fills the memory or the disk.
MAX_ENTRY_BYTES = 256 * 1024 * 1024  # uncompressed, per entry
MAX_TOTAL_BYTES = 512 * 1024 * 1024  # uncompressed, all entries together
MAX_RATIO = 200  # uncompressed / compressed, per entry and in total (past the first MiB)
MAX_SMALL_ENTRY = 1024 * 1024  # bundle.json and manifest.json
MAX_ENTRIES = 10_000
RATIO_GRACE = 1024 * 1024  # tiny entries may compress far better than a log can
_CHUNK = 1024 * 1024


class BundleRefused(SessionError):
    """A bundle that is not imported; the message names the entry and the limit."""


def _limits_check(entry: str, done: int, compressed: int, total: int, limit: int) -> None:
    """``entry`` names the bundle and the entry, for the message."""
    if done > limit:
        raise BundleRefused(f"{entry} expands to more than {limit // 1024 // 1024} MiB; it is not imported")
    if done > RATIO_GRACE and done > MAX_RATIO * max(1, compressed):
        raise BundleRefused(
            f"{entry} expands more than {MAX_RATIO} times ({compressed} bytes to over {done}): "
            "a zip bomb, not a session file"
        )
    if total > MAX_TOTAL_BYTES:
        raise BundleRefused(
            f"the bundle expands to more than {MAX_TOTAL_BYTES // 1024 // 1024} MiB; it is not imported"
        )


def _stream_entry(archive: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int, total: list[int]) -> Iterator[bytes]:
    """An entry's bytes in chunks, counting what really comes out (never the header's word)."""
    entry = f"{Path(str(archive.filename)).name}: the entry {info.filename!r}"
    done = 0
    with archive.open(info) as fh:
        while True:
            chunk = fh.read(_CHUNK)
            if not chunk:
                return
            done += len(chunk)
            total[0] += len(chunk)
            _limits_check(entry, done, info.compress_size, total[0], limit)
            yield chunk


def _read_small(archive: zipfile.ZipFile, info: zipfile.ZipInfo, total: list[int]) -> Any:
    data = b"".join(_stream_entry(archive, info, MAX_SMALL_ENTRY, total))
    return json.loads(data)


def _entry_records(archive: zipfile.ZipFile, info: zipfile.ZipInfo, total: list[int]) -> list[Record]:
    """Parse a log entry a chunk of whole lines at a time: memory holds records, not the entry."""
    records: list[Record] = []
    rest = b""
    for chunk in _stream_entry(archive, info, MAX_ENTRY_BYTES, total):
        data = rest + chunk
        end = data.rfind(b"\n") + 1
        if end:
            records += parse_log(data[:end]).records
        rest = data[end:]
        if len(rest) > 16 * _CHUNK:
            raise BundleRefused(
                f"{Path(str(archive.filename)).name}: the entry {info.filename!r} has a line longer than 16 MiB; "
                "it is not a session log"
            )
    if rest:
        records += parse_log(rest).records
    return records


def _read_bundle(bundle: Path) -> tuple[dict[str, Any], list[Record]]:
    where = bundle.name
    try:
        with zipfile.ZipFile(bundle) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_ENTRIES:
                raise BundleRefused(f"{where} has {len(infos)} entries; a session file has at most {MAX_ENTRIES}")
            by_name: dict[str, zipfile.ZipInfo] = {}
            for info in infos:
                name = info.filename
                if name in by_name:
                    raise BundleRefused(f"{where} holds the entry {name!r} twice; it is not imported")
                writer = name[len(EVENTS) + 1 : -len(".jsonl")] if name.startswith(f"{EVENTS}/") else ""
                if name not in ("bundle.json", MANIFEST) and not (name.endswith(".jsonl") and valid_writer_id(writer)):
                    raise BundleRefused(f"{where} has an entry {name[:120]!r} that a session file does not have")
                by_name[name] = info
            for required in ("bundle.json", MANIFEST):
                if required not in by_name:
                    raise BundleRefused(f"{where} is not a session file: it has no {required}")
            for info in infos:  # what the directory says, before a byte is inflated
                entry = f"{where}: the entry {info.filename!r}"
                _limits_check(entry, info.file_size, info.compress_size, 0, MAX_ENTRY_BYTES)
            declared = sum(i.file_size for i in infos)
            packed = sum(i.compress_size for i in infos)
            if declared > RATIO_GRACE and declared > MAX_RATIO * max(1, packed):
                raise BundleRefused(
                    f"{where} expands more than {MAX_RATIO} times in all ({packed} bytes to {declared}): "
                    "a zip bomb, not a session file"
                )
            if declared > MAX_TOTAL_BYTES:
                raise BundleRefused(
                    f"{where} says it expands to {declared // 1024 // 1024} MiB; "
                    f"at most {MAX_TOTAL_BYTES // 1024 // 1024} MiB are imported"
                )
            total = [0]
            info_doc = _read_small(archive, by_name["bundle.json"], total)
            if not isinstance(info_doc, dict) or info_doc.get("kind") != BUNDLE_KIND:
                raise BundleRefused(f"{where} is not a Facilitator Console session file (bundle.json)")
            fmt = info_doc.get("format")
            if fmt != 1:
                raise BundleRefused(f"{where}: the field 'format' of bundle.json is {str(fmt)[:40]!r}, not 1")
            manifest = check_manifest(_read_small(archive, by_name[MANIFEST], total), f"{where}: {MANIFEST}")
            records: list[Record] = []
            for name, info in sorted(by_name.items()):
                if name.endswith(".jsonl"):
                    records += _entry_records(archive, info, total)
    except FileNotFoundError as exc:
        raise SessionError(f"{bundle} does not exist") from exc
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, EOFError, RuntimeError) as exc:
        raise BundleRefused(f"{bundle} is not a readable session file: {exc}") from exc
    except (ValueError, zlib.error) as exc:  # JSON that does not decode, a damaged deflate stream
        raise BundleRefused(f"{bundle} is not a readable session file: {str(exc)[:200]}") from exc
    return manifest, records


def import_bundle(bundle: Path, path: Path) -> int:
    """Merge a bundle into a session folder (creating it if needed); returns events added.

    Into a new folder, an import writes a complete session that opens, or nothing: it is
    built beside the target and renamed into place only when it is whole."""
    manifest, records = _read_bundle(bundle)
    if (path / MANIFEST).exists():
        folder = SessionFolder(path)
        if folder.session_id != manifest.get("session_id"):
            raise SessionError(
                f"{bundle} belongs to another session ({manifest.get('title', '?')}), not to {path.name}"
            )
        have = {r.key: r for r in folder.load(repair_writer=None).records}
        missing = sorted((r for r in records if r.key not in have), key=lambda r: (r.writer, r.seq))
        missing = list({r.key: r for r in missing}.values())
        if not missing:
            return 0
        _write_import(path, missing)
        return len(missing)
    if path.exists() and (not path.is_dir() or any(path.iterdir())):
        raise SessionError(f"{path} exists and is not a session folder")
    unique = sorted({r.key: r for r in records}.values(), key=lambda r: (r.writer, r.seq))
    if not unique:
        raise BundleRefused(f"{bundle} has no valid event; no session folder is created")
    problem = unopenable(fold(unique))
    if problem:
        raise BundleRefused(f"{bundle}: {problem}; no session folder is created")
    path.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{path.name}.", suffix=".importing", dir=path.parent))
    try:
        (staging / EVENTS).mkdir()
        (staging / PRESENCE).mkdir()
        write_atomic(staging / MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8"))
        _write_import(staging, unique)
        SessionFolder(staging)  # reads back as a session
        if path.exists():
            path.rmdir()  # empty (checked above); a rename onto it is not portable
        os.rename(staging, path)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    fsync_dir(path.parent)
    return len(unique)


def _write_import(path: Path, records: list[Record]) -> None:
    data = b"".join(encode(r) for r in records)
    name = f"import-{hashlib.sha256(data).hexdigest()[:12]}.jsonl"
    write_atomic(path / EVENTS / name, data)
