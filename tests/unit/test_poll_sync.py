"""What the platforms say about polls, as snapshots for the session's polls."""

from __future__ import annotations

from datetime import UTC, datetime

from facilitator_app.domain.poll_sync import rehearsal_snapshots, webex_snapshots, zoom_snapshots, zoom_status
from facilitator_app.domain.polls import PollDef, PollKind, PollState, Snapshot, aggregate
from facilitator_app.domain.state import SessionState

NOW = datetime(2026, 12, 1, 11, 0, tzinfo=UTC)
HELP = PollDef("p1", PollKind.SINGLE, "Did the round help?", title="Pulse: help", options=("Yes", "No"))
ENERGY = PollDef("p2", PollKind.RATING, "How is your energy?", scale=5)


def state(*polls: PollState) -> SessionState:
    return SessionState(polls={p.poll.id: p for p in polls})


def test_rehearsal_counts_matched_by_platform_id_and_only_when_changed():
    s = state(PollState(HELP), PollState(ENERGY))
    polls = [{"id": "abc", "status": "started", "counts": {"Yes": 4, "No": 0}}, {"id": "zzz", "status": "notstart"}]
    found = rehearsal_snapshots(s, polls, {"p1": "abc", "p2": "zzz"}, NOW)
    assert [(pid, snap.counts) for pid, snap in found] == [("p1", {"Yes": 4})]
    unchanged = state(PollState(HELP, snapshot=Snapshot("rehearsal", NOW, counts={"Yes": 4})), PollState(ENERGY))
    assert rehearsal_snapshots(unchanged, polls, {"p1": "abc"}, NOW) == []


def test_zoom_answers_after_the_meeting_by_question_and_anonymous_rows():
    rows = [
        {
            "email": "a@x.se",
            "name": "A",
            "question_details": [
                {"question": "Did the round help?", "answer": "Yes", "date_time": "2026-12-01T10:00:00Z"},
                {"question": "How is your energy?", "answer": "4", "date_time": "2026-12-01T10:01:00Z"},
            ],
        },
        {
            "email": "",
            "name": "Anonymous Attendee",
            "question_details": [{"question": "did the round help", "answer": "No"}],
        },
        {
            "email": "",
            "name": "Anonymous Attendee",
            "question_details": [{"question": "Did the round help?", "answer": "No"}],
        },
    ]
    found = dict(
        zoom_snapshots(state(PollState(HELP), PollState(ENERGY)), [{"id": "1", "title": "x"}, {"answers": rows}], NOW)
    )
    assert dict(aggregate(HELP, found["p1"]).counts) == {"Yes": 1, "No": 2}
    assert aggregate(ENERGY, found["p2"]).mean == 4.0
    assert zoom_status([{"title": "Pulse:  Help", "status": "started"}]) == {"pulse: help": "started"}
    assert zoom_snapshots(state(PollState(HELP)), [{"title": "x", "status": "started"}], NOW) == []


def test_webex_answer_summary():
    items = [
        {
            "questions": [
                {
                    "title": "Did the round help?",
                    "answerSummary": [{"value": "Yes", "totalRespondents": 7}, {"value": "No", "totalRespondents": 2}],
                }
            ]
        }
    ]
    ((pid, snap),) = webex_snapshots(state(PollState(HELP)), items, NOW)
    assert pid == "p1" and aggregate(HELP, snap).responses == 9
