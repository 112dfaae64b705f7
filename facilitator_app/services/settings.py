"""Per-machine settings, each declared once with its type and default, versioned.

Stored as JSON in the config directory (never in the session folder: a co-facilitator's
screen choice is not the producer's). Unknown keys are dropped, bad values fall back to
their default, so a damaged file never stops the console.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

from .atomic import write_atomic
from .presence import SILENCE_CLOUD_S, SILENCE_LAN_S

SCHEMA_VERSION = 1
RECENT_MAX = 8
log = logging.getLogger(__name__)


@dataclass(slots=True)
class Settings:
    """This computer's preferences for the console, kept in settings.json."""

    schema: int = SCHEMA_VERSION
    language: str = ""  # "" follows the system; "en" or "sv"
    display_mode: str = "countdown"  # countdown | countup | clock
    stage_screen: str = ""  # QScreen.name() of the stage view's screen
    stage_flash: bool = True  # flash the stage view when time is up
    stage_open: bool = False  # the stage view was open when the console last closed: reopen it
    sound_cues: bool = False  # a chime at warning and at zero
    last_session: str = ""
    recent_sessions: list[str] = field(default_factory=list)  # newest first, at most RECENT_MAX
    window_geometry: str = ""  # base64 of QWidget.saveGeometry()
    window_state: str = ""
    folder_kind: str = "auto"  # auto | lan | cloud: how fast the session folder delivers files
    takeover_lan_s: float = SILENCE_LAN_S  # owner silence before "Take control" is offered (local/SMB)
    takeover_cloud_s: float = SILENCE_CLOUD_S  # the same for OneDrive/SharePoint/Dropbox folders
    # API base URLs; empty: the public cloud (Zoom for Government and regional clouds differ)
    api_base_zoom: str = ""
    api_base_webex: str = ""
    api_base_teams: str = ""
    # The remote (control API and browser views): off unless the producer turns it on.
    remote_enabled: bool = False
    remote_network: bool = False  # False: this computer only (loopback); True: the local network
    remote_port: int = 4410  # HTTP/WebSocket on TCP and OSC on UDP
    remote_pinned: bool = False  # keep the access codes (in the keyring) instead of new ones each start
    remote_automations: str = ""  # one automation per line (remote/automations.py)


def _migrate(data: dict[str, Any]) -> dict[str, Any]:
    """Upgrade older files step by step; schema 1 is the first."""
    data["schema"] = SCHEMA_VERSION
    return data


def load_settings(path: Path) -> Settings:
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings()
    except (OSError, ValueError) as exc:
        log.warning("settings file %s is unreadable (%s); using defaults", path, exc)
        return Settings()
    if not isinstance(raw, dict):
        return Settings()
    raw = _migrate(raw)
    settings = Settings()
    for f in fields(Settings):
        default = getattr(settings, f.name)
        value = raw.get(f.name)
        if isinstance(default, float) and isinstance(value, int) and not isinstance(value, bool):
            raw[f.name] = float(value)
        if f.name in raw and isinstance(raw[f.name], type(default)):
            setattr(settings, f.name, raw[f.name])
    settings.recent_sessions = [p for p in settings.recent_sessions if isinstance(p, str) and p][:RECENT_MAX]
    return settings


def remember_session(settings: Settings, path: str) -> None:
    """Put a session first in the recent list (once), keeping at most RECENT_MAX."""
    settings.last_session = path
    older = [p for p in settings.recent_sessions if p != path]
    settings.recent_sessions = [path, *older[: RECENT_MAX - 1]]


def save_settings(path: Path, settings: Settings) -> None:
    write_atomic(path, json.dumps(asdict(settings), indent=1, ensure_ascii=False).encode("utf-8"), private=True)
