"""Files written atomically get the permissions any new file gets (a colleague opens the
export or reads the shared session folder), except this machine's private ones."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from facilitator_app.services import atomic
from facilitator_app.services.atomic import write_atomic


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_an_export_is_readable_by_others_as_the_umask_allows(tmp_path: Path) -> None:
    out = tmp_path / "report.xlsx"
    write_atomic(out, b"data")
    assert stat.S_IMODE(out.stat().st_mode) == 0o666 & ~atomic._UMASK
    assert out.stat().st_mode & stat.S_IRGRP or atomic._UMASK & 0o040  # was 0600 (mkstemp's)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_private_files_stay_the_owners(tmp_path: Path) -> None:
    out = tmp_path / "settings.json"
    write_atomic(out, b"{}", private=True)
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert os.access(out, os.R_OK)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_this_machines_settings_and_identity_are_written_private(tmp_path: Path) -> None:
    from facilitator_app.services.identity import load_identity
    from facilitator_app.services.settings import Settings, save_settings

    save_settings(tmp_path / "settings.json", Settings())
    load_identity(tmp_path / "identity.json")  # made and written on first use
    for name in ("settings.json", "identity.json"):
        assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600, name
