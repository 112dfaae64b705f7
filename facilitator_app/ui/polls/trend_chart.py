"""A recurring pulse's trend: which polls form one, the scale it is drawn on, and the
line chart itself (sized from its rectangle, for the console, the stage and the PDF)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPen

from ...domain.polls import PollDef, PollKind, TrendPoint
from ...domain.state import SessionState
from .chart_style import SCREEN, Colours, fit, num, pixel_font


def trend_unit(poll: PollDef) -> str:
    """The scale a trend is drawn on: NPS (-100..100), the rating's top, or a share in %."""
    if poll.kind is PollKind.NPS:
        return "NPS"
    return str(poll.scale) if poll.kind is PollKind.RATING else "%"


def recurring_series(state: SessionState) -> list[str]:
    """The keys of the recurring pulses: a series (or poll id) shared by two or more polls."""
    counts: dict[str, int] = {}
    for ps in state.polls.values():
        key = ps.poll.series or ps.poll.id
        counts[key] = counts.get(key, 0) + 1
    return [k for k, n in counts.items() if n > 1]


def segment_labels(state: SessionState) -> dict[str, str]:
    """Poll id -> "day: segment" for the polls attached to a segment (a trend's x axis)."""
    where = {s.id: (d.title, s.title) for d in state.show.days for s in d.segments}
    out = {}
    for ps in state.polls.values():
        if ps.poll.segment_id in where:
            day, seg = where[ps.poll.segment_id]
            out[ps.poll.id] = f"{day}: {seg}"
    return out


def paint_trend(
    painter: QPainter,
    rect: QRectF,
    title: str,
    points: Sequence[TrendPoint],
    unit_label: str,
    colours: Colours = SCREEN,
) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(rect, colours.background)
    unit = max(8.0, min(rect.height() / 20, rect.width() / 34))
    inner = rect.adjusted(unit * 1.2, unit * 1.2, -unit * 1.2, -unit * 1.2)
    painter.setPen(colours.text)
    fit(painter, QRectF(inner.left(), inner.top(), inner.width(), unit * 2.4), title, unit * 1.5, True)
    values = [p.value for p in points if p.value is not None]
    chart = inner.adjusted(unit * 3.5, unit * 3.2, -unit, -unit * 3.2)
    painter.setPen(QPen(colours.track, 1))
    painter.drawRect(chart)
    if not values:
        painter.setPen(colours.muted)
        fit(
            painter,
            chart,
            QCoreApplication.translate("PollChart", "No results yet"),
            unit * 1.2,
            False,
            int(Qt.AlignmentFlag.AlignCenter),
        )
        painter.restore()
        return
    lo, hi = min(values), max(values)
    if unit_label == "NPS":
        lo, hi = -100.0, 100.0
    elif unit_label == "%":
        lo, hi = 0.0, 100.0
    else:
        lo, hi = min(lo, 1.0), max(hi, float(unit_label) if unit_label.isdigit() else hi)
    span = (hi - lo) or 1.0
    n = len(points)
    xs = [chart.left() + (chart.width() * (i + 0.5) / n) for i in range(n)]

    def y_of(v: float) -> float:
        return chart.bottom() - (v - lo) / span * chart.height()

    painter.setPen(colours.muted)
    for v in (lo, (lo + hi) / 2, hi):
        painter.setFont(pixel_font(unit * 0.9))
        painter.drawText(
            QRectF(inner.left(), y_of(v) - unit, unit * 3.2, unit * 2),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            num(v, 0 if span > 9 else 1),
        )
    pen = QPen(colours.bar_top, max(2.0, unit * 0.25))
    prev = None
    for x, p in zip(xs, points, strict=True):
        if p.value is None:
            prev = None
            continue
        pt = QPointF(x, y_of(p.value))
        if prev is not None:
            painter.setPen(pen)
            painter.drawLine(prev, pt)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colours.bar_top)
        painter.drawEllipse(pt, unit * 0.45, unit * 0.45)
        painter.setPen(colours.text)
        painter.setFont(pixel_font(unit * 1.0, True))
        painter.drawText(
            QRectF(x - unit * 4, pt.y() - unit * 2.2, unit * 8, unit * 1.6),
            int(Qt.AlignmentFlag.AlignCenter),
            num(p.value, 1),
        )
        prev = pt
    for x, p in zip(xs, points, strict=True):
        painter.setPen(colours.muted)
        fit(
            painter,
            QRectF(x - chart.width() / n / 2, chart.bottom() + unit * 0.3, chart.width() / n, unit * 2.6),
            f"{p.label}\nn = {p.responses}",
            unit * 0.9,
            False,
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
        )
    painter.restore()
