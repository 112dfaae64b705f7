"""Every poll's results to a file: CSV and XLSX tables, or a PDF report with one page per
poll as the console draws it and one per recurring pulse's trend."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter

from ...domain.polls import aggregate, trend
from ...domain.state import SessionState
from ..common.printing import write_painted_pdf
from .poll_chart import paint_poll
from .poll_names import status_name
from .trend_chart import paint_trend, recurring_series, segment_labels, trend_unit

EXPORT_PATTERNS = {"csv": "CSV (*.csv)", "xlsx": "Excel (*.xlsx)", "pdf": "PDF (*.pdf)"}


def export_results(kind: str, path: Path, state: SessionState) -> str:
    """Write the results as ``kind`` (csv, xlsx or pdf); '' when written, else the reason."""
    from ...services.poll_files import write_results_csv, write_results_xlsx

    polls = list(state.polls.values())
    try:
        if kind == "csv":
            write_results_csv(path, polls)
        elif kind == "xlsx":
            write_results_xlsx(path, polls)
        else:
            return write_results_pdf(path, state)
    except OSError as exc:
        return str(exc)
    return ""


def write_results_pdf(path: Path, state: SessionState) -> str:
    """The report: A4 landscape, every poll, then every trend; '' when written, else the reason."""
    polls = list(state.polls.values())
    labels = segment_labels(state)
    pages: list[Callable[[QPainter, QRectF], None]] = [
        partial(
            paint_poll,
            poll=ps.poll,
            result=aggregate(ps.poll, ps.snapshot, ps.closed_at),
            status=status_name(ps.status),
        )
        for ps in polls
    ]
    for key in recurring_series(state):
        members = [p for p in polls if (p.poll.series or p.poll.id) == key]
        first = members[0].poll
        pages.append(
            partial(paint_trend, title=first.question, points=trend(members, key, labels), unit_label=trend_unit(first))
        )
    return write_painted_pdf(path, pages, title=state.show.title)
