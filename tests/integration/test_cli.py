"""The command line other tools rely on, run as real processes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator_app import __version__
from facilitator_app.app import main

ROOT = Path(__file__).resolve().parents[2]


def run(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *args],
        capture_output=True,
        check=False,
        text=True,
        timeout=timeout,
        env=env,
        cwd=ROOT,
    )


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"facilitator-console {__version__}"


def test_session_new_from_the_sample_and_from_a_template(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["session", "new", str(tmp_path / "A.fcsession"), "--data-dir", str(tmp_path / "d")]) == 0
    assert (tmp_path / "A.fcsession" / "manifest.json").is_file()
    template = tmp_path / "t.json"
    template.write_text(
        json.dumps(
            {
                "show": {
                    "id": "x",
                    "title": "Mini",
                    "days": [
                        {
                            "id": "d",
                            "title": "Dag",
                            "date": "2026-12-01",
                            "start": "09:00",
                            "segments": [{"id": "s", "title": "Hej", "duration_s": 300}],
                        }
                    ],
                }
            }
        ),
        encoding="utf-8",
    )
    assert (
        main(
            [
                "session",
                "new",
                str(tmp_path / "B.fcsession"),
                "--from",
                str(template),
                "--data-dir",
                str(tmp_path / "d"),
            ]
        )
        == 0
    )
    assert "Mini, 1 segments" in capsys.readouterr().out


def test_session_new_names_bad_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{", encoding="utf-8")
    assert main(["session", "new", str(tmp_path / "C.fcsession"), "--from", str(bad), "--data-dir", str(tmp_path)]) == 2
    assert "not valid JSON" in capsys.readouterr().err
    assert (
        main(
            [
                "session",
                "new",
                str(tmp_path / "C.fcsession"),
                "--from",
                str(tmp_path / "nope.json"),
                "--data-dir",
                str(tmp_path),
            ]
        )
        == 2
    )
    assert "does not exist" in capsys.readouterr().err


def test_screenshot_renders_main_and_stage(tmp_path: Path) -> None:
    result = run("--demo", "--screenshot", str(tmp_path / "shots"), "--data-dir", str(tmp_path / "data"))
    assert result.returncode == 0, result.stderr
    for name in ("main.png", "stage.png", "runsheet.png", "event-report.png"):  # documents: issue 17
        data = (tmp_path / "shots" / name).read_bytes()
        assert data.startswith(b"\x89PNG") and len(data) > 20_000
    width = int.from_bytes((tmp_path / "shots" / "main.png").read_bytes()[16:20], "big")
    assert width == 1920


def test_self_check_reports_resources_and_keyring_backends() -> None:
    result = run("--self-check")
    report = json.loads(result.stdout)
    assert result.returncode == 0, result.stdout
    assert report["missing_resources"] == [] and report["swedish_translation"] is True
    assert set(report["keyring_backends"]) >= {"keyring.backends.SecretService", "keyring.backends.Windows"}
    # what start-up counts on, checked again in the bundle by packaging/smoke_test.py
    assert report["record_inits_compiled"] is True and report["sha256_from"] in ("_sha2", "_sha256")


def test_a_command_without_a_window_runs_with_the_collector_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The entry point pauses Python's cyclic collector for the window's start-up only."""
    import gc

    from facilitator_app import app, start

    seen: list[bool] = []
    real = app._session_command
    monkeypatch.setattr(app, "run_gui", lambda *_args: pytest.fail("no window in this test process"))
    monkeypatch.setattr(app, "_session_command", lambda ns: seen.append(gc.isenabled()) or real(ns))
    assert gc.isenabled()
    assert start.main(["session", "new", str(tmp_path / "A.fcsession"), "--data-dir", str(tmp_path / "d")]) == 0
    assert seen == [True] and gc.isenabled()
    with pytest.raises(SystemExit):
        start.main(["--version"])  # argparse leaves by SystemExit: the collector is back all the same
    assert gc.isenabled() and __version__ in capsys.readouterr().out
