from PySide6.QtCore import QMimeData, Qt
from pytestqt.modeltest import ModelTester

from facilitator_app.domain import edits, live
from facilitator_app.domain.clock import ManualClock
from facilitator_app.services.session import Session
from facilitator_app.ui.run_of_show.actuals_model import ActualsModel
from facilitator_app.ui.run_of_show.run_of_show_model import MIME, Column, RunOfShowModel


def test_run_of_show_model_passes_the_model_tester_through_changes(
    qtmodeltester: ModelTester, session: Session, clock: ManualClock
) -> None:
    model = RunOfShowModel(session.state)
    qtmodeltester.check(model, force_py=True)
    signals: list[str] = []
    model.rowsInserted.connect(lambda *a: signals.append("insert"))
    model.rowsRemoved.connect(lambda *a: signals.append("remove"))
    model.rowsMoved.connect(lambda *a: signals.append("move"))
    model.modelReset.connect(lambda *a: signals.append("reset"))
    show = session.state.show
    first = show.days[0].segments[0]
    for edit in (
        edits.update_segment(show, first.id, {"title": "Välkomna"}),
        edits.move_segment(show, first.id, "d1", 3),
    ):
        assert edit is not None
        session.record(edit.type, edit.payload)
        model.update_state(session.state)
    for make in (
        lambda: edits.duplicate_segment(session.state.show, first.id, "copy1"),
        lambda: edits.remove_segment(session.state.show, "copy1"),
    ):
        edit = make()
        session.record(edit.type, edit.payload)
        model.update_state(session.state)
    session.record(*live.start_action(session.state.show, session.state.live, first.id, clock.now()))  # type: ignore[misc]
    model.update_state(session.state)
    assert signals == ["move", "insert", "remove"]  # incremental, never a reset
    assert model.data(model.index(model.row_of(first.id), Column.TITLE)) == "Välkomna"


def test_actuals_model_passes_the_model_tester(
    qtmodeltester: ModelTester, session: Session, clock: ManualClock
) -> None:
    model = ActualsModel(session.state, clock.now())
    qtmodeltester.check(model, force_py=True)
    seg = session.state.show.days[0].segments[0]
    session.record(*live.start_action(session.state.show, session.state.live, seg.id, clock.now()))  # type: ignore[misc]
    model.update_state(session.state, clock.now())
    assert model.data(model.index(0, 8)) == "running"


def test_drop_requests_a_move_and_leaves_the_model_to_the_state(session: Session) -> None:
    model = RunOfShowModel(session.state)
    requests: list[tuple[str, int]] = []
    model.moveRequested.connect(lambda sid, i: requests.append((sid, i)))
    data = model.mimeData([model.index(0, Column.TITLE)])
    assert data.hasFormat(MIME)
    first = model.segment_id_at(0)
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 4, 0, model.index(-1, -1)) is False
    assert requests == [(first, 3)]  # dropped before row 4 = index 3 once it is taken out
    assert model.segment_id_at(0) == first  # unchanged until the state says so
    assert not model.dropMimeData(QMimeData(), Qt.DropAction.MoveAction, 1, 0, model.index(-1, -1))


def test_invalid_cell_input_is_reported_not_recorded(session: Session) -> None:
    model = RunOfShowModel(session.state)
    errors: list[str] = []
    model.invalidInput.connect(errors.append)
    requests: list[object] = []
    model.editRequested.connect(lambda *a: requests.append(a))
    assert not model.setData(model.index(0, Column.LENGTH), "ten minutes")
    assert not model.setData(model.index(0, Column.START), "9.30")
    assert len(errors) == 2 and "duration" in errors[0]
    assert requests == []
    assert model.setData(model.index(0, Column.START), "08:40")
    assert requests == [(model.segment_id_at(0), {"fixed_start": "08:40"})]
