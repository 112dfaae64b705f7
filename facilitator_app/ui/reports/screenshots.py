"""The printed documents in the ``--screenshot`` set: the first page of the run sheet and of
the event report, painted as on paper."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ...domain.runsheet import build
from .event_pdf import event_picture
from .runsheet_pdf import runsheet_picture


def documents(window: Any, out: Path) -> bool:
    now = window.clock.now()
    ok = runsheet_picture(out / "runsheet.png", build(window.state, now))
    return event_picture(out / "event-report.png", window.state, now) and ok
