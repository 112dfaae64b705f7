"""Session folder tools for the command line: verify, export to one file, import (union).

None of them writes to another console's log. Verify changes nothing at all; import adds
only the events the folder does not have yet, in a file of its own, so importing the same
bundle twice changes nothing.
"""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from pathlib import Path
from typing import Any

from ..domain.eventlog import Record, encode, parse_log
from ..domain.state import fold_ordered, order_records
from .atomic import write_atomic
from .session_folder import EVENTS, MANIFEST, PRESENCE, SessionError, SessionFolder

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
    }


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
    ]
    for writer in report["forks"]:
        lines.append(
            f"ERROR     the log of writer {writer} forked: two different events share a sequence number "
            "(a copied data directory?)"
        )
    return "\n".join(lines)


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


def _read_bundle(bundle: Path) -> tuple[dict[str, Any], list[Record]]:
    try:
        with zipfile.ZipFile(bundle) as archive:
            info = json.loads(archive.read("bundle.json"))
            if info.get("kind") != BUNDLE_KIND:
                raise SessionError(f"{bundle} is not a Facilitator Console session file")
            manifest = json.loads(archive.read(MANIFEST))
            records: list[Record] = []
            for name in archive.namelist():
                if name.startswith(f"{EVENTS}/") and name.endswith(".jsonl"):
                    records += parse_log(archive.read(name)).records
    except FileNotFoundError as exc:
        raise SessionError(f"{bundle} does not exist") from exc
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise SessionError(f"{bundle} is not a readable session file: {exc}") from exc
    return manifest, records


def import_bundle(bundle: Path, path: Path) -> int:
    """Merge a bundle into a session folder (creating it if needed); returns events added."""
    manifest, records = _read_bundle(bundle)
    if (path / MANIFEST).exists():
        folder = SessionFolder(path)
        if folder.session_id != manifest.get("session_id"):
            raise SessionError(
                f"{bundle} belongs to another session ({manifest.get('title', '?')}), not to {path.name}"
            )
    else:
        if path.exists() and any(path.iterdir()):
            raise SessionError(f"{path} exists and is not a session folder")
        (path / EVENTS).mkdir(parents=True, exist_ok=True)
        (path / PRESENCE).mkdir(exist_ok=True)
        write_atomic(path / MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1).encode("utf-8"))
        folder = SessionFolder(path)
    have = {r.key: r for r in folder.load(repair_writer=None).records}
    missing = sorted((r for r in records if r.key not in have), key=lambda r: (r.writer, r.seq))
    missing = list({r.key: r for r in missing}.values())
    if not missing:
        return 0
    data = b"".join(encode(r) for r in missing)
    name = f"import-{hashlib.sha256(data).hexdigest()[:12]}.jsonl"
    write_atomic(path / EVENTS / name, data)
    return len(missing)
