"""Poll results drawn with QPainter: bars, averages, the recommendation score, a word cloud,
open answers, and a recurring pulse's trend. Everything is sized from the rectangle it is
given, so the same drawing serves the console, the stage screen and the PDF report, crisp
at any size.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from functools import lru_cache

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..domain.polls import PollDef, PollKind, Result, TrendPoint

BACKGROUND = QColor("#1b2026")
TEXT = QColor("#e6e9ed")
MUTED = QColor("#9aa4ae")
BAR = QColor("#4C78A8")
BAR_TOP = QColor("#59A14F")
TRACK = QColor("#2a323b")
PROMOTER, PASSIVE, DETRACTOR = QColor("#59A14F"), QColor("#9C9C9C"), QColor("#E15759")
CLOUD = [QColor(c) for c in ("#8fd19e", "#76B7B2", "#EDC948", "#B07AA1", "#ff9d76", "#9ecae9", "#f1ce63")]


def _font(px: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(6, round(px)))
    font.setBold(bold)
    return font


def _fit(painter: QPainter, rect: QRectF, text: str, px: float, bold: bool = False, flags: int = 0) -> None:
    """Draw text in rect at up to px pixels, smaller if it would not fit (never clipped)."""
    size = px
    font = _font(size, bold)
    wrap = flags & int(Qt.TextFlag.TextWordWrap)
    while size > 7:
        font = _font(size, bold)
        bounds = QFontMetricsF(font).boundingRect(rect, flags or int(Qt.AlignmentFlag.AlignLeft), text)
        if bounds.width() <= rect.width() + 0.5 and bounds.height() <= rect.height() + 0.5:
            break
        size *= 0.92
    painter.setFont(font)
    painter.drawText(rect, flags or int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
    del wrap


def paint_poll(
    painter: QPainter,
    rect: QRectF,
    poll: PollDef,
    result: Result,
    *,
    present: int | None = None,
    masked: bool = False,
    status: str = "",
) -> None:
    """The whole result card: question, response count, and the chart for its kind."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(rect, BACKGROUND)
    unit = max(8.0, min(rect.height() / 22, rect.width() / 34))
    pad = unit * 1.2
    inner = rect.adjusted(pad, pad, -pad, -pad)
    painter.setPen(TEXT)
    title = QRectF(inner.left(), inner.top(), inner.width(), unit * 3.2)
    _fit(painter, title, poll.question, unit * 1.6, True, int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap))
    if present:
        line = QCoreApplication.translate("PollChart", "%1 of %2 present answered").replace("%1", str(result.responses))
        line = line.replace("%2", str(present))
    else:
        line = QCoreApplication.translate("PollChart", "%1 answers").replace("%1", str(result.responses))
    sub = QRectF(inner.left(), title.bottom(), inner.width(), unit * 1.6)
    painter.setPen(MUTED)
    if status:
        line += f"   · {status}"
    if result.late:
        line += "   · " + QCoreApplication.translate("PollChart", "%1 late, not counted").replace(
            "%1", str(result.late)
        )
    _fit(painter, sub, line, unit * 1.0)
    body = QRectF(inner.left(), sub.bottom() + unit * 0.6, inner.width(), inner.bottom() - sub.bottom() - unit * 0.6)
    if masked:
        painter.setPen(MUTED)
        _fit(
            painter,
            body,
            QCoreApplication.translate("PollChart", "Results are hidden until they are revealed"),
            unit * 1.4,
            False,
            int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
        )
    elif poll.kind is PollKind.WORDS:
        paint_cloud(painter, body, result.counts)
    elif poll.kind is PollKind.TEXT:
        _paint_texts(painter, body, result.texts, unit)
    elif poll.kind is PollKind.NPS:
        _paint_nps(painter, body, result, unit)
    else:
        if poll.kind is PollKind.RATING and result.mean is not None:
            head = QRectF(body.left(), body.top(), body.width(), unit * 3)
            painter.setPen(TEXT)
            _fit(painter, head, f"⌀ {result.mean:.1f} / {poll.scale}", unit * 2.4, True)
            body = body.adjusted(0, unit * 3.4, 0, 0)
        _paint_bars(painter, body, result.counts, result.responses, unit)
    painter.restore()


