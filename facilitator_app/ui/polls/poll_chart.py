"""Poll results drawn with QPainter: bars, averages, the recommendation score, a word cloud,
open answers, and (from trend_chart) a recurring pulse's trend. Everything is sized from the
rectangle it is given, so the same drawing serves the console, the stage screen and the PDF
report, crisp at any size.
"""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...domain.polls import PollDef, PollKind, Result, TrendPoint
from .chart_style import SCREEN, Colours, fit, num, pixel_font
from .trend_chart import paint_trend
from .word_cloud import Placed, cloud_steps, paint_cloud

CLOUD_INTERVAL_S = 1.0  # a live word cloud is laid out again at most this often


def card_rects(rect: QRectF) -> tuple[float, QRectF, QRectF, QRectF, QRectF]:
    """The unit of size, and the inner, title, subtitle and chart rectangles of a card."""
    unit = max(8.0, min(rect.height() / 22, rect.width() / 34))
    pad = unit * 1.2
    inner = rect.adjusted(pad, pad, -pad, -pad)
    title = QRectF(inner.left(), inner.top(), inner.width(), unit * 3.2)
    sub = QRectF(inner.left(), title.bottom(), inner.width(), unit * 1.6)
    body = QRectF(inner.left(), sub.bottom() + unit * 0.6, inner.width(), inner.bottom() - sub.bottom() - unit * 0.6)
    return unit, inner, title, sub, body


def paint_poll(
    painter: QPainter,
    rect: QRectF,
    poll: PollDef,
    result: Result,
    *,
    present: int | None = None,
    masked: bool = False,
    status: str = "",
    cloud: Sequence[Placed] | None = None,
    colours: Colours = SCREEN,
) -> None:
    """The whole result card: question, response count, and the chart for its kind. A
    word cloud's layout may be given (a live view computes it over several turns);
    ``colours`` are the screen's unless it is printed (chart_style.PAPER)."""
    c = colours
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.fillRect(rect, c.background)
    unit, _inner, title, sub, body = card_rects(rect)
    painter.setPen(c.text)
    fit(painter, title, poll.question, unit * 1.6, True, int(Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap))
    if present:
        line = QCoreApplication.translate("PollChart", "%1 of %2 present answered").replace("%1", str(result.responses))
        line = line.replace("%2", str(present))
    else:
        line = QCoreApplication.translate("PollChart", "%1 answers").replace("%1", str(result.responses))
    painter.setPen(c.muted)
    if status:
        line += f"   · {status}"
    if result.late:
        line += "   · " + QCoreApplication.translate("PollChart", "%1 late, not counted").replace(
            "%1", str(result.late)
        )
    fit(painter, sub, line, unit * 1.0)
    if masked:
        painter.setPen(c.muted)
        fit(
            painter,
            body,
            QCoreApplication.translate("PollChart", "Results are hidden until they are revealed"),
            unit * 1.4,
            False,
            int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap),
        )
    elif poll.kind is PollKind.WORDS:
        paint_cloud(painter, body, result.counts, cloud, c.cloud)
    elif poll.kind is PollKind.TEXT:
        _paint_texts(painter, body, result.texts, unit, c)
    elif poll.kind is PollKind.NPS:
        _paint_nps(painter, body, result, unit, c)
    else:
        if poll.kind is PollKind.RATING and result.mean is not None:
            head = QRectF(body.left(), body.top(), body.width(), unit * 3)
            painter.setPen(c.text)
            fit(painter, head, f"⌀ {num(result.mean, 1)} / {poll.scale}", unit * 2.4, True)
            body = body.adjusted(0, unit * 3.4, 0, 0)
        _paint_bars(painter, body, result.counts, result.responses, unit, c)
    painter.restore()


