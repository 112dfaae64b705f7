"""`make run` names the missing system libraries with the line that installs them."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "packaging" / "check_system.py"


def load():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("check_system", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_missing_libraries_are_named_with_the_install_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    check = load()
    monkeypatch.setattr(check.sys, "platform", "linux")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.setattr(check, "missing_libraries", lambda plugin: ["libxcb-cursor.so.0", "libxcb-icccm.so.4"])
    assert check.main() == 1
    err = capsys.readouterr().err
    assert "sudo apt-get install -y libxcb-cursor0 libxcb-icccm4" in err
    monkeypatch.setattr(check, "missing_libraries", lambda plugin: [])
    assert check.main() == 0
    assert check.package_for("libfoo-bar.so.7") == "libfoo-bar7"


def test_offscreen_needs_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    check = load()
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    assert check.main() == 0