def _paint_bars(painter: QPainter, rect: QRectF, counts: Sequence[tuple[str, int]], total: int, unit: float) -> None:
    if not counts:
        return
    n = len(counts)
    row = min(rect.height() / n, unit * 3.2)
    label_w = min(rect.width() * 0.34, max(QFontMetricsF(_font(unit)).horizontalAdvance(k) for k, _ in counts) + unit)
    top = max(c for _, c in counts) or 1
    for i, (label, count) in enumerate(counts):
        y = rect.top() + i * row
        painter.setPen(TEXT)
        _fit(
            painter,
            QRectF(rect.left(), y, label_w - unit * 0.5, row * 0.9),
            label,
            min(unit * 1.2, row * 0.55),
            False,
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
        )
        bar_area = QRectF(rect.left() + label_w, y + row * 0.18, rect.width() - label_w - unit * 6, row * 0.64)
        painter.fillRect(bar_area, TRACK)
        width = bar_area.width() * count / top
        painter.fillRect(
            QRectF(bar_area.left(), bar_area.top(), width, bar_area.height()),
            BAR_TOP if count == top and count else BAR,
        )
        share = f"{count}  ({100 * count / total:.0f} %)" if total else "0"
        painter.setPen(TEXT)
        _fit(
            painter, QRectF(bar_area.right() + unit * 0.5, y, unit * 5.5, row * 0.9), share, min(unit * 1.1, row * 0.5)
        )


def _paint_nps(painter: QPainter, rect: QRectF, result: Result, unit: float) -> None:
    head = QRectF(rect.left(), rect.top(), rect.width(), unit * 3.2)
    painter.setPen(TEXT)
    score = "–" if result.nps is None else f"{result.nps:+.0f}"
    _fit(painter, head, f"NPS {score}", unit * 2.6, True)
    strip = QRectF(rect.left(), head.bottom() + unit * 0.4, rect.width(), unit * 1.6)
    total = result.responses or 1
    x = strip.left()
    for n, colour in ((result.detractors, DETRACTOR), (result.passives, PASSIVE), (result.promoters, PROMOTER)):
        w = strip.width() * n / total if result.responses else 0
        painter.fillRect(QRectF(x, strip.top(), w, strip.height()), colour)
        x += w
    if not result.responses:
        painter.fillRect(strip, TRACK)
    legend = QRectF(rect.left(), strip.bottom() + unit * 0.3, rect.width(), unit * 1.4)
    painter.setPen(MUTED)
    _fit(painter, legend, f"0–6: {result.detractors}    7–8: {result.passives}    9–10: {result.promoters}", unit)
    _paint_bars(
        painter,
        rect.adjusted(0, legend.bottom() - rect.top() + unit * 0.5, 0, 0),
        result.counts,
        result.responses,
        unit * 0.8,
    )


def _paint_texts(painter: QPainter, rect: QRectF, texts: Sequence[str], unit: float) -> None:
    painter.setPen(TEXT)
    font = _font(unit * 1.05)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    y = rect.top()
    for text in texts:
        box = metrics.boundingRect(
            QRectF(rect.left(), y, rect.width(), 10_000), int(Qt.TextFlag.TextWordWrap), "– " + text
        )
        if y + box.height() > rect.bottom():
            painter.setPen(MUTED)
            more = QCoreApplication.translate("PollChart", "… %1 answers in all").replace("%1", str(len(texts)))
            painter.drawText(QRectF(rect.left(), y, rect.width(), metrics.height()), more)
            break
        painter.drawText(QRectF(rect.left(), y, rect.width(), box.height()), int(Qt.TextFlag.TextWordWrap), "– " + text)
        y += box.height() + unit * 0.4


@lru_cache(maxsize=32)
def cloud_layout(
    words: tuple[tuple[str, int], ...], width: int, height: int
) -> tuple[tuple[str, float, float, float, int], ...]:
    """Where each word goes: (word, x, y, pixel size, colour index), largest first, on a
    spiral from the centre, no two words overlapping. Cached per size and content."""
    if not words or width < 20 or height < 20:
        return ()
    top = words[0][1]
    biggest = min(height / 4.5, width / max(4, len(words[0][0]) * 0.62))
    placed: list[QRectF] = []
    out = []
    cx, cy = width / 2, height / 2
    for rank, (word, count) in enumerate(words):
        size = max(9.0, biggest * math.sqrt(count / top))
        metrics = QFontMetricsF(_font(size, bold=rank < 3))
        w, h = metrics.horizontalAdvance(word) + size * 0.3, metrics.height() * 0.92
        spot = None
        for step in range(0, 2400):
            angle = step * 0.35
            radius = 2.2 * angle
            x = cx + radius * math.cos(angle) * (width / height) ** 0.5 - w / 2
            y = cy + radius * math.sin(angle) / (width / height) ** 0.5 - h / 2
            if x < 0 or y < 0 or x + w > width or y + h > height:
                if radius > width + height:
                    break
                continue
            box = QRectF(x, y, w, h)
            if not any(box.intersects(p) for p in placed):
                spot = box
                break
        if spot is None:
            if size <= 9.5:
                break  # the rest are too small to matter and do not fit
            continue
        placed.append(spot)
        out.append((word, spot.left(), spot.top(), size, rank % len(CLOUD)))
    return tuple(out)


