"""File → Print run sheet… and File → Event report…: ask for the file, write it, say so."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from ...domain.runsheet import build
from .runsheet_pdf import write_runsheet


def print_runsheet(window: Any, path: str) -> str:
    """The producer's run sheet of the whole event (expected starts while the show runs)."""
    sheet = build(window.state, window.clock.now())
    error, _pages = write_runsheet(Path(path), sheet)
    if error:
        text = QCoreApplication.translate("Report", "Could not write %1: %2").replace("%1", path).replace("%2", error)
    else:
        text = QCoreApplication.translate("Report", "Wrote %1").replace("%1", path)
    window.statusBar().showMessage(text, 8000)
    return error


def write_event_report(window: Any, path: str) -> str:
    """The event report as a PDF or, by its suffix, an XLSX of plain values."""
    state, now = window.state, window.clock.now()
    if path.lower().endswith(".xlsx"):
        from ...domain.event_report import build as build_report
        from ...domain.event_report import sheets
        from ...services.report_files import write_xlsx

        def tr(source: str) -> str:
            return QCoreApplication.translate("EventReport", source)

        try:
            write_xlsx(Path(path), sheets(build_report(state, now, tr), tr))
            error = ""
        except OSError as exc:
            error = str(exc)
    else:
        from .event_pdf import write_event_pdf

        error, _pages = write_event_pdf(Path(path), state, now)
    if error:
        text = QCoreApplication.translate("Report", "Could not write %1: %2").replace("%1", path).replace("%2", error)
    else:
        text = QCoreApplication.translate("Report", "Wrote %1").replace("%1", path)
    window.statusBar().showMessage(text, 8000)
    return error
