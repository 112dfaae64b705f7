"""Hatch build hook: the wheel carries its built resources.

``pip install .``, ``pipx install .`` and ``python -m build`` build the wheel in an isolated
environment that has only the build requirements (hatchling and PySide6-Essentials, whose
``lrelease`` compiles the translations). This hook runs ``packaging/build_resources.py``
there, so the installed console finds its icons, translations, samples and sounds. An
editable install (``make``) builds them in the tree with ``make resources`` instead.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class ResourcesHook(BuildHookInterface):  # type: ignore[misc]
    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel" or version == "editable":
            return
        root = Path(self.root)
        subprocess.run([sys.executable, str(root / "packaging" / "build_resources.py")], check=True, cwd=root)
        missing = [
            p
            for p in ("translations/facilitator_sv.qm", "icons/app.svg")
            if not (root / "facilitator_app" / "_data" / p).is_file()
        ]
        if missing:
            raise RuntimeError(f"resources were not built: {', '.join(missing)}")
