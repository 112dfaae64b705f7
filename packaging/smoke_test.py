"""Smoke-test a frozen bundle: it starts offscreen, finds its resources and keyring
backends, renders the screenshots, and exits 0.

Usage: python packaging/smoke_test.py dist/facilitator-console
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

EXPECTED_SHOTS = (
    "main.png",
    "stage.png",
    "rooms.png",
    "encounters.png",
    "polls.png",
    "poll-results.png",
    "poll-trend.png",
)


def fail(message: str) -> None:
    print(f"smoke test FAILED: {message}", file=sys.stderr)
    sys.exit(1)


def main() -> None:
    bundle = Path(sys.argv[1] if len(sys.argv) > 1 else "dist/facilitator-console")
    exe = bundle / ("facilitator-console.exe" if os.name == "nt" else "facilitator-console")
    if not exe.is_file():
        fail(f"no executable at {exe}")
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    env["QT_QPA_PLATFORM"] = "offscreen"
    with tempfile.TemporaryDirectory() as tmp:
        data = Path(tmp) / "data"

        def run(*args: str) -> subprocess.CompletedProcess[str]:
            return subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=120, env=env, check=False)

        version = run("--version")
        if version.returncode != 0 or "facilitator-console" not in version.stdout:
            fail(f"--version: exit {version.returncode}: {version.stdout}{version.stderr}")
        check = run("--self-check", "--data-dir", str(data))
        try:
            report = json.loads(check.stdout)
        except ValueError:
            fail(f"--self-check printed no JSON (exit {check.returncode}): {check.stdout}{check.stderr}")
        if report.get("missing_resources"):
            fail(f"resources missing from the bundle: {report['missing_resources']}")
        if not report.get("swedish_translation"):
            fail("the Swedish translation does not load")
        broken = {k: v for k, v in report.get("keyring_backends", {}).items() if v != "ok"}
        if broken:
            fail(f"keyring platform backends left out of the bundle: {broken}")
        if not report.get("record_inits_compiled"):
            fail("the records' compiled __init__ (domain/_record_inits.py) is not in the bundle")
        if report.get("sha256_from") in (None, "_hashlib"):
            fail(f"SHA-256 comes from {report.get('sha256_from')!r}, not CPython's own: OpenSSL at start-up")
        if check.returncode != 0:
            fail(f"--self-check exit {check.returncode}")
        shots = Path(tmp) / "shots"
        shot = run("--demo", "--screenshot", str(shots), "--data-dir", str(data))
        if shot.returncode != 0:
            fail(f"--screenshot exit {shot.returncode}: {shot.stderr[-2000:]}")
        for name in EXPECTED_SHOTS:
            png = shots / name
            if not png.is_file() or png.read_bytes()[:4] != b"\x89PNG":
                fail(f"{name} was not rendered")
        # The offscreen platform has no window manager: these two are harmless there (the
        # test configuration ignores the same ones).
        harmless = ("propagateSizeHints", "does not support raise")
        unexpected = [
            line for line in shot.stderr.splitlines() if line.strip() and not any(h in line for h in harmless)
        ]
        if unexpected:
            fail("unexpected output on stderr:\n" + "\n".join(unexpected[:20]))
    size = sum(f.stat().st_size for f in bundle.rglob("*") if f.is_file())
    print(f"smoke test passed: {exe} ({size / 1e6:.0f} MB), resources, translations, keyring backends, screenshots")


if __name__ == "__main__":
    main()
