"""Built resources inside the package (icons, styles, translations, samples, sounds).

Sources live in the top-level ``resources/``; ``packaging/build_resources.py`` (run by
``make``) copies them and compiles translations into ``facilitator_app/_data``, which is
read through importlib.resources so the same code works in a PyInstaller bundle.
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

REQUIRED = (
    "icons/app.svg",
    "icons/play.svg",
    "icons/pause.svg",
    "icons/next.svg",
    "icons/previous.svg",
    "icons/stage.svg",
    "styles/app.qss",
    "samples/sample_event.json",
    "sounds/warning.wav",
    "sounds/zero.wav",
    "translations/facilitator_sv.qm",
)


class AssetsMissing(RuntimeError):
    pass


def root() -> Path:
    return Path(str(resources.files("facilitator_app"))) / "_data"


def path(relative: str) -> Path:
    return root() / relative


def missing() -> list[str]:
    return [name for name in REQUIRED if not path(name).is_file()]


def require() -> None:
    gone = missing()
    if gone:
        raise AssetsMissing(
            "The console's resources are not built (missing: "
            + ", ".join(gone)
            + "). Run `make resources` (or `python packaging/build_resources.py`)."
        )
