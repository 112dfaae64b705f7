"""A headless console for multi-process tests: the real session and presence services,
driven by JSON commands on stdin, one JSON answer per line on stdout.

Usage: python console_driver.py SESSION_DIR DATA_DIR [--follow] [--skew SECONDS]
"""

from __future__ import annotations

import argparse
import json
import sys
import traceback
from pathlib import Path
from typing import Any

from facilitator_app import __version__
from facilitator_app.domain import live
from facilitator_app.services.clock import SystemClock
from facilitator_app.services.identity import load_identity
from facilitator_app.services.lock import SessionLock
from facilitator_app.services.presence import PresenceBoard
from facilitator_app.services.session import Session
from facilitator_app.services.session_folder import SessionError, SessionFolder


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("session_dir", type=Path)
    parser.add_argument("data_dir", type=Path)
    parser.add_argument("--follow", action="store_true")
    parser.add_argument("--skew", type=float, default=0.0)
    args = parser.parse_args()
    identity = load_identity(args.data_dir / "identity.json")
    clock = SystemClock(skew_s=args.skew)
    lock = SessionLock(args.data_dir / "locks", SessionFolder(args.session_dir).session_id)
    lock.acquire()
    session = Session.open(args.session_dir, identity, clock, follow=args.follow)
    board = PresenceBoard(args.session_dir, identity, __version__)
    print(json.dumps({"ready": identity.writer_id}), flush=True)
    for line in sys.stdin:
        cmd = json.loads(line)
        try:
            answer = handle(cmd, session, clock, board)
        except SessionError as exc:
            answer = {"error": str(exc), "kind": type(exc).__name__}
        except Exception:  # noqa: BLE001 - report, do not die: the test reads it
            answer = {"error": traceback.format_exc(), "kind": "crash"}
        print(json.dumps(answer), flush=True)
        if cmd["op"] == "quit":
            break
    session.close()
    lock.release()


def handle(cmd: dict[str, Any], session: Session, clock: SystemClock, board: PresenceBoard) -> dict[str, Any]:
    op = cmd["op"]
    state = session.state
    if op == "refresh":
        return {"changed": session.refresh()}
    if op == "heartbeat":
        board.publish("in control" if session.in_control else "following", state.lease.epoch, clock.local())
        clock.offset_s = board.clock_offset_s
        return {"offset": board.clock_offset_s, "peers": [p.writer for p in board.peers(clock.monotonic())]}
    if op == "action":
        now = clock.now()
        builders = {
            "toggle": lambda: live.toggle_action(state.show, state.live, now),
            "next": lambda: live.next_action(state.show, state.live, now),
            "plus": lambda: live.adjust_action(state.live, now, 60),
        }
        action = builders[cmd["name"]]()
        assert action is not None
        session.record(*action)
        return {"ok": True}
    if op == "record":
        rec = session.record(cmd["type"], cmd["payload"])
        return {"seq": rec.seq}
    if op == "claim":
        return {"seq": session.claim().seq}
    if op == "offer":
        return {"seq": session.offer(cmd["to"], cmd["name"]).seq}
    if op == "resolve":
        session.resolve_fenced((cmd["writer"], cmd["seq"]), cmd["reapply"])
        return {"ok": True}
    if op in ("state", "quit"):
        state = session.state
        view = live.observe(state.show, state.live, clock.now())
        return {
            "owner": state.lease.owner,
            "epoch": state.lease.epoch,
            "in_control": session.in_control,
            "offer_to": state.offer.to if state.offer else None,
            "segment": state.live.segment_id,
            "status": state.live.status.value,
            "remaining": view.remaining_s,
            "message": state.live.message,
            "fenced": [[r.writer, r.seq, r.payload.get("text")] for r in state.fenced],
            "digest": state.digest(),
            "offset": clock.offset_s,
        }
    raise ValueError(f"unknown op {op}")


if __name__ == "__main__":
    main()
