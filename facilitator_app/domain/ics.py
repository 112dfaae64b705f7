"""The run-of-show as an iCalendar file (RFC 5545): one VEVENT per segment at its planned
time, with the meeting link where the session has one. CRLF line ends, lines folded at
75 octets (never inside a UTF-8 character), text escaped."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from .schedule import plan_day
from .state import SessionState


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


def ics_text(state: SessionState, now: datetime, *, uid_base: str = "") -> str:
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
            about = [f"{day.title}: {seg.kind.value}, {seg.duration_s // 60} min"]
            if seg.lead:
                about.append(f"Lead: {seg.lead}")
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
                "CATEGORIES:" + escape(seg.kind.value.upper()),
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
