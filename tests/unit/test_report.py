from datetime import date
from zoneinfo import ZoneInfo

from facilitator_app.domain import live
from facilitator_app.domain.report import CSV_HEADER, RowStatus, actual_rows, csv_rows

from .helpers import TZ, Log, local, seg, show


def test_planned_versus_actual_rows_and_csv() -> None:
    log = Log(show(seg("a", 10, title="Välkommen"), seg("b", 20), seg("c", 5)))
    now = local(date(2026, 12, 1), "08:32")
    log.act(live.start_action(log.state.show, log.state.live, "a", now))
    later = local(date(2026, 12, 1), "08:45")
    log.act(live.skip_action(log.state.show, log.state.live, "b"))
    log.act(live.next_action(log.state.show, log.state.live, later))
    rows = actual_rows(log.state.show, log.state.live, local(date(2026, 12, 1), "08:47"))
    a, b, c = rows
    assert a.status is RowStatus.DONE and a.start_delta_s == 120 and a.duration_delta_s == 180
    assert b.status is RowStatus.SKIPPED and b.actual_start is None
    assert c.status is RowStatus.RUNNING and c.actual_duration_s == 120
    table = csv_rows(rows, ZoneInfo(TZ))
    assert table[0] == CSV_HEADER
    assert table[1][:2] == ["Day 1", "Välkommen"]
    assert table[1][4] == "2026-12-01 08:30:00" and table[1][6] == "2026-12-01 08:32:00"
    assert table[1][9] == "2.0" and table[1][10] == "3.0"
