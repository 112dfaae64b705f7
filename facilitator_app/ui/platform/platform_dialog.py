"""What each platform lets the console do, and what the producer does in the host client."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain.platforms import How
from ...services.platforms import registry


def how_text(how: How) -> str:
    return {
        How.AUTOMATIC: QCoreApplication.translate("Platform", "automatic"),
        How.PREPARED: QCoreApplication.translate("Platform", "you, in the host client (prepared)"),
        How.AFTER: QCoreApplication.translate("Platform", "after the meeting"),
        How.NONE: QCoreApplication.translate("Platform", "not possible"),
    }[how]


HOW_COLOUR = {How.AUTOMATIC: "#8fd19e", How.PREPARED: "#ffc857", How.AFTER: "#9fc5e8", How.NONE: "#9aa5b1"}


def platform_name(platform_id: str) -> str:
    return QCoreApplication.translate("platforms", registry.get(platform_id).name)


class CapabilitiesDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("What each platform can do"))
        self.resize(1100, 620)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "No platform lets the console move people between rooms live, open rooms, run room timers or "
                "launch a poll. Where it cannot, the console prepares the step and prompts you at the right "
                "moment. The console syncs with the platform linked under Platform → Link meeting…"
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        rows = [(p.id, c) for p in registry.PLATFORMS.values() for c in p.capabilities]
        table = QTableWidget(len(rows), 4)
        table.setHorizontalHeaderLabels(
            [self.tr("Platform"), self.tr("Task"), self.tr("Who does it"), self.tr("Details")]
        )
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        for i, (platform, cap) in enumerate(rows):
            table.setItem(i, 0, QTableWidgetItem(platform_name(platform)))
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


class LinkDialog(QDialog):
    """Choose the session's platform and link its meeting (an id or a join URL)."""

    def __init__(self, platform: str, meeting: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Link the meeting"))
        self.resize(720, 460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.platform_box = QComboBox()
        for p in registry.PLATFORMS.values():
            self.platform_box.addItem(platform_name(p.id), p.id)
        self.platform_box.setCurrentIndex(max(0, self.platform_box.findData(platform)))
        self.meeting_edit = QLineEdit(meeting)
        form.addRow(self.tr("Platform"), self.platform_box)
        form.addRow(self.tr("Meeting"), self.meeting_edit)
        layout.addLayout(form)
        self.hint = QLabel()
        self.hint.setObjectName("muted")
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        self.capabilities = QLabel()
        self.capabilities.setWordWrap(True)
        layout.addWidget(self.capabilities)
        layout.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.platform_box.currentIndexChanged.connect(lambda _i: self._describe())
        self._describe()

    def platform(self) -> str:
        return str(self.platform_box.currentData())

    def meeting(self) -> str:
        return self.meeting_edit.text().strip()

    def _describe(self) -> None:
        info = registry.get(self.platform())
        self.hint.setText(QCoreApplication.translate("platforms", info.meeting_hint))
        self.meeting_edit.setEnabled(info.signs_in)
        lines = [f"• {c.task}: {how_text(c.how)}" + (f" — {c.detail}" if c.detail else "") for c in info.capabilities]
        self.capabilities.setText("\n".join(lines))
