"""Append latency of one event (fsynced) and the time to open a session of 50,000 events."""

from __future__ import annotations

import os
import tempfile
import time
from datetime import date
from pathlib import Path

from common import describe_ms, percentile

from facilitator_app.domain import live
from facilitator_app.domain.clock import ManualClock
from facilitator_app.services.identity import Identity
from facilitator_app.services.session import Session
from facilitator_app.services.templates import instantiate, load_template

ME = Identity("bench-0001", "bench")


def append_latency(folder: Path, n: int = 2000) -> list[float]:
    session = Session.create(folder, instantiate(load_template(), date(2026, 12, 1)), ME, ManualClock())
    times = []
    for i in range(n):
        start = time.perf_counter()
        session.record("live.message", {"text": f"message {i}"})
        times.append(time.perf_counter() - start)
    session.close()
    return times


def raw_fsync_latency(folder: Path, n: int = 2000) -> list[float]:
    """The baseline: the same bytes appended and fsynced with no session code around them."""
    fd = os.open(folder / "raw.jsonl", os.O_WRONLY | os.O_APPEND | os.O_CREAT)
    line = b'{"t":"live.message","p":{"text":"message 0000"},"padding":"' + b"x" * 120 + b'"}\n'
    times = []
    for _ in range(n):
        start = time.perf_counter()
        os.write(fd, line)
        os.fsync(fd)
        times.append(time.perf_counter() - start)
    os.close(fd)
    return times


def build_large(folder: Path, events: int, writers: int = 1) -> None:
    """A realistic mix: live actions and edits, written directly (without fsync per line)."""
    clock = ManualClock()
    session = Session.create(folder, instantiate(load_template(), date(2026, 12, 1)), ME, clock)
    state = session.state
    session.close()
    from facilitator_app.domain.eventlog import encode, make_record
    from facilitator_app.domain.state import apply

    seg_ids = [s.id for d in state.show.days for s in d.segments]
    lamport = 10
    handles = {}
    for w in range(writers):
        writer = f"load-{w:04d}"
        handles[writer] = open(folder / "events" / f"{writer}.jsonl", "ab")  # noqa: SIM115
    seqs = dict.fromkeys(handles, 0)
    names = list(handles)
    for i in range(events):
        writer = names[i % writers]
        clock.advance(1)
        now = clock.now()
        kind = i % 4
        if kind == 0:
            action = live.start_action(state.show, state.live, seg_ids[i % len(seg_ids)], now)
        elif kind == 1:
            action = live.adjust_action(state.live, now, 60)
        elif kind == 2:
            action = ("segment.updated", {"segment_id": seg_ids[i % len(seg_ids)], "changes": {"notes": f"n{i}"}})
        else:
            action = ("live.message", {"text": f"message {i}"})
        assert action is not None
        seqs[writer] += 1
        lamport += 1
        rec = make_record(writer, seqs[writer], lamport, 1, action[0], action[1], now.isoformat())
        handles[writer].write(encode(rec))
        state = apply(state, rec)
    for fh in handles.values():
        fh.close()


def open_time(folder: Path, repeats: int = 5) -> list[float]:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        session = Session.open(folder, ME, ManualClock())
        times.append(time.perf_counter() - start)
        assert session.event_count >= 50_000
        session.close()
    return times


def main() -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        tmp_path = Path(tmp)
        ours = append_latency(tmp_path / "a.fcsession")
        raw = raw_fsync_latency(tmp_path)
        print(f"append one event (fsync): {describe_ms(ours)}")
        print(f"  baseline raw write+fsync: {describe_ms(raw)}")
        build_large(tmp_path / "big.fcsession", 50_000)
        opens = open_time(tmp_path / "big.fcsession")
        print(
            f"open a session of 50,000 events (1 writer): median {sorted(opens)[len(opens) // 2]:.3f} s "
            f"(best {min(opens):.3f} s; target < 1 s)"
        )
        build_large(tmp_path / "big4.fcsession", 50_000, writers=4)
        opens4 = open_time(tmp_path / "big4.fcsession")
        print(f"open a session of 50,000 events (4 writers): median {sorted(opens4)[len(opens4) // 2]:.3f} s")
    return {
        "append_p50_ms": percentile(ours, 50) * 1000,
        "append_p99_ms": percentile(ours, 99) * 1000,
        "open_50k_s": sorted(opens)[len(opens) // 2],
        "open_50k_4w_s": sorted(opens4)[len(opens4) // 2],
    }


if __name__ == "__main__":
    main()
