"""The printed run sheet: one block per segment (planned and expected start, length, kind
as a word and a pattern, title, lead, notes, rooms, polls), each day from a new page with
its hard stop, readable in black and white."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QPainter, QPen

from ...domain.model import SegmentKind
from ...domain.runsheet import DaySheet, Entry, RunSheet
from ..common.theme import kind_name
from .pages import GREY, INK, RULE, Block, draw_text, first_page_picture, font, text_height, write_document

TIME_W, LEN_W, KIND_W, GAP = 54.0, 40.0, 84.0, 8.0
PATTERNS = {  # a kind is a word and a pattern, never only a colour
    SegmentKind.PLENARY: Qt.BrushStyle.SolidPattern,
    SegmentKind.BREAKOUT: Qt.BrushStyle.BDiagPattern,
    SegmentKind.BREAK: Qt.BrushStyle.NoBrush,
    SegmentKind.POLL: Qt.BrushStyle.CrossPattern,
    SegmentKind.OTHER: Qt.BrushStyle.Dense5Pattern,
}


def _hm(moment: datetime, tz: ZoneInfo) -> str:
    return moment.astimezone(tz).strftime("%H:%M")


def day_label(day: DaySheet, tz: ZoneInfo) -> str:
    local = day.date.astimezone(tz)
    when = QLocale().toString(QDate(local.year, local.month, local.day), "dddd d MMMM yyyy")
    return f"{day.title} ({when})"


def _main_lines(entry: Entry) -> list[tuple[str, int, bool, bool]]:
    """(text, size, bold, italic) paragraphs of the segment's main column."""
    lines: list[tuple[str, int, bool, bool]] = [(entry.title, 11, True, False)]
    if entry.skipped:
        lines.append((QCoreApplication.translate("RunSheet", "Skipped"), 9, True, True))
    elif entry.status == "running":
        lines.append((QCoreApplication.translate("RunSheet", "▶ Live now"), 9, True, False))
    elif entry.status == "done":
        lines.append((QCoreApplication.translate("RunSheet", "✓ Done"), 9, True, True))
    if entry.lead:
        lines.append((QCoreApplication.translate("RunSheet", "Lead: %1").replace("%1", entry.lead), 9, False, False))
    if entry.notes:
        lines.append((entry.notes, 9, False, True))
    if entry.kind is SegmentKind.BREAKOUT:
        if entry.room_count:
            text = QCoreApplication.translate("RunSheet", "%1 rooms").replace("%1", str(entry.room_count))
            if entry.hosts and not entry.rooms:  # a host's sheet shows their own rooms instead
                text += " · " + QCoreApplication.translate("RunSheet", "hosts: %1").replace(
                    "%1", ", ".join(entry.hosts)
                )
            if len(entry.hosts) < entry.room_count:
                text += " · " + QCoreApplication.translate("RunSheet", "%1 without a host").replace(
                    "%1", str(entry.room_count - len(entry.hosts))
                )
        else:
            text = QCoreApplication.translate("RunSheet", "Rooms not planned yet")
        lines.append((text, 9, False, False))
        for room in entry.rooms:
            head = room.name + (
                " · " + QCoreApplication.translate("RunSheet", "host: %1").replace("%1", room.host) if room.host else ""
            )
            lines.append((head + (": " + ", ".join(room.members) if room.members else ""), 9, True, False))
    for question in entry.polls:
        lines.append((QCoreApplication.translate("RunSheet", "Poll: %1").replace("%1", question), 9, False, False))
    return lines


def _entry_block(entry: Entry, tz: ZoneInfo, width: float, section: str) -> Block:
    main_x = TIME_W + LEN_W + KIND_W + 3 * GAP
    main_w = width - main_x
    lines = _main_lines(entry)
    heights = [text_height(t, font(s, b, i), main_w) for t, s, b, i in lines]
    time_lines = [(_hm(entry.planned_start, tz) + (" ⚑" if entry.fixed else ""), 11, True, False)]
    if entry.expected_start is not None:
        time_lines.append(
            (
                QCoreApplication.translate("RunSheet", "exp. %1").replace("%1", _hm(entry.expected_start, tz)),
                9,
                True,
                True,
            )
        )
    left_h = sum(text_height(t, font(s, b, i), TIME_W) for t, s, b, i in time_lines)
    height = max(sum(heights) + 2 * len(lines), left_h, 24.0) + 10

    def paint(painter: QPainter, rect: QRectF) -> None:
        x, y = rect.left(), rect.top() + 4
        ty = y
        for t, s, b, i in time_lines:
            ty += draw_text(painter, x, ty, TIME_W, t, font(s, b, i))
        minutes = QCoreApplication.translate("RunSheet", "%1 min").replace("%1", str(round(entry.duration_s / 60)))
        draw_text(painter, x + TIME_W + GAP, y + 1, LEN_W, minutes, font(10))
        kx = x + TIME_W + LEN_W + 2 * GAP
        painter.setPen(QPen(INK, 0.6))
        painter.setBrush(QBrush(INK, PATTERNS[entry.kind]))
        painter.drawRect(QRectF(kx, y + 2, 7, rect.height() - 12))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        draw_text(painter, kx + 11, y + 1, KIND_W - 11, kind_name(entry.kind).upper(), font(8, True))
        my = y
        for (t, s, b, i), h in zip(lines, heights, strict=True):
            faded = entry.skipped or entry.status == "done"
            draw_text(painter, x + main_x, my, main_w, t, font(s, b, i), GREY if faded else INK)
            my += h + 2
        painter.setPen(QPen(RULE, 0.4))
        painter.drawLine(QPointF(x, rect.bottom() - 1), QPointF(rect.right(), rect.bottom() - 1))

    return Block(height, paint, section)