def paint_cloud(painter: QPainter, rect: QRectF, counts: Sequence[tuple[str, int]]) -> None:
    layout = cloud_layout(tuple(counts), int(rect.width()), int(rect.height()))
    for rank, (word, x, y, size, colour) in enumerate(layout):
        painter.setFont(_font(size, bold=rank < 3))
        painter.setPen(CLOUD[colour])
        metrics = QFontMetricsF(painter.font())
        painter.drawText(QPointF(rect.left() + x + size * 0.15, rect.top() + y + metrics.ascent()), word)


def paint_trend(painter: QPainter, rect: QRectF, title: str, points: Sequence[TrendPoint], unit_label: str) -> None:
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(rect, BACKGROUND)
    unit = max(8.0, min(rect.height() / 20, rect.width() / 34))
    inner = rect.adjusted(unit * 1.2, unit * 1.2, -unit * 1.2, -unit * 1.2)
    painter.setPen(TEXT)
    _fit(painter, QRectF(inner.left(), inner.top(), inner.width(), unit * 2.4), title, unit * 1.5, True)
    values = [p.value for p in points if p.value is not None]
    chart = inner.adjusted(unit * 3.5, unit * 3.2, -unit, -unit * 3.2)
    painter.setPen(QPen(TRACK, 1))
    painter.drawRect(chart)
    if not values:
        painter.setPen(MUTED)
        _fit(
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

    painter.setPen(MUTED)
    for v in (lo, (lo + hi) / 2, hi):
        painter.setFont(_font(unit * 0.9))
        painter.drawText(
            QRectF(inner.left(), y_of(v) - unit, unit * 3.2, unit * 2),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            f"{v:.0f}" if span > 9 else f"{v:.1f}",
        )
    pen = QPen(BAR_TOP, max(2.0, unit * 0.25))
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
        painter.setBrush(BAR_TOP)
        painter.drawEllipse(pt, unit * 0.45, unit * 0.45)
        painter.setPen(TEXT)
        painter.setFont(_font(unit * 1.0, True))
        painter.drawText(
            QRectF(x - unit * 4, pt.y() - unit * 2.2, unit * 8, unit * 1.6),
            int(Qt.AlignmentFlag.AlignCenter),
            f"{p.value:.1f}",
        )
        prev = pt
    for x, p in zip(xs, points, strict=True):
        painter.setPen(MUTED)
        _fit(
            painter,
            QRectF(x - chart.width() / n / 2, chart.bottom() + unit * 0.3, chart.width() / n, unit * 2.6),
            f"{p.label}\n{p.responses}",
            unit * 0.9,
            False,
            int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
        )
    painter.restore()


class PollChart(QWidget):
    """A widget showing one poll's result (or a trend)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.poll: PollDef | None = None
        self.result: Result | None = None
        self.present: int | None = None
        self.masked = False
        self.status = ""
        self.trend: tuple[str, Sequence[TrendPoint], str] | None = None
        self.empty_text = ""

    def show_result(
        self,
        poll: PollDef | None,
        result: Result | None,
        *,
        present: int | None = None,
        masked: bool = False,
        status: str = "",
    ) -> None:
        self.poll, self.result, self.present, self.masked, self.status = poll, result, present, masked, status
        self.trend = None
        self.update()

    def show_trend(self, title: str, points: Sequence[TrendPoint], unit_label: str) -> None:
        self.trend = (title, points, unit_label)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(640, 420)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = QRectF(self.rect())
        if self.trend is not None:
            paint_trend(painter, rect, *self.trend)
        elif self.poll is not None and self.result is not None:
            paint_poll(
                painter, rect, self.poll, self.result, present=self.present, masked=self.masked, status=self.status
            )
        else:
            painter.fillRect(rect, BACKGROUND)
            painter.setPen(MUTED)
            _fit(
                painter, rect, self.empty_text, 18, False, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)
            )
        painter.end()
