"""Pulse polls: definitions, their life (draft, open, closed, revealed), results from any
source, and the aggregates the console shows: counts, averages, a recommendation score,
word frequencies, the trend of a recurring pulse, the evaluation summary.

Results arrive as snapshots from one source at a time (the platform's live counts, an
imported report with one row per answer, counts typed in by hand). The newest snapshot
is the result; every snapshot stays in the session log. Individual answers are counted
once per respondent (their last answer) and answers after the poll closed are kept but
not counted (they are reported as late).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import field
from datetime import datetime
from enum import StrEnum
from typing import Any

from .frozen import Frozen, record


@record
class Limit(Frozen):
    """A platform limit the console checks polls against, and where the platform states it."""

    value: int
    what: str
    source: str


_ZOOM_SPEC = "Zoom Meeting API v2 (../shared/specs/zoom-meeting-api.json)"
# Every Zoom limit the console checks, with where it is written.
ZOOM_LIMITS: dict[str, Limit] = {
    "title": Limit(
        64, "characters in a poll title", f"{_ZOOM_SPEC}, POST /meetings/{{meetingId}}/polls: title maxLength"
    ),
    "question": Limit(
        255, "characters in a poll question", f"{_ZOOM_SPEC}, same operation: questions[].name maxLength"
    ),
    "answers": Limit(
        10, "answers to a single or multiple choice question", f"{_ZOOM_SPEC}, same operation: questions[].answers"
    ),
    "min_answers": Limit(2, "answers at least", f"{_ZOOM_SPEC}, same operation: questions[].answers minItems"),
    "rating_min": Limit(
        0, "lowest value of a rating scale", f"{_ZOOM_SPEC}, same operation: questions[].rating_min_value minimum"
    ),
    "rating_max": Limit(
        10, "highest value of a rating scale", f"{_ZOOM_SPEC}, same operation: questions[].rating_max_value maximum"
    ),
    "rooms": Limit(100, "breakout rooms pre-assigned", "../shared/specs/README.md (Zoom support: pre-assigning rooms)"),
    "preassigned": Limit(1000, "people pre-assigned to rooms", "../shared/specs/README.md (Zoom support)"),
    "updates_per_day": Limit(
        100, "updates of one meeting in 24 hours", f"{_ZOOM_SPEC}, PATCH /meetings/{{meetingId}}: description"
    ),
    "page_size": Limit(
        300, "participants per page", f"{_ZOOM_SPEC}, GET /metrics/meetings/{{meetingId}}/participants: page_size"
    ),
}
ZOOM_TITLE_MAX = ZOOM_LIMITS["title"].value
ZOOM_ANSWERS_MAX = ZOOM_LIMITS["answers"].value
WORD = re.compile(r"[\w'-]+", re.UNICODE)


class PollKind(StrEnum):
    SINGLE = "single"
    MULTIPLE = "multiple"
    RATING = "rating"  # 1..scale, with the average
    NPS = "nps"  # 0..10 recommendation score
    WORDS = "words"  # one word each: a word cloud
    TEXT = "text"  # open text


class PollStatus(StrEnum):
    DRAFT = "draft"
    OPEN = "open"
    CLOSED = "closed"
    REVEALED = "revealed"


class PollError(ValueError):
    """A poll definition or result that cannot be used (names the field and the value)."""


@record
class PollDef(Frozen):
    """A poll as planned: its question and answers, and the segment that cues it."""

    id: str
    kind: PollKind
    question: str
    title: str = ""  # the short name (Zoom: at most 64 characters); the question when empty
    options: tuple[str, ...] = ()  # single and multiple choice
    scale: int = 5  # rating: 5 or 10
    segment_id: str = ""  # cued when this segment goes live
    series: str = ""  # recurring pulses share a series: their trend is shown together
    hidden: bool = True  # results hidden until revealed
    evaluation: bool = False  # the end-of-event evaluation

    def __post_init__(self) -> None:
        if not self.question.strip():
            raise PollError("a poll needs a question")
        if self.kind in (PollKind.SINGLE, PollKind.MULTIPLE):
            if len(self.options) < 2:
                raise PollError(f"{self.kind.value} choice needs at least two options")
            if len(set(self.options)) != len(self.options):
                raise PollError("two options are the same")
        if self.kind is PollKind.RATING and self.scale not in (5, 10):
            raise PollError(f"a rating scale is 1-5 or 1-10, not 1-{self.scale}")

    @property
    def name(self) -> str:
        return self.title or self.question

    def choices(self) -> tuple[str, ...]:
        """The answers one can give, in order (empty for words and text)."""
        if self.kind in (PollKind.SINGLE, PollKind.MULTIPLE):
            return self.options
        if self.kind is PollKind.RATING:
            return tuple(str(i) for i in range(1, self.scale + 1))
        if self.kind is PollKind.NPS:
            return tuple(str(i) for i in range(11))
        return ()

    def platform_problems(self) -> list[str]:
        """What keeps this poll from being pushed to Zoom as it is (limits: ``ZOOM_LIMITS``)."""
        out = []
        if len(self.name) > ZOOM_TITLE_MAX:
            out.append(f"the title is {len(self.name)} characters; Zoom allows {ZOOM_TITLE_MAX}")
        if len(self.question) > ZOOM_LIMITS["question"].value:
            out.append(f"the question is {len(self.question)} characters; Zoom allows {ZOOM_LIMITS['question'].value}")
        if self.kind in (PollKind.SINGLE, PollKind.MULTIPLE) and len(self.choices()) > ZOOM_ANSWERS_MAX:
            out.append(f"{len(self.choices())} answers; Zoom allows {ZOOM_ANSWERS_MAX}")
        if self.kind in (PollKind.WORDS, PollKind.TEXT):
            out.append("Zoom meeting polls have no open answers before the meeting; ask it in the host client")
        return out

    def zoom_rating(self) -> tuple[int, int] | None:
        """The (min, max) of Zoom's ``rating_scale`` question for a rating or a
        recommendation score (an advanced poll: the host's account must allow them)."""
        if self.kind is PollKind.RATING:
            return (1, self.scale)
        if self.kind is PollKind.NPS:
            return (0, 10)
        return None

    def zoom_payload(self) -> dict[str, Any]:
        """The outbox payload that creates this poll in a Zoom meeting (check
        ``platform_problems`` first). Ratings and the recommendation score go as a
        ``rating_scale`` question with the scale's ends."""
        payload: dict[str, Any] = {
            "title": self.name,
            "question": self.question,
            "options": list(self.choices()),
            "multiple": self.kind is PollKind.MULTIPLE,
        }
        rating = self.zoom_rating()
        if rating is not None:
            payload["rating"] = list(rating)
        return payload

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind.value,
            "question": self.question,
            "title": self.title,
            "options": list(self.options),
            "scale": self.scale,
            "segment_id": self.segment_id,
            "series": self.series,
            "hidden": self.hidden,
            "evaluation": self.evaluation,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PollDef:
        try:
            return cls(
                id=str(data["id"]),
                kind=PollKind(str(data.get("kind", "single"))),
                question=str(data.get("question", "")),
                title=str(data.get("title", "")),
                options=tuple(str(o).strip() for o in data.get("options", ()) if str(o).strip()),
                scale=int(data.get("scale", 5)),
                segment_id=str(data.get("segment_id", "") or ""),
                series=str(data.get("series", "") or ""),
                hidden=bool(data.get("hidden", True)),
                evaluation=bool(data.get("evaluation", False)),
            )
        except (KeyError, TypeError, ValueError) as exc:
            if isinstance(exc, PollError):
                raise
            raise PollError(f"bad poll {data.get('id', '?')!r}: {exc}") from exc


@record
class Answer(Frozen):
    """One answer in a poll result, one row per respondent."""

    respondent: str  # e-mail, name or an anonymous id; '' counts every row
    value: str  # multiple choice: options joined by ';'
    at: datetime | None = None


@record
class Snapshot(Frozen):
    """One source's full result at one moment: counts, or one row per answer."""

    source: str  # 'rehearsal', 'zoom', 'manual', 'report:<file>'
    at: datetime
    counts: Mapping[str, int] | None = None
    answers: tuple[Answer, ...] = ()
    # People present on the platform when this result was taken ("12 of 40 present
    # answered" after a restart is the figure of then, not today's roster); None: unknown.
    present: int | None = None

    def to_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {"source": self.source, "at": self.at.isoformat()}
        if self.present is not None:
            out["present"] = self.present
        if self.counts is not None:
            out["counts"] = dict(self.counts)
        else:
            out["answers"] = [
                {"respondent": a.respondent, "value": a.value, "at": a.at.isoformat() if a.at else None}
                for a in self.answers
            ]
        return out

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Snapshot:
        at = datetime.fromisoformat(str(data["at"]))
        present = data.get("present")
        if present is not None and (type(present) is not int or present < 0):
            raise PollError(f"present must be a whole number of people, not {present!r}")
        if "counts" in data:
            counts = {str(k): int(v) for k, v in dict(data["counts"]).items()}
            if any(v < 0 for v in counts.values()):
                raise PollError("a count cannot be negative")
            return cls(str(data["source"]), at, counts=counts, present=present)
        answers = tuple(
            Answer(
                str(a.get("respondent", "")),
                str(a.get("value", "")),
                datetime.fromisoformat(a["at"]) if a.get("at") else None,
            )
            for a in data.get("answers", [])
        )
        return cls(str(data["source"]), at, answers=answers, present=present)


@record
class PollState(Frozen):
    """A poll in the session: its definition, where it is in its life and its newest result."""

    poll: PollDef
    status: PollStatus = PollStatus.DRAFT
    opened_at: datetime | None = None
    closed_at: datetime | None = None
    revealed: bool = False
    snapshot: Snapshot | None = None  # the newest result
    snapshots: int = 0  # how many were recorded

    def present_then(self, now_present: int | None) -> int | None:
        """How many were present for this poll's result: the figure stored with it; for
        an open poll whose result has none, the people present now; otherwise unknown."""
        if self.snapshot is not None and self.snapshot.present is not None:
            return self.snapshot.present
        return now_present if self.status is PollStatus.OPEN else None


@record
class Result(Frozen):
    """The aggregate of one poll's current result."""

    kind: PollKind
    responses: int  # respondents counted (or the sum of counts for single choice)
    counts: tuple[tuple[str, int], ...] = ()  # per choice, in order; words: most frequent first
    mean: float | None = None  # rating and NPS
    nps: float | None = None  # % promoters - % detractors
    promoters: int = 0
    passives: int = 0
    detractors: int = 0
    texts: tuple[str, ...] = ()
    late: int = 0  # answers after the poll closed, not counted
    duplicates: int = 0  # earlier answers replaced by the same respondent's later one
    unknown: int = 0  # answers that are none of the choices
    source: str = ""

    def share(self, choice: str) -> float:
        total = self.responses
        return next((c for k, c in self.counts if k == choice), 0) / total if total else 0.0


def _words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def aggregate(poll: PollDef, snapshot: Snapshot | None, closed_at: datetime | None = None) -> Result:
    """The aggregate of a snapshot for this poll (an empty result without one)."""
    kind = poll.kind
    choices = poll.choices()
    if snapshot is None:
        return Result(kind, 0, tuple((c, 0) for c in choices))
    late = duplicates = unknown = 0
    values: list[str] = []
    if snapshot.counts is not None:
        tally: Counter[str] = Counter()
        for key, n in snapshot.counts.items():
            tally[key] += n
        if kind in (PollKind.WORDS, PollKind.TEXT):
            values = [k for k, n in tally.items() for _ in range(n)]
        else:
            unknown = sum(n for k, n in tally.items() if k not in choices)
            counts = tuple((c, tally.get(c, 0)) for c in choices)
            responses = sum(n for _, n in counts)
            return _finish(poll, counts, responses, 0, 0, unknown, snapshot.source)
    else:
        latest: dict[str, Answer] = {}
        anonymous: list[Answer] = []
        for a in snapshot.answers:
            if closed_at is not None and a.at is not None and a.at > closed_at:
                late += 1
                continue
            if not a.respondent:
                anonymous.append(a)
                continue
            key = a.respondent.strip().lower()
            previous = latest.get(key)
            if previous is not None:
                duplicates += 1
                if previous.at is not None and a.at is not None and a.at < previous.at:
                    continue
            latest[key] = a
        values = [a.value for a in (*latest.values(), *anonymous)]
    if kind is PollKind.TEXT:
        texts = tuple(v.strip() for v in values if v.strip())
        return Result(kind, len(texts), texts=texts, late=late, duplicates=duplicates, source=snapshot.source)
    if kind is PollKind.WORDS:
        freq: Counter[str] = Counter()
        answered = 0
        for v in values:
            words = _words(v)
            if words:
                answered += 1
                freq[" ".join(words[:3])] += 1  # "one word", forgiving a short phrase
        counts = tuple(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0])))
        return Result(kind, answered, counts, late=late, duplicates=duplicates, source=snapshot.source)
    tally = Counter()
    responses = 0
    for v in values:
        picked = [p.strip() for p in v.split(";")] if kind is PollKind.MULTIPLE else [v.strip()]
        picked = [p for p in picked if p]
        good = [p for p in picked if p in choices]
        unknown += len(picked) - len(good)
        if not good:
            continue
        responses += 1
        tally.update(set(good))
    counts = tuple((c, tally.get(c, 0)) for c in choices)
    return _finish(poll, counts, responses, late, duplicates, unknown, snapshot.source)


