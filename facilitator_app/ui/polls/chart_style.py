"""The look the poll charts share: colours for a dark room, and text sized from the
rectangle it goes in (never clipped), with numbers as the user's language writes them."""

from __future__ import annotations

from PySide6.QtCore import QLocale, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from ...domain.frozen import Frozen, record


@record(slots=False)
class Colours(Frozen):
    """The colours of a chart: for a screen in a dim room, or for paper."""

    background: QColor
    text: QColor
    muted: QColor
    bar: QColor
    bar_top: QColor
    track: QColor
    promoter: QColor
    passive: QColor
    detractor: QColor
    cloud: tuple[QColor, ...]


SCREEN = Colours(
    background=QColor("#1b2026"),
    text=QColor("#e6e9ed"),
    muted=QColor("#9aa4ae"),
    bar=QColor("#4C78A8"),
    bar_top=QColor("#59A14F"),
    track=QColor("#2a323b"),
    promoter=QColor("#59A14F"),
    passive=QColor("#9C9C9C"),
    detractor=QColor("#E15759"),
    cloud=tuple(QColor(c) for c in ("#8fd19e", "#76B7B2", "#EDC948", "#B07AA1", "#ff9d76", "#9ecae9", "#f1ce63")),
)
# Printed: white paper, dark text, the same hues a shade darker (and the tracks light), so a
# report does not come out of the printer black (a rehearsal finding: pages mostly toner).
PAPER = Colours(
    background=QColor("#ffffff"),
    text=QColor("#1b1f24"),
    muted=QColor("#5b6570"),
    bar=QColor("#3d6690"),
    bar_top=QColor("#3f7d38"),
    track=QColor("#e8ebee"),
    promoter=QColor("#3f7d38"),
    passive=QColor("#8a8a8a"),
    detractor=QColor("#c23b3d"),
    cloud=tuple(QColor(c) for c in ("#2f7d45", "#3b7f7b", "#9a7a12", "#7d4f70", "#b8512d", "#3d6690", "#8a6d14")),
)


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
