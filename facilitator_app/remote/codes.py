"""Access codes of the remote: one to view, one to control. Random each start unless the
producer pins them (kept in the keyring, never in the session folder) or a script sets
``FACILITATOR_REMOTE_VIEW_CODE`` / ``FACILITATOR_REMOTE_CONTROL_CODE``."""

from __future__ import annotations

import hmac
import os
import secrets
from collections.abc import Mapping
from typing import Protocol

from ..domain.frozen import Frozen, record

VIEW_ENV = "FACILITATOR_REMOTE_VIEW_CODE"
CONTROL_ENV = "FACILITATOR_REMOTE_CONTROL_CODE"
VIEW_KEY = "remote.view_code"  # keyring entries of pinned codes
CONTROL_KEY = "remote.control_code"
# No look-alikes (0/o, 1/l/i): codes are read off a screen and typed into Companion.
ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"
LENGTH = 12
MIN_LENGTH = 8


class KeyStore(Protocol):
    """What the codes need of ``services.secrets.SecretStore``."""

    def get(self, key: str) -> str | None: ...

    def set(self, key: str, value: str) -> None: ...

    def delete(self, key: str) -> None: ...


def random_code(length: int = LENGTH) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def valid_code(code: str) -> bool:
    return len(code) >= MIN_LENGTH and code.isascii() and code.isprintable() and " " not in code


@record(slots=False)
class AccessCodes(Frozen):
    """The remote's two access codes: one to view the show, one to control it."""

    view: str
    control: str
    source: str = "random"  # random | pinned | environment

    def __post_init__(self) -> None:
        if not (valid_code(self.view) and valid_code(self.control)):
            raise ValueError(f"access codes need at least {MIN_LENGTH} printable characters without spaces")
        if hmac.compare_digest(self.view, self.control):
            raise ValueError("the view code and the control code must differ")

    def can_view(self, code: str) -> bool:
        """The control code also lets a page view (the phone remote shows the state)."""
        return self.can_control(code) or hmac.compare_digest(code.encode(), self.view.encode())

    def can_control(self, code: str) -> bool:
        return hmac.compare_digest(code.encode(), self.control.encode())

    @classmethod
    def generate(cls) -> AccessCodes:
        return cls(random_code(), random_code())


def load_codes(env: Mapping[str, str] | None = None, store: KeyStore | None = None) -> AccessCodes:
    """The environment first (scripts), then pinned codes from the keyring, else random."""
    env = os.environ if env is None else env
    view, control = env.get(VIEW_ENV, ""), env.get(CONTROL_ENV, "")
    if view or control:
        return AccessCodes(view or random_code(), control or random_code(), "environment")
    if store is not None:
        pinned_view, pinned_control = store.get(VIEW_KEY), store.get(CONTROL_KEY)
        if pinned_view and pinned_control:
            try:
                return AccessCodes(pinned_view, pinned_control, "pinned")
            except ValueError:
                pass  # damaged entries: fresh random codes
    return AccessCodes.generate()


def pin_codes(codes: AccessCodes, store: KeyStore) -> AccessCodes:
    store.set(VIEW_KEY, codes.view)
    store.set(CONTROL_KEY, codes.control)
    return AccessCodes(codes.view, codes.control, "pinned")


def unpin_codes(store: KeyStore) -> None:
    store.delete(VIEW_KEY)
    store.delete(CONTROL_KEY)
