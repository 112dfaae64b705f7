"""Sound cues through the operating system's own player (no multimedia stack bundled).

Windows: winsound; macOS: afplay; Linux: paplay or aplay. ``play`` returns False when no
player exists, and the UI falls back to the system beep.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path


def _linux_player() -> list[str] | None:
    for name, args in (("paplay", []), ("pw-play", []), ("aplay", ["-q"])):
        exe = shutil.which(name)
        if exe:
            return [exe, *args]
    return None


class SoundPlayer:
    def __init__(self) -> None:
        self._command: list[str] | None = None
        if sys.platform == "darwin":
            exe = shutil.which("afplay")
            self._command = [exe] if exe else None
        elif sys.platform.startswith("linux"):
            self._command = _linux_player()

    @property
    def available(self) -> bool:
        return sys.platform == "win32" or self._command is not None

    def play(self, wav: Path) -> bool:
        if sys.platform == "win32":
            import winsound

            winsound.PlaySound(str(wav), winsound.SND_FILENAME | winsound.SND_ASYNC)
            return True
        if self._command is None:
            return False
        import subprocess  # only when a cue plays

        try:
            subprocess.Popen(
                [*self._command, str(wav)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
            )
        except OSError:
            return False
        return True
