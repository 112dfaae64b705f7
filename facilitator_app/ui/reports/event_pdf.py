"""The event report as a PDF: a one-page summary, the section tables, and every poll's
result and each pulse's trend drawn by the app's own chart painters."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QLocale, QPointF, QRectF
from PySide6.QtGui import QFontMetricsF, QPainter, QPen

from ...domain.event_report import EventReport, Table, build, poll_label
from ...domain.polls import aggregate, trend
from ...domain.state import SessionState
from ..polls.chart_style import PAPER
from ..polls.poll_chart import paint_poll
from ..polls.trend_chart import paint_trend, recurring_series, segment_labels, trend_unit
from .pages import INK, RULE, Block, draw_text, first_page_picture, font, text_height, write_document

CHART_H = 250.0


def tr(source: str) -> str:
    return QCoreApplication.translate("EventReport", source)


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return QLocale().toString(value, "f", 1)
    return str(value)


def _text_block(text: str, size: int, bold: bool, width: float, new_page: bool = False, section: str = "") -> Block:
    f = font(size, bold)
    h = text_height(text, f, width) + 6
    return Block(h, lambda p, r: draw_text(p, r.left(), r.top() + 2, r.width(), text, f), section, new_page)


def _row_block(cells: list[str], widths: list[float], bold: bool, section: str) -> Block:
    f = font(8, bold)
    h = max(text_height(c, f, w - 4) for c, w in zip(cells, widths, strict=True)) + 5

    def paint(painter: QPainter, rect: QRectF) -> None:
        x = rect.left()
        for c, w in zip(cells, widths, strict=True):
            draw_text(painter, x, rect.top() + 2, w - 4, c, f)
            x += w
        painter.setPen(QPen(INK if bold else RULE, 0.6 if bold else 0.3))
        painter.drawLine(QPointF(rect.left(), rect.bottom() - 0.5), QPointF(rect.right(), rect.bottom() - 0.5))

    return Block(h, paint, section)


def column_widths(table: Table, width: float) -> list[float]:
    """Columns share the width by the width of the text they hold, measured: a column whose
    longest cell fits in an even share gets all of it (so "Day 3: Commit" or a date never
    wraps), the others share the rest by their text; no header word is ever broken."""
    cell, head = QFontMetricsF(font(8)), QFontMetricsF(font(8, True))
    pad = 6.0
    floor = [max((head.horizontalAdvance(w) for w in h.split()), default=0.0) + pad for h in table.header]
    # A header wraps at its words (never inside one), so it asks only for its longest word:
    # a column of small numbers under a long header ("Late at end (min)") gives way to a
    # column of text such as a day's title.
    natural = [
        max([cell.horizontalAdvance(_cell(row[c])) for row in table.rows[:200]], default=0.0) + pad
        for c in range(len(table.header))
    ]
    natural = [max(n, f) for n, f in zip(natural, floor, strict=True)]
    if sum(natural) <= width:  # everything fits on one line: the room left goes to each in turn
        return [n * width / sum(natural) for n in natural]
    fixed: dict[int, float] = {}
    while True:  # the columns that fit in an even share of what is left keep their width
        left = width - sum(fixed.values())
        rest = [c for c in range(len(natural)) if c not in fixed]
        share = left / len(rest)
        small = [c for c in rest if natural[c] <= share]
        if not small or len(small) == len(rest):
            break
        fixed.update({c: natural[c] for c in small})
    left = width - sum(fixed.values())
    wide = {c: max(floor[c], left * natural[c] / sum(natural[r] for r in rest)) for c in rest}
    out = [fixed.get(c, wide.get(c, 0.0)) for c in range(len(natural))]
    return [w * width / sum(out) for w in out]  # a floor that took more is paid by all


def _spacer(section: str) -> Block:
    return Block(14, lambda p, r: None, section, spacer=True)


def _table_blocks(table: Table, width: float) -> list[Block]:
    """The title, its note, the header row and the rows; the title keeps with the note, the
    header and the first two rows (never alone at the foot of a page). A table with no rows
    prints no header: its note says why, in words."""
    title = _text_block(table.title, 13, True, width, section=table.title)
    title.keep_with_next = True
    if not table.header or not table.rows:
        said = table.note or QCoreApplication.translate("EventReport", "Nothing to list.")
        return [title, _text_block(said, 10, False, width, section=table.title), _spacer(table.title)]
    widths = column_widths(table, width)
    out = [title]
    if table.note:
        note_block = _text_block(table.note, 8, False, width, section=table.title)
        note_block.keep_with_next = True
        out.append(note_block)
    header_row = _row_block(table.header, widths, True, table.title)
    header_row.keep_with_next = True
    out.append(header_row)
    for n, row in enumerate(table.rows):
        block = _row_block([_cell(v) for v in row], widths, False, table.title)
        block.header = header_row
        block.keep_with_next = n == 0 and len(table.rows) > 1  # at least two rows under the heading
        out.append(block)
    out.append(_spacer(table.title))
    return out


def _summary_blocks(report: EventReport, width: float, printed: str) -> list[Block]:
    section = QCoreApplication.translate("EventReport", "Summary")
    out = [
        _text_block(
            QCoreApplication.translate("EventReport", "Event report: %1").replace("%1", report.event),
            18,
            True,
            width,
            section=section,
        ),
        _text_block(printed, 9, False, width, section=section),
    ]
    widths = [width * 0.5, width * 0.5]
    for label, value in report.summary:
        block = _row_block([label, _cell(value)], widths, False, section)
        out.append(block)
    return out


def _chart_blocks(state: SessionState, report: EventReport) -> list[Block]:
    section = QCoreApplication.translate("EventReport", "Polls")
    out: list[Block] = []
    for i, ps in enumerate(report.polls):
        result = aggregate(ps.poll, ps.snapshot, ps.closed_at)

        # The app's own card, on paper: dark on white, and named with its day (two pulses ask
        # the same question).
        def paint(painter: QPainter, rect: QRectF, ps=ps, result=result) -> None:  # type: ignore[no-untyped-def]
            paint_poll(
                painter,
                rect.adjusted(0, 4, 0, -4),
                ps.poll,
                result,
                present=ps.present_then(None) or None,
                status=poll_label(state, ps),
                colours=PAPER,
            )

        out.append(Block(CHART_H, paint, section, new_page=i == 0))
    labels = segment_labels(state)
    polls = list(state.polls.values())
    for series in recurring_series(state):
        points = trend(polls, series, labels)
        first = next(p for p in polls if (p.poll.series or p.poll.id) == series)
        title = QCoreApplication.translate("EventReport", "Trend: %1").replace("%1", first.poll.name)
        unit = trend_unit(first.poll)

        def paint_t(painter: QPainter, rect: QRectF, t=title, pts=points, u=unit) -> None:  # type: ignore[no-untyped-def]
            paint_trend(painter, rect.adjusted(0, 4, 0, -4), t, pts, u, PAPER)

        out.append(Block(CHART_H, paint_t, QCoreApplication.translate("EventReport", "Trends")))
    return out


def blocks(state: SessionState, report: EventReport, width: float, printed: str) -> list[Block]:
    out = _summary_blocks(report, width, printed)
    for i, table in enumerate(report.tables):
        tb = _table_blocks(table, width)
        tb[0].new_page = i == 0
        out += tb
    return out + _chart_blocks(state, report)


def written(state: SessionState, now: datetime) -> str:
    """ "Written 2026-12-01 16:09 (Europe/Stockholm)": in the event's time zone, as every time
    in the report (and the run sheet's "printed"), and saying which."""
    local = now.astimezone(ZoneInfo(state.show.timezone))
    stamp = f"{local.strftime('%Y-%m-%d %H:%M')} ({state.show.timezone})"
    return QCoreApplication.translate("EventReport", "Written %1").replace("%1", stamp)


def write_event_pdf(path: Path, state: SessionState, now: datetime, *, paper: str = "a4") -> tuple[str, int]:
    report = build(state, now, tr)
    printed = written(state, now)
    return write_document(
        path,
        report.event,
        lambda w: blocks(state, report, w, printed),
        paper=paper,
        subtitle=QCoreApplication.translate("EventReport", "Event report"),
    )


def event_picture(path: Path, state: SessionState, now: datetime) -> bool:
    """The event report's first A4 page (the summary) as a PNG."""
    report = build(state, now, tr)
    printed = written(state, now)
    return first_page_picture(
        path,
        report.event,
        lambda w: blocks(state, report, w, printed),
        subtitle=QCoreApplication.translate("EventReport", "Event report"),
    )
