"""Settings → Remote control and views: on or off (off by default), this computer only or
the local network, the port, the access codes (new ones, or kept in the keyring), and a
QR code of a view's address for a phone or tablet."""

from __future__ import annotations

import io
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from .controller import RemoteController


def qr_pixmap(text: str, scale: int = 5) -> QPixmap:
    """A QR code of ``text`` (segno, pure Python) as a pixmap."""
    import segno

    buffer = io.BytesIO()
    segno.make(text, error="m").save(buffer, kind="png", scale=scale, border=2)
    return QPixmap.fromImage(QImage.fromData(buffer.getvalue()))


class RemoteDialog(QDialog):
    def __init__(self, remote: RemoteController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.remote = remote
        self.setWindowTitle(self.tr("Remote control and views"))
        self.setObjectName("remoteDialog")
        settings = remote.window.settings
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Drive the show from a Stream Deck (Companion), a script or a phone, and show the countdown "
                "in a browser or an OBS browser source. Anyone with the control code can run the show."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        self.enabled = QCheckBox(self.tr("Serve the remote control and the browser views"))
        self.enabled.setChecked(remote.running)
        layout.addWidget(self.enabled)
        form = QFormLayout()
        where = QWidget()
        where_box = QVBoxLayout(where)
        where_box.setContentsMargins(0, 0, 0, 0)
        self.loopback = QRadioButton(self.tr("This computer only"))
        self.network = QRadioButton(self.tr("The local network (phones, tablets, other computers)"))
        (self.network if settings.remote_network else self.loopback).setChecked(True)
        where_box.addWidget(self.loopback)
        where_box.addWidget(self.network)
        form.addRow(self.tr("Reachable from:"), where)
        self.port = QSpinBox()
        self.port.setRange(1024, 65535)
        self.port.setValue(settings.remote_port)
        form.addRow(self.tr("Port (TCP and UDP):"), self.port)
        self.address = QLabel()
        self.address.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Address:"), self.address)
        self.view_code = QLabel()
        self.control_code = QLabel()
        for label in (self.view_code, self.control_code):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setObjectName("code")
        form.addRow(self.tr("View code:"), self.view_code)
        form.addRow(self.tr("Control code:"), self.control_code)
        codes_row = QHBoxLayout()
        self.pinned = QCheckBox(self.tr("Keep these codes (in the keyring)"))
        self.pinned.setChecked(settings.remote_pinned)
        self.renew = QPushButton(self.tr("New codes"))
        self.renew.setProperty("command", "app.remote")
        codes_row.addWidget(self.pinned)
        codes_row.addWidget(self.renew)
        form.addRow("", codes_row)
        self.which = QComboBox()
        for key, name in (
            ("remote", self.tr("Phone remote (control)")),
            ("stage", self.tr("Stage view")),
            ("backstage", self.tr("Backstage view")),
            ("public", self.tr("Public view (OBS)")),
        ):
            self.which.addItem(name, key)
        form.addRow(self.tr("QR code for:"), self.which)
        layout.addLayout(form)
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr.setMinimumSize(220, 220)
        layout.addWidget(self.qr)
        self.link = QLabel()
        self.link.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.link.setWordWrap(True)
        self.copy = QPushButton(self.tr("Copy address"))
        self.copy.setProperty("command", "app.remote")
        link_row = QHBoxLayout()
        link_row.addWidget(self.link, 1)
        link_row.addWidget(self.copy)
        layout.addLayout(link_row)
        automations_title = QLabel(
            self.tr("Automations, one per line (an OSC message or HTTP request on an event; see docs/REMOTE.md):")
        )
        automations_title.setWordWrap(True)
        layout.addWidget(automations_title)
        self.automations = QPlainTextEdit(settings.remote_automations)
        self.automations.setPlaceholderText('segment_start osc 127.0.0.1:53000 /cue/go "{segment.title}"')
        self.automations.setMaximumHeight(90)
        layout.addWidget(self.automations)
        self.apply_automations = QPushButton(self.tr("Use these automations"))
        self.apply_automations.setProperty("command", "app.remote")
        self.apply_automations.clicked.connect(lambda _checked=False: self._automations())
        layout.addWidget(self.apply_automations, 0, Qt.AlignmentFlag.AlignRight)
        self.error = QLabel()
        self.error.setObjectName("warningText")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

        self.enabled.toggled.connect(self._switch)
        self.network.toggled.connect(lambda _on: self._moved())
        self.port.editingFinished.connect(self._moved)
        self.pinned.toggled.connect(remote.set_pinned)
        self.renew.clicked.connect(lambda _checked=False: remote.new_codes())
        self.which.currentIndexChanged.connect(lambda _i: self.refresh())
        self.copy.clicked.connect(lambda _checked=False: QGuiApplication.clipboard().setText(self.link.text()))
        remote.changed.connect(self.refresh)
        self.refresh()

    def _automations(self) -> None:
        problem = self.remote.set_automations(self.automations.toPlainText())
        self.remote.error = problem
        self.error.setText(problem)

    def _save(self) -> None:
        settings = self.remote.window.settings
        settings.remote_network = self.network.isChecked()
        settings.remote_port = self.port.value()
        settings.remote_enabled = self.enabled.isChecked()
        self.remote.window._save_settings(settings)

    def _switch(self, on: bool) -> None:
        self._save()
        if on:
            self.remote.start()
        else:
            self.remote.stop()
        self.refresh()

    def _moved(self) -> None:
        """A new place to listen: restart when running."""
        settings = self.remote.window.settings
        if (settings.remote_network, settings.remote_port) == (self.network.isChecked(), self.port.value()):
            return
        self._save()
        if self.remote.running:
            self.remote.stop()
            self.remote.start()
        self.refresh()

    def refresh(self) -> None:
        remote = self.remote
        codes = remote.codes
        self.view_code.setText(codes.view)
        self.control_code.setText(codes.control)
        server = remote.server
        self.error.setText(remote.error)
        if server is None:
            self.address.setText(self.tr("(off)"))
            self.link.setText("")
            self.qr.clear()
            self.copy.setEnabled(False)
            return
        self.address.setText(server.url)
        if not server.config.network:
            self.error.setText(
                remote.error or self.tr("Phones and other computers reach it only when it serves the local network.")
            )
        which = str(self.which.currentData())
        url = server.view_url(which, control=which == "remote")
        self.link.setText(url)
        self.copy.setEnabled(True)
        self.qr.setPixmap(qr_pixmap(url))


def show_remote_dialog(window: Any) -> RemoteDialog:
    """Settings → Remote control and views… (opened, not exec'd)."""
    dialog = RemoteDialog(RemoteController.for_window(window), window)
    window._boxes["remote"] = dialog
    dialog.open()
    return dialog
