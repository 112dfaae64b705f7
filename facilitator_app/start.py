"""The console's entry point (``facilitator-console``, ``python main.py``, ``python -m
facilitator_app``): Python's cyclic garbage collector is paused from its first line until
the first window is painted.

Start-up makes some 47,000 objects the collector tracks (the console's modules, PySide6's
Python enums, the records, the window) and next to no cyclic garbage (about 600 objects),
yet the collector walked them about 90 times before the first paint: some 15 ms, 6 % of the
start (docs/BENCHMARKS.md). After the paint the collector runs as usual and frees what
start-up left behind; a message box shown before the window (a session already open
elsewhere) and the ``--screenshot`` mode get it back first. Commands without a window
(``session``, ``report``, ...) get it back before they run. This module imports nothing
else at run time, so that the pause starts before the console's own imports.
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Sequence


class StartupCollector:
    """The cyclic collector paused from its creation until :meth:`resume`."""

    def __init__(self) -> None:
        self._enabled: bool | None = gc.isenabled()
        gc.disable()

    def resume(self) -> None:
        """The collector as it was before (once; later calls do nothing)."""
        if self._enabled:
            gc.enable()
        self._enabled = None


def main(argv: Sequence[str] | None = None) -> int:
    collector = StartupCollector()
    try:
        from .app import main as app_main

        return app_main(argv, resume_collector=collector.resume)
    finally:
        collector.resume()
