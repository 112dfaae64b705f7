"""File → New session…, Open session…, Open recent: choose a session folder; the
composition root (app.py) switches the console to it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMenu, QWidget

from ...services.settings import Settings

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog


class SessionFiles(QObject):
    def __init__(
        self,
        window: QWidget,
        settings: Settings,
        current: Callable[[], Path],
        switch: Callable[[Path, bool], str],
        sessions_dir: Path,
    ) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings
        self._current = current
        self._switch = switch  # (folder, create it) -> '' or the reason it cannot
        self.sessions_dir = sessions_dir
        self._dialogs: list[QDialog] = []

    def new_session(self) -> None:
        from PySide6.QtWidgets import QFileDialog  # (dialogs load when first used)

        dialog = QFileDialog(
            self.window,
            self.tr("New session from the sample event"),
            str(self.sessions_dir / self.tr("New event.fcsession")),
            self.tr("Session folders (*.fcsession)"),
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("fcsession")
        dialog.fileSelected.connect(lambda path: self._go(Path(path), create=True))
        self._keep(dialog).open()

    def open_session(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        dialog = QFileDialog(self.window, self.tr("Open a session folder"), str(self.sessions_dir))
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.fileSelected.connect(lambda path: self._go(Path(path), create=False))
        self._keep(dialog).open()

    def fill_recent(self, menu: QMenu) -> None:
        menu.clear()
        current = self._current().resolve()
        shown = 0
        for entry in self.settings.recent_sessions:
            path = Path(entry)
            if path.resolve() == current:
                continue
            action = menu.addAction(f"{path.stem}  —  {path.parent}")
            action.setObjectName("file.open_recent")
            action.setEnabled((path / "manifest.json").is_file())
            action.triggered.connect(lambda _c=False, p=path: self._go(p, create=False))
            shown += 1
        if not shown:
            menu.addAction(self.tr("No other recent sessions")).setEnabled(False)

    def _go(self, path: Path, create: bool) -> None:
        if not create and not (path / "manifest.json").is_file():
            self._say(self.tr("%1 is not a session folder: it has no manifest.json.").replace("%1", str(path)))
            return
        if create and path.exists() and any(path.iterdir()):
            self._say(self.tr("%1 already exists and is not empty.").replace("%1", str(path)))
            return
        if path.resolve() == self._current().resolve():
            return
        problem = self._switch(path, create)
        if problem:
            self._say(problem)

    def _say(self, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Session"), text, QMessageBox.StandardButton.Ok, self.window
        )
        box.setObjectName("sessionProblem")
        self._keep(box).open()

    def _keep(self, dialog: QDialog) -> QDialog:
        self._dialogs = [d for d in self._dialogs if d.isVisible()] + [dialog]
        return dialog