def _day_head(day: DaySheet, tz: ZoneInfo, sheet: RunSheet, width: float, section: str) -> Block:
    title = day_label(day, tz)
    facts = (
        QCoreApplication.translate("RunSheet", "Starts %1 · planned end %2")
        .replace("%1", _hm(day.date, tz))
        .replace("%2", _hm(day.planned_end, tz))
    )
    if day.hard_stop is not None:
        facts += " · " + QCoreApplication.translate("RunSheet", "HARD STOP %1").replace("%1", _hm(day.hard_stop, tz))
    if sheet.live:
        facts += " · " + QCoreApplication.translate("RunSheet", "expected starts as of %1").replace(
            "%1", _hm(sheet.printed_at, tz)
        )
    facts += _expected_end(day, tz)  # the warning where the producer looks first, too
    columns = " · ".join(
        (
            QCoreApplication.translate("RunSheet", "Start"),
            QCoreApplication.translate("RunSheet", "Length"),
            QCoreApplication.translate("RunSheet", "Kind"),
            QCoreApplication.translate("RunSheet", "Segment"),
        )
    )
    parts = [(title, font(14, True)), (facts, font(9, True)), (columns, font(8, False, True))]
    height = sum(text_height(t, f, width) for t, f in parts) + 10

    def paint(painter: QPainter, rect: QRectF) -> None:
        y = rect.top()
        for t, f in parts:
            y += draw_text(painter, rect.left(), y, rect.width(), t, f)

    return Block(height, paint, section, new_page=True)


def _expected_end(day: DaySheet, tz: ZoneInfo) -> str:
    """' · expected end 18:30 · 390 min past the hard stop' for the live day, else ''."""
    if day.expected_end is None:
        return ""
    text = " · " + QCoreApplication.translate("RunSheet", "expected end %1").replace("%1", _hm(day.expected_end, tz))
    if day.hard_stop is not None and day.expected_end > day.hard_stop:
        late = round((day.expected_end - day.hard_stop).total_seconds() / 60)
        text += " · " + QCoreApplication.translate("RunSheet", "%1 min past the hard stop").replace("%1", str(late))
    return text


def _day_end(day: DaySheet, tz: ZoneInfo, width: float, section: str) -> Block:
    text = QCoreApplication.translate("RunSheet", "End of day: planned %1").replace("%1", _hm(day.planned_end, tz))
    if day.hard_stop is not None:
        text += " · " + QCoreApplication.translate("RunSheet", "HARD STOP %1").replace("%1", _hm(day.hard_stop, tz))
        if day.planned_end > day.hard_stop:
            text += " · " + QCoreApplication.translate("RunSheet", "the plan runs past the hard stop")
    text += _expected_end(day, tz)
    h = text_height(text, font(10, True), width) + 12

    def paint(painter: QPainter, rect: QRectF) -> None:
        painter.setPen(QPen(INK, 1.2))
        painter.drawLine(QPointF(rect.left(), rect.top() + 3), QPointF(rect.right(), rect.top() + 3))
        draw_text(painter, rect.left(), rect.top() + 7, rect.width(), text, font(10, True))

    return Block(h, paint, section)


def role_line(sheet: RunSheet, tz: ZoneInfo) -> str:
    if sheet.role == "host":
        who = QCoreApplication.translate("RunSheet", "Host's sheet: %1").replace("%1", sheet.person)
    elif sheet.role == "speaker":
        who = QCoreApplication.translate("RunSheet", "Speaker's sheet: %1 (cue times)").replace("%1", sheet.person)
    else:
        who = QCoreApplication.translate("RunSheet", "Producer's sheet")
    printed = sheet.printed_at.astimezone(tz).strftime("%Y-%m-%d %H:%M")
    return (
        QCoreApplication.translate("RunSheet", "Run sheet")
        + " · "
        + who
        + " · "
        + QCoreApplication.translate("RunSheet", "printed %1").replace("%1", printed)
    )


def _note_block(text: str, section: str) -> Block:
    def paint(painter: QPainter, rect: QRectF) -> None:
        draw_text(painter, rect.left(), rect.top(), rect.width(), text, font(10))

    return Block(20, paint, section)


def blocks(sheet: RunSheet, width: float) -> list[Block]:
    tz = ZoneInfo(sheet.timezone)
    out: list[Block] = []
    for day in sheet.days:
        section = day_label(day, tz)
        out.append(_day_head(day, tz, sheet, width, section))
        if not day.entries:
            out.append(
                _note_block(QCoreApplication.translate("RunSheet", "Nothing on this sheet for this day."), section)
            )
        out += [_entry_block(e, tz, width, section) for e in day.entries]
        out.append(_day_end(day, tz, width, section))
    return out


def write_runsheet(path: Path, sheet: RunSheet, *, paper: str = "a4") -> tuple[str, int]:
    """('', pages) when written, else (the reason, 0)."""
    tz = ZoneInfo(sheet.timezone)
    return write_document(path, sheet.event, lambda w: blocks(sheet, w), paper=paper, subtitle=role_line(sheet, tz))


def runsheet_picture(path: Path, sheet: RunSheet) -> bool:
    """The run sheet's first A4 page as a PNG."""
    tz = ZoneInfo(sheet.timezone)
    return first_page_picture(path, sheet.event, lambda w: blocks(sheet, w), subtitle=role_line(sheet, tz))
