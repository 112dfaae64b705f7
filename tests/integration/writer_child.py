"""A writer process for crash tests: appends events forever, printing each acknowledged seq.

Usage: python writer_child.py SESSION_DIR WRITER_ID [PAYLOAD_BYTES]
"""

from __future__ import annotations

import sys
from pathlib import Path

from facilitator_app.services.clock import SystemClock
from facilitator_app.services.identity import Identity
from facilitator_app.services.session import Session


def main() -> None:
    path, writer = Path(sys.argv[1]), sys.argv[2]
    size = int(sys.argv[3]) if len(sys.argv) > 3 else 200
    session = Session.open(path, Identity(writer, "crash writer"), SystemClock())
    if not session.in_control:
        session.claim()
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        rec = session.record("live.message", {"text": f"message {n} " + "x" * size})
        # Printed only after the append (and its fsync) returned: an acknowledgement.
        print(f"ack {rec.seq}", flush=True)


if __name__ == "__main__":
    main()
