from datetime import date, timedelta

import pytest

from facilitator_app.domain import live
from facilitator_app.domain.clock import ManualClock
from facilitator_app.domain.live import Phase, Status, display_seconds, format_duration, until_display_change

from .helpers import Log, local, seg, show

DAY = date(2026, 12, 1)


@pytest.fixture
def clock() -> ManualClock:
    return ManualClock(local(DAY, "08:30"))


def three() -> Log:
    return Log(show(seg("a", 10), seg("b", 20), seg("c", 5, fixed="09:05"), hard_stop="09:20"))


def test_start_counts_down_from_the_end_instant(clock: ManualClock) -> None:
    log = three()
    log.act(live.toggle_action(log.state.show, log.state.live, clock.now()))
    assert log.state.live.status is Status.RUNNING
    clock.advance(61.5)
    view = live.observe(log.state.show, log.state.live, clock.now())
    assert view.remaining_s == pytest.approx(600 - 61.5)
    assert display_seconds(view.remaining_s) == 539
    assert view.phase is Phase.NORMAL


def test_pause_freezes_and_resume_continues(clock: ManualClock) -> None:
    log = three()
    log.act(live.start_action(log.state.show, log.state.live, "a", clock.now()))
    clock.advance(100)
    log.act(live.toggle_action(log.state.show, log.state.live, clock.now()))
    assert log.state.live.status is Status.PAUSED
    clock.advance(3600)  # a long pause changes nothing on the countdown
    assert live.observe(log.state.show, log.state.live, clock.now()).remaining_s == pytest.approx(500)
    log.act(live.toggle_action(log.state.show, log.state.live, clock.now()))
    clock.advance(50)
    assert live.observe(log.state.show, log.state.live, clock.now()).remaining_s == pytest.approx(450)
    log.act(live.next_action(log.state.show, log.state.live, clock.now()))
    actual = log.state.live.actuals["a"]
    assert actual.ran_s == pytest.approx(150)
    assert actual.paused_s == pytest.approx(3600)


def test_add_and_remove_time_running_and_paused(clock: ManualClock) -> None:
    log = three()
    log.act(live.start_action(log.state.show, log.state.live, "a", clock.now()))
    log.act(live.adjust_action(log.state.live, clock.now(), 60))
    log.act(live.adjust_action(log.state.live, clock.now(), 60))
    log.act(live.adjust_action(log.state.live, clock.now(), -60))
    view = live.observe(log.state.show, log.state.live, clock.now())
    assert view.remaining_s == pytest.approx(660)
    assert view.total_s == 660
    log.act(live.toggle_action(log.state.show, log.state.live, clock.now()))
    log.act(live.adjust_action(log.state.live, clock.now(), -120))
    assert live.observe(log.state.show, log.state.live, clock.now()).remaining_s == pytest.approx(540)
    assert log.state.live.added_s == -60


def test_phases_follow_thresholds_and_overtime_keeps_counting(clock: ManualClock) -> None:
    log = Log(show(seg("a", 10, warning_s=120, danger_s=30)))
    log.act(live.start_action(log.state.show, log.state.live, "a", clock.now()))

    def phase_after(seconds: float) -> Phase:
        return live.observe(log.state.show, log.state.live, clock.now() + timedelta(seconds=seconds)).phase

    assert phase_after(479.5) is Phase.NORMAL  # 120.5 s left shows 2:01
    assert phase_after(480.5) is Phase.WARNING  # shows 2:00
    assert phase_after(570.5) is Phase.DANGER  # shows 0:30
    assert phase_after(599.5) is Phase.DANGER
    assert phase_after(600) is Phase.OVERTIME  # 0:00: time is up
    view = live.observe(log.state.show, log.state.live, clock.now() + timedelta(seconds=725))
    assert view.phase is Phase.OVERTIME
    assert format_duration(display_seconds(view.remaining_s or 0)) == "-2:05"
    assert view.progress == 1.0


def test_default_thresholds_scale_with_short_segments() -> None:
    short = seg("x", 2)
    assert short.warning_threshold_s == 30 and short.danger_threshold_s == 12
    long = seg("y", 60)
    assert long.warning_threshold_s == 120 and long.danger_threshold_s == 30


def test_next_runs_to_the_end_of_the_day(clock: ManualClock) -> None:
    log = three()
    for expected in ("a", "b", "c"):
        log.act(live.next_action(log.state.show, log.state.live, clock.now()))
        assert log.state.live.segment_id == expected
        clock.advance(60)
    log.act(live.next_action(log.state.show, log.state.live, clock.now()))
    assert log.state.live.status is Status.ENDED
    assert all(a.ended_at is not None for a in log.state.live.actuals.values())


