"""`--screenshot`: a picture of each browser view, rendered by the system's Chromium
(Playwright) from a remote server on 127.0.0.1 over the window's session; skipped with a
line saying so where no Chromium is installed."""

from __future__ import annotations

import asyncio
import os
import shutil
from pathlib import Path
from typing import Any

CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
SHOTS = (  # view, file, width, height, code
    ("stage", "view-stage.png", 1920, 1080, "view"),
    ("backstage", "view-backstage.png", 1280, 800, "view"),
    ("public", "view-public.png", 1920, 1080, "view"),
    ("remote", "view-remote.png", 390, 844, "control"),
)


def chromium() -> str | None:
    if os.path.exists("/usr/bin/chromium"):
        return "/usr/bin/chromium"
    return shutil.which("chromium") or shutil.which("chromium-browser")


def browser_views(window: Any, out: Path) -> bool:
    """Write view-*.png; True when written or when no browser is there to write them."""
    executable = chromium()
    if executable is None:
        print("browser views: no Chromium installed (apt-get install chromium); not rendered")
        return True
    try:
        import playwright.async_api  # noqa: F401
    except ImportError:
        print("browser views: Playwright for Python is not installed; not rendered")
        return True
    return asyncio.run(_shoot(window, out, executable))


async def _shoot(window: Any, out: Path, executable: str) -> bool:
    from playwright.async_api import async_playwright

    from ...remote.codes import AccessCodes
    from ...remote.server import RemoteConfig, RemoteServer

    codes = AccessCodes.generate()
    runner = window.runner
    server = RemoteServer(
        lambda: window.controller.state,
        lambda: runner.context(),
        window.clock,
        codes,
        RemoteConfig("127.0.0.1", 0, osc=False),
        language=lambda: window.settings.language or "en",
    )
    await server.start()
    ok = True
    try:
        async with async_playwright() as pw:
            browser = await pw.chromium.launch(executable_path=executable, headless=True, args=CHROMIUM_FLAGS)
            try:
                for view, name, width, height, which in SHOTS:
                    page = await browser.new_page(viewport={"width": width, "height": height})
                    code = codes.control if which == "control" else codes.view
                    await page.goto(f"{server.url}/view/{view}?code={code}")
                    await page.wait_for_selector("body[data-connection='live']", timeout=10000)
                    await page.screenshot(path=str(out / name), omit_background=view == "public")
                    await page.close()
            finally:
                await browser.close()
    except Exception as exc:  # noqa: BLE001 - a browser that fails is reported, the other pictures stand
        print(f"browser views: not rendered: {exc}")
        ok = False
    finally:
        await server.stop()
    return ok
