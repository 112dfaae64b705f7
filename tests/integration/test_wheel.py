"""`pip install .` gives a console that starts: the wheel's build hook builds the resources
(icons, translations, samples, sounds) even from a tree where they were never built."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.slow
def test_a_wheel_built_from_a_clean_tree_carries_the_resources(tmp_path: Path) -> None:
    src = tmp_path / "src"
    shutil.copytree(
        ROOT,
        src,
        ignore=shutil.ignore_patterns(".git", ".venv*", "_data", "build", "dist", "__pycache__", "*.egg-info"),
    )
    assert not (src / "facilitator_app" / "_data").exists()
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(tmp_path / "dist"), str(src)],
        check=True,
        capture_output=True,
        timeout=600,
    )
    (wheel,) = (tmp_path / "dist").glob("facilitator_console-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    from facilitator_app.assets import REQUIRED

    assert {f"facilitator_app/_data/{name}" for name in REQUIRED} <= names
