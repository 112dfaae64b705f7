"""Reading a file off the GUI thread, with progress and Cancel: people lists and poll
reports can be large (or hostile), and the console must keep ticking while they are read.

The work is a plain function ``work(progress, cancel)`` from the services (it calls
``progress(done, total)`` and stops with ``Cancelled`` when ``cancel()`` is true); it runs
in a thread and never touches a widget. A progress dialog appears only when reading takes
longer than a moment.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

Work = Callable[[Callable[[int, int], None], Callable[[], bool]], Any]

SHOW_AFTER_MS = 400  # a quick read shows no dialog at all


class BackgroundRead(QObject):
    def __init__(
        self,
        parent: QWidget,
        title: str,
        work: Work,
        done: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        super().__init__(parent)
        self._done, self._failed = done, failed
        self._cancelled = threading.Event()
        self._progress = (0, 0)
        self._outcome: tuple[bool, Any] | None = None
        self.dialog = QProgressDialog(title, self.tr("Cancel"), 0, 0, parent)
        self.dialog.setObjectName("readProgress")
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.canceled.connect(self._cancelled.set)
        self._poll = QTimer(self)
        self._poll.setInterval(50)
        self._poll.timeout.connect(self._check)

        def run() -> None:
            try:
                result = work(self._report, self._cancelled.is_set)
            except Exception as exc:  # noqa: BLE001  # handed to the GUI thread: never lost
                self._outcome = (False, exc)
            else:
                self._outcome = (True, result)

        self._thread = threading.Thread(target=run, name="file-reader", daemon=True)
        self._thread.start()
        self._poll.start()

    def _report(self, done: int, total: int) -> None:
        self._progress = (done, total)  # read by the GUI thread's timer; no widget here

    def cancel(self) -> None:
        self._cancelled.set()

    def _check(self) -> None:
        done, total = self._progress
        if total and self.dialog.maximum() != total:
            self.dialog.setMaximum(total)
        if total:
            self.dialog.setValue(min(done, total))
        if self._outcome is None:
            return
        self._poll.stop()
        self.dialog.reset()
        self.dialog.hide()
        ok, value = self._outcome
        if ok:
            self._done(value)
        else:
            self._failed(value)
        self.deleteLater()

    def wait(self, timeout: float = 10.0) -> None:
        """Block until the reading is done and hand over its outcome (tests and scripts)."""
        self._thread.join(timeout)
        self._check()
