"""Poll aggregation for every kind: empty polls, duplicate submissions, late answers;
the session fold of polls; trend and evaluation summary."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from facilitator_app.domain.eventlog import Record
from facilitator_app.domain.polls import (
    Answer,
    PollDef,
    PollError,
    PollKind,
    PollState,
    PollStatus,
    Snapshot,
    aggregate,
    evaluation_summary,
    trend,
)
from facilitator_app.domain.state import SessionState, apply

T0 = datetime(2026, 12, 1, 10, 0, tzinfo=UTC)


def snap(*answers: tuple[str, str, int], source: str = "report") -> Snapshot:
    return Snapshot(source, T0, answers=tuple(Answer(r, v, T0 + timedelta(seconds=s)) for r, v, s in answers))


SINGLE = PollDef("p1", PollKind.SINGLE, "How was the round?", options=("Great", "OK", "Poor"))
MULTI = PollDef("p2", PollKind.MULTIPLE, "What helped?", options=("Mix", "Host", "Time"))
RATING = PollDef("p3", PollKind.RATING, "Energy?", scale=5)
NPS = PollDef("p4", PollKind.NPS, "Recommend?")
WORDS = PollDef("p5", PollKind.WORDS, "One word for the new company")
TEXT = PollDef("p6", PollKind.TEXT, "Anything else?")


@pytest.mark.parametrize("poll", [SINGLE, MULTI, RATING, NPS, WORDS, TEXT])
def test_empty_polls(poll):
    for snapshot in (None, Snapshot("manual", T0, counts={}), Snapshot("report", T0, answers=())):
        result = aggregate(poll, snapshot)
        assert result.responses == 0 and result.mean is None and result.nps is None
        assert all(n == 0 for _, n in result.counts)


def test_single_choice_counts_and_duplicates_keep_the_last_answer():
    result = aggregate(SINGLE, snap(("a@x", "Great", 1), ("b@x", "OK", 2), ("A@x", "Poor", 3), ("c@x", "Nope", 4)))
    assert dict(result.counts) == {"Great": 0, "OK": 1, "Poor": 1}
    assert (result.responses, result.duplicates, result.unknown) == (2, 1, 1)


def test_answers_after_close_are_late_not_counted():
    result = aggregate(SINGLE, snap(("a", "Great", 10), ("b", "OK", 70)), closed_at=T0 + timedelta(seconds=60))
    assert dict(result.counts)["OK"] == 0 and result.late == 1 and result.responses == 1


def test_multiple_choice_counts_respondents_once():
    result = aggregate(MULTI, snap(("a", "Mix;Host", 1), ("b", "Mix", 2), ("c", "Mix; Mix", 3)))
    assert dict(result.counts) == {"Mix": 3, "Host": 1, "Time": 0}
    assert result.responses == 3


def test_rating_average_from_counts():
    result = aggregate(RATING, Snapshot("manual", T0, counts={"5": 2, "4": 1, "1": 1}))
    assert result.responses == 4 and result.mean == pytest.approx(15 / 4)


def test_nps_score():
    counts = {"10": 5, "9": 1, "8": 2, "7": 0, "6": 1, "0": 1}
    result = aggregate(NPS, Snapshot("manual", T0, counts=counts))
    assert (result.promoters, result.passives, result.detractors) == (6, 2, 2)
    assert result.nps == pytest.approx(100 * (6 - 2) / 10)


def test_words_normalised_and_ranked():
    result = aggregate(WORDS, snap(("a", "Energi", 1), ("b", "energi!", 2), ("c", "  Framtid ", 3), ("d", "...", 4)))
    assert result.counts == (("energi", 2), ("framtid", 1))
    assert result.responses == 3


def test_open_text_keeps_answers():
    result = aggregate(TEXT, snap(("a", "More coffee", 1), ("b", "  ", 2)))
    assert result.texts == ("More coffee",) and result.responses == 1


def test_definitions_are_checked():
    with pytest.raises(PollError, match="at least two options"):
        PollDef("x", PollKind.SINGLE, "Q?", options=("Only",))
    with pytest.raises(PollError, match="1-5 or 1-10"):
        PollDef("x", PollKind.RATING, "Q?", scale=7)
    long = PollDef("x", PollKind.SINGLE, "Q" * 80, options=("a", "b"))
    assert "Zoom allows 64" in long.platform_problems()[0]


def test_trend_and_evaluation():
    polls = [
        PollState(PollDef(f"e{i}", PollKind.RATING, "Energy?", series="energy"), snapshot=Snapshot("m", T0, counts=c))
        for i, c in enumerate(({"3": 2}, {"4": 1, "5": 1}, {}))
    ]
    points = trend(polls, "energy", {"e0": "Day 1"})
    assert [p.value for p in points] == [3.0, 4.5, None]
    assert points[0].label == "Day 1"
    ev = PollDef("ev", PollKind.SINGLE, "Expectations?", options=("Exceeded", "Met", "Not met"), evaluation=True)
    summary = evaluation_summary(PollState(ev, snapshot=Snapshot("m", T0, counts={"Exceeded": 3, "Met": 1})), 5)
    assert summary.responses == 4 and summary.shares[0] == ("Exceeded", 3, 0.75)


def rec(seq: int, type_: str, payload: dict) -> Record:
    return Record(
        writer="w", seq=seq, lamport=seq, epoch=0, at=T0.isoformat(), type=type_, payload=payload, checksum=""
    )


def test_fold_of_a_poll_life():
    state = SessionState()
    state = apply(state, rec(1, "poll.defined", {"poll": SINGLE.to_dict()}))
    state = apply(state, rec(2, "poll.status", {"poll_id": "p1", "status": "open", "at": T0.isoformat()}))
    snapshot = Snapshot("rehearsal", T0, counts={"Great": 4})
    state = apply(state, rec(3, "poll.results", {"poll_id": "p1", "snapshot": snapshot.to_dict()}))
    closed = (T0 + timedelta(minutes=1)).isoformat()
    state = apply(state, rec(4, "poll.status", {"poll_id": "p1", "status": "closed", "at": closed}))
    state = apply(state, rec(5, "poll.status", {"poll_id": "p1", "status": "revealed", "at": closed}))
    ps = state.polls["p1"]
    assert ps.status is PollStatus.REVEALED and ps.revealed and ps.snapshots == 1
    assert ps.closed_at == T0 + timedelta(minutes=1)
    assert aggregate(ps.poll, ps.snapshot).responses == 4
    bad = apply(
        state,
        rec(
            6,
            "poll.results",
            {"poll_id": "p1", "snapshot": {"source": "m", "at": T0.isoformat(), "counts": {"Great": -1}}},
        ),
    )
    assert bad.polls == state.polls and "negative" in bad.skipped[-1]
