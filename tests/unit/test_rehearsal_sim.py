from facilitator_app.domain.rehearsal import JOIN_WINDOW_S, MeetingSimulation

PEOPLE = [(f"p{i}", f"Person {i}", f"p{i}@example.org") for i in range(200)]


def test_the_simulation_is_deterministic_for_a_seed() -> None:
    a = MeetingSimulation.from_roster(PEOPLE, seed=4)
    b = MeetingSimulation.from_roster(PEOPLE, seed=4)
    c = MeetingSimulation.from_roster(PEOPLE, seed=5)
    assert a.attendees == b.attendees != c.attendees
    for t in (0, 60, 301, 1800, 3600):
        assert [x.email for x in a.present(t)] == [x.email for x in b.present(t)]


def test_people_join_over_the_first_minutes_and_some_leave_and_return() -> None:
    sim = MeetingSimulation.from_roster(PEOPLE, seed=1)
    assert len(sim.present(0)) < len(sim.present(120)) < len(sim.present(JOIN_WINDOW_S))
    joiners = [a for a in sim.attendees if a.join_s is not None]
    assert 170 <= len(joiners) < 200  # a few never come
    leavers = [a for a in joiners if a.leave_s is not None and a.back_s is not None]
    assert leavers and all(a.back_s > a.leave_s for a in leavers)  # type: ignore[operator]
    one = leavers[0]
    assert one.present(one.leave_s - 1) and not one.present(one.leave_s + 1) and one.present(one.back_s + 1)  # type: ignore[operator]


def test_some_join_late_and_some_leave_early_for_good() -> None:
    sim = MeetingSimulation.from_roster(PEOPLE, seed=1)
    late = [a for a in sim.attendees if a.join_s is not None and a.join_s > JOIN_WINDOW_S]
    gone = [a for a in sim.attendees if a.leave_s is not None and a.back_s is None]
    assert 4 <= len(late) <= 25 and all(600 <= a.join_s <= 2400 for a in late)  # type: ignore[operator]
    assert 4 <= len(gone) <= 25 and all(not a.present(a.leave_s + 36_000) for a in gone)  # type: ignore[operator]
    assert all(a.present(a.join_s + 1) for a in late if a.leave_s is None)  # type: ignore[operator]


def test_rooms_follow_the_assignment_with_a_few_in_the_wrong_one() -> None:
    sim = MeetingSimulation.from_roster(PEOPLE, seed=2)
    sim.assignments = {p[2]: f"Room {i % 20 + 1}" for i, p in enumerate(PEOPLE)}
    sim.open_breakout(600)
    present = sim.present(601)
    wrong = [a for a in present if sim.room_of(a, 601) != sim.assignments[a.email]]
    assert 0 < len(wrong) < len(present) * 0.15
    sim.close_breakout(900)
    assert all(sim.room_of(a, 901) == "" for a in present)


def test_poll_answers_arrive_over_a_minute_and_stop_at_close() -> None:
    sim = MeetingSimulation.from_roster(PEOPLE, seed=3)
    poll = sim.launch_poll("q1", "Energy?", ["1", "2", "3", "4", "5"], 600)
    early, later = sum(sim.answers(poll, 610).values()), sum(sim.answers(poll, 700).values())
    assert 0 < early < later <= len(sim.present(600))
    assert later >= 0.7 * len(sim.present(600))
    poll.closed_s = 620
    assert sum(sim.answers(poll, 900).values()) < later


def test_assignments_sent_while_rooms_are_open_are_followed() -> None:
    from facilitator_app.domain.rehearsal import MeetingSimulation

    sim = MeetingSimulation.from_roster([(f"p{i}", f"P {i}", f"p{i}@x.example") for i in range(30)], seed=2)
    sim.open_breakout(100.0)  # nothing assigned yet: people spread over Room 1-3
    sim.assignments = {f"p{i}@x.example": f"Room {i % 5 + 1}" for i in range(30)}
    moved = sim.follow_assignments(120.0)
    assert moved > 0
    current = sim.breakout_at(121.0)
    assert current is not None and all(current.rooms[e] == r for e, r in sim.assignments.items())
    assert sim.follow_assignments(130.0) == 0
