"""SHA-256 for the event log's checksums and the state's digest, without OpenSSL.

``import hashlib`` loads OpenSSL's libcrypto: about 11 M instructions, 1 % of the console's
start-up (docs/BENCHMARKS.md), for digests of a few hundred bytes. CPython's own SHA-256
(``_sha2`` since Python 3.12, ``_sha256`` before) gives the same digests; a CPython built
without it uses hashlib's. It is slower on long inputs, which the log never hashes: opening
a session of 50,000 events costs about 30 ms more (bench/session_log.py).
"""

from __future__ import annotations

from collections.abc import Callable
from importlib import import_module
from typing import Any


def _sha256_constructor() -> Callable[[bytes], Any]:
    for name in ("_sha2", "_sha256"):
        try:
            constructor: Callable[[bytes], Any] = import_module(name).sha256
        except (ImportError, AttributeError):
            continue
        return constructor
    from hashlib import sha256

    return sha256


_SHA256 = _sha256_constructor()


def sha256_hex(data: bytes) -> str:
    """The SHA-256 digest of ``data`` in hexadecimal, as ``hashlib.sha256(data).hexdigest()``."""
    return str(_SHA256(data).hexdigest())
