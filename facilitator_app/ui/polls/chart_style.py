"""The look the poll charts share: colours for a dark room, and text sized from the
rectangle it goes in (never clipped), with numbers as the user's language writes them."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

BACKGROUND = QColor("#1b2026")
TEXT = QColor("#e6e9ed")
MUTED = QColor("#9aa4ae")
BAR = QColor("#4C78A8")
BAR_TOP = QColor("#59A14F")
TRACK = QColor("#2a323b")
PROMOTER, PASSIVE, DETRACTOR = QColor("#59A14F"), QColor("#9C9C9C"), QColor("#E15759")


def num(value: float, decimals: int) -> str:
    """A number as the user's language writes it (3,6 in Swedish)."""
    return QLocale().toString(float(value), "f", decimals)


def pixel_font(px: float, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(6, round(px)))
    font.setBold(bold)
    return font


def fit(painter: QPainter, rect: QRectF, text: str, px: float, bold: bool = False, flags: int = 0) -> None:
    """Draw text in rect at up to px pixels, smaller if it would not fit (never clipped)."""
    size = px
    font = pixel_font(size, bold)
    while size > 7:
        font = pixel_font(size, bold)
        bounds = QFontMetricsF(font).boundingRect(rect, flags or int(Qt.AlignmentFlag.AlignLeft), text)
        if bounds.width() <= rect.width() + 0.5 and bounds.height() <= rect.height() + 0.5:
            break
        size *= 0.92
    painter.setFont(font)
    painter.drawText(rect, flags or int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
