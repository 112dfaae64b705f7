"""Help → Keyboard shortcuts: a sheet made from the command registry (so it is never out of
date), in the user's language, printable as a PDF."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...commands import REGISTRY
from ...domain.text import QT_TRANSLATE_NOOP
from ..common.commands import save_folder, saved_to
from ..common.printing import write_html_pdf
from .actions import WINDOW_ACTIONS

GROUPS = (
    ("live", QCoreApplication.translate("ShortcutsSheet", "Live (every console window, not while typing)")),
    ("view", QCoreApplication.translate("ShortcutsSheet", "View")),
    ("show", QCoreApplication.translate("ShortcutsSheet", "Run-of-show")),
    ("rooms", QCoreApplication.translate("ShortcutsSheet", "Rooms window")),
    ("polls", QCoreApplication.translate("ShortcutsSheet", "Polls window")),
    ("file", QCoreApplication.translate("ShortcutsSheet", "Files and help")),
)


# Keys of the windows that are not commands (navigation, undo, closing), as the README lists them.
WINDOW_KEYS = (
    (
        "file",
        QT_TRANSLATE_NOOP("ShortcutsSheet", "Undo / redo in the window where the change was made"),
        ("Ctrl+Z", "Ctrl+Shift+Z"),
    ),
    ("file", QT_TRANSLATE_NOOP("ShortcutsSheet", "Quit"), ("Ctrl+Q",)),
    ("view", QT_TRANSLATE_NOOP("ShortcutsSheet", "Stage view: close / full screen"), ("Esc", "F11")),
    ("rooms", QT_TRANSLATE_NOOP("ShortcutsSheet", "Previous / next round"), ("Ctrl+PgUp", "Ctrl+PgDown")),
    ("rooms", QT_TRANSLATE_NOOP("ShortcutsSheet", "Board / encounters / who to move / people"), ("Ctrl+1", "Ctrl+4")),
    ("rooms", QT_TRANSLATE_NOOP("ShortcutsSheet", "Close the rooms window"), ("Esc",)),
    ("polls", QT_TRANSLATE_NOOP("ShortcutsSheet", "New poll / edit"), ("Ctrl+N", "F2")),
    ("polls", QT_TRANSLATE_NOOP("ShortcutsSheet", "Type counts (Tab between fields, Enter saves)"), ("Ctrl+E",)),
    ("polls", QT_TRANSLATE_NOOP("ShortcutsSheet", "Import a report"), ("Ctrl+I",)),
    ("polls", QT_TRANSLATE_NOOP("ShortcutsSheet", "Present on stage"), ("F6",)),
    ("polls", QT_TRANSLATE_NOOP("ShortcutsSheet", "Result / trend / evaluation"), ("Ctrl+1", "Ctrl+3")),
)


def shortcut_rows() -> list[tuple[str, str, str]]:
    """(group title, action, keys) for every command and window action that has keys."""
    entries: list[tuple[str, str, tuple[str, ...]]] = [(c.id, c.title, c.keys) for c in REGISTRY.all() if c.keys]
    entries += [(cid, title, keys) for cid, (title, keys) in WINDOW_ACTIONS.items() if keys]
    rows = []
    extra = [(family, QCoreApplication.translate("ShortcutsSheet", title), keys) for family, title, keys in WINDOW_KEYS]
    for prefix, group in GROUPS:
        for cid, title, keys in entries:
            family = cid.split(".")[0]
            if family in ("export", "help", "app"):
                family = "file"
            if family == prefix:
                rows.append((QCoreApplication.translate("ShortcutsSheet", group), _title(title), _keys(keys)))
        rows += [
            (QCoreApplication.translate("ShortcutsSheet", group), title, _keys(keys))
            for family, title, keys in extra
            if family == prefix
        ]
    # The group's name on its first row only: the sheet reads as sections.
    return [(g if i == 0 or rows[i - 1][0] != g else "", a, k) for i, (g, a, k) in enumerate(rows)]


def _keys(keys: tuple[str, ...]) -> str:
    return " / ".join(QKeySequence(k).toString(QKeySequence.SequenceFormat.NativeText) for k in keys)


def _title(source: str) -> str:
    return QCoreApplication.translate("commands", source).replace("…", "").strip()


class ShortcutsSheet(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsSheet")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(self.fontMetrics().averageCharWidth() * 110, self.fontMetrics().height() * 40)
        layout = QVBoxLayout(self)
        note = QLabel(self.tr("Live keys do nothing while a text field has the keyboard; Esc leaves it."))
        note.setWordWrap(True)
        layout.addWidget(note)
        self.rows = shortcut_rows()
        table = QTableWidget(len(self.rows), 3)
        table.setHorizontalHeaderLabels([self.tr("Where"), self.tr("Action"), self.tr("Keys")])
        table.verticalHeader().setVisible(False)
        for r, row in enumerate(self.rows):
            for c, text in enumerate(row):
                table.setItem(r, c, QTableWidgetItem(text))
        table.resizeColumnsToContents()
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(table, 1)
        self.table = table
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.print_button = QPushButton(self.tr("Print (PDF)…"))
        self.print_button.setProperty("command", "help.shortcuts")
        self.print_button.clicked.connect(lambda _c=False: self.ask_print())
        buttons.addButton(self.print_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._dialog: QFileDialog | None = None

    def ask_print(self) -> None:
        dialog = QFileDialog(
            self, self.tr("Print the shortcuts"), str(save_folder() / self.tr("shortcuts.pdf")), "PDF (*.pdf)"
        )
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setDefaultSuffix("pdf")
        dialog.fileSelected.connect(saved_to)
        dialog.fileSelected.connect(lambda path: self.write_pdf(Path(path)))
        self._dialog = dialog
        dialog.open()

    def write_pdf(self, path: Path) -> str:
        cells = "".join(
            f"<tr><td>{html.escape(g)}</td><td>{html.escape(a)}</td><td><b>{html.escape(k)}</b></td></tr>"
            for g, a, k in self.rows
        )
        doc = (
            f"<h2>{html.escape(self.tr('Facilitator Console: keyboard shortcuts'))}</h2>"
            f"<table border='1' cellspacing='0' cellpadding='6' width='100%'>"
            f"<tr><th>{html.escape(self.tr('Where'))}</th><th>{html.escape(self.tr('Action'))}</th>"
            f"<th>{html.escape(self.tr('Keys'))}</th></tr>{cells}</table>"
        )
        return write_html_pdf(path, doc, title=self.tr("Keyboard shortcuts"))
