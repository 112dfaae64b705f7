"""Built resources inside the package (icons, styles, translations, samples, sounds).

Sources live in the top-level ``resources/``; ``packaging/build_resources.py`` (run by
``make``) copies them and compiles translations into ``facilitator_app/_data``, which is
found next to this module, which is also where the PyInstaller bundle puts it.
"""

from __future__ import annotations

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
    "views/stage.html",
    "views/backstage.html",
    "views/public.html",
    "views/remote.html",
    "views/common.js",
    "views/views.css",
)


class AssetsMissing(RuntimeError):
    pass


def root() -> Path:
    return Path(__file__).resolve().parent / "_data"


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
