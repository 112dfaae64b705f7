from datetime import date, time

import pytest

from facilitator_app.domain import edits
from facilitator_app.domain.edits import Edit
from facilitator_app.domain.model import Day, ModelError

from .helpers import Log, seg, show


def apply_and_undo(log: Log, edit: Edit | None) -> None:
    assert edit is not None
    before = log.state.show
    log.add(edit.type, edit.payload)
    assert not log.state.skipped, log.state.skipped
    assert log.state.show != before
    log.add(edit.inverse_type, edit.inverse_payload)
    assert log.state.show == before, "undo must restore the show exactly"
    log.add(edit.type, edit.payload)  # redo
    assert not log.state.skipped


def fresh() -> Log:
    return Log(show(seg("a", 10), seg("b", 20, lead="Eva"), seg("c", 5, fixed="09:30")))


def test_add_remove_duplicate_round_trip() -> None:
    log = fresh()
    apply_and_undo(log, edits.add_segment(log.state.show, "d1", 1, seg("n", 3)))
    apply_and_undo(log, edits.remove_segment(log.state.show, "b"))
    log = fresh()
    apply_and_undo(log, edits.duplicate_segment(log.state.show, "c", "c2"))
    copy = log.state.show.segment("c2")
    assert copy is not None and copy.fixed_start is None  # a copy follows; two fixed starts would clash


def test_update_and_move_round_trip() -> None:
    log = fresh()
    apply_and_undo(
        log, edits.update_segment(log.state.show, "b", {"title": "Bee", "lead": "Åsa", "fixed_start": "09:00"})
    )
    log = fresh()
    apply_and_undo(log, edits.move_segment(log.state.show, "a", "d1", 2))
    assert [s.id for s in log.state.show.days[0].segments] == ["b", "c", "a"]
    log = fresh()
    apply_and_undo(log, edits.move_segment(log.state.show, "c", "d1", 0))


def test_day_edits_round_trip() -> None:
    log = fresh()
    apply_and_undo(log, edits.update_day(log.state.show, "d1", {"title": "Dag 1", "hard_stop": "11:30"}))
    new_day = Day(id="d2", title="Day 2", date=date(2026, 12, 2), start=time(9), segments=(seg("x", 5),))
    apply_and_undo(log, edits.add_day(log.state.show, 1, new_day))
    apply_and_undo(log, edits.remove_day(log.state.show, "d2"))


def test_no_op_edits_are_none_and_bad_values_raise_before_logging() -> None:
    log = fresh()
    assert edits.update_segment(log.state.show, "a", {"title": "A"}) is None
    assert edits.move_segment(log.state.show, "a", "d1", 0) is None
    with pytest.raises(ModelError):
        edits.update_segment(log.state.show, "a", {"colour": "red"})
    with pytest.raises(ModelError):
        edits.update_segment(log.state.show, "a", {"nonsense": 1})
