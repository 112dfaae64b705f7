"""Attendance over time from presence intervals: the day's window, the grace for late and
early, the peak, rounds, and someone still 'present' when the console stopped watching."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

from facilitator_app.domain import attendance, live
from facilitator_app.domain.model import Day, SegmentKind
from facilitator_app.domain.state import SessionState

from .helpers import Log, local, seg, show

D1 = date(2026, 12, 1)


def two_days() -> Log:
    first = show(seg("a", 60), seg("b", 30, kind=SegmentKind.BREAKOUT), seg("c", 60))
    day2 = Day("d2", "Day 2", date(2026, 12, 2), time(8, 30), None, (seg("x", 60),))
    return Log(replace(first, days=(*first.days, day2)))


def presence(log: Log, hhmm: str, joined: list[str], left: list[str], on: date = D1) -> None:
    log.add("presence.changed", {"at": local(on, hhmm).isoformat(), "joined": joined, "left": left, "source": "t"})


def run_day1(log: Log) -> None:
    s = log.state
    log.act(live.start_action(s.show, s.live, "a", local(D1, "08:32")))
    log.act(live.next_action(log.state.show, log.state.live, local(D1, "09:32")))
    log.act(live.next_action(log.state.show, log.state.live, local(D1, "10:02")))
    log.act(live.end_action(log.state.live, local(D1, "11:00")))


def test_day_window_grace_peak_and_round() -> None:
    log = two_days()
    run_day1(log)
    presence(log, "08:25", ["ann", "bo", "cy", "guest:eve"], [])
    presence(log, "08:36", ["dan"], [])  # 4 minutes after the start: within the grace
    presence(log, "08:40", ["fay"], [])  # 8 minutes: late
    presence(log, "09:00", [], ["bo"])
    presence(log, "09:10", ["bo"], [])  # came back
    presence(log, "10:30", [], ["cy"])  # left for good, half an hour early
    presence(log, "10:57", [], ["dan"])  # 3 minutes before the end: not early
    presence(log, "11:02", [], ["ann", "bo", "fay", "guest:eve"])
    found = attendance.build(log.state, local(D1, "12:00"))
    assert found is not None
    d1, d2 = found.days
    assert (d1.start, d1.end, d1.ran) == (local(D1, "08:32"), local(D1, "11:00"), True)
    assert sorted(d1.present) == ["ann", "bo", "cy", "dan", "fay", "guest:eve"] and d1.guests == 1
    assert [k for k, _ in d1.late] == ["fay"] and [k for k, _ in d1.left] == ["cy"]
    assert d1.peak == 6 and d1.peak_at == local(D1, "08:40")
    assert not d2.present and not d2.ran  # the plan's window of a day not held
    (round_b,) = found.rounds
    assert round_b.segment_id == "b" and round_b.present == 6 and round_b.placed == 0
    assert round_b.present_not_placed == 6


def test_still_present_when_the_console_stopped_watching_counts_until_that_day_ends() -> None:
    log = two_days()
    run_day1(log)
    presence(log, "08:30", ["ann"], [])  # and nothing more: the console closed at 09:00
    found = attendance.build(log.state, local(date(2026, 12, 3), "12:00"))
    assert found is not None
    d1, d2 = found.days
    assert d1.present == ("ann",) and not d1.left, "present until the end of the day it was seen on"
    assert not d2.present, "not carried into a day nobody watched"


def test_no_presence_is_none() -> None:
    assert attendance.build(SessionState(), local(D1, "12:00")) is None
