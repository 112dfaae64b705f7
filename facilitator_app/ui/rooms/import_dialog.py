"""Import a participant list: preview, column mapping, validation with row numbers, and
what the import will change (new, updated, unchanged, only in the session)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.model import Person
from ...domain.people import FIELDS, Imported, Merge, RowProblem, guess_mapping, merge_people, read_people
from ...services.people_files import Sheet, SheetError, read_sheet

PREVIEW_ROWS = 50
ATTRIBUTE, IGNORE = "attribute", "ignore"


class ImportDialog(QDialog):
    def __init__(
        self,
        path: Path,
        existing: tuple[Person, ...],
        parent: QWidget | None = None,
        sheet: Sheet | None = None,
        error: str = "",
    ) -> None:
        """``sheet`` (or ``error``) when the file was read off the GUI thread; else it is
        read here."""
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import participants: %1").replace("%1", path.name))
        self._existing = existing
        self._imported: Imported | None = None
        self._merge: Merge | None = None
        self.sheet: Sheet | None = None
        layout = QVBoxLayout(self)
        self.info = QLabel()
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        self.mapping_row = QHBoxLayout()
        layout.addLayout(self.mapping_row)
        self.table = QTableWidget()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        layout.addWidget(self.table, 3)
        self.errors = QListWidget()
        self.errors.setObjectName("importErrors")
        layout.addWidget(QLabel(self.tr("Problems found:")))
        layout.addWidget(self.errors, 1)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.combos: list[QComboBox] = []
        if sheet is None and not error:
            try:
                sheet = read_sheet(path)
            except SheetError as exc:
                error = str(exc)
        self.sheet = sheet
        if sheet is None:
            self.info.setText(self.tr("This file cannot be imported: %1").replace("%1", error))
            self.info.setObjectName("warningText")
            self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
            self.resize(720, 360)
            return
        self._build_mapping()
        self._fill_preview()
        self.update_result()
        self.resize(980, 640)

    def _field_names(self) -> dict[str, str]:
        return {
            "name": self.tr("Name"),
            "first_name": self.tr("First name"),
            "last_name": self.tr("Last name"),
            "email": self.tr("E-mail"),
            "organisation": self.tr("Organisation"),
            "department": self.tr("Department"),
            "role": self.tr("Role"),
            "host": self.tr("Host"),
            ATTRIBUTE: self.tr("Attribute"),
            IGNORE: self.tr("Ignore"),
        }

    def _build_mapping(self) -> None:
        assert self.sheet is not None
        guess = guess_mapping(self.sheet.headers)
        names = self._field_names()
        self.mapping_row.addWidget(QLabel(self.tr("Columns:")))
        for i, header in enumerate(self.sheet.headers):
            box = QComboBox()
            box.setToolTip(header)
            for key in (*FIELDS, ATTRIBUTE, IGNORE):
                box.addItem(f"{header} → {names[key]}", key)
            box.setCurrentIndex(box.findData(guess.get(i, ATTRIBUTE if header else IGNORE)))
            box.currentIndexChanged.connect(lambda _i: self.update_result())
            self.combos.append(box)
            self.mapping_row.addWidget(box)
        self.mapping_row.addStretch(1)

    def _fill_preview(self) -> None:
        assert self.sheet is not None
        sheet = self.sheet
        self.info.setText(
            self.tr("%1 rows · %2 · delimiter %3 · showing the first %4")
            .replace("%1", str(len(sheet.rows)))
            .replace("%2", sheet.encoding)
            .replace("%3", repr(sheet.delimiter) if sheet.delimiter else "—")
            .replace("%4", str(min(PREVIEW_ROWS, len(sheet.rows))))
        )
        self.table.setColumnCount(len(sheet.headers))
        self.table.setHorizontalHeaderLabels(list(sheet.headers))
        rows = sheet.rows[:PREVIEW_ROWS]
        self.table.setRowCount(len(rows))
        self.table.setVerticalHeaderLabels([str(i + 2) for i in range(len(rows))])  # spreadsheet row numbers
        for r, row in enumerate(rows):
            for c in range(len(sheet.headers)):
                item = QTableWidgetItem(row[c] if c < len(row) else "")
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(r, c, item)
        self.table.resizeColumnsToContents()  # at most PREVIEW_ROWS rows: cheap
        self.table.horizontalHeader().setStretchLastSection(True)

    def mapping(self) -> tuple[dict[int, str], list[int]]:
        fields: dict[int, str] = {}
        attributes: list[int] = []
        for i, box in enumerate(self.combos):
            key = str(box.currentData())
            if key == ATTRIBUTE:
                attributes.append(i)
            elif key != IGNORE and key not in fields.values():
                fields[i] = key
        return fields, attributes

    def update_result(self) -> None:
        if self.sheet is None:
            return
        fields, attributes = self.mapping()
        self._imported = read_people(self.sheet.headers, self.sheet.rows, fields, attribute_columns=attributes)
        self._merge = merge_people(self._existing, self._imported.people)
        self.errors.clear()
        self.errors.addItems([self._problem_text(p) for p in self._imported.problems] or [self.tr("None.")])
        m = self._merge
        self.result_label.setText(
            self.tr("%1 new · %2 updated · %3 unchanged · %4 only in the session (kept) · %5 rows skipped")
            .replace("%1", str(len(m.added)))
            .replace("%2", str(len(m.updated)))
            .replace("%3", str(m.unchanged))
            .replace("%4", str(len(m.only_in_session)))
            .replace(
                "%5",
                str(sum(1 for p in self._imported.problems if p.skipped)),
            )
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(m.upserts))

    def _problem_text(self, p: RowProblem) -> str:
        texts = {
            "no_name_column": self.tr("No column is mapped to the name (or the e-mail)."),
            "email": self.tr("row %1: %2 is not an e-mail address; the person is kept without it"),
            "empty": self.tr("row %1: no name and no e-mail; the row is skipped"),
            "duplicate": self.tr("row %1: %2 is already on row %3; the row is skipped"),
            "host": self.tr("row %1: host value %2 not understood, read as not a host"),
        }
        value = p.value if p.code == "duplicate" else repr(p.value)
        return texts[p.code].replace("%1", str(p.row)).replace("%2", value).replace("%3", str(p.other_row))

    def merge(self) -> Merge | None:
        return self._merge
