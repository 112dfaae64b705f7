"""The browser views in a real browser: Debian's Chromium driven by Playwright for Python
(never `playwright install`). Skipped, with the reason, where no Chromium is installed.

The console's clock is a ManualClock; the views compute the countdown from the end
instant and the server's clock in every state, so moving the console's clock and pushing
moves the view's countdown without waiting for real time."""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Any

import pytest

from facilitator_app.domain.clock import ManualClock
from facilitator_app.services.session import Session

from .conftest import CODES, run, serving

CHROMIUM = "/usr/bin/chromium" if os.path.exists("/usr/bin/chromium") else shutil.which("chromium")
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="no Chromium here: `apt-get install chromium` to test the browser views"
)


@asynccontextmanager
async def browser_page() -> AsyncIterator[Any]:
    playwright_api = pytest.importorskip("playwright.async_api")
    async with playwright_api.async_playwright() as pw:
        browser = await pw.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        try:
            page = await browser.new_page(bypass_csp=True)  # the views forbid eval; the test probes use it
            yield page
        finally:
            await browser.close()


async def connected(page: Any, timeout_ms: int = 5000) -> None:
    await page.wait_for_function("document.body.dataset.connection === 'live'", timeout=timeout_ms)


def test_stage_view_counts_down_within_a_second_and_turns_to_warning(session: Session, clock: ManualClock) -> None:
    seg = session.state.show.days[0].segments[0]
    minutes, seconds = divmod(seg.duration_s, 60)

    async def main() -> None:
        async with serving(session, clock) as server, browser_page() as page:
            await page.goto(f"http://127.0.0.1:{server.port}/view/stage?code={CODES.view}&lang=en")
            await connected(page)
            assert await page.text_content("#title") == seg.title  # the next segment while idle
            started = time.perf_counter()
            server.run("live.start", {})
            await page.wait_for_function(
                f"document.getElementById('countdown').textContent === '{minutes}:{seconds:02d}'", timeout=1000
            )
            assert time.perf_counter() - started < 1.0
            assert await page.evaluate("document.body.dataset.phase") == "normal"
            normal = await page.evaluate("getComputedStyle(document.body).backgroundColor")

            end = session.state.live.end_at
            assert end is not None
            clock.set(end - timedelta(seconds=seg.warning_threshold_s - 1))
            server.notify()
            await page.wait_for_function("document.body.dataset.phase === 'warning'", timeout=2000)
            warning = await page.evaluate("getComputedStyle(document.body).backgroundColor")
            assert warning == "rgb(42, 36, 16)" and warning != normal  # the stage window's warning tint
            assert await page.text_content("#status") == "Wrap up"

            server.run("live.message", {"text": "Two minutes"})
            await page.wait_for_function(
                "document.getElementById('message').textContent === 'Two minutes'", timeout=2000
            )
            server.run("stage.blackout", {"on": True})
            await page.wait_for_function("document.body.dataset.blackout === 'true'", timeout=2000)
            assert await page.evaluate("getComputedStyle(document.querySelector('.blackout')).display") == "block"
            server.run("stage.blackout", {"on": False})
            server.run("stage.flash", {})
            await page.wait_for_function("document.body.classList.contains('flash')", timeout=2000)
            assert await page.evaluate("document.body.dataset.blackout") == "false"

    run(main)


def test_views_reconnect_after_the_console_restarts(session: Session, clock: ManualClock) -> None:
    async def main() -> None:
        async with browser_page() as page:
            async with serving(session, clock) as server:
                port = server.port
                await page.goto(f"http://127.0.0.1:{port}/view/backstage?code={CODES.view}&lang=sv")
                await connected(page)
                rows = await page.eval_on_selector_all("#rows tr", "rows => rows.length")
                assert rows == len(session.state.show.days[0].segments)
            await page.wait_for_function("document.body.dataset.connection === 'reconnecting'", timeout=3000)
            assert await page.text_content("#connection") == "Återansluter…"
            session.record("live.message", {"text": "Tillbaka"})
            async with serving(session, clock, port=port):
                await connected(page, timeout_ms=8000)
                await page.wait_for_function(
                    "document.getElementById('message').textContent.includes('Tillbaka')", timeout=2000
                )
                assert await page.text_content("#connection") == ""

    run(main)


def test_phone_remote_next_button_moves_the_show(session: Session, clock: ManualClock) -> None:
    first, second = [s.id for s in session.state.show.days[0].segments[:2]]
    titles = {s.id: s.title for s in session.state.show.days[0].segments}

    async def main() -> None:
        async with serving(session, clock) as server, browser_page() as page:
            server.run("live.start", {})
            await page.goto(f"http://127.0.0.1:{server.port}/view/remote?code={CODES.control}&lang=en")
            await connected(page)
            assert session.state.live.segment_id == first
            await page.click("#next-button")
            await page.wait_for_function(
                f"document.getElementById('title').textContent === {titles[second]!r}", timeout=3000
            )
            assert session.state.live.segment_id == second

    run(main)


def test_public_view_is_transparent_and_says_when_it_starts(session: Session, clock: ManualClock) -> None:
    async def main() -> None:
        async with serving(session, clock, language=lambda: "sv") as server, browser_page() as page:
            await page.goto(f"http://127.0.0.1:{server.port}/view/public?code={CODES.view}&lang=en")
            await connected(page)
            await page.wait_for_function("document.getElementById('notice').textContent.startsWith('Starts at')")
            # without ?lang= the view speaks the console's language
            await page.goto(f"http://127.0.0.1:{server.port}/view/public?code={CODES.view}")
            await connected(page)
            await page.wait_for_function("document.getElementById('notice').textContent.startsWith('Börjar kl.')")
            assert await page.evaluate("document.documentElement.lang") == "sv"
            assert await page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgba(0, 0, 0, 0)"

    run(main)


def test_a_view_with_a_wrong_code_is_refused(session: Session, clock: ManualClock) -> None:
    async def main() -> None:
        async with serving(session, clock) as server, browser_page() as page:
            response = await page.goto(f"http://127.0.0.1:{server.port}/view/stage?code=wrong-code-0")
            assert response.status == 401

    run(main)
