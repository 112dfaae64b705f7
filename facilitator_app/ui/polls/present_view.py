"""The result (or trend) full screen on the stage screen, or beside the console when
there is one screen; Esc closes it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QScreen, QShortcut
from PySide6.QtWidgets import QVBoxLayout, QWidget

from ...domain.polls import PollState, aggregate
from .poll_chart import PollChart


class PresentView(QWidget):
    """The result (or trend) full screen on the stage screen; Esc closes it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
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

    def show_on(self, stage: QScreen | None, console: QScreen) -> None:
        """Full screen on the stage screen; with one screen, a window beside the console."""
        if stage is not None and stage is not console:
            self.setScreen(stage)
            self.setGeometry(stage.geometry())
            self.showFullScreen()
        else:
            geo = console.availableGeometry()
            self.setGeometry(geo.x() + geo.width() // 2, geo.y() + 40, geo.width() // 2 - 20, geo.height() // 2)
            self.showNormal()

    def show_poll(self, ps: PollState | None, present: int | None) -> None:
        """The poll's result as the audience may see it: masked until revealed if hidden."""
        if not self.isVisible():
            return
        if ps is None:
            self.chart.show_result(None, None)
            return
        result = aggregate(ps.poll, ps.snapshot, ps.closed_at)
        masked = ps.poll.hidden and not ps.revealed
        self.chart.show_result(ps.poll, result, present=present, masked=masked)