def _paint_bars(
    painter: QPainter, rect: QRectF, counts: Sequence[tuple[str, int]], total: int, unit: float, c: Colours
) -> None:
    if not counts:
        return
    n = len(counts)
    row = min(rect.height() / n, unit * 3.2)
    label_w = min(
        rect.width() * 0.34, max(QFontMetricsF(pixel_font(unit)).horizontalAdvance(k) for k, _ in counts) + unit
    )
    top = max(c for _, c in counts) or 1
    for i, (label, count) in enumerate(counts):
        y = rect.top() + i * row
        painter.setPen(c.text)
        fit(
            painter,
            QRectF(rect.left(), y, label_w - unit * 0.5, row * 0.9),
            label,
            min(unit * 1.2, row * 0.55),
            False,
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
        )
        bar_area = QRectF(rect.left() + label_w, y + row * 0.18, rect.width() - label_w - unit * 6, row * 0.64)
        painter.fillRect(bar_area, c.track)
        # The track is everyone who answered: 33 % of them fills a third of it.
        width = bar_area.width() * min(1.0, count / total) if total else 0.0
        painter.fillRect(
            QRectF(bar_area.left(), bar_area.top(), width, bar_area.height()),
            c.bar_top if count == top and count else c.bar,
        )
        share = f"{count}  ({100 * count / total:.0f} %)" if total else "0"
        painter.setPen(c.text)
        fit(painter, QRectF(bar_area.right() + unit * 0.5, y, unit * 5.5, row * 0.9), share, min(unit * 1.1, row * 0.5))


def _paint_nps(painter: QPainter, rect: QRectF, result: Result, unit: float, c: Colours) -> None:
    head = QRectF(rect.left(), rect.top(), rect.width(), unit * 3.2)
    painter.setPen(c.text)
    score = "–" if result.nps is None else f"{result.nps:+.0f}"
    fit(painter, head, f"NPS {score}", unit * 2.6, True)
    strip = QRectF(rect.left(), head.bottom() + unit * 0.4, rect.width(), unit * 1.6)
    total = result.responses or 1
    x = strip.left()
    for n, colour in ((result.detractors, c.detractor), (result.passives, c.passive), (result.promoters, c.promoter)):
        w = strip.width() * n / total if result.responses else 0
        painter.fillRect(QRectF(x, strip.top(), w, strip.height()), colour)
        x += w
    if not result.responses:
        painter.fillRect(strip, c.track)
    legend = QRectF(rect.left(), strip.bottom() + unit * 0.3, rect.width(), unit * 1.4)
    painter.setPen(c.muted)
    fit(painter, legend, f"0–6: {result.detractors}    7–8: {result.passives}    9–10: {result.promoters}", unit)
    _paint_columns(painter, rect.adjusted(0, legend.bottom() - rect.top() + unit * 0.6, 0, 0), result.counts, unit, c)


def _paint_columns(painter: QPainter, rect: QRectF, counts: Sequence[tuple[str, int]], unit: float, c: Colours) -> None:
    """A 0-10 scale as columns side by side: the count above, the score below, each in a
    font that stays readable however many columns there are."""
    if not counts or rect.height() < unit * 4:
        return
    n = len(counts)
    slot = rect.width() / n
    top = max(c for _, c in counts) or 1
    label_h = unit * 1.5
    area = QRectF(rect.left(), rect.top() + label_h, rect.width(), rect.height() - 2 * label_h)
    for i, (label, count) in enumerate(counts):
        x = rect.left() + i * slot
        height = area.height() * count / top
        bar = QRectF(x + slot * 0.15, area.bottom() - height, slot * 0.7, height)
        painter.fillRect(QRectF(bar.left(), area.top(), bar.width(), area.height()), c.track)
        colour = c.detractor if int(label) <= 6 else (c.passive if int(label) <= 8 else c.promoter)
        painter.fillRect(bar, colour)
        painter.setPen(c.text)
        fit(
            painter,
            QRectF(x, bar.top() - label_h, slot, label_h),
            str(count),
            unit * 1.1,
            False,
            int(Qt.AlignmentFlag.AlignCenter),
        )
        painter.setPen(c.muted)
        fit(
            painter,
            QRectF(x, area.bottom(), slot, label_h),
            label,
            unit * 1.1,
            False,
            int(Qt.AlignmentFlag.AlignCenter),
        )


