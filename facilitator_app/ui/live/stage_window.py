"""The stage view: a full-screen countdown readable from across a room.

Everything is painted and fitted to the window, so it is as crisp on a 4K projector as
on a laptop. It shows the current title, the huge countdown, what is next and the
producer's message; the background tints by phase and can flash when time is up.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QColor, QFont, QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

from ...domain.live import Phase
from ..common import theme
from .countdown import draw_fitted, draw_wrapped
from .readout import Readout

FLASH_TOGGLES = 10  # five flashes, twice a second


class StageWindow(QWidget):
    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Stage view"))
        self.setObjectName("stageWindow")
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setCursor(Qt.CursorShape.BlankCursor)
        self._readout: Readout | None = None
        self._message = ""
        self._flash_on = False
        self._flash_left = 0
        self._flash_timer = QTimer(self)
        self._flash_timer.setInterval(500)
        self._flash_timer.timeout.connect(self._flash_step)
        self.resize(960, 540)

    # ------------------------------------------------------------ content

    def set_readout(self, readout: Readout) -> None:
        if readout != self._readout:
            self._readout = readout
            self.update()

    def set_message(self, text: str) -> None:
        if text != self._message:
            self._message = text
            self.update()

    def flash(self) -> None:
        """Flash the background a few times (time is up)."""
        self._flash_left = FLASH_TOGGLES
        self._flash_on = True
        self._flash_timer.start()
        self.update()

    @property
    def flashing(self) -> bool:
        return self._flash_timer.isActive()

    def _flash_step(self) -> None:
        self._flash_left -= 1
        self._flash_on = not self._flash_on and self._flash_left > 0
        if self._flash_left <= 0:
            self._flash_timer.stop()
            self._flash_on = False
        self.update()

    # ------------------------------------------------------------ painting

    def paintEvent(self, event: QPaintEvent) -> None:
        readout = self._readout
        phase = readout.phase if readout else Phase.IDLE
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        background = theme.FLASH_BACKGROUND if self._flash_on else theme.STAGE_BACKGROUND[phase]
        painter.fillRect(self.rect(), background)
        w, h = float(self.width()), float(self.height())
        margin = w * 0.04
        inner = w - 2 * margin
        muted = QColor("#aab4bf")
        text = QColor("#f2f4f7")
        if readout is None:
            painter.end()
            return
        # Title (top; two lines before it shrinks), status words, countdown, next line, message band.
        draw_wrapped(
            painter,
            QRectF(margin, h * 0.02, inner, h * 0.12),
            readout.title or readout.status_line,
            text,
            max_point_size=self._points(h * 0.06),
        )
        status_colour = theme.PHASE_FOREGROUND[phase] if phase is not Phase.NORMAL else muted
        draw_fitted(
            painter,
            QRectF(margin, h * 0.14, inner, h * 0.06),
            readout.stage_status,
            status_colour,
            weight=QFont.Weight.Bold,
            shape=False,
            max_point_size=h * 0.035,
        )
        digits_colour = QColor("#ffffff") if self._flash_on else theme.PHASE_FOREGROUND[phase]
        draw_fitted(painter, QRectF(margin, h * 0.20, inner, h * 0.50), readout.big, digits_colour)
        if readout.progress is not None:
            bar_h = h * 0.012
            bar = QRectF(margin, h * 0.72, inner, bar_h)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#2a3138"))
            painter.drawRoundedRect(bar, bar_h / 2, bar_h / 2)
            done = QRectF(bar)
            done.setWidth(bar.width() * max(0.0, min(1.0, readout.progress)))
            painter.setBrush(theme.PHASE_ACCENT[phase])
            painter.drawRoundedRect(done, bar_h / 2, bar_h / 2)
        draw_wrapped(
            painter,
            QRectF(margin, h * 0.75, inner, h * 0.10),
            readout.next_line,
            muted,
            weight=QFont.Weight.Normal,
            max_point_size=self._points(h * 0.04),
        )
        if self._message:
            band = QRectF(0, h * 0.86, w, h * 0.14)
            painter.fillRect(band, QColor("#f2c14e"))
            draw_wrapped(
                painter,
                band.adjusted(margin, h * 0.01, -margin, -h * 0.01),
                self._message,
                QColor("#1b1b1b"),
                weight=QFont.Weight.Bold,
                max_point_size=self._points(h * 0.06),
            )
        painter.end()

    def _points(self, pixels: float) -> float:
        """A height in pixels as a point size on this window's screen."""
        return pixels * 72.0 / max(1, self.logicalDpiY())

    # ------------------------------------------------------------ window

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.close()
        elif event.key() == Qt.Key.Key_F11:
            self.showNormal() if self.isFullScreen() else self.showFullScreen()
        else:
            super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._flash_timer.stop()
        self.closed.emit()
        super().closeEvent(event)
