"""The room planner run on a worker thread, with its time budget on a progress bar, and
the texts that say how the search went. The window stays live meanwhile; the plan is
recorded by the window (a command on its undo stack) once the search is done."""

from __future__ import annotations

import threading
import time
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QProgressBar

from ...commands import CommandError
from ...commands import rooms as rooms_commands
from ...domain import room_rounds
from ...domain.rooms import Plan
from ...domain.text import Msg
from ..common.commands import CommandRunner, tr_msg


class RoomPlanning(QObject):
    """One planner search at a time. Emits ``warning`` when the request or the search
    fails, ``planned(request, plan)`` with a plan to record, and ``changed`` whenever the
    window should be drawn again. Its texts keep the rooms window's translations."""

    warning = Signal(str)
    planned = Signal(object, object)  # room_rounds.Request, Plan
    changed = Signal()

    def __init__(self, runner: CommandRunner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.progress = QProgressBar()  # the window places it; shown while a search runs
        self.progress.setTextVisible(True)
        self.progress.hide()
        self.last_search = ""  # how the last search went, for the window's summary
        self.searched: dict[str, object] = {}  # the rounds that search made (its text holds while they stand)
        self._worker: threading.Thread | None = None
        self._result: tuple[room_rounds.Request, Plan | Msg] | None = None
        self._started = 0.0
        self._budget = 0.0
        self._poll = QTimer(self)
        self._poll.setInterval(100)
        self._poll.timeout.connect(self._check_worker)

    @property
    def busy(self) -> bool:
        """A search is running."""
        return self._worker is not None

    def start(self, args: dict[str, Any]) -> None:
        """Check and build the request (a command), search in a worker thread, then record."""
        try:
            req = rooms_commands.prepare_plan(self.runner.context(), args)
        except CommandError as exc:
            self.warning.emit(tr_msg(exc.msg))
            return
        self._result = None
        self._started = time.monotonic()

        def work() -> None:
            self._result = (req, rooms_commands.run_planner(req))

        self._budget = req.problem.seconds
        self.progress.setRange(0, int(self._budget * 10))
        self.progress.setValue(0)
        self.progress.setFormat(QCoreApplication.translate("RoomsWindow", "Planning… %v of %m tenths of a second"))
        self.progress.show()
        self._worker = threading.Thread(target=work, name="room-planner", daemon=True)
        self._worker.start()
        self._poll.start()
        self.changed.emit()

    def wait_for_plan(self, timeout: float = 30.0) -> None:
        """Block until the planner is done and apply its result (tests and scripts)."""
        if self._worker is not None:
            self._worker.join(timeout)
            self._check_worker()

    def _check_worker(self) -> None:
        elapsed = time.monotonic() - self._started
        self.progress.setValue(min(self.progress.maximum(), int(elapsed * 10)))
        self.progress.setFormat(
            QCoreApplication.translate("RoomsWindow", "Planning… %1 of %2 s")
            .replace("%1", f"{elapsed:.1f}")
            .replace("%2", f"{self._budget:.0f}")
        )
        if self._worker is None or self._worker.is_alive() or self._result is None:
            return
        self._worker = None
        self._poll.stop()
        self.progress.hide()
        req, plan = self._result
        if isinstance(plan, Msg):
            self.warning.emit(tr_msg(plan))
            self.changed.emit()
            return
        q = plan.quality
        self.last_search = (
            (
                QCoreApplication.translate("RoomsWindow", "Search: one round in %2 s (%3).")
                if len(req.segment_ids) == 1
                else QCoreApplication.translate("RoomsWindow", "Search: %1 rounds in %2 s (%3).").replace(
                    "%1", str(len(req.segment_ids))
                )
            )
            .replace("%2", self.progress.locale().toString(q.seconds, "f", 2))
            .replace("%3", self._stopped_text(q.stopped))
        )
        if req.previous is not None:
            self.last_search += " " + QCoreApplication.translate(
                "RoomsWindow", "%1 newcomer(s), %2 people moved."
            ).replace("%1", str(req.newcomers)).replace("%2", str(q.moved))
        if q.notes:
            self.last_search += "<br>" + "<br>".join(
                QCoreApplication.translate("RoomsWindow", "Not met: %1").replace("%1", self._note_text(code, figures))
                for code, figures in q.notes
            )
        self.searched = {s: tuple(r) for s, r in zip(req.segment_ids, plan.rounds, strict=True)}
        self.planned.emit(req, plan)
        self.changed.emit()

    def search_text(self, plans: Mapping[str, object]) -> str:
        """How the last search went, while its rounds are the session's (an undo ends it)."""
        if any(tuple(plans.get(s, ())) != rounds for s, rounds in self.searched.items()):  # type: ignore[arg-type]
            return ""
        return self.last_search

    @staticmethod
    def _stopped_text(stopped: str) -> str:
        if stopped.startswith("no improvement in "):
            return QCoreApplication.translate("RoomsWindow", "no improvement in %1 steps").replace(
                "%1", stopped.split()[3]
            )
        texts = {
            "no cost left": QCoreApplication.translate("RoomsWindow", "nothing left to improve"),
            "time budget reached": QCoreApplication.translate("RoomsWindow", "the time budget was reached"),
            "nothing to search": QCoreApplication.translate("RoomsWindow", "nothing to search"),
        }
        return texts.get(stopped, stopped)

    @staticmethod
    def _note_text(code: str, figures: tuple[object, ...]) -> str:
        f = [str(x) for x in figures]
        if code == "no_host":
            label = (
                f[0]
                .replace("rounds", QCoreApplication.translate("RoomsWindow", "rounds"))
                .replace("round", QCoreApplication.translate("RoomsWindow", "round"))
            )
            return (
                QCoreApplication.translate("RoomsWindow", "%1: %2 of %3 rooms have no host: only %4 hosts take part")
                .replace("%1", label)
                .replace("%2", f[1])
                .replace("%3", f[2])
                .replace("%4", f[3])
            )
        texts = {
            "repeats_unavoidable": QCoreApplication.translate(
                "RoomsWindow", "%1 repeated meetings: each person has more room places than there are others to meet"
            ),
            "repeats_budget": QCoreApplication.translate(
                "RoomsWindow", "%1 repeated meetings: the search found no repeat-free plan in its time"
            ),
            "missing_value": QCoreApplication.translate(
                "RoomsWindow", "%1 rooms lack a value of the mix (too few people with it, or a trade-off)"
            ),
            "apart": QCoreApplication.translate("RoomsWindow", "%1 keep-apart pairs share a room"),
            "together": QCoreApplication.translate(
                "RoomsWindow", "%1 keep-together groups are split (a group larger than its room?)"
            ),
            "sizes": QCoreApplication.translate("RoomsWindow", "%1 rooms are outside their size range"),
        }
        return texts.get(code, code).replace("%1", f[0] if f else "")
