"""File → Print run sheet…: which sheet (producer, a host's, a speaker's), which day, which
paper; the save dialog comes after. The language is the console's."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QWidget

from ...domain.runsheet import host_people, lead_names
from ...domain.state import SessionState


class RunSheetDialog(QDialog):
    def __init__(self, state: SessionState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("runsheetDialog")
        self.setWindowTitle(self.tr("Print run sheet"))
        self._hosts = [(p.name, p.email or p.name) for p in host_people(state)]
        self._leads = [(name, name) for name in lead_names(state.show)]
        self.role = QComboBox()
        self.role.setObjectName("role")
        for text, role in (
            (self.tr("Producer (everything)"), "producer"),
            (self.tr("Host (their rooms and people)"), "host"),
            (self.tr("Speaker (their segments and cue times)"), "speaker"),
        ):
            self.role.addItem(text, role)
        self.person = QComboBox()
        self.person.setObjectName("person")
        self.day = QComboBox()
        self.day.setObjectName("day")
        self.day.addItem(self.tr("All days"), 0)
        for n, day in enumerate(state.show.days, start=1):
            self.day.addItem(day.title or self.tr("Day %1").replace("%1", str(n)), n)
        self.paper = QComboBox()
        self.paper.setObjectName("paper")
        self.paper.addItem("A4", "a4")
        self.paper.addItem("Letter", "letter")
        form = QFormLayout(self)
        form.addRow(self.tr("&Sheet for"), self.role)
        form.addRow(self.tr("&Person"), self.person)
        form.addRow(self.tr("&Day"), self.day)
        form.addRow(self.tr("P&aper"), self.paper)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.setObjectName("runsheetButtons")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        form.addRow(buttons)
        self.role.currentIndexChanged.connect(self._role_changed)
        self._role_changed()

    def _role_changed(self) -> None:
        role = self.role.currentData()
        choices = self._hosts if role == "host" else self._leads if role == "speaker" else []
        self.person.clear()
        for text, value in choices:
            self.person.addItem(text, value)
        self.person.setEnabled(bool(choices))
        if role != "producer" and not choices:
            self.person.addItem(self.tr("(nobody in this event)"), "")
        self.ok.setEnabled(role == "producer" or bool(choices))

    def choice(self) -> dict[str, object]:
        """role, person ('' for the producer), day (None: all days), paper."""
        role = str(self.role.currentData())
        day = int(self.day.currentData() or 0)
        person = str(self.person.currentData() or "") if role != "producer" else ""
        return {"role": role, "person": person, "day": day or None, "paper": str(self.paper.currentData())}
