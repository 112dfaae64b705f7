"""Breakout rounds around the live show: before a round, what is not ready (in the live
panel); as it goes live, its rooms sent where the platform takes them while open, or what
the producer must do in the host client (in the status bar)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

from ...commands import rooms as rooms_commands
from ...domain import live
from ...domain.clock import Clock
from ...domain.state import SessionState
from ..common.commands import CommandRunner, tr_msg
from ..live.live_panel import LivePanel


class RoundWatch(QObject):
    def __init__(
        self,
        runner: CommandRunner,
        clock: Clock,
        panel: LivePanel,
        say: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.runner = runner
        self.clock = clock
        self.panel = panel
        self._say = say

    def changed(self, old: SessionState | None, new: SessionState) -> None:
        ctx = self.runner.context()
        upcoming = live.observe(new.show, new.live, self.clock.now()).next_segment
        notes = rooms_commands.round_notes(ctx, upcoming.id) if upcoming is not None else []
        self.panel.show_round_note("\n".join(tr_msg(n) for n in notes))
        started = new.live.segment_id if new.live.active else None
        if old is not None and started and started != old.live.segment_id:
            # After this change is handled: sending records an event of its own.
            QTimer.singleShot(0, lambda: self.round_started(started))

    def round_started(self, segment_id: str) -> None:
        result = rooms_commands.send_if_live(self.runner.context(), segment_id)
        if result is not None and result.message is not None:
            self._say(tr_msg(result.message))