def test_previous_undoes_a_next_pressed_too_early(clock: ManualClock) -> None:
    log = three()
    log.act(live.start_action(log.state.show, log.state.live, "a", clock.now()))
    end_a = log.state.live.end_at
    clock.advance(120)
    log.act(live.next_action(log.state.show, log.state.live, clock.now()))
    clock.advance(5)
    log.act(live.previous_action(log.state.show, log.state.live, clock.now()))
    assert log.state.live.segment_id == "a"
    assert log.state.live.end_at == end_a  # continues towards the same end instant
    assert log.state.live.actuals["a"].ended_at is None
    assert log.state.live.actuals["a"].runs == 2


def test_previous_after_the_end_resumes_the_segment_that_was_live(clock: ManualClock) -> None:
    """N on the day's last segment ends the day at once; P undoes that in one key (issue 12)."""
    log = three()
    log.act(live.start_action(log.state.show, log.state.live, "c", clock.now()))
    end_c = log.state.live.end_at
    clock.advance(30)
    log.act(live.next_action(log.state.show, log.state.live, clock.now()))
    assert log.state.live.status is Status.ENDED
    clock.advance(5)
    log.act(live.previous_action(log.state.show, log.state.live, clock.now()))
    assert log.state.live.status is Status.RUNNING and log.state.live.segment_id == "c"
    assert log.state.live.end_at == end_c and log.state.live.actuals["c"].runs == 2


def test_skip_is_passed_over_and_leaves_the_projection(clock: ManualClock) -> None:
    log = Log(show(seg("a", 10), seg("b", 20), seg("c", 5), hard_stop="09:00"))
    log.act(live.start_action(log.state.show, log.state.live, "a", clock.now()))
    before = live.observe(log.state.show, log.state.live, clock.now()).projected_day_end
    log.act(live.skip_action(log.state.show, log.state.live, None))  # the next one: b
    assert log.state.live.skipped == {"b"}
    after = live.observe(log.state.show, log.state.live, clock.now()).projected_day_end
    assert before is not None and after is not None and before - after == timedelta(minutes=20)
    log.act(live.next_action(log.state.show, log.state.live, clock.now()))
    assert log.state.live.segment_id == "c"
    log.act(live.skip_action(log.state.show, log.state.live, "b"))  # unskip
    assert log.state.live.skipped == frozenset()


def test_drift_projection_and_hard_stop(clock: ManualClock) -> None:
    log = three()  # a 08:30-08:40, b 08:40-09:00, c fixed 09:05-09:10, hard stop 09:20
    clock.advance(120)  # start two minutes late
    log.act(live.start_action(log.state.show, log.state.live, "a", clock.now()))
    view = live.observe(log.state.show, log.state.live, clock.now())
    assert view.late_s == pytest.approx(120)
    assert view.projected_day_end == local(DAY, "09:10")  # c waits for its fixed start, absorbing the delay
    assert view.past_hard_stop_s is not None and view.past_hard_stop_s < 0
    log.act(live.adjust_action(log.state.live, clock.now(), 15 * 60))
    view = live.observe(log.state.show, log.state.live, clock.now())
    assert view.projected_day_end == local(DAY, "09:22")
    assert view.past_hard_stop_s == pytest.approx(120)


def test_overtime_pushes_the_projection_with_now(clock: ManualClock) -> None:
    log = three()
    log.act(live.start_action(log.state.show, log.state.live, "a", clock.now()))
    clock.advance(13 * 60)
    view = live.observe(log.state.show, log.state.live, clock.now())
    assert view.projected_end == clock.now()
    assert view.late_s == pytest.approx(180)


def test_a_wall_clock_jump_is_followed_not_accumulated(clock: ManualClock) -> None:
    log = three()
    log.act(live.start_action(log.state.show, log.state.live, "a", clock.now()))
    clock.advance(30)
    clock.jump_wall(-3600)  # the clock is corrected an hour back
    view = live.observe(log.state.show, log.state.live, clock.now())
    assert view.remaining_s == pytest.approx(600 - 30 + 3600)
    log.act(live.next_action(log.state.show, log.state.live, clock.now()))
    assert log.state.live.actuals["a"].ran_s == 0.0  # never negative
    clock.jump_wall(7200)
    assert live.observe(log.state.show, log.state.live, clock.now()).phase is Phase.OVERTIME


def test_a_segment_running_across_midnight(clock: ManualClock) -> None:
    log = Log(show(seg("a", 60), seg("b", 30), start="23:30", hard_stop="00:45"))
    clock.set(local(DAY, "23:30"))
    log.act(live.start_action(log.state.show, log.state.live, "a", clock.now()))
    clock.advance(45 * 60)
    view = live.observe(log.state.show, log.state.live, clock.now())
    assert view.remaining_s == pytest.approx(15 * 60)
    assert view.projected_day_end == local(date(2026, 12, 2), "01:00")
    assert view.past_hard_stop_s == pytest.approx(15 * 60)


