"""The main window's status bar: saved or not, who is in control, the connected consoles,
a clock or fork warning (the platform's sync label is added by the platform panel)."""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QMenu, QStatusBar, QToolButton

from ...services.session import Session
from ..cofacilitation.cofacilitation import CoFacilitation
from ..common import theme


class ConsoleStatus(QObject):
    def __init__(self, bar: QStatusBar, sync_label: QLabel) -> None:
        super().__init__(bar)
        self.bar = bar
        self.save_label = QLabel()
        self.owner_label = QLabel()
        self.consoles_label = QToolButton()
        self.consoles_label.setObjectName("consoles")  # (its menu arrow is the ▾ in its text)
        self.consoles_label.setAutoRaise(True)
        self.consoles_label.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.consoles_menu = QMenu(self.consoles_label)
        self.consoles_label.setMenu(self.consoles_menu)
        self.clock_warning = QLabel()
        self.clock_warning.setObjectName("warningText")
        self.roll_label = QLabel()  # the next segment that starts by itself
        self.roll_label.setObjectName("rollText")
        self.roll_label.hide()
        bar.addPermanentWidget(self.roll_label)
        for widget in (self.clock_warning, sync_label, self.consoles_label, self.owner_label, self.save_label):
            bar.addPermanentWidget(widget)

    def show_roll(self, text: str) -> None:
        if text != self.roll_label.text():
            self.roll_label.setText(text)
            self.roll_label.setVisible(bool(text))

    def not_saved(self, message: str) -> None:
        self.save_label.setText(self.tr("NOT SAVED"))
        self.save_label.setStyleSheet(f"color: {theme.OVERLAP_COLOUR.name()}; font-weight: 600;")
        self.bar.showMessage(message, 15000)

    def update(self, session: Session, cofac: CoFacilitation | None) -> str:
        """Refresh every label; returns the warning (clock off, forked log) or ''."""
        self.save_label.setStyleSheet("")
        self.save_label.setText(self.tr("Saved · %1 events").replace("%1", str(session.event_count)))
        self.save_label.setToolTip(str(session.path))
        lease = session.state.lease
        if lease.owner == session.identity.writer_id:
            self.owner_label.setText(self.tr("In control: %1 (this console)").replace("%1", session.identity.name))
        else:
            self.owner_label.setText(self.tr("Following · in control: %1").replace("%1", lease.owner_name or "?"))
        peers = cofac.peers if cofac else []
        lines = [
            self.tr("%1 — %2 (this console)")
            .replace("%1", session.identity.name)
            .replace("%2", self.tr("in control") if session.in_control else self.tr("following"))
        ]
        for peer in peers:
            role = self.tr("in control") if peer.role == "in control" else self.tr("following")
            lines.append(
                self.tr("%1 — %2, last heard %3 s ago")
                .replace("%1", peer.name)
                .replace("%2", role)
                .replace("%3", str(int(peer.silent_s)))
            )
        count = len(lines)
        text = self.tr("1 console ▾") if count == 1 else self.tr("%1 consoles ▾").replace("%1", str(count))
        self.consoles_label.setText(text)
        self.consoles_label.setToolTip("\n".join(lines))
        self.consoles_menu.clear()
        for line in lines:
            self.consoles_menu.addAction(line).setEnabled(False)
        warning = cofac.clock_warning() if cofac else ""
        if session.forks:
            warning = self.tr(
                "The log of %1 forked (two different events with one number: a copied data folder?)."
            ).replace("%1", ", ".join(session.forks))
        self.clock_warning.setText(warning)
        self.clock_warning.setVisible(bool(warning))
        return warning
