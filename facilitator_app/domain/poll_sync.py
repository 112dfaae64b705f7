"""What the platforms say about polls, as snapshots for the session's polls.

- Rehearsal: live counts per poll, matched by the platform id the console created.
- Zoom: each poll's status live (matched by title); after the meeting one row per answer
  (matched by question).
- Webex: after the meeting an answer summary per question (matched by question).

A snapshot is proposed only when it differs from the poll's current result, so a sync
cycle that learns nothing new writes nothing to the session.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from .polls import Answer, PollKind, PollState, Snapshot
from .state import SessionState

# Words the rehearsal audience answers one-word polls with.
REHEARSAL_WORDS = (
    "energi", "framtid", "tillsammans", "nyfiken", "trygg", "spännande", "osäker", "hopp", "möjligheter",
    "förändring", "gemenskap", "utmaning", "mod", "lärande", "tempo", "förtroende", "tydlighet", "glädje",
)  # fmt: skip


def rehearsal_options(ps: PollState) -> list[str]:
    if ps.poll.kind is PollKind.WORDS:
        return list(REHEARSAL_WORDS)
    return list(ps.poll.choices())


def _norm(text: str) -> str:
    return " ".join(str(text).strip().lower().split()).rstrip("?:")


def _differs(ps: PollState, snapshot: Snapshot) -> bool:
    old = ps.snapshot
    if old is None:
        return bool(snapshot.counts) if snapshot.counts is not None else bool(snapshot.answers)
    if old.source != snapshot.source:
        return True
    return (old.counts, old.answers) != (snapshot.counts, snapshot.answers)


def rehearsal_snapshots(
    state: SessionState, polls: list[dict[str, Any]], ids: Mapping[str, str], now: datetime
) -> list[tuple[str, Snapshot]]:
    """Counts for the session's polls that the rehearsal platform runs (ids: ours -> its)."""
    by_platform = {str(p.get("id")): p for p in polls if isinstance(p, dict)}
    out = []
    for poll_id, platform_id in ids.items():
        ps = state.polls.get(poll_id)
        found = by_platform.get(platform_id)
        if ps is None or found is None or "counts" not in found:
            continue
        counts = {str(k): int(v) for k, v in dict(found["counts"]).items() if int(v) > 0}
        snapshot = Snapshot("rehearsal", now, counts=counts)
        if _differs(ps, snapshot):
            out.append((poll_id, snapshot))
    return out


def zoom_status(polls: list[dict[str, Any]]) -> dict[str, str]:
    """Poll title -> Zoom's status (notstart, started, ended, sharing)."""
    return {_norm(p["title"]): str(p.get("status", "")) for p in polls if isinstance(p, dict) and "title" in p}


def zoom_snapshots(state: SessionState, polls: list[dict[str, Any]], now: datetime) -> list[tuple[str, Snapshot]]:
    """After the meeting Zoom gives one row per respondent with their answers per question."""
    rows = next((p["answers"] for p in polls if isinstance(p, dict) and "answers" in p), None)
    if not rows:
        return []
    per_question: dict[str, list[Answer]] = {}
    for row in rows:
        name = str(row.get("name") or "")
        # Anonymous polls name everyone "Anonymous Attendee": each row is its own answer then.
        who = str(row.get("email") or ("" if name.lower().startswith("anonymous") else name))
        for detail in row.get("question_details", []) or []:
            at = None
            if detail.get("date_time"):
                try:
                    at = datetime.fromisoformat(str(detail["date_time"]).replace("Z", "+00:00"))
                except ValueError:
                    at = None
            value = str(detail.get("answer", ""))
            per_question.setdefault(_norm(detail.get("question", "")), []).append(Answer(who, value, at))
    return _match(state, {q: Snapshot("zoom", now, answers=tuple(a)) for q, a in per_question.items()})


def webex_snapshots(state: SessionState, items: list[dict[str, Any]], now: datetime) -> list[tuple[str, Snapshot]]:
    """Webex's poll results: an answer summary per question."""
    found: dict[str, Snapshot] = {}
    for item in items:
        if not isinstance(item, dict):
            continue
        for q in item.get("questions", []) or []:
            counts = {
                str(a.get("value", "")): int(a.get("totalRespondents", 0)) for a in q.get("answerSummary", []) or []
            }
            found[_norm(q.get("title", ""))] = Snapshot("webex", now, counts=counts)
    return _match(state, found)


def _match(state: SessionState, by_question: Mapping[str, Snapshot]) -> list[tuple[str, Snapshot]]:
    out = []
    for poll_id, ps in state.polls.items():
        snapshot = by_question.get(_norm(ps.poll.question)) or by_question.get(_norm(ps.poll.name))
        if snapshot is not None and _differs(ps, snapshot):
            out.append((poll_id, snapshot))
    return out
