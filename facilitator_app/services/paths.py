"""The one place that decides where per-machine state lives (platformdirs or --data-dir)."""

from __future__ import annotations

from pathlib import Path

import platformdirs

from ..domain.frozen import Frozen, record

APP_NAME = "FacilitatorConsole"
APP_AUTHOR = "FacilitatorConsole"


@record
class AppPaths(Frozen):
    """Where the app keeps its data, settings and logs on this computer."""

    data_dir: Path  # identity, demo sessions, cache
    config_dir: Path  # settings.json
    log_dir: Path

    @property
    def sessions_dir(self) -> Path:
        return self.data_dir / "sessions"

    @property
    def identity_file(self) -> Path:
        return self.data_dir / "identity.json"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    @classmethod
    def resolve(cls, override: Path | None = None) -> AppPaths:
        """Everything under ``override`` when given (tests, portable use), else the OS's places."""
        if override is not None:
            root = override.expanduser().resolve()
            paths = cls(root / "data", root / "config", root / "logs")
        else:
            dirs = platformdirs.PlatformDirs(APP_NAME, APP_AUTHOR)
            paths = cls(Path(dirs.user_data_dir), Path(dirs.user_config_dir), Path(dirs.user_log_dir))
        for folder in (paths.data_dir, paths.config_dir, paths.log_dir):
            folder.mkdir(parents=True, exist_ok=True)
        return paths
