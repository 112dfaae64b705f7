"""The console's entry point (``facilitator-console``, ``python main.py``, ``python -m
facilitator_app``): Python's cyclic garbage collector is paused from its first line until
the first window is painted.

Start-up makes some 47,000 objects the collector tracks (the console's modules, PySide6's
Python enums, the records, the window) and next to no cyclic garbage (about 600 objects),
yet the collector walked them about 90 times before the first paint: some 15 ms, 6 % of the
start (docs/BENCHMARKS.md). At the paint, in a console process, what start-up made is moved
out of the collector's generations (``gc.freeze``): it lives as long as the console, and the
collections during the show walk only what the show makes. Commands without a window
(``session``, ``report``, ...) get the collector back before they run. This module imports
nothing else, so that the pause starts before the console's own imports.
"""

from __future__ import annotations

import gc
from collections.abc import Sequence


class StartupCollector:
    """The cyclic collector paused from its creation until :meth:`resume`."""

    def __init__(self) -> None:
        self._enabled: bool | None = gc.isenabled()
        gc.disable()

    def resume(self, *, freeze: bool = False) -> None:
        """The collector as it was before (once; later calls do nothing); ``freeze`` first
        moves every object made so far out of later collections."""
        if self._enabled is None:
            return
        if freeze:
            gc.freeze()
        if self._enabled:
            gc.enable()
        self._enabled = None


def main(argv: Sequence[str] | None = None) -> int:
    collector = StartupCollector()
    try:
        from .app import main as app_main

        return app_main(argv, collector=collector)
    finally:
        collector.resume()
