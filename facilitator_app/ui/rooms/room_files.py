"""The round's files: the plan and the Zoom pre-assignment as CSV, the printable room
list as PDF, and participants imported from a sheet (previewed in the import dialog).
Writing and recording go through commands; the texts keep the rooms window's translations."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QWidget

from ...domain import room_rounds
from ...domain.state import SessionState
from ..common.commands import CommandRunner, save_folder, saved_to


class RoomFiles(QObject):
    """Exports and the people import for a rooms window (``window``: the dialogs' parent)."""

    def __init__(
        self,
        runner: CommandRunner,
        state: Callable[[], SessionState],
        current: Callable[[], str],
        run: Callable[[str, dict[str, Any]], Any],
        warn: Callable[[str], None],
        window: QWidget,
    ) -> None:
        super().__init__(window)
        self.runner = runner
        self._state = state
        self._current = current
        self._run = run  # a command on the window's undo stack
        self._warn = warn
        self._window = window

    def _ask_path(self, title: str, name: str, pattern: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self._window, title, str(save_folder() / name), pattern)
        saved_to(path)
        return Path(path) if path else None

    def export_plan_csv(self, path: Path | None = None) -> None:
        title = QCoreApplication.translate("RoomsWindow", "Export the plan")
        path = path or self._ask_path(title, "rooms.csv", "CSV (*.csv)")
        if path is not None:
            self.runner.run("export.rooms_csv", {"path": str(path)}, parent=self._window)

    def export_zoom_csv(self, path: Path | None = None) -> None:
        if self.runner.why_not("export.zoom_csv") or not self._state().rooms.plans.get(self._current()):
            self._warn(QCoreApplication.translate("RoomsWindow", "This round has no rooms yet."))
            return
        title = QCoreApplication.translate("RoomsWindow", "Zoom breakout pre-assignment")
        path = path or self._ask_path(title, "zoom-breakout.csv", "CSV (*.csv)")
        if path is not None:
            self.runner.run("export.zoom_csv", {"segment": self._current(), "path": str(path)}, parent=self._window)

    def export_pdf(self, path: Path | None = None) -> None:
        from ...services.people_files import room_list_html
        from ..common.printing import write_html_pdf

        state = self._state()
        path = path or self._ask_path(
            QCoreApplication.translate("RoomsWindow", "Printable room list"), "rooms.pdf", "PDF (*.pdf)"
        )
        if path is None:
            return
        titles = {s.id: s.title for d in state.show.days for s in d.segments}
        rounds = [
            (titles.get(s, s), state.rooms.plans[s])
            for s in room_rounds.breakout_ids(state.show)
            if s in state.rooms.plans
        ]
        html = room_list_html(
            state.show.title,
            rounds,
            {p.id: p for p in state.show.people},
            host_word=QCoreApplication.translate("RoomsWindow", "host"),
        )
        error = write_html_pdf(path, html, title=state.show.title)
        if error:
            self._warn(
                QCoreApplication.translate("RoomsWindow", "Could not write %1: %2")
                .replace("%1", str(path))
                .replace("%2", error)
            )

    def import_people(self, path: Path | None = None) -> None:
        from .import_dialog import ImportDialog

        if path is None:
            chosen, _ = QFileDialog.getOpenFileName(
                self._window,
                QCoreApplication.translate("RoomsWindow", "Import participants"),
                "",
                QCoreApplication.translate("RoomsWindow", "Participant lists (*.csv *.xlsx *.txt)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        from ...services.people_files import SheetError, read_sheet
        from ..common.background import BackgroundRead

        chosen_path = path

        def show(sheet: Any = None, error: str = "") -> None:
            dialog = ImportDialog(chosen_path, self._state().show.people, self._window, sheet=sheet, error=error)
            dialog.accepted.connect(lambda: self.apply_import(dialog))
            self._import_dialog = dialog
            dialog.open()

        def failed(exc: BaseException) -> None:
            if not isinstance(exc, SheetError):
                raise exc
            show(error=str(exc))

        # Read off the GUI thread (a large or hostile file must not freeze the show).
        self.reading = BackgroundRead(
            self._window,
            QCoreApplication.translate("RoomsWindow", "Reading %1…").replace("%1", path.name),
            lambda progress, cancel: read_sheet(chosen_path, progress, cancel),
            lambda sheet: show(sheet=sheet),
            failed,
        )

    def apply_import(self, dialog: Any) -> None:
        merge = dialog.merge()
        if merge is None or not merge.upserts:
            return
        self._run("rooms.import_people", {"people": [p.to_dict() for p in merge.upserts]})
