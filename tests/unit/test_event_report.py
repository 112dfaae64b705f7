"""The event report's figures are what happened: lateness (late starts and overruns, the
console's "behind schedule" while a day runs), a running segment not counted as finished,
rooms from the rounds that ran and the people present, polls told apart by name and day."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time

from facilitator_app.domain import live
from facilitator_app.domain.event_report import build, sheets
from facilitator_app.domain.model import Day, Person, SegmentKind
from facilitator_app.domain.rooms import Room

from .helpers import Log, local, seg, show

D1 = date(2026, 12, 1)


def two_days() -> Log:
    """Day 1: a 08:30-09:30, b (a round) 09:30-10:00, c 10:00-11:00; Day 2: x, y (a round)."""
    first = show(seg("a", 60), seg("b", 30, kind=SegmentKind.BREAKOUT), seg("c", 60), hard_stop=None)
    day2 = Day(
        "d2", "Day 2", date(2026, 12, 2), time(8, 30), None, (seg("x", 60), seg("y", 30, kind=SegmentKind.BREAKOUT))
    )
    people = tuple(
        Person(f"p{i}", f"Person {i}", organisation="A" if i <= 3 else "B", host=i in (1, 4)) for i in range(1, 7)
    )
    return Log(replace(first, days=(*first.days, day2), people=people))


def step(log: Log, hhmm: str) -> None:
    s = log.state
    action = (
        live.next_action(s.show, s.live, local(D1, hhmm))
        if s.live.active
        else live.start_action(s.show, s.live, "a", local(D1, hhmm))
    )
    log.act(action)


def late_day(log: Log) -> None:
    """An hour late; a runs 30 min (30 short), b 40 (10 over), c 60; the day ends 11:40."""
    step(log, "09:30")
    step(log, "10:00")
    step(log, "10:40")
    log.act(live.end_action(log.state.live, local(D1, "11:40")))


def test_total_is_how_much_later_the_day_ended_with_late_starts_and_overruns() -> None:
    log = two_days()
    late_day(log)
    report = build(log.state, local(D1, "12:00"))
    summary = dict(report.summary)
    # The old figure added up duration differences only: -30 + 10 + 0 = -20 ("gained 20 min").
    assert summary["Later than planned at the end of Day 1 (min)"] == 40.0
    assert summary["Most time lost in"] == "A (started late)"
    days = report.tables[0]
    assert days.title == "Time per day"
    assert days.rows[0] == ["Day 1", "2026-12-01", "08:30", "11:00", "09:30", "11:40", 40.0, 60.0, -20.0, 3, 0]
    # A day not run: its plan, nothing actual, every segment not run.
    assert days.rows[1] == ["Day 2", "2026-12-02", "08:30", "10:00", "", "", None, None, None, 0, 2]
    where = next(t for t in report.tables if t.title == "Where time was lost")
    assert where.rows == [["Day 1", "A", "started late", 60.0], ["Day 1", "B", "ran over", 10.0]]


def test_while_running_the_total_is_the_consoles_behind_schedule_and_does_not_tick() -> None:
    log = two_days()
    step(log, "09:30")
    step(log, "10:00")  # b runs from 10:00, planned 09:30-10:00: 30 min behind
    reports = [build(log.state, local(D1, hhmm)) for hhmm in ("10:05", "10:06", "10:20")]
    behind = live.observe(log.state.show, log.state.live, local(D1, "10:05")).late_s
    first = dict(reports[0].summary)
    assert first["Behind schedule now (min)"] == round(behind / 60, 1) == 30.0
    assert first["Segments run"] == "1 / 5" and first["Running now"] == "B"
    row = next(r for r in reports[0].tables[1].rows if r[1] == "B")
    assert row[2] == "running" and row[-1] is None  # no "over -24.7" for a segment 5 minutes in
    assert row[6] == 5.0
    # Nothing but the running segment's own row changes from minute to minute.
    for later in reports[1:]:
        assert later.summary == reports[0].summary
        assert later.tables[0].rows == reports[0].tables[0].rows
        assert [r for r in later.tables[1].rows if r[1] != "B"] == [r for r in reports[0].tables[1].rows if r[1] != "B"]
    # In overtime the console's figure grows, and so does the report's.
    overtime = dict(build(log.state, local(D1, "10:45")).summary)
    assert overtime["Behind schedule now (min)"] == 45.0


def with_rooms(log: Log) -> Log:
    rooms = (Room("R1", ("p1", "p2", "p3"), "p1"), Room("R2", ("p4", "p5", "p6"), "p4"))
    log.state = replace(log.state, rooms=replace(log.state.rooms, plans={"b": rooms, "y": rooms}))
    return log


def test_rooms_count_only_rounds_that_ran_and_people_present() -> None:
    log = two_days()
    log.add(
        "presence.changed",
        {"at": local(D1, "09:00").isoformat(), "joined": ["p1", "p2", "p3", "p5"], "left": [], "source": "t"},
    )
    late_day(log)
    with_rooms(log)  # rounds b (ran) and y (Day 2, not run) planned; p4 (R2's host) and p6 never joined
    report = build(log.state, local(D1, "12:00"))
    summary = dict(report.summary)
    assert summary["Breakout rounds run"] == "1 / 2"
    # p1-p3 met each other (2 each); p5 was alone in R2: 6 / 4. The plan would give 2 rounds of 2.
    assert summary["New contacts per person in the rounds (mean)"] == 1.5
    assert summary["Meetings across organisations (%)"] == 0.0
    assert summary["Rounds with rooms missing a host"] == 1
    rounds = next(t for t in report.tables if t.title == "Breakout rounds")
    assert rounds.rows == [["B", 2, 6, 4, 1]] and "only the people placed in it who were in the meeting" in rounds.note
    contacts = {r[0]: r[2] for r in next(t for t in report.tables if t.title == "New contacts per person").rows}
    assert contacts == {"Person 1": 2, "Person 2": 2, "Person 3": 2, "Person 4": 0, "Person 5": 0, "Person 6": 0}
    people = next(t for t in report.tables if t.title == "Attendance: people and rounds")
    assert [r[0] for r in people.rows if r[0] in ("B", "Y")] == ["B"]


def test_rooms_before_any_round_ran_say_so() -> None:
    log = with_rooms(two_days())
    report = build(log.state, local(D1, "08:00"))
    summary = dict(report.summary)
    assert summary["Breakout rounds run"] == "0 / 2"
    assert summary["New contacts per person in the rounds (mean)"] == "no round has run yet"
    assert summary["Rounds with rooms missing a host"] == "no round has run yet"
    rounds = next(t for t in report.tables if t.title == "Breakout rounds")
    assert not rounds.header and not rounds.rows and "No breakout round has run yet" in rounds.note
    assert sheets(report)["Breakout rounds"] == [[rounds.note]]


def test_without_presence_everyone_placed_in_a_round_that_ran_counts() -> None:
    log = two_days()
    late_day(log)
    summary = dict(build(with_rooms(log).state, local(D1, "12:00")).summary)
    assert summary["New contacts per person in the rounds (mean)"] == 2.0  # one round of 3 + 3, not two
    assert summary["Rounds with rooms missing a host"] == 0


def test_polls_with_the_same_question_are_told_apart() -> None:
    log = two_days()
    for pid, title, segment in (("p-1", "Pulse", "a"), ("p-2", "Pulse", "x")):
        poll = {"id": pid, "kind": "rating", "question": "Energy?", "title": title, "scale": 5, "segment_id": segment}
        log.add("poll.defined", {"poll": poll})
    results = next(t for t in build(log.state, local(D1, "12:00")).tables if t.title == "Poll results")
    assert results.header[:2] == ["Poll", "Question"]
    assert {r[0] for r in results.rows} == {"Pulse (Day 1)", "Pulse (Day 2)"}


def test_a_poll_named_with_its_day_is_not_given_the_day_twice() -> None:
    """Rehearsal finding: "Pulse (day 2) (Day 2: Build)"."""
    log = two_days()
    for pid, title, segment in (
        ("p-1", "Pulse (day 2)", "x"),
        ("p-2", "Puls dag 1", "a"),
        ("p-3", "Energy, Day 2", "y"),
        ("p-4", "Day 2 preview", "c"),  # names another day than its own: its own is added
    ):
        poll = {"id": pid, "kind": "rating", "question": "Energy?", "title": title, "scale": 5, "segment_id": segment}
        log.add("poll.defined", {"poll": poll})
    results = next(t for t in build(log.state, local(D1, "12:00")).tables if t.title == "Poll results")
    assert {r[0] for r in results.rows} == {"Pulse (day 2)", "Puls dag 1", "Energy, Day 2", "Day 2 preview (Day 1)"}


def test_a_poll_name_is_read_for_its_day_by_whole_words_and_the_days_own_number() -> None:
    """Review findings: "Day 10 retro" on Day 1 and "Rebuild check" on a day called Build lost
    their day; with the second day titled "Day 3: Launch", "Pulse (day 3)" got it twice."""
    log = two_days()
    first = replace(log.state.show.days[0], title="Build")
    second = replace(log.state.show.days[1], title="Day 3: Launch")
    log = Log(replace(log.state.show, days=(first, second)))
    for pid, title, segment in (
        ("p-1", "Day 10 retro", "a"),
        ("p-2", "Rebuild check", "b"),
        ("p-3", "Pulse (day 3)", "x"),
        ("p-4", "Pulse (day 2)", "y"),  # the second place, but not this day's number
        ("p-5", "Build: energy", "c"),
    ):
        poll = {"id": pid, "kind": "rating", "question": "Energy?", "title": title, "scale": 5, "segment_id": segment}
        log.add("poll.defined", {"poll": poll})
    results = next(t for t in build(log.state, local(D1, "12:00")).tables if t.title == "Poll results")
    assert {r[0] for r in results.rows} == {
        "Day 10 retro (Build)",
        "Rebuild check (Build)",
        "Pulse (day 3)",
        "Pulse (day 2) (Day 3: Launch)",
        "Build: energy",
    }


def test_two_days_with_the_same_title_keep_their_own_figures() -> None:
    """Review finding: the time tables grouped by the day's title; two days called "Day 2"
    (delete a day, add one) swapped run counts and times between them."""
    log = two_days()
    twin = replace(log.state.show.days[1], title="Day 1")  # both days now called "Day 1"
    log = Log(replace(log.state.show, days=(log.state.show.days[0], twin)))
    late_day(log)
    days = build(log.state, local(D1, "12:00")).tables[0]
    first, second = days.rows[0], days.rows[1]
    assert first[:2] == ["Day 1", "2026-12-01"] and second[:2] == ["Day 1", "2026-12-02"]
    assert first[6] == 40.0 and first[9:] == [3, 0], first  # the day that ran: 40 min late, 3 run
    assert second[4:] == ["", "", None, None, None, 0, 2], second  # the other one has not run
