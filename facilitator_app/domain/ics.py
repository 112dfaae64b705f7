"""The run-of-show as an iCalendar file (RFC 5545): one VEVENT per segment at its planned
time, with the meeting link where the session has one. CRLF line ends, lines folded at
75 octets (never inside a UTF-8 character), text escaped."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from .model import SegmentKind
from .schedule import plan_day
from .state import SessionState
from .text import QT_TRANSLATE_NOOP

Tr = Callable[[str], str]

# The words of a calendar entry, translated in the context "Ics" (the kinds as the run sheet
# names them).
KIND_NAMES = {
    SegmentKind.PLENARY: QT_TRANSLATE_NOOP("Ics", "Plenary"),
    SegmentKind.BREAKOUT: QT_TRANSLATE_NOOP("Ics", "Breakout"),
    SegmentKind.BREAK: QT_TRANSLATE_NOOP("Ics", "Break"),
    SegmentKind.POLL: QT_TRANSLATE_NOOP("Ics", "Poll"),
    SegmentKind.OTHER: QT_TRANSLATE_NOOP("Ics", "Other"),
}


def escape(text: str) -> str:
    """TEXT value escaping (RFC 5545 3.3.11)."""
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """A content line folded at 75 octets: CRLF and one space before each continuation."""
    out: list[str] = []
    chunk = ""
    size = 0
    for ch in line:
        n = len(ch.encode("utf-8"))
        limit = 75 if not out else 74  # a continuation line starts with a space
        if size + n > limit:
            out.append(chunk)
            chunk, size = "", 0
        chunk += ch
        size += n
    out.append(chunk)
    return "\r\n ".join(out) + "\r\n"


def _utc(moment: datetime) -> str:
    return moment.astimezone(ZoneInfo("UTC")).strftime("%Y%m%dT%H%M%SZ")


def meeting_link(state: SessionState) -> str:
    """The session's meeting: a join URL as it is, a meeting id with its platform."""
    meeting = state.platform.meeting.strip()
    if not meeting:
        return ""
    if meeting.startswith(("https://", "http://")):
        return meeting
    if state.platform.platform == "zoom" and meeting.isdigit():
        return f"https://zoom.us/j/{meeting}"  # Zoom's join link from the meeting number
    return f"{state.platform.platform} {meeting}"


def ics_text(state: SessionState, now: datetime, *, uid_base: str = "", tr: Tr = lambda s: s) -> str:
    """The calendar; ``tr`` translates its words (context "Ics") into the document's
    language, as the run sheet and the event report are."""
    show = state.show
    tz = ZoneInfo(show.timezone)
    link = meeting_link(state)
    base = uid_base or show.id
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Facilitator Console//Run of show//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
        "X-WR-CALNAME:" + escape(show.title),
    ]
    stamp = _utc(now)
    for day in show.days:
        for slot in plan_day(day, tz):
            seg = slot.segment
            kind = tr(KIND_NAMES[seg.kind])
            minutes = tr(QT_TRANSLATE_NOOP("Ics", "%1 min")).replace("%1", str(seg.duration_s // 60))
            about = [f"{day.title}: {kind}, {minutes}"]
            if seg.lead:
                about.append(tr(QT_TRANSLATE_NOOP("Ics", "Lead: %1")).replace("%1", seg.lead))
            if seg.notes:
                about.append(seg.notes)
            if link:
                about.append(link)
            lines += [
                "BEGIN:VEVENT",
                f"UID:{base}-{seg.id}@facilitator-console",
                f"DTSTAMP:{stamp}",
                f"DTSTART:{_utc(slot.start)}",
                f"DTEND:{_utc(slot.start + timedelta(seconds=seg.duration_s))}",
                "SUMMARY:" + escape(seg.title),
                "DESCRIPTION:" + escape("\n".join(about)),
                "CATEGORIES:" + escape(kind.upper()),
            ]
            if link:
                lines.append("LOCATION:" + escape(link))
                if link.startswith(("https://", "http://")):
                    lines.append("URL:" + link)
            if seg.id in state.live.skipped:
                lines.append("STATUS:CANCELLED")
            lines.append("END:VEVENT")
    lines.append("END:VCALENDAR")
    return "".join(fold(line) for line in lines)