def test_a_running_countdown_across_a_dst_change(clock: ManualClock) -> None:
    day = date(2026, 10, 25)
    log = Log(show(seg("a", 90), on=day, start="01:45", hard_stop=None))
    clock.set(local(day, "01:45"))
    log.act(live.start_action(log.state.show, log.state.live, "a", clock.now()))
    clock.advance(80 * 60)  # through 03:00 CEST -> 02:00 CET
    view = live.observe(log.state.show, log.state.live, clock.now())
    assert view.remaining_s == pytest.approx(600)


def test_actions_that_do_not_apply_return_none(clock: ManualClock) -> None:
    log = three()
    state = log.state
    assert live.adjust_action(state.live, clock.now(), 60) is None
    assert live.end_action(state.live, clock.now()) is None
    assert live.previous_action(state.show, state.live, clock.now()) is None
    assert live.start_action(state.show, state.live, "nope", clock.now()) is None


@pytest.mark.parametrize(
    ("remaining", "shown", "change_in"),
    [
        (10.0, 10, 1.0),
        (9.25, 10, 0.25),
        (0.5, 1, 0.5),
        (0.0, 0, 1.0),
        (-0.25, 0, 0.75),
        (-1.0, -1, 1.0),
        (-61.5, -61, 0.5),
    ],
)
def test_display_second_boundaries(remaining: float, shown: int, change_in: float) -> None:
    assert display_seconds(remaining) == shown
    assert until_display_change(remaining) == pytest.approx(change_in)
    assert display_seconds(remaining - change_in - 1e-6) != shown  # it does change right after


def test_format_duration() -> None:
    assert format_duration(0) == "0:00"
    assert format_duration(65) == "1:05"
    assert format_duration(3725) == "1:02:05"
    assert format_duration(-125) == "-2:05"
    assert format_duration(90, signed=True) == "+1:30"


def test_expected_starts_chain_wait_for_fixed_starts_and_follow_overtime(clock: ManualClock) -> None:
    log = three()  # a 08:30-08:40, b 08:40-09:00, c fixed 09:05
    assert live.expected_starts(log.state.show, log.state.live, clock.now()) == {}
    clock.advance(120)  # two minutes late
    log.act(live.start_action(log.state.show, log.state.live, "a", clock.now()))
    expected = live.expected_starts(log.state.show, log.state.live, clock.now())
    assert expected == {"b": local(DAY, "08:42"), "c": local(DAY, "09:05")}  # c waits for its clock time
    clock.advance(25 * 60)  # a runs 15 minutes over
    expected = live.expected_starts(log.state.show, log.state.live, clock.now())
    assert expected == {"b": local(DAY, "08:57"), "c": local(DAY, "09:17")}  # now c starts late too
    log.act(live.skip_action(log.state.show, log.state.live, "b"))
    assert live.expected_starts(log.state.show, log.state.live, clock.now()) == {"c": local(DAY, "09:05")}
    log.act(live.toggle_action(log.state.show, log.state.live, clock.now()))  # paused: frozen
    frozen = live.expected_starts(log.state.show, log.state.live, clock.now())
    clock.advance(60)
    assert live.expected_starts(log.state.show, log.state.live, clock.now())["c"] >= frozen["c"]


def test_roll_starts_fixed_starts_by_themselves_once(clock: ManualClock) -> None:
    from dataclasses import replace

    log = three()  # a 08:30, b 08:40, c fixed 09:05
    day = log.state.show.days[0]
    rolling = replace(
        log.state.show, days=(replace(day, segments=(*day.segments[:2], replace(day.segments[2], roll=True))),)
    )
    log = Log(rolling)
    assert live.roll_due(log.state.show, log.state.live, clock.now()) is None
    seg, at = live.next_roll(log.state.show, log.state.live, clock.now())  # type: ignore[misc]
    assert seg.id == "c" and at == local(DAY, "09:05")
    clock.set(local(DAY, "09:05"))
    due = live.roll_due(log.state.show, log.state.live, clock.now())
    assert due is not None and due.id == "c"
    log.act(live.start_action(log.state.show, log.state.live, "c", clock.now()))
    assert live.roll_due(log.state.show, log.state.live, clock.now()) is None  # live: not again
    log.act(live.next_action(log.state.show, log.state.live, clock.now()))
    assert live.roll_due(log.state.show, log.state.live, clock.now()) is None  # has run: never again
    clock.set(local(DAY, "09:30"))
    assert live.next_roll(log.state.show, log.state.live, clock.now()) is None


def test_a_roll_missed_long_ago_is_not_made_up(clock: ManualClock) -> None:
    from dataclasses import replace

    log = three()
    rolling = replace(log.state.show, days=(replace(log.state.show.days[0], roll=True),))
    clock.set(local(DAY, "09:25"))  # the console was closed at 09:05
    assert live.roll_due(rolling, log.state.live, clock.now()) is None
