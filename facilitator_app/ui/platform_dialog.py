"""What each platform lets the console do, and what the producer does in the host client."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from ..domain.platforms import CAPABILITIES, How, Platform


def how_text(how: How) -> str:
    return {
        How.AUTOMATIC: QCoreApplication.translate("Platform", "automatic"),
        How.PREPARED: QCoreApplication.translate("Platform", "you, in the host client (prepared)"),
        How.AFTER: QCoreApplication.translate("Platform", "after the meeting"),
        How.NONE: QCoreApplication.translate("Platform", "not possible"),
    }[how]


HOW_COLOUR = {How.AUTOMATIC: "#8fd19e", How.PREPARED: "#ffc857", How.AFTER: "#9fc5e8", How.NONE: "#9aa5b1"}
NAMES = {
    Platform.REHEARSAL: "Rehearsal",
    Platform.ZOOM: "Zoom",
    Platform.WEBEX: "Webex",
    Platform.TEAMS: "Microsoft Teams",
}


class CapabilitiesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What each platform can do"))
        self.resize(1100, 620)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "No platform lets the console move people between rooms live, open rooms, run room timers or launch "
                "a poll. Where it cannot, the console prepares the step and prompts you at the right moment. "
                "This version syncs with the rehearsal platform; Zoom, Webex and Teams come next."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        rows = [(p, c) for p in Platform for c in CAPABILITIES[p]]
        table = QTableWidget(len(rows), 4)
        table.setHorizontalHeaderLabels(
            [self.tr("Platform"), self.tr("Task"), self.tr("Who does it"), self.tr("Details")]
        )
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        for i, (platform, cap) in enumerate(rows):
            table.setItem(i, 0, QTableWidgetItem(NAMES[platform]))
            table.setItem(i, 1, QTableWidgetItem(cap.task))
            how = QTableWidgetItem(how_text(cap.how))
            how.setForeground(QColor(HOW_COLOUR[cap.how]))
            table.setItem(i, 2, how)
            table.setItem(i, 3, QTableWidgetItem(cap.detail))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(table, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.table = table
