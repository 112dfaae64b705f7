from datetime import date, timedelta
from zoneinfo import ZoneInfo

from facilitator_app.domain.schedule import hard_stop_instant, plan_day

from .helpers import TZ, local, seg, show

ZONE = ZoneInfo(TZ)


def test_segments_follow_each_other_from_the_day_start() -> None:
    s = show(seg("a", 15), seg("b", 20), seg("c", 5))
    slots = plan_day(s.days[0], ZONE)
    assert [sl.start for sl in slots] == [local(date(2026, 12, 1), t) for t in ("08:30", "08:45", "09:05")]
    assert slots[-1].end == local(date(2026, 12, 1), "09:10")
    assert all(sl.gap_s == 0 and not sl.fixed for sl in slots)


def test_fixed_start_after_a_gap_and_before_an_overlap() -> None:
    s = show(seg("a", 25), seg("b", 30, fixed="09:00"), seg("c", 40), seg("d", 10, fixed="10:00"))
    _a, b, c, d = plan_day(s.days[0], ZONE)
    assert b.fixed and b.gap_s == 5 * 60  # a ends 08:55, b fixed at 09:00
    assert c.start == local(date(2026, 12, 1), "09:30")
    assert d.gap_s == -10 * 60  # c ends 10:10: ten minutes of overlap
    assert d.start == local(date(2026, 12, 1), "10:00")


def test_a_show_that_crosses_midnight() -> None:
    s = show(seg("a", 60), seg("b", 30, fixed="00:15"), start="23:30", hard_stop="01:00")
    a, b = plan_day(s.days[0], ZONE)
    assert a.end == local(date(2026, 12, 2), "00:30")
    assert b.start == local(date(2026, 12, 2), "00:15")  # the next calendar day, not 24 h earlier
    assert b.gap_s == -15 * 60
    assert hard_stop_instant(s.days[0], ZONE) == local(date(2026, 12, 2), "01:00")


def test_spring_forward_keeps_real_elapsed_time() -> None:
    # Europe/Stockholm skips 02:00-03:00 on 2026-03-29 (at 01:00 UTC).
    s = show(seg("a", 240), seg("b", 30), on=date(2026, 3, 28), start="23:30", hard_stop=None)
    a, b = plan_day(s.days[0], ZONE)
    assert a.end - a.start == timedelta(hours=4)
    assert a.end.astimezone(ZONE).strftime("%H:%M") == "04:30"  # five wall-clock hours later
    assert b.start == a.end


def test_fall_back_day_has_an_extra_hour_of_wall_clock() -> None:
    # Europe/Stockholm repeats 02:00-03:00 on 2026-10-25 (CEST -> CET at 01:00 UTC).
    s = show(seg("a", 180), on=date(2026, 10, 25), start="01:00", hard_stop="03:00")
    (a,) = plan_day(s.days[0], ZONE)
    assert a.end - a.start == timedelta(hours=3)
    assert a.end.astimezone(ZONE).strftime("%H:%M") == "03:00"  # 3 h of real time, 2 h of wall clock
    stop = hard_stop_instant(s.days[0], ZONE)
    assert stop is not None and stop == a.end


def test_hard_stop_absent() -> None:
    s = show(seg("a", 10), hard_stop=None)
    assert hard_stop_instant(s.days[0], ZONE) is None
