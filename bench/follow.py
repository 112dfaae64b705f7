"""Co-facilitation: follower latency and the time to take control.

- latency: another process appends an event (carrying its wall time) every 0.3 s to a
  session on a local folder; this process follows it with the console's own
  CoFacilitation (file-system watcher plus 1 s polling) and notes when each event is
  applied; the figure is applied-time minus written-time (same machine, same clock);
- take control: how long ``claim`` takes (re-read the folder, append the claim, refold),
  handing control back and forth between two consoles.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

from common import ROOT, describe_ms, offscreen, percentile

offscreen()

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from facilitator_app.domain.clock import ManualClock  # noqa: E402
from facilitator_app.services.clock import SystemClock  # noqa: E402
from facilitator_app.services.identity import Identity  # noqa: E402
from facilitator_app.services.session import Session  # noqa: E402
from facilitator_app.services.templates import instantiate, load_template  # noqa: E402
from facilitator_app.ui.cofacilitation.cofacilitation import CoFacilitation  # noqa: E402

OWNER = Identity("owner-0001", "Owner")
FOLLOWER = Identity("follower-0001", "Follower")
WRITER = f"""
import sys, time
sys.path.insert(0, {str(ROOT)!r})
from pathlib import Path
from facilitator_app.services.clock import SystemClock
from facilitator_app.services.identity import Identity
from facilitator_app.services.session import Session
s = Session.open(Path(sys.argv[1]), Identity("owner-0001", "Owner"), SystemClock())
for i in range(int(sys.argv[2])):
    time.sleep(0.3)
    s.record("live.message", {{"text": str(time.time())}})
"""


def latency(folder: Path, events: int = 40) -> list[float]:
    app = QApplication.instance() or QApplication([])
    follower = Session.open(folder, FOLLOWER, SystemClock(), follow=True)
    cofac = CoFacilitation(follower, SystemClock())
    delays: list[float] = []

    def seen(_old: object, new: object, _rec: object) -> None:
        text = follower.state.live.message
        if text:
            delays.append(time.time() - float(text))

    follower.subscribe(seen)
    cofac.start()
    child = subprocess.Popen([sys.executable, "-c", WRITER, str(folder), str(events)])
    loop = QEventLoop()
    poll = QTimer()
    poll.timeout.connect(lambda: loop.quit() if child.poll() is not None and len(delays) >= events else None)
    poll.start(50)
    QTimer.singleShot(int(events * 0.3 * 1000) + 5000, loop.quit)
    loop.exec()
    child.wait()
    cofac.stop()
    follower.close()
    del app
    return delays


def take_control(folder: Path, rounds: int = 20) -> list[float]:
    a = Session.open(folder, OWNER, ManualClock())
    b = Session.open(folder, FOLLOWER, ManualClock(), follow=True)
    times = []
    for i in range(rounds):
        taker = b if i % 2 == 0 else a
        start = time.perf_counter()
        taker.claim()
        times.append(time.perf_counter() - start)
    a.close()
    b.close()
    return times


def main() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "Follow.fcsession"
        Session.create(folder, instantiate(load_template(), date.today()), OWNER, ManualClock()).close()
        delays = latency(folder)
        print(
            f"follower latency, owner's append to the follower's state (local folder): "
            f"p50 {percentile(delays, 50) * 1000:.0f} ms, p95 {percentile(delays, 95) * 1000:.0f} ms, "
            f"max {max(delays) * 1000:.0f} ms (n={len(delays)}; target about 2 s)"
        )
        claims = take_control(folder)
        print(f"take control (re-read, append the claim, refold): {describe_ms(claims)}")


if __name__ == "__main__":
    main()
