"""Start-up to the first shown window with the sample event, against a bare PySide6 window.

Both are started the same way by the same Python, offscreen; each prints the wall-clock
time at which its first window has been shown and painted, and the figure is the time
from spawning the process to that moment (median of N). A second pair of figures is the
time until the event loop has turned once (for the console: after qasync is imported and
its asyncio loop runs), when the window answers input.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time

from common import ROOT, median

BARE = """
import sys
import time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication(sys.argv)
w = QLabel("bare window")
w.resize(1366, 768)
w.show()
app.processEvents()
print(f"first-window-shown-at {time.time():.6f}", flush=True)
if sys.argv[1:] == ["loop"]:
    QTimer.singleShot(0, lambda: (print(f"event-loop-running-at {time.time():.6f}", flush=True), app.quit()))
    app.exec()
"""


def timed(args: list[str], env: dict[str, str], marker: str) -> float:
    start = time.time()
    out = subprocess.run(args, env=env, check=True, capture_output=True, text=True).stdout
    for line in out.splitlines():
        if line.startswith(marker):
            return float(line.split()[1]) - start
    raise RuntimeError(f"no {marker!r} in the output: {out!r}")


def main(runs: int = 7) -> dict[str, float]:
    base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    base["QT_QPA_PLATFORM"] = "offscreen"
    # Users start from compiled bytecode (an installed package, or the bundle's archive).
    subprocess.run([sys.executable, "-m", "compileall", "-q", str(ROOT / "facilitator_app")], check=True)
    result: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as data:
        app = [sys.executable, str(ROOT / "main.py"), "--data-dir", data]
        bare = [sys.executable, "-c", BARE]
        for label, mode, marker in (
            ("first window", "1", "first-window-shown-at"),
            ("event loop running", "loop", "event-loop-running-at"),
        ):
            env = {**base, "FACILITATOR_QUIT_AFTER_SHOW": mode}
            timed(app, env, marker)  # the first start creates the sample session; later starts reopen it
            timed([*bare, mode], env, marker)  # and warms the file cache for both
            app_times, bare_times = [], []
            for _ in range(runs):
                bare_times.append(timed([*bare, mode], env, marker))
                app_times.append(timed(app, env, marker))
            ratio = median(app_times) / median(bare_times)
            result[f"ratio_{mode}"] = ratio
            # On a shared machine the median moves with the neighbours; the fastest of the
            # interleaved runs is what each start costs when nothing else is running.
            best = min(app_times) / min(bare_times)
            result[f"best_ratio_{mode}"] = best
            print(
                f"start-up to {label}: console {median(app_times) * 1000:.0f} ms, bare PySide6 window "
                f"{median(bare_times) * 1000:.0f} ms, ratio {ratio:.2f} (target <= 2.0, goal 1.5; median of {runs}); "
                f"fastest {min(app_times) * 1000:.0f} / {min(bare_times) * 1000:.0f} ms, ratio {best:.2f}"
            )
    return result


if __name__ == "__main__":
    main()
