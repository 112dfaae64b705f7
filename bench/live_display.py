"""The live display over real time: CPU cost with the stage view, and timer fidelity.

The windows are the app's own, with co-facilitation running (folder poll and heartbeat).

Runs the real main window and stage view (offscreen) on the sample event with a segment
running, for SECONDS of real time each:
- CPU: process CPU time used over the window, against the same window with nothing running;
- fidelity: for every change of the shown countdown, how late after the true second
  boundary it was painted (p50, p99, max), and whether any refresh showed a wrong second.
"""

from __future__ import annotations

import argparse
import resource
import tempfile
import time
from datetime import date
from pathlib import Path

from common import describe_ms, offscreen

offscreen()

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from facilitator_app.domain import live  # noqa: E402
from facilitator_app.services.clock import SystemClock  # noqa: E402
from facilitator_app.services.identity import Identity  # noqa: E402
from facilitator_app.services.session import Session  # noqa: E402
from facilitator_app.services.settings import Settings  # noqa: E402
from facilitator_app.services.templates import instantiate, load_template  # noqa: E402
from facilitator_app.ui.cofacilitation.cofacilitation import CoFacilitation  # noqa: E402
from facilitator_app.ui.common import theme  # noqa: E402
from facilitator_app.ui.common.session_controller import SessionController  # noqa: E402
from facilitator_app.ui.shell.main_window import MainWindow  # noqa: E402


def cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def run_for(seconds: float) -> None:
    loop = QEventLoop()
    QTimer.singleShot(int(seconds * 1000), loop.quit)
    loop.exec()


def make_window(folder: Path) -> MainWindow:
    clock = SystemClock()
    session = Session.create(folder, instantiate(load_template(), date.today()), Identity("bench-0002", "b"), clock)
    # As in the app: co-facilitation polls the folder every second and beats every two.
    cofac = CoFacilitation(session, clock)
    window = MainWindow(SessionController(session), clock, Settings(), lambda s: None, cofac=cofac)
    window.resize(1920, 1080)
    window.show()
    cofac.start()
    return window


def main(seconds: float = 60.0) -> dict[str, float]:
    app = QApplication.instance() or QApplication([])
    theme.apply(app)  # type: ignore[arg-type]
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        # Baseline: the window and stage view open, nothing running.
        idle = make_window(Path(tmp) / "idle.fcsession")
        idle.show_stage()
        run_for(2)
        start = cpu_seconds()
        run_for(seconds)
        idle_cpu = cpu_seconds() - start
        idle.close()

        window = make_window(Path(tmp) / "live.fcsession")
        stage = window.show_stage()
        changes: list[tuple[float, str]] = []
        wrong: list[str] = []
        original = stage.set_readout

        def observed(readout):
            now = window.clock.now()
            if not changes or changes[-1][1] != readout.big:
                changes.append((now.timestamp(), readout.big))
            state = window.state.live
            if state.end_at is not None:
                expected = live.format_duration(live.display_seconds((state.end_at - now).total_seconds()))
                if expected != readout.big:
                    wrong.append(f"{readout.big} shown, {expected} due")
            return original(readout)

        stage.set_readout = observed  # type: ignore[method-assign]
        window.toggle()
        end_at = window.state.live.end_at
        assert end_at is not None
        run_for(1.5)
        start = cpu_seconds()
        wall = time.perf_counter()
        run_for(seconds)
        live_cpu = cpu_seconds() - start
        elapsed = time.perf_counter() - wall
        window.close()
    late = []
    for moment, text in changes[1:]:
        minutes, secs = text.lstrip("-").split(":")[-2:]
        shown = int(minutes) * 60 + int(secs)
        boundary = end_at.timestamp() - shown  # the instant this value became due
        late.append(moment - boundary)
    results["cpu_percent"] = 100 * live_cpu / elapsed
    results["idle_cpu_percent"] = 100 * idle_cpu / seconds
    results["late_p99_ms"] = sorted(late)[int(0.99 * (len(late) - 1))] * 1000 if late else float("nan")
    print(
        f"CPU with the stage view running for {seconds:.0f} s: {results['cpu_percent']:.2f} % of one core "
        f"(same windows idle: {results['idle_cpu_percent']:.2f} %; target < 1 %)"
    )
    print(f"timer fidelity, lateness of each shown-second change after its boundary: {describe_ms(late)}")
    print(
        f"  seconds shown: {len(changes)}; refreshes showing a wrong second: {len(wrong)}"
        + (f" (e.g. {wrong[0]})" if wrong else "")
    )
    return results


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument("--seconds", type=float, default=60.0)
    main(parser.parse_args().seconds)
