"""Import a poll report (CSV/XLSX from the platform) into the selected poll: the file is
read off the GUI thread with progress and Cancel, then recorded by a command."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from ...domain.polls import PollDef
from ..common.background import BackgroundRead


def import_report(
    window: QWidget,
    poll: PollDef,
    now: datetime,
    run: Callable[[str, dict[str, Any]], object],
    warn: Callable[[str], None],
    path: Path | None = None,
) -> BackgroundRead | None:
    from ...services.people_files import SheetError
    from ...services.poll_files import read_report

    if path is None:
        chosen, _ = QFileDialog.getOpenFileName(
            window,
            QCoreApplication.translate("PollsWindow", "Import a poll report"),
            "",
            QCoreApplication.translate("PollsWindow", "Poll reports (*.csv *.xlsx)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
    report_path = path

    def done(outcome: Any) -> None:
        snapshot, warnings = outcome
        run("polls.record_results", {"poll": poll.id, "snapshot": snapshot.to_dict()})
        window.refresh()  # type: ignore[attr-defined]
        if warnings:
            warn("\n".join(warnings[:20]))

    def failed(exc: BaseException) -> None:
        if not isinstance(exc, SheetError):
            raise exc
        warn(QCoreApplication.translate("PollsWindow", "Nothing was imported: %1").replace("%1", str(exc)))

    return BackgroundRead(
        window,
        QCoreApplication.translate("PollsWindow", "Reading %1…").replace("%1", path.name),
        lambda progress, cancel: read_report(report_path, poll, now, progress, cancel),
        done,
        failed,
    )
