"""Roll mode: a segment (or a whole day) set to roll starts by itself at its fixed start.
The console in control runs the live.roll command when the time comes; every console
(followers too, from the same session) says which segment will start by itself and when.
A producer can always override: any live key acts as usual, and a segment that has run is
not started again by the roll."""

from __future__ import annotations

from collections.abc import Callable
from zoneinfo import ZoneInfo

from PySide6.QtCore import QObject

from ...domain import live
from ...domain.state import SessionState
from ..common.commands import CommandRunner
from ..live.readout import Readout


class RollDriver(QObject):
    def __init__(self, runner: CommandRunner, in_control: Callable[[], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self._in_control = in_control

    def tick(self, state: SessionState, now: object) -> tuple[str, float | None]:
        """Start what is due (in control only); return what to say about the next roll and
        how many seconds until it (None: no roll ahead)."""
        from datetime import datetime

        assert isinstance(now, datetime)
        if self._in_control() and live.roll_due(state.show, state.live, now) is not None:
            self.runner.run("live.roll", quiet=True)
            return "", 0.0  # the change redraws with the new state
        upcoming = live.next_roll(state.show, state.live, now)
        if upcoming is None:
            return "", None
        seg, at = upcoming
        when = at.astimezone(ZoneInfo(state.show.timezone)).strftime("%H:%M")
        text = self.tr("⟳ Roll: “%1” starts by itself at %2").replace("%1", seg.title).replace("%2", when)
        return text, max(0.0, (at - now).total_seconds())

    def annotate(self, readout: Readout, view: live.LiveView, state: SessionState, now: object) -> Readout:
        """The stage's "next" line says when the next segment starts by itself."""
        from dataclasses import replace
        from datetime import datetime

        assert isinstance(now, datetime)
        upcoming = live.next_roll(state.show, state.live, now)
        if upcoming is None or view.next_segment is None or upcoming[0].id != view.next_segment.id:
            return readout
        when = upcoming[1].astimezone(ZoneInfo(state.show.timezone)).strftime("%H:%M")
        line = self.tr("Next: %1 starts by itself at %2").replace("%1", upcoming[0].title).replace("%2", when)
        return replace(readout, next_line=line)
