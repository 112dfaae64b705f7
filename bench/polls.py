"""Pulse polls: how many answers per second the live results absorb while the event loop
stays responsive, and how long a word cloud of 500 distinct words takes to lay out and draw.

Answers arrive the way the platform reports them: every 100 ms a new count snapshot of a
running poll is recorded in a real session (append with fsync, fold) and the polls window
redraws its result. A 5 ms ticker measures how late the Qt event loop gets to it: that
lateness is the stall a producer would feel.
"""

from __future__ import annotations

import random
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from common import describe_ms, offscreen, percentile

offscreen()

from PySide6.QtCore import QElapsedTimer, QRectF, QTimer  # noqa: E402
from PySide6.QtGui import QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from facilitator_app.domain.clock import ManualClock  # noqa: E402
from facilitator_app.domain.polls import PollDef, PollKind, Snapshot  # noqa: E402
from facilitator_app.services.identity import Identity  # noqa: E402
from facilitator_app.services.session import Session  # noqa: E402
from facilitator_app.services.settings import Settings  # noqa: E402
from facilitator_app.services.templates import instantiate, load_template, template_polls  # noqa: E402
from facilitator_app.ui.common.session_controller import SessionController  # noqa: E402
from facilitator_app.ui.polls import word_cloud  # noqa: E402
from facilitator_app.ui.shell.main_window import MainWindow  # noqa: E402

VOCABULARY = [f"ord{i:03d}" for i in range(500)]


def absorb(window: MainWindow, poll_id: str, rate: int, seconds: float) -> None:
    """Feed `rate` answers a second for `seconds` and measure the loop's lateness."""
    app = QApplication.instance()
    assert app is not None
    polls = window.polls_window
    assert polls is not None
    polls.library.setCurrentRow(list(window.state.polls).index(poll_id))
    poll = window.state.polls[poll_id].poll
    choices = list(poll.choices()) or VOCABULARY
    rng = random.Random(1)
    counts: dict[str, int] = {}
    answers = 0
    stalls: list[float] = []
    updates: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    last_tick = [clock.nsecsElapsed()]

    def tick() -> None:
        now = clock.nsecsElapsed()
        stalls.append(max(0.0, (now - last_tick[0]) / 1e9 - 0.005))
        last_tick[0] = now

    def feed() -> None:
        nonlocal answers
        t = time.perf_counter()
        for _ in range(rate // 10):
            choice = rng.choice(choices[:60]) if rng.random() < 0.7 else rng.choice(choices)
            counts[choice] = counts.get(choice, 0) + 1
        answers += rate // 10
        snapshot = Snapshot("bench", datetime.now(UTC), counts=dict(counts))
        window.controller.record("poll.results", {"poll_id": poll_id, "snapshot": snapshot.to_dict()})
        polls.chart.repaint()  # the redraw a visible window would do
        updates.append(time.perf_counter() - t)

    polls.refresh()  # the producer has the poll on screen before the answers come in
    polls.chart.repaint()
    app.processEvents()
    ticker = QTimer()
    ticker.setInterval(5)
    ticker.timeout.connect(tick)
    feeder = QTimer()
    feeder.setInterval(100)
    feeder.timeout.connect(feed)
    last_tick[0] = clock.nsecsElapsed()  # measured from here: set-up is not a stall
    ticker.start()
    feeder.start()
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.001)
    ticker.stop()
    feeder.stop()
    print(
        f"  {poll.kind.value:<6} {rate:>5} answers/s for {seconds:.0f} s ({answers} answers, "
        f"{len(counts)} distinct): update {describe_ms(updates)}; event-loop stall p99 "
        f"{percentile(stalls, 99) * 1000:.1f} ms, max {max(stalls) * 1000:.1f} ms"
    )


def cloud(words: int) -> None:
    rng = random.Random(3)
    counts = sorted(((w, max(1, int(rng.paretovariate(1.2)))) for w in VOCABULARY[:words]), key=lambda kv: -kv[1])
    image = QImage(1920, 1080, QImage.Format.Format_ARGB32_Premultiplied)
    timings = []
    for _ in range(5):
        word_cloud.cloud_layout.cache_clear()
        t = time.perf_counter()
        painter = QPainter(image)
        word_cloud.paint_cloud(painter, QRectF(0, 0, 1920, 1080), counts)
        painter.end()
        timings.append(time.perf_counter() - t)
    placed = len(word_cloud.cloud_layout(tuple(counts), 1920, 1080))
    print(f"  word cloud of {words} distinct words at 1920x1080: {describe_ms(timings)}; {placed} words placed")
    t = time.perf_counter()
    painter = QPainter(image)
    word_cloud.paint_cloud(painter, QRectF(0, 0, 1920, 1080), counts)
    painter.end()
    print(f"  the same cloud redrawn (layout cached): {(time.perf_counter() - t) * 1000:.2f} ms")


def main() -> None:
    app = QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as tmp:
        template = load_template()
        show = instantiate(template, datetime(2026, 12, 1).date())
        clock = ManualClock(datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
        session = Session.create(
            Path(tmp) / "bench.fcsession", show, Identity("bench", "Bench"), clock, template_polls(template)
        )
        words = PollDef("bench-words", PollKind.WORDS, "One word for the new company").to_dict()
        session.record("poll.defined", {"poll": words})
        window = MainWindow(SessionController(session), clock, Settings(), lambda s: None)
        window.resize(1366, 768)
        window.show()
        window.show_polls()
        assert window.polls_window is not None
        window.polls_window.resize(1366, 768)
        print("Live results (a count snapshot recorded in the session every 100 ms, the window redraws):")
        absorb(window, "poll-energy-1", 1000, 10)
        absorb(window, "poll-energy-1", 5000, 5)
        absorb(window, "bench-words", 1000, 10)
        print("Word cloud:")
        cloud(500)
        session.close()
    del app
    sys.stdout.flush()
    import os

    os._exit(0)  # PySide6 6.12 can abort in interpreter clean-up of throw-away scripts


if __name__ == "__main__":
    main()
