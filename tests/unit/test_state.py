from hypothesis import given, settings
from hypothesis import strategies as st

from facilitator_app.domain import live
from facilitator_app.domain.eventlog import make_record
from facilitator_app.domain.state import fold, order_records

from .helpers import Log, local, seg, show


def sample_log() -> Log:
    from datetime import date

    log = Log(show(seg("a", 10), seg("b", 20), seg("c", 5)))
    now = local(date(2026, 12, 1), "08:30")
    log.act(live.start_action(log.state.show, log.state.live, "a", now))
    log.add("segment.updated", {"segment_id": "b", "changes": {"title": "Bee"}})
    log.act(live.next_action(log.state.show, log.state.live, now))
    log.add("live.message", {"text": "Två minuter kvar"})
    return log


def test_fold_equals_incremental_state() -> None:
    log = sample_log()
    assert fold(log.records) == log.state


@settings(max_examples=60, deadline=None)
@given(st.data())
def test_any_order_duplication_or_prefix_copy_folds_the_same(data: st.DataObject) -> None:
    log = sample_log()
    records = list(log.records)
    extra = data.draw(st.lists(st.sampled_from(records), max_size=10))
    prefix = records[: data.draw(st.integers(0, len(records)))]
    mixed = data.draw(st.permutations(records + extra + prefix))
    assert fold(mixed).digest() == log.state.digest()


def test_a_forked_writer_is_reported_and_folded_the_same_everywhere() -> None:
    log = sample_log()
    other = make_record("w1", 3, 3, 1, "live.message", {"text": "forked"}, "x")
    ordered_a, forks_a = order_records([*log.records, other])
    ordered_b, forks_b = order_records([other, *reversed(log.records)])
    assert forks_a == forks_b == ["w1"]
    assert ordered_a == ordered_b


def test_unknown_and_bad_events_are_skipped_not_fatal() -> None:
    log = sample_log()
    log.add("future.thing", {"x": 1})
    log.add("segment.updated", {"segment_id": "missing", "changes": {"title": "x"}})
    log.add("segment.updated", {"segment_id": "a", "changes": {"duration_s": -5}})
    log.add("live.start", {"segment_id": "a"})
    assert len(log.state.skipped) == 4
    assert log.state.show.segment("a").duration_s == 600
    assert fold(log.records).digest() == log.state.digest()


def test_the_platform_link_is_part_of_the_session() -> None:
    log = sample_log()
    assert log.state.platform.platform == "rehearsal"
    log.add("platform.linked", {"platform": "zoom", "meeting": "85746065432"})
    log.add("platform.linked", {"platform": "myspace", "meeting": "x"})  # refused, named
    assert (log.state.platform.platform, log.state.platform.meeting) == ("zoom", "85746065432")
    assert "unknown platform" in log.state.skipped[-1]
    assert fold(log.records).digest() == log.state.digest()
