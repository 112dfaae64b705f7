"""Test-wide isolation: offscreen Qt with two fake screens, no real keychain, no real data dir."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Set here, not in the developer's shell: every run is offscreen, with a laptop screen and a
# projector, so the stage view can be tested on a second screen.
SCREENS = Path(__file__).with_name("screens.json")
os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREENS}"
os.environ["QT_API"] = "pyside6"
os.environ.pop("FACILITATOR_QUIT_AFTER_SHOW", None)

try:
    import keyring
    from keyring.backend import KeyringBackend

    class MemoryKeyring(KeyringBackend):
        """Secrets in a dict: tests never touch the machine's keychain."""

        priority = 1  # type: ignore[assignment]
        secure_for_tests = True

        def __init__(self) -> None:
            super().__init__()
            self.store: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.store.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.store[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            self.store.pop((service, username), None)

    @pytest.fixture(autouse=True)
    def memory_keyring() -> MemoryKeyring:
        backend = MemoryKeyring()
        keyring.set_keyring(backend)
        return backend

except ImportError:  # the domain-only environment has no keyring, and needs none
    pass
