"""Poll report files in and results out.

In: the platform's poll report (CSV or XLSX) as Zoom and Webex export it: some lines of
preamble, then a header row with the respondent (name, e-mail), the time submitted and
one column per question. The column for a poll is found by its question or title.

Out: every poll's result as CSV (UTF-8 with BOM, for Swedish Excel) or XLSX.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path

from ..domain.polls import Answer, PollDef, PollKind, PollState, Snapshot, aggregate, evaluation_summary
from .people_files import CancelFlag, Progress, SheetError, read_sheet
from .report_files import write_csv, write_xlsx

_RESPONDENT = ("user email", "email", "e-mail", "email address", "e-post", "user name", "name", "participant", "namn")
_TIME = ("submitted date/time", "submitted", "time", "date/time", "answer time", "tid")


def _norm(text: str) -> str:
    return " ".join(text.strip().lower().split()).rstrip(":?")


def read_report(
    path: Path, poll: PollDef, now: datetime, progress: Progress | None = None, cancel: CancelFlag | None = None
) -> tuple[Snapshot, list[str]]:
    """The answers to ``poll`` in a report file, and warnings (rows skipped, with numbers).
    Safe off the GUI thread, with progress and cancel as :func:`people_files.read_sheet`."""
    sheet = read_sheet(path, progress, cancel)
    table = [list(sheet.headers), *[list(r) for r in sheet.rows]]
    wanted = {_norm(poll.question), _norm(poll.title)} - {""}
    header_row = col = -1
    for r, row in enumerate(table):
        for c, cell in enumerate(row):
            if _norm(cell) in wanted:
                header_row, col = r, c
                break
        if col >= 0:
            break
    if col < 0:
        raise SheetError(f"{path.name} has no column for the question {poll.question!r}")
    header = [_norm(h) for h in table[header_row]]
    who = next((header.index(h) for h in _RESPONDENT if h in header), -1)
    when = next((header.index(h) for h in _TIME if h in header), -1)
    answers: list[Answer] = []
    warnings: list[str] = []
    for offset, row in enumerate(table[header_row + 1 :]):
        line = header_row + offset + 2  # spreadsheet numbering
        value = row[col].strip() if col < len(row) else ""
        if not value:
            continue
        at = None
        if 0 <= when < len(row) and row[when].strip():
            at = _parse_time(row[when])
            if at is None:
                warnings.append(f"row {line}: time {row[when]!r} not understood; the answer is counted")
        respondent = row[who].strip() if 0 <= who < len(row) else ""
        if poll.kind is PollKind.MULTIPLE:
            value = ";".join(p.strip() for p in value.replace("|", ";").split(";") if p.strip())
        answers.append(Answer(respondent, value, at))
    if not answers:
        raise SheetError(f"{path.name}: the column {table[header_row][col]!r} has no answers")
    return Snapshot(f"report:{path.name}", now, answers=tuple(answers)), warnings


def _parse_time(text: str) -> datetime | None:
    text = text.strip()
    for fmt in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%b %d, %Y %H:%M:%S", "%m/%d/%Y %H:%M:%S", "%d/%m/%Y %H:%M"):
        try:
            return datetime.strptime(text, fmt).replace(tzinfo=timezone.utc)  # noqa: UP017
        except ValueError:
            continue
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=timezone.utc)  # noqa: UP017


def result_rows(polls: Sequence[PollState]) -> list[list[object]]:
    rows: list[list[object]] = [["poll", "question", "kind", "answer", "count", "share", "responses", "average"]]
    for ps in polls:
        result = aggregate(ps.poll, ps.snapshot, ps.closed_at)
        average = result.nps if ps.poll.kind is PollKind.NPS else result.mean
        avg = "" if average is None else round(average, 2)
        if ps.poll.kind is PollKind.TEXT:
            for text in result.texts:
                rows.append([ps.poll.name, ps.poll.question, ps.poll.kind.value, text, 1, "", result.responses, ""])
            if not result.texts:
                rows.append([ps.poll.name, ps.poll.question, ps.poll.kind.value, "", 0, "", 0, ""])
            continue
        for answer, count in result.counts or (("", 0),):
            share = round(count / result.responses, 4) if result.responses else 0
            rows.append(
                [ps.poll.name, ps.poll.question, ps.poll.kind.value, answer, count, share, result.responses, avg]
            )
    return rows


def write_results_csv(path: Path, polls: Sequence[PollState], *, lang: str = "en") -> None:
    write_csv(path, result_rows(polls), lang=lang)


def write_results_xlsx(path: Path, polls: Sequence[PollState]) -> None:
    write_xlsx(path, {"Results": result_rows(polls)}, widths={"Results": (28, 48, 10, 28, 8, 8, 10, 9)})


def evaluation_rows(polls: Sequence[PollState], present: int | None = None) -> list[list[object]]:
    """The evaluation summary as rows: each evaluation poll's question, answers and shares."""
    rows: list[list[object]] = [["question", "answer", "count", "share", "responses", "present", "average"]]
    for ps in polls:
        if not ps.poll.evaluation:
            continue
        summary = evaluation_summary(ps, present)
        average = "" if summary.mean is None else round(summary.mean, 2)
        for answer, count, share in summary.shares or (("", 0, 0.0),):
            rows.append([summary.question, answer, count, round(share, 4), summary.responses, present or "", average])
        if ps.poll.kind is PollKind.TEXT:
            for text in aggregate(ps.poll, ps.snapshot, ps.closed_at).texts:
                rows.append([summary.question, text, 1, "", summary.responses, present or "", ""])
    return rows


def write_evaluation_csv(
    path: Path, polls: Sequence[PollState], present: int | None = None, *, lang: str = "en"
) -> None:
    write_csv(path, evaluation_rows(polls, present), lang=lang)


def write_evaluation_xlsx(path: Path, polls: Sequence[PollState], present: int | None = None) -> None:
    write_xlsx(path, {"Evaluation": evaluation_rows(polls, present)})
