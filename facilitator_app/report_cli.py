"""`facilitator-console report runsheet|ics|event SESSION_DIR --out FILE`: the printed
documents from a session folder, read-only. Part of the composition root (it may use the
UI's painting code); exit 0 printing what was written, 2 with the reason for a folder that
is not a session or an output that cannot be written."""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

EXIT_OK, EXIT_USAGE = 0, 2


def parser() -> argparse.ArgumentParser:
    from .app import _global_options

    common = _global_options()  # --data-dir means the same here as for every command
    top = argparse.ArgumentParser(
        prog="facilitator-console report", description="Print documents from a session.", parents=[common]
    )
    sub = top.add_subparsers(dest="document", required=True)
    run = sub.add_parser("runsheet", parents=[common], help="the run sheet (PDF) for the producer, a host or a speaker")
    run.add_argument("session_dir", type=Path)
    run.add_argument("--out", type=Path, required=True, help="the PDF to write")
    run.add_argument("--day", type=int, help="only this day (1, 2, ...)")
    run.add_argument("--role", choices=("producer", "host", "speaker"), default="producer")
    run.add_argument("--person", default="", help="the host's or speaker's e-mail or name")
    run.add_argument("--lang", choices=("en", "sv"), default="en")
    run.add_argument("--paper", choices=("a4", "letter"), default="a4")
    ics = sub.add_parser("ics", parents=[common], help="the run-of-show as a calendar file (one event per segment)")
    ics.add_argument("session_dir", type=Path)
    ics.add_argument("--out", type=Path, required=True, help="the .ics file to write")
    ics.add_argument("--lang", choices=("en", "sv"), default="en", help="the language of the entries' descriptions")
    event = sub.add_parser("event", parents=[common], help="the event report for the client (PDF or XLSX)")
    event.add_argument("session_dir", type=Path)
    event.add_argument("--out", type=Path, required=True, help="FILE.pdf or FILE.xlsx")
    event.add_argument("--lang", choices=("en", "sv"), default="en")
    event.add_argument("--paper", choices=("a4", "letter"), default="a4")
    return top


def counted(n: int, one: str, many: str = "") -> str:
    """'1 page', '3 pages'."""
    return f"{n} {one if n == 1 else (many or one + 's')}"


def fail(reason: str) -> int:
    print(f"facilitator-console report: {reason}", file=sys.stderr)
    return EXIT_USAGE


def _writable(out: Path) -> str:
    """'' when ``out`` can be written, else why not."""
    parent = out.parent if str(out.parent) else Path(".")
    if out.is_dir():
        return f"{out} is a folder"
    if not parent.is_dir():
        return f"cannot write {out}: the folder {parent} does not exist"
    if not os.access(parent, os.W_OK) or (out.exists() and not os.access(out, os.W_OK)):
        return f"cannot write {out}: permission denied"
    return ""


@contextlib.contextmanager
def _qt(lang: str) -> Iterator[None]:
    """A QGuiApplication for painting (offscreen when none exists) and the language's
    translations while the document is written; an application that was already running
    (the tests') gets its language back afterwards."""
    from PySide6.QtCore import QCoreApplication, QLocale
    from PySide6.QtGui import QGuiApplication

    from .app import _install_translations

    app = QGuiApplication.instance()
    if app is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["facilitator-console"])
    before = QLocale()
    translators = _install_translations(app, lang)
    try:
        yield
    finally:
        for t in translators:
            QCoreApplication.removeTranslator(t)  # type: ignore[arg-type]
        QLocale.setDefault(before)


def main(argv: Sequence[str]) -> int:
    args = parser().parse_args(list(argv))
    from .services.session_folder import SessionError
    from .services.session_tools import read_state

    try:
        session_id, state = read_state(args.session_dir)
    except (SessionError, OSError) as exc:
        reason = str(exc)  # a SessionError already says the folder is not a session
        if "not a session folder" not in reason:
            reason = f"{args.session_dir} is not a session folder ({reason})"
        return fail(reason)
    reason = _writable(args.out)
    if reason:
        return fail(reason)
    now = datetime.now(UTC)
    if args.document == "ics":
        return _ics(args, session_id, state, now)
    if args.document == "runsheet":
        return _runsheet(args, state, now)
    return _event(args, state, now)


def _ics(args: argparse.Namespace, session_id: str, state: Any, now: datetime) -> int:
    from PySide6.QtCore import QCoreApplication

    from .domain.ics import ics_text
    from .services.atomic import write_atomic

    with _qt(args.lang):
        text = ics_text(state, now, uid_base=session_id, tr=lambda s: QCoreApplication.translate("Ics", s))
    try:
        write_atomic(args.out, text.encode("utf-8"))
    except OSError as exc:
        return fail(f"cannot write {args.out}: {exc}")
    count = text.count("BEGIN:VEVENT")
    print(f"wrote {args.out} ({counted(count, 'event')})")
    return EXIT_OK


def _runsheet(args: argparse.Namespace, state: Any, now: datetime) -> int:
    from .domain.runsheet import RunSheetError, build

    try:
        sheet = build(state, now, role=args.role, person=args.person, day=args.day)
    except RunSheetError as exc:
        return fail(str(exc))
    from .ui.reports.runsheet_pdf import write_runsheet

    with _qt(args.lang):
        error, pages = write_runsheet(args.out, sheet, paper=args.paper)
    if error:
        return fail(f"cannot write {args.out}: {error}")
    segments = sum(len(d.entries) for d in sheet.days)
    days, segs, pgs = counted(len(sheet.days), "day"), counted(segments, "segment"), counted(pages, "page")
    print(f"wrote {args.out} (run sheet, {args.role}, {days}, {segs}, {pgs})")
    return EXIT_OK


def _event(args: argparse.Namespace, state: Any, now: datetime) -> int:
    suffix = args.out.suffix.lower()
    if suffix not in (".pdf", ".xlsx"):
        return fail(f"the event report is written as .pdf or .xlsx, not {args.out.name!r}")
    with _qt(args.lang):
        return _write_event(args, state, now, suffix)


def _write_event(args: argparse.Namespace, state: Any, now: datetime, suffix: str) -> int:
    from PySide6.QtCore import QCoreApplication

    def tr(source: str) -> str:
        return QCoreApplication.translate("EventReport", source)

    if suffix == ".xlsx":
        from .domain.event_report import build, sheets
        from .services.report_files import write_xlsx

        try:
            book = sheets(build(state, now, tr), tr)
            write_xlsx(args.out, book)
        except OSError as exc:
            return fail(f"cannot write {args.out}: {exc}")
        print(f"wrote {args.out} (event report, {counted(len(book), 'sheet')})")
        return EXIT_OK
    from .ui.reports.event_pdf import write_event_pdf

    error, pages = write_event_pdf(args.out, state, now, paper=args.paper)
    if error:
        return fail(f"cannot write {args.out}: {error}")
    print(f"wrote {args.out} (event report, {counted(pages, 'page')})")
    return EXIT_OK
