"""The result (or trend) full screen on the stage screen, or beside the console when
there is one screen; Esc closes it."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QKeySequence, QScreen, QShortcut
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...domain.polls import PollState, aggregate
from .poll_chart import PollChart


class PresentView(QWidget):
    """The result (or trend) full screen on the stage screen; Esc closes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        # Always in front of the console's windows (the polls window takes the keyboard
        # back right after showing it, which raised the polls window over it).
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowStaysOnTopHint)
        self.setObjectName("pollPresent")
        self.setWindowTitle(self.tr("Poll results"))
        # The producer keeps the keyboard in the polls window: F6 shows and hides this view.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.chart = PollChart()
        layout.addWidget(self.chart)
        close = QShortcut(QKeySequence("Esc"), self)
        close.activated.connect(self.close)
        self._close = close

    def show_on(self, stage: QScreen | None, console: QScreen, beside: QRect | None = None) -> None:
        """Full screen on the stage screen; with one screen, a window on the half of the
        screen away from ``beside`` (the polls window), in front, without the keyboard."""
        if stage is not None and stage is not console:
            self.setScreen(stage)
            self.setGeometry(stage.geometry())
            self.showFullScreen()
        else:
            geo = console.availableGeometry()
            half = geo.width() // 2
            left = beside is not None and beside.center().x() >= geo.center().x()
            x = geo.x() + 20 if left else geo.x() + half
            self.setGeometry(x, geo.y() + 40, half - 20, geo.height() // 2)
            self.showNormal()
        self.raise_()

    def show_poll(self, ps: PollState | None, present: int | None) -> None:
        """The poll's result as the audience may see it: masked until revealed if hidden.
        ``present``: the people present now; the figure stored with the result wins."""
        if not self.isVisible():
            return
        if ps is None:
            self.chart.show_result(None, None)
            return
        result = aggregate(ps.poll, ps.snapshot, ps.closed_at)
        masked = ps.poll.hidden and not ps.revealed
        self.chart.show_result(ps.poll, result, present=ps.present_then(present), masked=masked)
