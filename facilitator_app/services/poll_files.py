"""Poll report files in and results out.

In: the platform's poll report (CSV or XLSX) as Zoom and Webex export it: some lines of
preamble, then a header row with the respondent (name, e-mail), the time submitted and
one column per question. The column for a poll is found by its question or title.

Out: every poll's result as CSV (UTF-8 with BOM, for Swedish Excel) or XLSX.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import datetime, timezone
from pathlib import Path

from ..domain.polls import Answer, PollDef, PollKind, PollState, Snapshot, aggregate
from .atomic import write_atomic
from .people_files import SheetError, read_sheet

_RESPONDENT = ("user email", "email", "e-mail", "email address", "e-post", "user name", "name", "participant", "namn")
_TIME = ("submitted date/time", "submitted", "time", "date/time", "answer time", "tid")


def _norm(text: str) -> str:
    return " ".join(text.strip().lower().split()).rstrip(":?")


def read_report(path: Path, poll: PollDef, now: datetime) -> tuple[Snapshot, list[str]]:
    """The answers to ``poll`` in a report file, and warnings (rows skipped, with numbers)."""
    sheet = read_sheet(path)
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


def write_results_csv(path: Path, polls: Sequence[PollState]) -> None:
    buf = io.StringIO(newline="")
    csv.writer(buf, lineterminator="\r\n").writerows(result_rows(polls))
    write_atomic(path, b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8"))


def write_results_xlsx(path: Path, polls: Sequence[PollState]) -> None:
    from openpyxl import Workbook  # type: ignore[import-untyped]

    book = Workbook()
    sheet = book.active
    sheet.title = "Results"
    for row in result_rows(polls):
        sheet.append(row)
    sheet.freeze_panes = "A2"
    for column, width in zip("ABCDEFGH", (28, 48, 10, 28, 8, 8, 10, 9), strict=True):
        sheet.column_dimensions[column].width = width
    buf = io.BytesIO()
    book.save(buf)
    write_atomic(path, buf.getvalue())
