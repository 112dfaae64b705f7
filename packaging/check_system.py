"""Before `make run` on Linux: are the system libraries Qt's screen plugin (xcb) needs
installed? If not, name them and print the one line that installs them.

Exit 0 when the console can open a window (or the platform is offscreen, or this is not
Linux), 1 with the install line otherwise. Used by the Makefile; no third-party imports.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

# Library file -> Debian/Ubuntu package.
PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1",
    "libdbus-1.so.3": "libdbus-1-3",
    "libX11-xcb.so.1": "libx11-xcb1",
}


def missing_libraries(plugin: Path) -> list[str]:
    import ctypes.util

    found = set()
    if shutil.which("ldd"):
        out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True, check=False).stdout
        found = {m.group(1) for m in re.finditer(r"^\s*(\S+) => not found", out, flags=re.M)}
    # Loaded at run time, not linked: ldd cannot see it (Qt 6.5 and newer need it).
    if ctypes.util.find_library("xcb-cursor") is None:
        found.add("libxcb-cursor.so.0")
    return sorted(found)


def package_for(library: str) -> str:
    if library in PACKAGES:
        return PACKAGES[library]
    stem, _, version = library.partition(".so.")
    return f"{stem.lower()}{version.split('.')[0]}"


def main() -> int:
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen"):
        return 0
    try:
        import PySide6
    except ImportError:
        return 0
    plugin = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    if not plugin.exists():
        return 0
    missing = missing_libraries(plugin)
    if not missing:
        return 0
    packages = sorted({package_for(lib) for lib in missing})
    print("The console needs system libraries that Qt's screen plugin (xcb) loads:", file=sys.stderr)
    for lib in missing:
        print(f"  {lib} (package {package_for(lib)})", file=sys.stderr)
    print("Install them with (Debian, Ubuntu):", file=sys.stderr)
    print(f"  sudo apt-get install -y {' '.join(packages)}", file=sys.stderr)
    print("Then run `make run` again. (Tests need none of them: they run offscreen.)", file=sys.stderr)
    return 1


if __name__ == "__main__":
    sys.exit(main())
