"""SHA-256 for the event log's checksums and the state's digest, without OpenSSL.

``import hashlib`` loads OpenSSL's libcrypto: about 11 M instructions, 1 % of the console's
start-up (docs/BENCHMARKS.md), for digests of a few hundred bytes. CPython's own SHA-256
(``_sha2`` since Python 3.12, ``_sha256`` before) gives the same digests; a CPython built
without it uses hashlib's. It is slower on long inputs, which the log never hashes: opening
a session of 50,000 events took 0.46 s against 0.48 s (bench/session_log.py).
"""

from __future__ import annotations

try:  # Python 3.12+
    from _sha2 import sha256 as _sha256  # type: ignore[import-not-found]
except ImportError:
    try:  # Python 3.11
        from _sha256 import sha256 as _sha256  # type: ignore[import-not-found]
    except ImportError:  # a CPython without its own SHA-2
        from hashlib import sha256 as _sha256


def sha256_hex(data: bytes) -> str:
    """The SHA-256 digest of ``data`` in hexadecimal, as ``hashlib.sha256(data).hexdigest()``."""
    return str(_sha256(data).hexdigest())


def sha256_source() -> str:
    """The module the SHA-256 comes from: ``_sha2`` or ``_sha256``, ``_hashlib`` if OpenSSL's."""
    return str(getattr(_sha256, "__module__", "") or "")
