"""This console's identity as a session writer: a stable id and a human name, per machine."""

from __future__ import annotations

import json
import os
import re
from functools import cache
from pathlib import Path

from ..domain.eventlog import valid_writer_id
from ..domain.frozen import Frozen, record
from .atomic import write_atomic


@record
class Identity(Frozen):
    """This console as a session writer: its stable id and the name people see."""

    writer_id: str
    name: str


@cache
def hostname() -> str:
    """This computer's name: uname's node name where there is one (what gethostname gives
    there; importing socket costs 5 ms of start-up), else the socket module's."""
    if hasattr(os, "uname"):
        return os.uname().nodename
    import socket

    return socket.gethostname()


def _default_name() -> str:
    import getpass  # (only when an identity is made: it imports termios)

    try:
        user = getpass.getuser()
    except (OSError, KeyError):
        user = "facilitator"
    return f"{user}@{hostname()}"


def load_identity(path: Path) -> Identity:
    """Read the identity, creating one on first use (or when the file is damaged)."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        identity = Identity(str(data["writer_id"]), str(data.get("name") or _default_name()))
        if valid_writer_id(identity.writer_id):
            return identity
    except (OSError, ValueError, KeyError, TypeError):
        pass
    host = re.sub(r"[^A-Za-z0-9]", "", hostname())[:16] or "console"
    identity = Identity(f"{host}-{os.urandom(4).hex()}", _default_name())
    write_atomic(path, json.dumps({"writer_id": identity.writer_id, "name": identity.name}).encode(), private=True)
    return identity
