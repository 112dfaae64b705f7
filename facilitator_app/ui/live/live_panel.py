"""The producer's live panel: now, the countdown, next, where the schedule stands."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain.live import LiveView, format_duration
from ..common import theme
from .countdown import CountdownDisplay
from .readout import Readout, schedule_words


def _caption(text: str) -> QLabel:
    label = QLabel(text.upper())
    label.setObjectName("caption")
    return label


class LivePanel(QFrame):
    messageSubmitted = Signal(str)
    messageCancelled = Signal()  # Esc in the message field: typing is over, live keys work again

    def __init__(self, transport: list[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("panel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(8)

        self.now_caption = _caption(self.tr("Now"))
        self.phase_label = QLabel()
        self.phase_label.setObjectName("figure")
        self.phase_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        head = QHBoxLayout()
        head.addWidget(self.now_caption)
        head.addStretch(1)
        head.addWidget(self.phase_label)
        layout.addLayout(head)

        self.title = QLabel()
        self.title.setObjectName("nowTitle")
        self.title.setWordWrap(True)
        self.lead = QLabel()
        self.lead.setObjectName("muted")
        layout.addWidget(self.title)
        layout.addWidget(self.lead)

        self.countdown = CountdownDisplay()
        self.countdown.setMinimumHeight(self.fontMetrics().height() * 4)
        layout.addWidget(self.countdown, 2)

        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        for action in transport:
            button = QToolButton()
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            buttons.addWidget(button)
        layout.addLayout(buttons)

        # Next, the figures and the notes scroll if the screen is short, so the window never
        # grows past the screen and the countdown is never squeezed under its buttons.
        info_box = QWidget()
        info_box.setObjectName("liveInfo")
        info = QVBoxLayout(info_box)
        info.setContentsMargins(0, 0, 0, 0)
        info.setSpacing(6)
        info.addWidget(_caption(self.tr("Next")))
        self.next_title = QLabel()
        self.next_title.setObjectName("nextTitle")
        self.next_title.setWordWrap(True)
        info.addWidget(self.next_title)

        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        grid.setVerticalSpacing(4)
        self.figures: dict[str, QLabel] = {}
        names = [
            ("started", self.tr("Started")),
            ("ends", self.tr("Ends")),
            ("schedule", self.tr("Schedule")),
            ("day_end", self.tr("Day ends")),
        ]
        for i, (key, text) in enumerate(names):
            grid.addWidget(_caption(text), (i // 2) * 2, i % 2)
            value = QLabel("–")
            value.setObjectName("figure")
            value.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            grid.addWidget(value, (i // 2) * 2 + 1, i % 2)
            self.figures[key] = value
        info.addLayout(grid)

        self.round_note = QLabel()  # the next breakout round: not planned, not sent, no host
        self.round_note.setObjectName("banner")
        self.round_note.setWordWrap(True)
        self.round_note.hide()

        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()

        info.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("liveInfoScroll")
        scroll.setWidget(info_box)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumHeight(self.fontMetrics().height() * 4)
        # The warnings come first in the part that scrolls: at its foot they were cut off on a
        # 768-pixel screen, and outside it they pushed the panel past a short window (both
        # rehearsal findings). There they are what shows; Next and the figures scroll.
        info.insertWidget(0, self.banner)
        info.insertWidget(0, self.round_note)
        layout.addWidget(scroll, 3)

        layout.addWidget(_caption(self.tr("Message on stage")))
        message_row = QHBoxLayout()
        self.message_edit = QLineEdit()
        self.message_edit.setPlaceholderText(self.tr("Type a message for the stage, press Enter"))
        self.message_edit.setClearButtonEnabled(True)
        self.message_edit.returnPressed.connect(self._submit)
        escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self.message_edit)
        escape.setContext(Qt.ShortcutContext.WidgetShortcut)
        escape.activated.connect(self.messageCancelled.emit)
        self._escape = escape
        self.send_button = QPushButton(self.tr("Show"))
        self.send_button.setProperty("command", "live.message")
        self.send_button.clicked.connect(lambda _c=False: self._submit())
        self.clear_button = QPushButton(self.tr("Clear"))
        self.clear_button.setProperty("command", "live.clear_message")
        self.clear_button.clicked.connect(lambda _c=False: self.messageSubmitted.emit(""))
        message_row.addWidget(self.message_edit, 1)
        message_row.addWidget(self.send_button)
        message_row.addWidget(self.clear_button)
        layout.addLayout(message_row)
        self.current_message = QLabel()
        self.current_message.setObjectName("muted")
        self.current_message.setWordWrap(True)
        layout.addWidget(self.current_message)

    def show_round_note(self, text: str) -> None:
        self.round_note.setText(text)
        self.round_note.setVisible(bool(text))

    def focus_message(self) -> None:
        self.message_edit.setFocus()
        self.message_edit.selectAll()

    def _submit(self) -> None:
        self.messageSubmitted.emit(self.message_edit.text().strip())

    def show_message(self, text: str) -> None:
        self.current_message.setText(
            self.tr("On stage now: “%1”").replace("%1", text) if text else self.tr("No message on stage.")
        )

    def show_readout(self, readout: Readout, view: LiveView, tz: ZoneInfo) -> None:
        phase = readout.phase
        self.title.setText(readout.title or readout.status_line)
        self.lead.setText(readout.lead)
        self.lead.setVisible(bool(readout.lead))
        self.countdown.set_state(
            readout.big, theme.PHASE_FOREGROUND[phase], theme.PHASE_ACCENT[phase], readout.progress
        )
        self.phase_label.setText((readout.stage_status or theme.phase_name(phase)) if view.segment is not None else "")
        colour = theme.PHASE_FOREGROUND[phase].name()
        self.phase_label.setStyleSheet(f"color: {colour};")
        if readout.next_title and view.segment is not None:
            self.next_title.setText(
                self.tr("%1 · at %2").replace("%1", readout.next_title).replace("%2", readout.next_at)
            )
        else:
            self.next_title.setText(readout.next_title or readout.next_line)

        def clock(moment: datetime | None) -> str:
            return moment.astimezone(tz).strftime("%H:%M") if isinstance(moment, datetime) else "–"

        f = self.figures
        if view.segment is None:
            for label in f.values():
                label.setText("–")
            f["schedule"].setStyleSheet("")  # no lateness colour once nothing runs
            self.banner.hide()
            return
        f["started"].setText(
            self.tr("%1 (plan %2)").replace("%1", clock(view.actual_start)).replace("%2", clock(view.planned_start))
        )
        f["ends"].setText(
            self.tr("%1 (plan %2)").replace("%1", clock(view.projected_end)).replace("%2", clock(view.planned_end))
        )
        f["schedule"].setText(schedule_words(view.late_s))
        late = view.late_s or 0.0
        f["schedule"].setStyleSheet(
            f"color: {theme.OVERLAP_COLOUR.name()};" if late >= 60 else ("color: #8fd19e;" if late <= -60 else "")
        )
        if view.hard_stop is not None:
            f["day_end"].setText(
                self.tr("%1 (stop %2)")
                .replace("%1", clock(view.projected_day_end))
                .replace("%2", clock(view.hard_stop))
            )
        else:
            f["day_end"].setText(clock(view.projected_day_end))
        past = view.past_hard_stop_s
        if past is not None and past > 0:
            self.banner.setText(
                self.tr("The day is projected to end %1 after its hard stop at %2.")
                .replace("%1", format_duration(past))
                .replace("%2", clock(view.hard_stop))
            )
            self.banner.show()
        else:
            self.banner.hide()
