"""Big, crisp, fitted text: the countdown digits and the stage view.

Text is painted (not put in labels) so it scales to any window size and DPI: a font size
is fitted to the space once per size and text shape, then cached, so a tick repaints with
no layout work.
"""

from __future__ import annotations

import re
from functools import lru_cache

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ..common import theme


def shape_of(text: str) -> str:
    """The widest text of the same form: fitting to it keeps the size steady as digits change."""
    return re.sub(r"\d", "8", text)


@lru_cache(maxsize=256)
def _fitted_point_size(family: str, weight: int, text: str, width: float, height: float) -> float:
    font = QFont(family)
    font.setWeight(QFont.Weight(weight))
    font.setPointSizeF(100.0)
    metrics = QFontMetricsF(font)
    bounds = metrics.tightBoundingRect(text) if text.strip() else QRectF(0, 0, 1, 1)
    text_width = max(metrics.horizontalAdvance(text), bounds.width(), 1.0)
    text_height = max(metrics.capHeight() * 1.3, 1.0)
    return max(4.0, min(100.0 * width / text_width, 100.0 * height / text_height))


def fitted_font(
    base: QFont, text: str, rect: QRectF, *, weight: QFont.Weight = QFont.Weight.Bold, shape: bool = True
) -> QFont:
    template = shape_of(text) if shape else text
    size = _fitted_point_size(base.family(), int(weight.value), template, rect.width(), rect.height())
    font = QFont(base)
    font.setWeight(weight)
    font.setPointSizeF(size)
    return font


def draw_fitted(
    painter: QPainter,
    rect: QRectF,
    text: str,
    colour: QColor,
    *,
    weight: QFont.Weight = QFont.Weight.Bold,
    align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignCenter,
    max_point_size: float | None = None,
    shape: bool = True,
) -> None:
    if not text:
        return
    font = fitted_font(painter.font(), text, rect, weight=weight, shape=shape)
    if max_point_size is not None and font.pointSizeF() > max_point_size:
        font.setPointSizeF(max_point_size)
    painter.setFont(font)
    painter.setPen(colour)
    painter.drawText(rect, int(align | Qt.AlignmentFlag.AlignVCenter), text)


@lru_cache(maxsize=256)
def _wrapped_point_size(
    family: str, weight: int, text: str, width: float, height: float, cap: float, dpi: int, lines: int
) -> float:
    """The largest size at which ``text`` fits ``width`` x ``height`` on at most ``lines``
    lines (word-wrapped), measured for the painting device's resolution."""
    flags = int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap)

    def fits(size: float) -> bool:
        font = QFont(family)
        font.setWeight(QFont.Weight(weight))
        font.setPointSizeF(size)
        metrics = QFontMetricsF(font)
        scale = dpi / 96.0 if dpi else 1.0  # metrics are for the screen; the device may differ
        box = metrics.boundingRect(QRectF(0, 0, width / scale, 1e6), flags, text)
        words_fit = all(metrics.horizontalAdvance(w) <= width / scale for w in text.split())
        return words_fit and box.height() * scale <= height and box.height() <= metrics.lineSpacing() * lines + 1

    low, high = 4.0, max(4.0, cap)
    if fits(high):
        return high
    for _ in range(14):
        mid = (low + high) / 2
        low, high = (mid, high) if fits(mid) else (low, mid)
    return low


def draw_wrapped(
    painter: QPainter,
    rect: QRectF,
    text: str,
    colour: QColor,
    *,
    weight: QFont.Weight = QFont.Weight.DemiBold,
    max_point_size: float,
    lines: int = 2,
) -> None:
    """Text that wraps to ``lines`` lines before it shrinks, and never leaves ``rect``."""
    if not text:
        return
    device = painter.device()
    dpi = device.logicalDpiY() if device is not None else 96
    size = _wrapped_point_size(
        painter.font().family(), int(weight.value), text, rect.width(), rect.height(), max_point_size, dpi, lines
    )
    font = QFont(painter.font())
    font.setWeight(weight)
    font.setPointSizeF(size)
    painter.setFont(font)
    painter.setPen(colour)
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap), text)


class CountdownDisplay(QWidget):
    """The countdown digits with a thin progress bar underneath."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._text = "–:––"
        self._colour = theme.PHASE_FOREGROUND[theme.Phase.IDLE]
        self._accent = theme.PHASE_ACCENT[theme.Phase.IDLE]
        self._progress: float | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, False)

    def sizeHint(self) -> QSize:
        em = self.fontMetrics().height()
        return QSize(em * 16, em * 7)

    def minimumSizeHint(self) -> QSize:
        em = self.fontMetrics().height()
        return QSize(em * 8, em * 4)

    @property
    def text(self) -> str:
        return self._text

    def set_state(self, text: str, colour: QColor, accent: QColor, progress: float | None) -> None:
        if (text, colour, accent, progress) == (self._text, self._colour, self._accent, self._progress):
            return
        self._text, self._colour, self._accent, self._progress = text, colour, accent, progress
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        area = QRectF(self.rect())
        bar_height = max(6.0, area.height() * 0.05)
        digits = area.adjusted(area.width() * 0.03, 0, -area.width() * 0.03, -bar_height * 2.5)
        draw_fitted(painter, digits, self._text, self._colour)
        if self._progress is not None:
            bar = QRectF(
                area.left() + area.width() * 0.04, area.bottom() - bar_height * 1.5, area.width() * 0.92, bar_height
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#343c45"))
            painter.drawRoundedRect(bar, bar_height / 2, bar_height / 2)
            done = QRectF(bar)
            done.setWidth(bar.width() * max(0.0, min(1.0, self._progress)))
            painter.setBrush(self._accent)
            painter.drawRoundedRect(done, bar_height / 2, bar_height / 2)
        painter.end()
