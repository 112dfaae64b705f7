"""Colours, icons and the stylesheet, in one place."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QHeaderView, QMenu, QToolButton

from ... import assets
from ...domain.live import Phase
from ...domain.model import SegmentKind

# Phase colours chosen for a dark room: calm at normal, unmistakable in overtime.
PHASE_FOREGROUND = {
    Phase.IDLE: QColor("#9aa5b1"),
    Phase.NORMAL: QColor("#e6e9ed"),
    Phase.WARNING: QColor("#ffc857"),
    Phase.DANGER: QColor("#ff8c42"),
    Phase.OVERTIME: QColor("#ff5d5d"),
}
PHASE_ACCENT = {
    Phase.IDLE: QColor("#3b4550"),
    Phase.NORMAL: QColor("#5fa8d3"),
    Phase.WARNING: QColor("#ffc857"),
    Phase.DANGER: QColor("#ff8c42"),
    Phase.OVERTIME: QColor("#ff5d5d"),
}
# The stage view's background per phase: dark, tinted, never glaring.
STAGE_BACKGROUND = {
    Phase.IDLE: QColor("#101418"),
    Phase.NORMAL: QColor("#101418"),
    Phase.WARNING: QColor("#2a2410"),
    Phase.DANGER: QColor("#2f1c10"),
    Phase.OVERTIME: QColor("#3a1214"),
}
FLASH_BACKGROUND = QColor("#b3262b")
GAP_COLOUR = QColor("#ffc857")
OVERLAP_COLOUR = QColor("#ff7b72")
LIVE_ROW = QColor("#23415a")
DONE_TEXT = QColor("#7d8792")

# Palette offered for segment colours (calm, distinguishable, readable with white text).
SEGMENT_PALETTE = ["#4C78A8", "#59A14F", "#9C9C9C", "#B07AA1", "#E5A03A", "#76B7B2", "#E15759", "#EDC948"]


def phase_name(phase: Phase) -> str:
    names = {
        Phase.IDLE: QCoreApplication.translate("Phase", "Not running"),
        # The segment's own time, not the show's schedule (which has its own line).
        Phase.NORMAL: QCoreApplication.translate("Phase", "Segment within its time"),
        Phase.WARNING: QCoreApplication.translate("Phase", "Wrap up"),
        Phase.DANGER: QCoreApplication.translate("Phase", "Last seconds"),
        Phase.OVERTIME: QCoreApplication.translate("Phase", "OVERTIME"),
    }
    return names[phase]


def kind_name(kind: SegmentKind) -> str:
    names = {
        SegmentKind.PLENARY: QCoreApplication.translate("Kind", "Plenary"),
        SegmentKind.BREAKOUT: QCoreApplication.translate("Kind", "Breakout"),
        SegmentKind.BREAK: QCoreApplication.translate("Kind", "Break"),
        SegmentKind.POLL: QCoreApplication.translate("Kind", "Poll"),
        SegmentKind.OTHER: QCoreApplication.translate("Kind", "Other"),
    }
    return names[kind]


@cache
def icon(name: str) -> QIcon:
    return QIcon(str(assets.path(f"icons/{name}.svg")))


def stylesheet() -> str:
    return assets.path("styles/app.qss").read_text(encoding="utf-8")


STYLE_ARGS = ("-style", "Fusion")
"""Qt's command-line arguments for the style, for an application this module creates."""


def apply(app: QApplication, *, style_set: bool = False) -> None:
    """The dark theme: base colours and the text size through the palette and the app
    font (cheap), the shapes of buttons, tabs, bars and cards through the stylesheet. A
    universal `QWidget { … }` rule made every widget style-sheet driven and cost about
    80 ms of start-up."""
    if not style_set:
        app.setStyle("Fusion")
    palette = QPalette()
    colours = {
        QPalette.ColorRole.Window: "#1b2026",
        QPalette.ColorRole.WindowText: "#e6e9ed",
        QPalette.ColorRole.Base: "#20262c",
        QPalette.ColorRole.AlternateBase: "#232a31",
        QPalette.ColorRole.Text: "#e6e9ed",
        QPalette.ColorRole.Button: "#2b333c",
        QPalette.ColorRole.ButtonText: "#e6e9ed",
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Highlight: "#2f4a5c",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.ToolTipBase: "#242a31",
        QPalette.ColorRole.ToolTipText: "#e6e9ed",
        QPalette.ColorRole.PlaceholderText: "#7d8894",
        QPalette.ColorRole.Link: "#5fa8d3",
        QPalette.ColorRole.Mid: "#343c45",
        QPalette.ColorRole.Dark: "#161a1f",
        QPalette.ColorRole.Light: "#3b4550",
    }
    for role, colour in colours.items():
        palette.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6b7580"))
    app.setPalette(palette)
    font = app.font()
    font.setPointSizeF(11.0)
    app.setFont(font)
    app.setStyleSheet(stylesheet())


def menu_button(text: str, entries: list[tuple[str, Callable[[], object]]]) -> QToolButton:
    """A button that opens a menu of actions (Export ▾)."""
    button = QToolButton()
    button.setText(f"{text} ▾")  # the arrow in the text: the style's own is drawn in a corner
    button.setObjectName("menuButton")
    button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
    menu = QMenu(button)
    for label, slot in entries:
        # Called without arguments: triggered(bool) must never reach a "path" parameter.
        menu.addAction(label).triggered.connect(lambda _checked=False, s=slot: s())
    button.setMenu(menu)
    return button


def header_width(header: QHeaderView, section: int) -> int:
    """The width a header's (bold, translated) title needs, from font metrics: asking
    the header for its size hint walks every section's data, which costs start-up time."""
    model = header.model()
    title = str(model.headerData(section, header.orientation()) or "") if model is not None else ""
    font = QFont(header.font())
    font.setBold(True)
    return QFontMetrics(font).horizontalAdvance(title) + 28
