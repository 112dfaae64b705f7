"""Platform sign-in: which keyring holds the secrets (and a warning when it is not a secure
one), who is signed in, Zoom Server-to-Server credentials, and sign-out.

Keyring calls can block or prompt, and signing in talks to the network: both run off the
GUI thread or on the asyncio loop, never in a slot directly.
"""

from __future__ import annotations

import asyncio
import time
from typing import Any

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..services.platforms.base import PlatformError
from ..services.secrets import SecretStore
from ..services.signin import TokenManager

PLATFORMS = (("zoom", "Zoom"), ("webex", "Webex"), ("teams", "Microsoft Teams"))


class SignInDialog(QDialog):
    def __init__(
        self, parent: QWidget | None = None, store: SecretStore | None = None, oauth_base: str = "https://zoom.us"
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Platform sign-in"))
        self.resize(760, 660)
        self.store = store or SecretStore()
        self.zoom = TokenManager("zoom", self.store, oauth_base=oauth_base)
        self._task: asyncio.Future[Any] | None = None
        layout = QVBoxLayout(self)

        backend = self.store.backend()
        self.backend_label = QLabel(self.tr("Secrets are kept in: %1").replace("%1", backend.name))
        self.backend_label.setWordWrap(True)
        layout.addWidget(self.backend_label)
        self.warning = QLabel(
            self.tr(
                "This is not a secure system keychain: tokens would be stored unprotected. "
                "Sign in only on a computer with a working keychain."
            )
        )
        self.warning.setObjectName("banner")
        self.warning.setWordWrap(True)
        self.warning.setVisible(not backend.secure)
        layout.addWidget(self.warning)

        status = QGroupBox(self.tr("Signed in"))
        status_layout = QFormLayout(status)
        self.status_labels: dict[str, QLabel] = {}
        for key, name in PLATFORMS:
            row = QHBoxLayout()
            label = QLabel()
            out = QPushButton(self.tr("Sign out"))
            out.clicked.connect(lambda _c=False, k=key: self.sign_out(k))
            row.addWidget(label, 1)
            row.addWidget(out)
            status_layout.addRow(name, row)
            self.status_labels[key] = label
        layout.addWidget(status)

        zoom = QGroupBox(self.tr("Zoom: Server-to-Server OAuth app"))
        form = QFormLayout(zoom)
        self.account = QLineEdit()
        self.client_id = QLineEdit()
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Account ID"), self.account)
        form.addRow(self.tr("Client ID"), self.client_id)
        form.addRow(self.tr("Client secret"), self.secret)
        self.sign_in_button = QPushButton(self.tr("Sign in to Zoom"))
        self.sign_in_button.setObjectName("primary")
        self.sign_in_button.clicked.connect(self.sign_in_zoom)
        form.addRow("", self.sign_in_button)
        layout.addWidget(zoom)
        note = QLabel(
            self.tr(
                "Webex and Microsoft Teams sign in through the browser in a coming version; for scripts, "
                "FACILITATOR_WEBEX_TOKEN and FACILITATOR_GRAPH_TOKEN are read from the environment."
            )
        )
        note.setObjectName("muted")
        note.setWordWrap(True)
        layout.addWidget(note)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        for key, label in self.status_labels.items():
            signed = TokenManager(key, self.store).signed_in()
            label.setText(self.tr("signed in") if signed else self.tr("not signed in"))

    def sign_in_zoom(self) -> None:
        account, client, secret = self.account.text().strip(), self.client_id.text().strip(), self.secret.text()
        if not (account and client and secret):
            self.message.setText(self.tr("Fill in the account ID, the client ID and the client secret."))
            return
        self.sign_in_button.setEnabled(False)
        self.message.setText(self.tr("Signing in…"))
        self._task = asyncio.ensure_future(self._sign_in(account, client, secret))

    async def _sign_in(self, account: str, client: str, secret: str) -> None:
        try:
            await self.zoom.sign_in_zoom_s2s(account, client, secret, time.time())
        except PlatformError as exc:
            self.message.setText(str(exc))
        else:
            self.message.setText(self.tr("Signed in to Zoom. The secret is in the keychain, not in any file."))
            self.secret.clear()
        finally:
            self.sign_in_button.setEnabled(True)
            self.refresh()

    def sign_out(self, key: str) -> None:
        TokenManager(key, self.store).sign_out()
        self.message.setText(self.tr("Signed out: the tokens are removed from the keychain."))
        self.refresh()
