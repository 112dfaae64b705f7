"""The folded state's dict form: its size in JSON and the time to write and read it back,
beside the time to fold the events it stands for (what a snapshot would save)."""

from __future__ import annotations

import json
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from common import median
from session_log import ME

from facilitator_app.domain import live
from facilitator_app.domain.clock import ManualClock
from facilitator_app.domain.eventlog import Record, encode, make_record
from facilitator_app.domain.state import SessionState, apply, fold
from facilitator_app.services.session import Session
from facilitator_app.services.templates import instantiate, load_template, template_polls


def timed(fn: Callable[[], Any], repeats: int = 7) -> tuple[float, Any]:
    times, out = [], None
    for _ in range(repeats):
        start = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - start)
    return median(times), out


def sample_day() -> list[Record]:
    """The sample event run through: every segment live, rooms planned for every breakout,
    every poll answered by each of its 60 people."""
    template = load_template()
    show = instantiate(template, date(2026, 12, 1))
    records: list[Record] = []
    state = SessionState()
    now = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)

    def add(type_: str, payload: dict[str, Any]) -> None:
        nonlocal state
        rec = make_record("bench", len(records) + 1, len(records) + 1, 1, type_, payload, now.isoformat())
        records.append(rec)
        state = apply(state, rec)

    add("session.created", {"show": show.to_dict(), "polls": template_polls(template)})
    add("lease.claim", {"epoch": 1, "name": "bench", "seen": {"bench": 1}})
    people = [p.id for p in state.show.people]
    for day in state.show.days:
        for seg in day.segments:
            add(*live.start_action(state.show, state.live, seg.id, now))  # type: ignore[misc]
            now += timedelta(seconds=seg.duration_s + 17.25)
            if seg.kind.value == "breakout":
                rooms = [{"name": f"Room {i + 1}", "members": people[i::12], "host": None} for i in range(12)]
                add("rooms.planned", {"plans": {seg.id: rooms}})
        add(*live.end_action(state.live, now))  # type: ignore[misc]
    for poll_id, ps in state.polls.items():
        choices = ps.poll.choices() or ("word",)
        answers = [
            {"respondent": p, "value": choices[i % len(choices)], "at": now.isoformat()} for i, p in enumerate(people)
        ]
        add("poll.status", {"poll_id": poll_id, "status": "open", "at": now.isoformat()})
        add(
            "poll.results",
            {"poll_id": poll_id, "snapshot": {"source": "report", "at": now.isoformat(), "answers": answers}},
        )
    return records


def measure(name: str, records: list[Record]) -> dict[str, float]:
    fold_s, state = timed(lambda: fold(records), repeats=3)
    to_s, data = timed(state.to_dict)
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    dumps_s, _ = timed(lambda: json.dumps(data, ensure_ascii=False, separators=(",", ":")))
    loads_s, _ = timed(lambda: json.loads(text))
    from_s, again = timed(lambda: SessionState.from_dict(json.loads(text)))
    assert again == state and again.digest() == state.digest()
    print(
        f"{name}: {len(records)} events fold in {fold_s * 1000:.1f} ms; state dict {len(text.encode()) / 1024:.1f} KiB "
        f"JSON; to_dict {to_s * 1000:.2f} ms + dumps {dumps_s * 1000:.2f} ms; "
        f"loads + from_dict {from_s * 1000:.2f} ms (loads alone {loads_s * 1000:.2f} ms)"
    )
    return {
        f"{name}_fold_ms": fold_s * 1000,
        f"{name}_write_ms": (to_s + dumps_s) * 1000,
        f"{name}_read_ms": from_s * 1000,
    }


def busy_session(events: int) -> list[Record]:
    """The sample event with many live actions and edits, all by the console in control
    (applied, not fenced): start, add time, change notes, messages."""
    records = sample_day()
    state = fold(records)
    seg_ids = [s.id for d in state.show.days for s in d.segments]
    now = datetime(2026, 12, 2, 8, 0, tzinfo=UTC)
    for i in range(events - len(records)):
        now += timedelta(seconds=1)
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
        n = len(records) + 1
        rec = make_record("bench", n, n, 1, action[0], action[1], now.isoformat())
        records.append(rec)
        state = apply(state, rec)
    assert not state.fenced and not state.skipped
    return records


def open_applied(records: list[Record]) -> float:
    """Opening a session folder holding these events (all applied, none fenced), median of 3."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "busy.fcsession"
        template = load_template()
        Session.create(folder, instantiate(template, date(2026, 12, 1)), ME, ManualClock()).close()
        for old in (folder / "events").glob("*.jsonl"):
            old.unlink()
        (folder / "events" / "bench.jsonl").write_bytes(b"".join(encode(r) for r in records))
        expected = fold(records)

        def open_once() -> SessionState:
            session = Session.open(folder, ME, ManualClock())
            session.close()
            return session.state

        seconds, state = timed(open_once, repeats=3)
        assert state == expected and not state.fenced
    print(f"open a session folder of these {len(records)} events: median {seconds:.3f} s")
    return seconds


def main() -> dict[str, float]:
    out = measure("sample event, a day run", sample_day())
    busy = busy_session(50_000)
    out |= measure("sample event, 50,000 events", busy)
    out["open_50k_applied_s"] = open_applied(busy)
    return out


if __name__ == "__main__":
    main()
