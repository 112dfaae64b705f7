"""Run every benchmark and print its figures (`make bench`). Not part of the test run."""

from __future__ import annotations

import os
import platform
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHES = [
    ("start-up", ["startup.py"]),
    ("session log", ["session_log.py"]),
    ("state dict", ["state_dict.py"]),
    ("co-facilitation", ["follow.py"]),
    ("platform sync", ["platform_sync.py"]),
    ("platform requests", ["platform_requests.py"]),
    ("live display", ["live_display.py", "--seconds", os.environ.get("BENCH_SECONDS", "60")]),
    ("room planner", ["room_planner.py"]),
    ("polls", ["polls.py"]),
    ("remote", ["remote.py"]),
    ("reports", ["reports.py"]),
    ("kill trials", ["crash_trials.py", "--trials", os.environ.get("BENCH_KILL_TRIALS", "300")]),
    ("hostile inputs", ["hostile_files.py", "--kill-trials", "0"]),
]


def main() -> int:
    print(f"# Facilitator Console benchmarks, {time.strftime('%Y-%m-%d %H:%M')}")
    print(
        f"# Python {platform.python_version()} on {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}"
    )
    failed = 0
    for name, args in BENCHES:
        print(f"\n## {name}", flush=True)
        result = subprocess.run(
            [sys.executable, str(HERE / args[0]), *args[1:]],
            cwd=HERE,
            check=False,
            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
            stderr=subprocess.PIPE,
            text=True,
        )
        noise = [line for line in result.stderr.splitlines() if "propagateSizeHints" not in line]
        if result.returncode != 0:
            failed += 1
            print("\n".join(noise[-20:]))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
