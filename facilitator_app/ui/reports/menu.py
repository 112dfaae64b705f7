"""File → Print run sheet…, Export calendar (ICS)… and Event report…: ask what and where,
write it, say so."""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication

from ...domain.runsheet import build
from .runsheet_pdf import write_runsheet

log = logging.getLogger(__name__)


def ask_runsheet(window: Any) -> Any:
    """The choices first (role, person, day, paper), then the save dialog."""
    from ..common.commands import ask_save
    from .runsheet_dialog import RunSheetDialog

    dialog = RunSheetDialog(window.state, window)

    def chosen() -> None:
        choice = dialog.choice()
        person = str(choice["person"])
        # The file is named by whom and which day it is for (a host is chosen by e-mail).
        who = next((p.name for p in window.state.show.people if p.email and p.email == person), person)
        parts = [window.state.show.title or "show"]
        if who:
            parts.append(who)
        if choice["day"]:
            parts.append(QCoreApplication.translate("MainWindow", "day %1").replace("%1", str(choice["day"])))
        name = QCoreApplication.translate("MainWindow", "%1 - run sheet.pdf").replace("%1", " - ".join(parts))
        window._runsheet_save = ask_save(  # kept: the dialog is opened, not exec'd
            window,
            QCoreApplication.translate("MainWindow", "Print run sheet"),
            name,
            "PDF (*.pdf)",
            lambda path: print_runsheet(
                window,
                path,
                role=str(choice["role"]),
                person=str(choice["person"]),
                day=int(str(choice["day"])) if choice["day"] else None,
                paper=str(choice["paper"]),
            ),
        )

    dialog.accepted.connect(chosen)
    dialog.open()
    window._runsheet_dialog = dialog
    return dialog


def _said(window: Any, path: str, error: str) -> str:
    """What became of the file, in the status bar; the error ('' when written)."""
    if error:
        text = QCoreApplication.translate("Report", "Could not write %1: %2").replace("%1", path).replace("%2", error)
    else:
        text = QCoreApplication.translate("Report", "Wrote %1").replace("%1", path)
    window.statusBar().showMessage(text, 8000)
    return error


def _written(window: Any, path: str, write: Callable[[], str]) -> str:
    """Run a writer (it returns '' or why it could not write) and say what became of the file.
    Nothing a report does may pass silently: a file error is said as it is, anything else
    (a fault in the report's own code) is logged with its trace and said, and the console
    runs on."""
    try:
        error = write()
    except OSError as exc:
        error = str(exc)
    except Exception as exc:
        log.exception("writing %s", path)
        error = QCoreApplication.translate("Report", "an unexpected error (%1); the details are in the log").replace(
            "%1", type(exc).__name__
        )
    return _said(window, path, error)


def print_runsheet(
    window: Any, path: str, role: str = "producer", person: str = "", day: int | None = None, paper: str = "a4"
) -> str:
    """A run sheet (by default the producer's of the whole event; expected starts while the show runs)."""
    from ...domain.runsheet import RunSheetError

    def write() -> str:
        try:
            sheet = build(window.state, window.clock.now(), role=role, person=person, day=day)
        except RunSheetError as exc:
            return str(exc)
        return write_runsheet(Path(path), sheet, paper=paper)[0]

    return _written(window, path, write)


def write_event_report(window: Any, path: str) -> str:
    """The event report as a PDF or, by its suffix, an XLSX of plain values."""
    state, now = window.state, window.clock.now()

    def write() -> str:
        if path.lower().endswith(".xlsx"):
            from ...domain.event_report import build as build_report
            from ...domain.event_report import sheets
            from ...services.report_files import write_xlsx

            def tr(source: str) -> str:
                return QCoreApplication.translate("EventReport", source)

            write_xlsx(Path(path), sheets(build_report(state, now, tr), tr))
            return ""
        from .event_pdf import write_event_pdf

        return write_event_pdf(Path(path), state, now)[0]

    return _written(window, path, write)


def write_ics(window: Any, path: str) -> str:
    """The run-of-show as a calendar: one event per segment, with the meeting link, in the
    UI's language (as the run sheet and the event report)."""
    from ...domain.ics import ics_text
    from ...services.atomic import write_atomic

    state = window.state
    try:
        uid_base = window.controller.session.folder.session_id
    except AttributeError:
        uid_base = state.show.id

    def write() -> str:
        text = ics_text(state, window.clock.now(), uid_base=uid_base, tr=lambda s: QCoreApplication.translate("Ics", s))
        write_atomic(Path(path), text.encode("utf-8"))
        return ""

    return _written(window, path, write)
