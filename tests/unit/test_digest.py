"""The event log's SHA-256 without OpenSSL: the same digests as hashlib's."""

from __future__ import annotations

import hashlib
import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

from facilitator_app.domain.digest import sha256_hex


@given(st.binary(max_size=3000))
def test_the_same_digest_as_hashlib(data: bytes) -> None:
    assert sha256_hex(data) == hashlib.sha256(data).hexdigest()


def test_opening_a_session_loads_no_openssl() -> None:
    """``import hashlib`` loads libcrypto (about 1 % of the console's start-up)."""
    probe = (
        "import sys; import facilitator_app.domain.state, facilitator_app.domain.eventlog; "
        "print(sorted(m for m in ('hashlib', '_hashlib') if m in sys.modules))"
    )
    loaded = subprocess.run([sys.executable, "-c", probe], check=True, capture_output=True, text=True).stdout
    assert loaded.strip() == "[]"
