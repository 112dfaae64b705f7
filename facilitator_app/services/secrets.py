"""Secrets in the OS keyring behind one small interface that says which backend holds them.

Tests install an in-memory backend with ``keyring.set_keyring``. A backend that is not a
system keychain (a plaintext file from keyrings.alt, the fail backend) is reported as not
secure, so the UI can warn instead of silently storing tokens in the clear.
"""

from __future__ import annotations

import contextlib
import importlib
from importlib import metadata

import keyring
import keyring.backend
import keyring.errors

from ..domain.frozen import Frozen, record

SERVICE = "facilitator-console"
# The platform backends a bundle must carry, whatever machine it was built on.
PLATFORM_BACKENDS = ("keyring.backends.Windows", "keyring.backends.macOS", "keyring.backends.SecretService")
_SECURE_PREFIXES = (
    "keyring.backends.Windows",
    "keyring.backends.macOS",
    "keyring.backends.SecretService",
    "keyring.backends.libsecret",
    "keyring.backends.kwallet",
)


@record
class BackendInfo(Frozen):
    """The keyring backend in use, and whether it keeps secrets safe."""

    name: str
    secure: bool


class SecretStore:
    def backend(self) -> BackendInfo:
        kr = keyring.get_keyring()
        module = type(kr).__module__
        name = f"{module}.{type(kr).__name__}"
        secure = module.startswith(_SECURE_PREFIXES) or getattr(kr, "secure_for_tests", False)
        return BackendInfo(name, bool(secure))

    def get(self, key: str) -> str | None:
        try:
            return keyring.get_password(SERVICE, key)
        except keyring.errors.KeyringError:
            return None

    def set(self, key: str, value: str) -> None:
        keyring.set_password(SERVICE, key, value)

    def delete(self, key: str) -> None:
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            keyring.delete_password(SERVICE, key)


def bundled_backends() -> dict[str, str]:
    """Each platform backend module and whether it imports ('ok' or the error)."""
    report: dict[str, str] = {}
    for module in PLATFORM_BACKENDS:
        try:
            importlib.import_module(module)
            report[module] = "ok"
        except Exception as exc:  # noqa: BLE001 - any import failure is the finding
            report[module] = f"{type(exc).__name__}: {exc}"
    names = {ep.value.split(":")[0] for ep in metadata.entry_points(group="keyring.backends")}
    for module in PLATFORM_BACKENDS:
        if report[module] == "ok" and module not in names:
            report[module] = "module present but its entry point metadata is missing"
    return report
