"""What the live panel and the stage view show, derived from the live view and a mode.

Also decides when the display next needs repainting: when the shown second changes, or
a shown minute for clock fields, and never faster.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication

from ...domain.frozen import Frozen, record
from ...domain.live import LiveView, Phase, Status, display_seconds, format_duration, until_display_change
from ..common.theme import phase_name


class DisplayMode(StrEnum):
    COUNTDOWN = "countdown"
    COUNTUP = "countup"
    CLOCK = "clock"


def mode_name(mode: DisplayMode) -> str:
    return {
        DisplayMode.COUNTDOWN: QCoreApplication.translate("Mode", "Count down"),
        DisplayMode.COUNTUP: QCoreApplication.translate("Mode", "Count up"),
        DisplayMode.CLOCK: QCoreApplication.translate("Mode", "Time of day"),
    }[mode]


@record
class Readout(Frozen):
    """The texts and figures the live panel and the stage view show at one moment."""

    big: str  # the digits
    phase: Phase
    progress: float | None
    title: str
    lead: str
    next_line: str  # "Next: X at 09:06" for the stage
    next_title: str
    next_at: str
    status_line: str  # phase and schedule in words
    stage_status: str  # what a speaker needs: paused, wrap up, overtime
    late_s: float | None


def _clock(moment: datetime | None, tz: ZoneInfo, seconds: bool = False) -> str:
    if moment is None:
        return "–"
    return moment.astimezone(tz).strftime("%H:%M:%S" if seconds else "%H:%M")


def schedule_words(late_s: float | None) -> str:
    if late_s is None:
        return ""
    if abs(late_s) < 30:
        return QCoreApplication.translate("Readout", "on schedule")
    if late_s > 0:
        return QCoreApplication.translate("Readout", "%1 behind schedule").replace("%1", format_duration(late_s))
    return QCoreApplication.translate("Readout", "%1 ahead of schedule").replace("%1", format_duration(-late_s))


def make_readout(view: LiveView, mode: DisplayMode, now: datetime, tz: ZoneInfo) -> Readout:
    if mode is DisplayMode.CLOCK:
        big = _clock(now, tz, seconds=True)
    elif view.status is Status.ENDED:
        big = _clock(now, tz)  # after the end: the time of day, not a length nobody runs
    elif view.remaining_s is None:
        # Nothing runs: show, in the idle colour, the length of what Start would begin.
        big = format_duration(view.next_segment.duration_s) if view.next_segment is not None else "0:00"
    elif mode is DisplayMode.COUNTUP:
        big = format_duration(int(max(0.0, view.elapsed_s or 0.0)))
    else:
        big = format_duration(display_seconds(view.remaining_s))
    next_title, when = "", ""
    if view.next_segment is not None:
        nxt = view.next_segment
        next_title = nxt.title
        when = _clock(view.projected_end, tz) if view.projected_end else ""
        if view.segment is None:
            next_line = QCoreApplication.translate("Readout", "Up next: %1").replace("%1", nxt.title)
        else:
            next_line = (
                QCoreApplication.translate("Readout", "Next: %1 at %2").replace("%1", nxt.title).replace("%2", when)
            )
    elif view.segment is not None:
        next_line = QCoreApplication.translate("Readout", "Last segment of the day")
    else:
        next_line = QCoreApplication.translate("Readout", "Nothing left to run")
    if view.status is Status.PAUSED:
        status_line = QCoreApplication.translate("Readout", "Paused")
    elif view.phase is Phase.OVERTIME:
        status_line = QCoreApplication.translate("Readout", "OVERTIME")
    elif view.segment is None:
        status_line = (
            QCoreApplication.translate("Readout", "Show ended")
            if view.status is Status.ENDED
            else QCoreApplication.translate("Readout", "Not started")
        )
    else:
        status_line = schedule_words(view.late_s).capitalize()
    if view.status is Status.PAUSED:
        stage_status = status_line
    elif view.phase in (Phase.WARNING, Phase.DANGER, Phase.OVERTIME):
        stage_status = phase_name(view.phase)
    else:
        stage_status = ""
    return Readout(
        big=big,
        phase=view.phase,
        progress=view.progress if view.segment is not None else None,
        title=view.segment.title if view.segment else "",
        lead=view.segment.lead if view.segment else "",
        next_line=next_line,
        next_title=next_title,
        next_at=when,
        status_line=status_line,
        stage_status=stage_status,
        late_s=view.late_s,
    )


def seconds_until_refresh(view: LiveView, mode: DisplayMode, now: datetime, *, with_seconds_clock: bool) -> float:
    """How long the current display stays right: the next shown-second change or minute."""
    wall = now.timestamp()
    candidates = [60.0 - (wall % 60.0)]  # HH:MM fields (wall clock, projected ends)
    if with_seconds_clock or mode is DisplayMode.CLOCK:
        candidates.append(1.0 - (wall % 1.0))
    if view.status is Status.RUNNING and view.remaining_s is not None and mode is not DisplayMode.CLOCK:
        candidates.append(until_display_change(view.remaining_s))
    return max(0.001, min(candidates))