def _finish(
    poll: PollDef,
    counts: tuple[tuple[str, int], ...],
    responses: int,
    late: int,
    duplicates: int,
    unknown: int,
    source: str,
) -> Result:
    mean = nps = None
    promoters = passives = detractors = 0
    if poll.kind in (PollKind.RATING, PollKind.NPS) and responses:
        mean = sum(int(k) * n for k, n in counts) / responses
    if poll.kind is PollKind.NPS:
        promoters = sum(n for k, n in counts if int(k) >= 9)
        passives = sum(n for k, n in counts if 7 <= int(k) <= 8)
        detractors = sum(n for k, n in counts if int(k) <= 6)
        if responses:
            nps = 100.0 * (promoters - detractors) / responses
    return Result(
        poll.kind,
        responses,
        counts,
        mean=mean,
        nps=nps,
        promoters=promoters,
        passives=passives,
        detractors=detractors,
        late=late,
        duplicates=duplicates,
        unknown=unknown,
        source=source,
    )


def headline(poll: PollDef, result: Result) -> float | None:
    """The one number a trend shows: the average (rating), the score (NPS), the share of
    the first option (single choice, in %)."""
    if poll.kind is PollKind.RATING:
        return result.mean
    if poll.kind is PollKind.NPS:
        return result.nps
    if poll.kind is PollKind.SINGLE and result.responses:
        return 100.0 * result.share(poll.options[0])
    return None


