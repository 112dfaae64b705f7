"""The remote: latency from a control request to the state push a WebSocket view sees
(p50/p99); event-loop stalls of the console with 50 views connected and a flood of 500
control requests a second; CPU of the console with 10 views connected and a segment
running; and, when Chromium is installed, from a change to the browser view's DOM.

The console side (a real session folder with fsync'd appends, the RemoteServer, a stall
monitor) runs in this process; the clients run in a child process, so their work does not
count as the console's. Loopback only, bounded in time.

    python bench/remote.py [--flood-seconds 10] [--rate 500] [--views 50]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

from common import ROOT, percentile

from facilitator_app.commands.headless import session_context
from facilitator_app.remote.codes import AccessCodes
from facilitator_app.remote.server import RemoteConfig, RemoteServer
from facilitator_app.services.clock import SystemClock
from facilitator_app.services.identity import Identity
from facilitator_app.services.session import Session
from facilitator_app.services.templates import instantiate, load_template, template_polls

CODES = AccessCodes("bench-view-0001", "bench-control-0002")


class GcPauses:
    """The longest pause of the cyclic garbage collector (a stall the remote does not cause)."""

    def __init__(self) -> None:
        import gc

        self.worst = 0.0
        self._start = 0.0
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, _info: dict[str, Any]) -> None:
        if phase == "start":
            self._start = time.perf_counter()
        else:
            self.worst = max(self.worst, time.perf_counter() - self._start)


class StallMonitor:
    """A 5 ms tick on the loop; how late each tick fires is how long the loop was stalled."""

    def __init__(self) -> None:
        self.worst = 0.0
        self.over_50ms = 0
        self.ticks = 0
        self._task: asyncio.Task[None] | None = None

    def reset(self) -> None:
        self.worst, self.over_50ms, self.ticks = 0.0, 0, 0

    async def _run(self) -> None:
        while True:
            start = time.perf_counter()
            await asyncio.sleep(0.005)
            late = time.perf_counter() - start - 0.005
            self.ticks += 1
            self.worst = max(self.worst, late)
            if late > 0.05:
                self.over_50ms += 1

    def start(self) -> None:
        self._task = asyncio.get_running_loop().create_task(self._run())


# ------------------------------------------------------------ the client process


async def client_main(port: int, mode: str, views: int, seconds: float, rate: float) -> None:
    import aiohttp

    base = f"http://127.0.0.1:{port}"
    control = {"Authorization": f"Bearer {CODES.control}"}
    out: dict[str, Any] = {}
    async with (
        aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=100)) as http,
        aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as views_session,
    ):
        sockets = [await views_session.ws_connect(f"{base}/api/v1/ws?code={CODES.view}") for _ in range(views)]
        for ws in sockets:
            await ws.receive()
        received = [0]

        async def drain(ws: Any) -> None:
            async for _message in ws:
                received[0] += 1

        if mode == "latency":
            watcher = sockets[0]
            latencies, round_trips = [], []
            for i in range(300):
                command = "live.add_minute" if i % 2 == 0 else "live.remove_minute"
                start = time.perf_counter()
                async with http.post(f"{base}/api/v1/commands/{command}", headers=control) as response:
                    await response.read()
                round_trips.append(time.perf_counter() - start)
                await watcher.receive()
                latencies.append(time.perf_counter() - start)
            out = {"push": latencies, "http": round_trips}
        elif mode == "flood":
            drains = [asyncio.create_task(drain(ws)) for ws in sockets]
            statuses: dict[int, int] = {}
            sent = 0
            start = time.perf_counter()
            pending: set[asyncio.Task[None]] = set()

            async def one(i: int) -> None:
                command = "live.add_minute" if i % 2 == 0 else "live.remove_minute"
                async with http.post(f"{base}/api/v1/commands/{command}", headers=control) as response:
                    await response.read()
                    statuses[response.status] = statuses.get(response.status, 0) + 1

            while (elapsed := time.perf_counter() - start) < seconds:
                due = int(elapsed * rate)
                while sent < due:
                    task = asyncio.create_task(one(sent))
                    pending.add(task)
                    task.add_done_callback(pending.discard)
                    sent += 1
                await asyncio.sleep(0.002)
            await asyncio.gather(*pending)
            took = time.perf_counter() - start
            await asyncio.sleep(0.3)
            for task in drains:
                task.cancel()
            out = {"sent": sent, "seconds": took, "statuses": statuses, "pushes_received": received[0]}
        elif mode == "idle":
            drains = [asyncio.create_task(drain(ws)) for ws in sockets]
            await asyncio.sleep(seconds)
            for task in drains:
                task.cancel()
            out = {"pushes_received": received[0]}
        for ws in sockets:
            await ws.close()
    print(json.dumps(out), flush=True)


# ------------------------------------------------------------ the console process


def child(port: int, mode: str, views: int, seconds: float = 0.0, rate: float = 0.0) -> list[str]:
    return [
        sys.executable,
        str(Path(__file__).resolve()),
        "--client",
        str(port),
        mode,
        "--views",
        str(views),
        "--flood-seconds",
        str(seconds),
        "--rate",
        str(rate),
    ]


async def run_child(args: list[str]) -> dict[str, Any]:
    """The clients in a child process; waited for in a thread (works on qasync's loop too)."""
    process = subprocess.Popen(args, stdout=subprocess.PIPE, cwd=str(ROOT))
    out, _ = await asyncio.get_running_loop().run_in_executor(None, lambda: process.communicate(timeout=120))
    return dict(json.loads(out.decode().strip().splitlines()[-1]))


def ms(value: float) -> str:
    return f"{value * 1000:.1f} ms"


async def console_main(args: argparse.Namespace) -> None:
    clock = SystemClock()
    template = load_template()
    with tempfile.TemporaryDirectory() as tmp:
        session = Session.create(
            Path(tmp) / "Bench.fcsession",
            instantiate(template, date.today()),
            Identity("bench-0001", "Bench"),
            clock,
            template_polls(template),
        )
        if args.gui:
            server, _keep = await gui_server(session, clock)
        else:
            server = RemoteServer(
                lambda: session.state,
                lambda: session_context(session, clock),
                clock,
                CODES,
                RemoteConfig("127.0.0.1", 0),
            )
        worst: dict[str, float] = {"command": 0.0, "push": 0.0}
        durations: dict[str, list[float]] = {"command": [], "push": []}

        def timed(name: str, fn: Any) -> Any:
            def wrapper(*a: Any, **k: Any) -> Any:
                start = time.perf_counter()
                try:
                    return fn(*a, **k)
                finally:
                    took = time.perf_counter() - start
                    worst[name] = max(worst[name], took)
                    durations[name].append(took)

            return wrapper

        server.run = timed("command", server.run)  # type: ignore[method-assign]
        server._push = timed("push", server._push)  # type: ignore[method-assign]
        port = server.port if args.gui else await server.start()
        monitor = StallMonitor()
        monitor.start()
        gc_pauses = GcPauses()
        server.run("live.start", {})
        what = "the main window (offscreen) redrawing every change" if args.gui else "headless (no window)"
        print(f"console: {what}, a real session folder (fsync per event), port {port}, pid {os.getpid()}")

        result = await run_child(child(port, "latency", 1))
        push, http = result["push"], result["http"]
        print(
            f"control request -> WS push seen by a view: p50 {ms(percentile(push, 50))}, "
            f"p99 {ms(percentile(push, 99))}, max {ms(max(push))} (n={len(push)}; target p99 < 100 ms)"
        )
        print(
            f"control request round trip (HTTP 200 with the new state): p50 {ms(percentile(http, 50))}, "
            f"p99 {ms(percentile(http, 99))}"
        )

        monitor.reset()
        worst.update(command=0.0, push=0.0)
        gc_pauses.worst = 0.0
        durations["command"].clear()
        durations["push"].clear()
        cpu0 = time.process_time()
        result = await run_child(child(port, "flood", args.views, args.flood_seconds, args.rate))
        cpu = time.process_time() - cpu0
        print(
            f"flood: {args.views} views, {result['sent']} requests in {result['seconds']:.1f} s "
            f"({result['sent'] / result['seconds']:.0f}/s), statuses {result['statuses']}, "
            f"{result['pushes_received']} pushes received by the views"
        )
        print(
            f"flood: worst event-loop stall {ms(monitor.worst)}, ticks over 50 ms: {monitor.over_50ms} "
            f"of {monitor.ticks} (target: none over 50 ms); console CPU {cpu / result['seconds'] * 100:.0f} %"
        )
        print(
            f"flood: one command (with its fsync'd append{' and the window redraw' if args.gui else ''}): "
            f"p50 {ms(percentile(durations['command'], 50))}, p99 {ms(percentile(durations['command'], 99))}, "
            f"max {ms(worst['command'])}, over 50 ms: {sum(d > 0.05 for d in durations['command'])}; "
            f"push to {args.views} views: p99 {ms(percentile(durations['push'], 99))}, max {ms(worst['push'])}; "
            f"longest GC pause {ms(gc_pauses.worst)}; load average {os.getloadavg()[0]:.1f}"
        )

        server.run("live.next", {})  # a fresh segment running
        await asyncio.sleep(0.5)
        if monitor._task is not None:
            monitor._task.cancel()  # its 200 ticks a second would be most of the idle CPU
        usage0 = resource.getrusage(resource.RUSAGE_SELF)
        wall0 = time.perf_counter()
        result = await run_child(child(port, "idle", 10, args.idle_seconds))
        wall = time.perf_counter() - wall0
        usage = resource.getrusage(resource.RUSAGE_SELF)
        cpu = (usage.ru_utime - usage0.ru_utime) + (usage.ru_stime - usage0.ru_stime)
        print(
            f"10 views, a segment running, {args.idle_seconds:.0f} s: console CPU {cpu / wall * 100:.2f} % "
            f"(its own pushes: {result['pushes_received']} received in that time)"
        )

        if not args.gui:
            await browser_latency(server, port, session)
        await server.stop()
        session.close()


async def gui_server(session: Session, clock: SystemClock) -> tuple[RemoteServer, Any]:
    """The remote as the app runs it: the main window's command context and redraws."""
    from facilitator_app.services.settings import Settings
    from facilitator_app.ui.common.session_controller import SessionController
    from facilitator_app.ui.remote.controller import RemoteController
    from facilitator_app.ui.shell.main_window import MainWindow

    window = MainWindow(SessionController(session), clock, Settings(), lambda _s: None)
    window.resize(1920, 1080)
    window.show()
    remote = RemoteController(window)
    remote.codes = CODES
    remote.start(RemoteConfig("127.0.0.1", 0))
    while not remote.running:
        if remote.error:
            raise RuntimeError(remote.error)
        await asyncio.sleep(0.01)
    assert remote.server is not None
    return remote.server, (window, remote)


async def browser_latency(server: RemoteServer, port: int, session: Session) -> None:
    chromium = "/usr/bin/chromium"
    if not os.path.exists(chromium):
        print("browser: no Chromium installed (apt-get install chromium); DOM latency not measured")
        return
    from playwright.async_api import async_playwright

    flags = [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
    ]
    async with async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=chromium, headless=True, args=flags)
        page = await browser.new_page(bypass_csp=True)
        await page.goto(f"http://127.0.0.1:{port}/view/stage?code={CODES.view}")
        await page.wait_for_function("document.body.dataset.connection === 'live'")
        await page.evaluate(
            """() => { window.seen = []; new MutationObserver(() => window.seen.push(performance.timeOrigin
               + performance.now())).observe(document.getElementById('message'), {childList: true,
               characterData: true, subtree: true}); }"""
        )
        sent = []
        for i in range(60):
            sent.append(time.time() * 1000)
            server.run("live.message", {"text": f"message {i}"})
            await page.wait_for_function(f"document.getElementById('message').textContent === 'message {i}'")
        seen = await page.evaluate("window.seen")
        await browser.close()
    lat = [(b - a) / 1000 for a, b in zip(sent, seen[: len(sent)], strict=False)]
    print(
        f"change -> stage view DOM updated (Chromium): p50 {ms(percentile(lat, 50))}, "
        f"p99 {ms(percentile(lat, 99))} (n={len(lat)})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--client", nargs=2, metavar=("PORT", "MODE"))
    parser.add_argument("--views", type=int, default=50)
    parser.add_argument("--flood-seconds", type=float, default=10.0)
    parser.add_argument("--idle-seconds", type=float, default=10.0)
    parser.add_argument("--rate", type=float, default=500.0)
    parser.add_argument("--gui", action="store_true", help="the console with its main window (offscreen, qasync)")
    args = parser.parse_args()
    if args.client:
        asyncio.run(client_main(int(args.client[0]), args.client[1], args.views, args.flood_seconds, args.rate))
    elif args.gui:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        os.environ.setdefault("QT_API", "pyside6")
        from PySide6.QtWidgets import QApplication

        app = QApplication([])
        import qasync

        loop = qasync.QEventLoop(app)
        asyncio.set_event_loop(loop)
        with loop:
            loop.run_until_complete(console_main(args))
    else:
        asyncio.run(console_main(args))


if __name__ == "__main__":
    main()