def _paint_texts(painter: QPainter, rect: QRectF, texts: Sequence[str], unit: float, c: Colours) -> None:
    painter.setPen(c.text)
    font = pixel_font(unit * 1.05)
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    y = rect.top()
    for text in texts:
        box = metrics.boundingRect(
            QRectF(rect.left(), y, rect.width(), 10_000), int(Qt.TextFlag.TextWordWrap), "– " + text
        )
        if y + box.height() > rect.bottom():
            painter.setPen(c.muted)
            more = QCoreApplication.translate("PollChart", "… %1 answers in all").replace("%1", str(len(texts)))
            painter.drawText(QRectF(rect.left(), y, rect.width(), metrics.height()), more)
            break
        painter.drawText(QRectF(rect.left(), y, rect.width(), box.height()), int(Qt.TextFlag.TextWordWrap), "– " + text)
        y += box.height() + unit * 0.4


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
        self._cloud_at = 0.0
        self._pending: Result | None = None
        self._cloud_timer = QTimer(self)
        self._cloud_timer.setSingleShot(True)
        self._cloud_timer.timeout.connect(self._flush_cloud)
        # A word cloud is laid out a few milliseconds at a time; the last one stays up meanwhile.
        self._job: tuple[tuple[object, ...], Iterator[None], list[Placed]] | None = None
        self._layouts: dict[tuple[object, ...], tuple[Placed, ...]] = {}
        self._shown: tuple[Placed, ...] = ()
        self._step_timer = QTimer(self)
        self._step_timer.setInterval(0)
        self._step_timer.timeout.connect(self._step_cloud)

    def show_result(
        self,
        poll: PollDef | None,
        result: Result | None,
        *,
        present: int | None = None,
        masked: bool = False,
        status: str = "",
    ) -> None:
        """Show a result. A live word cloud is laid out again at most once a second (a new
        layout takes tens of milliseconds); everything else updates at once."""
        same_cloud = poll is not None and poll.kind is PollKind.WORDS and self.poll == poll and self.trend is None
        self.poll, self.present, self.masked, self.status = poll, present, masked, status
        self.trend = None
        now = time.monotonic()
        if same_cloud and now - self._cloud_at < CLOUD_INTERVAL_S:
            self._pending = result
            if not self._cloud_timer.isActive():
                self._cloud_timer.start(int((CLOUD_INTERVAL_S - (now - self._cloud_at)) * 1000) + 1)
            return
        self._cloud_at = now
        self.result = result
        self._pending = None
        self.update()

    def _cloud_for(self, rect: QRectF) -> tuple[Placed, ...]:
        """The layout for the current words if ready; else start laying it out and show
        the previous one meanwhile."""
        assert self.result is not None
        body = card_rects(rect)[4]
        key: tuple[object, ...] = (tuple(self.result.counts), int(body.width()), int(body.height()))
        ready = self._layouts.get(key)
        if ready is not None:
            self._shown = ready
            return ready
        if self._job is None or self._job[0] != key:
            out: list[Placed] = []
            self._job = (key, cloud_steps(key[0], key[1], key[2], out), out)  # type: ignore[arg-type]
            self._step_timer.start()
        return self._shown

    def finish_layout(self) -> None:
        """Lay out a pending word cloud now (screenshots, exports, tests)."""
        self.repaint()
        if self._job is not None:
            key, steps, out = self._job
            for _ in steps:
                pass
            self._step_timer.stop()
            self._job = None
            self._layouts[key] = tuple(out)
            self.repaint()

    def _step_cloud(self) -> None:
        """A slice of the layout work: at most about 8 ms per turn of the event loop."""
        if self._job is None:
            self._step_timer.stop()
            return
        key, steps, out = self._job
        deadline = time.perf_counter() + 0.008
        for _ in steps:
            if time.perf_counter() > deadline:
                return
        self._step_timer.stop()
        self._job = None
        if len(self._layouts) > 8:
            self._layouts.clear()
        self._layouts[key] = tuple(out)
        self.update()

    def _flush_cloud(self) -> None:
        if self._pending is not None:
            self.result, self._pending = self._pending, None
            self._cloud_at = time.monotonic()
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
            cloud = self._cloud_for(rect) if self.poll.kind is PollKind.WORDS and not self.masked else None
            paint_poll(
                painter,
                rect,
                self.poll,
                self.result,
                present=self.present,
                masked=self.masked,
                status=self.status,
                cloud=cloud,
            )
        else:
            painter.fillRect(rect, SCREEN.background)
            painter.setPen(SCREEN.muted)
            fit(painter, rect, self.empty_text, 18, False, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap))
        painter.end()