@record
class TrendPoint(Frozen):
    """One poll of a recurring pulse with its headline figure, a point of the trend."""

    poll_id: str
    label: str
    value: float | None
    responses: int


def trend(polls: Sequence[PollState], series: str, labels: Mapping[str, str]) -> list[TrendPoint]:
    """The recurring pulse's headline figure, in the order the polls run."""
    out = []
    for ps in polls:
        if (ps.poll.series or ps.poll.id) != series:
            continue
        result = aggregate(ps.poll, ps.snapshot, ps.closed_at)
        out.append(
            TrendPoint(ps.poll.id, labels.get(ps.poll.id, ps.poll.name), headline(ps.poll, result), result.responses)
        )
    return out


@record
class Evaluation(Frozen):
    """One evaluation poll's result as the Evaluation tab and its export show it."""

    question: str
    responses: int
    present: int | None
    shares: tuple[tuple[str, int, float], ...] = field(default=())  # choice, count, share
    mean: float | None = None


def evaluation_summary(ps: PollState, present: int | None) -> Evaluation:
    """``present``: the people present now (used only while the poll is open and its
    result has no figure of its own)."""
    present = ps.present_then(present)
    result = aggregate(ps.poll, ps.snapshot, ps.closed_at)
    total = result.responses
    shares = tuple((c, n, n / total if total else 0.0) for c, n in result.counts)
    return Evaluation(ps.poll.question, total, present, shares, result.mean if result.mean is not None else result.nps)


# Which status a poll may move to from which: launched from a draft (or again after
# closing), closed while open, revealed once closed.
TRANSITIONS: dict[PollStatus, tuple[PollStatus, ...]] = {
    PollStatus.OPEN: (PollStatus.DRAFT, PollStatus.CLOSED),
    PollStatus.CLOSED: (PollStatus.OPEN,),
    PollStatus.REVEALED: (PollStatus.CLOSED,),
}


def can_move(current: PollStatus, target: PollStatus) -> bool:
    return current in TRANSITIONS.get(target, ())


def cued(polls: Mapping[str, PollState], live_segment_id: str | None) -> list[PollState]:
    """Polls attached to the live segment and not yet launched."""
    if not live_segment_id:
        return []
    return [p for p in polls.values() if p.poll.segment_id == live_segment_id and p.status is PollStatus.DRAFT]
