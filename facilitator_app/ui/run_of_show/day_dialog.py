"""A day's own fields: title, date, start time and hard stop (empty: none)."""

from __future__ import annotations

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QTimeEdit,
    QWidget,
)

from ...domain.model import Day


class DayDialog(QDialog):
    def __init__(self, day: Day, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Day settings"))
        form = QFormLayout(self)
        self.title = QLineEdit(day.title)
        self.date = QDateEdit(QDate(day.date.year, day.date.month, day.date.day))
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat("yyyy-MM-dd")  # ISO, as Swedish calendars write it
        self.start = QTimeEdit(QTime(day.start.hour, day.start.minute))
        self.has_stop = QCheckBox(self.tr("Hard stop"))
        self.has_stop.setChecked(day.hard_stop is not None)
        stop = day.hard_stop
        self.stop = QTimeEdit(QTime(stop.hour, stop.minute) if stop else QTime(12, 0))
        self.stop.setEnabled(self.has_stop.isChecked())
        self.has_stop.toggled.connect(self.stop.setEnabled)
        for edit in (self.start, self.stop):
            edit.setDisplayFormat("HH:mm")
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Date"), self.date)
        form.addRow(self.tr("Starts at"), self.start)
        form.addRow(self.has_stop, self.stop)
        self.roll = QCheckBox(self.tr("Roll: every fixed start begins its segment by itself"))
        self.roll.setChecked(day.roll)
        form.addRow("", self.roll)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.resize(self.fontMetrics().averageCharWidth() * 60, self.sizeHint().height())

    def changes(self) -> dict[str, object]:
        """The fields in their serialised form, as a day.updated event carries them."""
        return {
            "title": self.title.text().strip(),
            "date": self.date.date().toString("yyyy-MM-dd"),
            "start": self.start.time().toString("HH:mm"),
            "hard_stop": self.stop.time().toString("HH:mm") if self.has_stop.isChecked() else None,
            "roll": self.roll.isChecked(),
        }
