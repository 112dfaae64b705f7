"""Platform sign-in: which keyring holds the secrets (and a warning when it is not a secure
one), who is signed in, Zoom Server-to-Server credentials, and sign-out.

Keyring calls can block or prompt, and signing in talks to the network: both run off the
GUI thread or on the asyncio loop, never in a slot directly.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
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

from ...services import oauth
from ...services.platforms import registry
from ...services.platforms.base import PlatformError
from ...services.secrets import SecretStore
from ...services.signin import TokenManager

PLATFORMS = tuple((p.id, p.name) for p in registry.real())


class SignInDialog(QDialog):
    def __init__(
        self, parent: QWidget | None = None, store: SecretStore | None = None, oauth_base: str = "https://zoom.us"
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Platform sign-in"))
        self.resize(780, 880)
        self.store = store or SecretStore()
        self.zoom = TokenManager("zoom", self.store, oauth_base=oauth_base)
        self.oauth_bases: dict[str, str] = {}  # tests point the flows at a local server
        self.device_sleep: Callable[[float], Awaitable[None]] = asyncio.sleep  # and skip the polling waits
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
        browser = QGroupBox(self.tr("Sign in through the browser (Zoom, Webex) or with a code (Microsoft)"))
        bform = QFormLayout(browser)
        self.browser_platform = QComboBox()
        for info in registry.real():
            if info.oauth is not None:
                self.browser_platform.addItem(info.name, info.id)
        self.browser_client = QLineEdit()
        self.browser_secret = QLineEdit()
        self.browser_secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.browser_secret.setPlaceholderText(self.tr("Webex integrations only"))
        self.tenant = QLineEdit("organizations")
        bform.addRow(self.tr("Platform"), self.browser_platform)
        bform.addRow(self.tr("App's client ID"), self.browser_client)
        bform.addRow(self.tr("Client secret"), self.browser_secret)
        bform.addRow(self.tr("Microsoft tenant"), self.tenant)
        self.browser_button = QPushButton(self.tr("Sign in"))
        self.browser_button.clicked.connect(lambda: self.sign_in_browser())
        bform.addRow("", self.browser_button)
        layout.addWidget(browser)
        note = QLabel(
            self.tr(
                "For scripts, FACILITATOR_ZOOM_TOKEN, FACILITATOR_WEBEX_TOKEN and "
                "FACILITATOR_GRAPH_TOKEN are read from the environment."
            )
        )
        note.setObjectName("muted")
        note.setWordWrap(True)
        layout.addWidget(note)
        names = dict(PLATFORMS)
        self.scopes_label = QLabel(
            self.tr("Permissions (scopes) the console uses, and no others:")
            + "".join(f"<br>{names[p]}: {', '.join(oauth.scope_names(p))}" for p in names)
        )
        self.scopes_label.setObjectName("muted")
        self.scopes_label.setWordWrap(True)
        layout.addWidget(self.scopes_label)
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
            if self.zoom.missing_scopes:
                self.message.setText(
                    self.message.text()
                    + " "
                    + self.tr("Zoom did not grant: %1. Add them to the app in the Zoom App Marketplace.").replace(
                        "%1", ", ".join(self.zoom.missing_scopes)
                    )
                )
            self.secret.clear()
        finally:
            self.sign_in_button.setEnabled(True)
            self.refresh()

    def sign_in_browser(self, open_browser: Callable[[str], object] | None = None) -> None:
        key = str(self.browser_platform.currentData())
        client = self.browser_client.text().strip()
        if not client:
            self.message.setText(
                self.tr("Fill in the client ID of your organisation's app for %1.").replace(
                    "%1", self.browser_platform.currentText()
                )
            )
            return
        opener = open_browser or (lambda url: QDesktopServices.openUrl(QUrl(url)))
        self.browser_button.setEnabled(False)
        self._task = asyncio.ensure_future(self._browser_flow(key, client, opener))

    async def _browser_flow(self, key: str, client: str, opener: Callable[[str], object]) -> None:
        secret = self.browser_secret.text() or None
        try:
            info = registry.get(key)
            provider = registry.oauth_provider(
                info, self.oauth_bases.get(key, ""), self.tenant.text().strip() or "organizations"
            )
            if info.oauth_flow == "device":
                answer = await oauth.sign_in_with_device_code(
                    provider, client, self._show_code, sleep=self.device_sleep
                )
            else:
                self.message.setText(self.tr("Finish signing in in your browser…"))
                answer = await oauth.sign_in_with_browser(provider, client, opener, client_secret=secret)
            TokenManager(key, self.store).keep_oauth(answer, time.time(), provider.token_url, client, secret)
        except PlatformError as exc:
            self.message.setText(str(exc))
        else:
            self.message.setText(self.tr("Signed in to %1.").replace("%1", self.browser_platform.currentText()))
            self.browser_secret.clear()
        finally:
            self.browser_button.setEnabled(True)
            self.refresh()

    def _show_code(self, code: str, url: str) -> None:
        self.message.setText(self.tr("Open %1 and enter the code %2").replace("%1", url).replace("%2", code))

    def sign_out(self, key: str) -> None:
        TokenManager(key, self.store).sign_out()
        self.message.setText(self.tr("Signed out: the tokens are removed from the keychain."))
        self.refresh()
