"""Participant lists as Excel, Teams and Zoom export them, and re-imports by e-mail."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from facilitator_app.domain.model import Person
from facilitator_app.domain.people import guess_mapping, merge_people, read_people
from facilitator_app.services.people_files import SheetError, read_csv_bytes, read_sheet

SWEDISH = (
    "Namn;E-post;Organisation;Avdelning;Värd;Ort\n"
    "Åsa Öberg;asa@alv.se;Älvkraft;Nät;ja;Umeå\n"
    "Bo Ek;bo@kust.se;Kustvärme;Drift;;Luleå\n"
)


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (SWEDISH.encode("utf-8"), "UTF-8"),
        (b"\xef\xbb\xbf" + SWEDISH.encode("utf-8"), "UTF-8 with BOM"),
        (SWEDISH.encode("cp1252"), "Windows-1252"),
    ],
)
def test_swedish_excel_exports_in_every_encoding(data, encoding):
    sheet = read_csv_bytes(data, "deltagare.csv")
    assert sheet.encoding == encoding and sheet.delimiter == ";"
    mapping = guess_mapping(sheet.headers)
    assert sorted(mapping.values()) == ["department", "email", "host", "name", "organisation"]
    imported = read_people(sheet.headers, sheet.rows, mapping)
    assert imported.errors == ()
    asa, bo = imported.people
    assert (asa.name, asa.organisation, asa.host, asa.attributes) == ("Åsa Öberg", "Älvkraft", True, {"Ort": "Umeå"})
    assert (bo.email, bo.host) == ("bo@kust.se", False)


def test_comma_csv_with_first_and_last_name_columns():
    data = b"First Name,Last Name,Email,Company\nAnna,Berg,ANNA@X.SE,Fjallnat\n"
    sheet = read_csv_bytes(data)
    people = read_people(sheet.headers, sheet.rows, guess_mapping(sheet.headers)).people
    assert people[0].name == "Anna Berg" and people[0].email == "anna@x.se"


def test_validation_names_the_rows():
    data = b"name,email,host\nAnna,anna@x.se,ja\n,,\nBo,not-an-address,\nCia,anna@x.se,\n,,maybe\nDan,,kanske\n"
    sheet = read_csv_bytes(data)
    imported = read_people(sheet.headers, sheet.rows, guess_mapping(sheet.headers))
    assert [p.name for p in imported.people] == ["Anna", "Bo", "Dan"], "a bad address keeps the person"
    assert imported.people[1].email == ""
    text = "\n".join(imported.errors)
    assert "row 4: 'not-an-address' is not an e-mail address" in text
    assert "row 5: anna@x.se is already on row 2" in text
    assert "row 6: no name and no e-mail" in text
    assert "row 7: host value 'kanske' read as not a host" in text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"\xff\xfeN\x00a\x00", "not a text file"),
        (b'name\n"Anna\n', "not a readable CSV file"),
    ],
)
def test_unreadable_files_named(data, message):
    with pytest.raises(SheetError, match=message):
        read_csv_bytes(data, "list.csv")


def test_xlsx_and_a_damaged_xlsx(tmp_path: Path):
    book = Workbook()
    sheet = book.active
    sheet.append(["Name", "E-mail", "Organisation", "Host"])
    sheet.append(["Åsa Öberg", "asa@alv.se", "Älvkraft", "x"])
    sheet.append([None, None, None, None])
    sheet.append(["Per", "per@fj.se", "Fjällnät", None])
    path = tmp_path / "people.xlsx"
    book.save(path)
    read = read_sheet(path)
    assert read.encoding == "XLSX" and len(read.rows) == 3
    people = read_people(read.headers, read.rows, guess_mapping(read.headers)).people
    assert people[0].host and people[0].organisation == "Älvkraft"
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(path.read_bytes()[:300])
    with pytest.raises(SheetError, match=r"broken\.xlsx: not a readable Excel workbook"):
        read_sheet(broken)
    with pytest.raises(SheetError, match=r"missing\.csv: cannot be read"):
        read_sheet(tmp_path / "missing.csv")


def test_reimport_updates_by_email_and_keeps_ids():
    existing = [
        Person(id="p1", name="Anna", email="anna@x.se", organisation="A"),
        Person(id="p2", name="Bo", email="bo@x.se"),
        Person(id="p3", name="Hand Added"),
    ]
    new = [
        Person(id="new1", name="Anna Berg", email="anna@x.se", organisation="A", department="IT"),
        Person(id="new2", name="Bo", email="bo@x.se"),
        Person(id="new3", name="Cia", email="cia@x.se"),
    ]
    merge = merge_people(existing, new)
    assert [p.id for p in merge.updated] == ["p1"] and merge.updated[0].department == "IT"
    assert [p.id for p in merge.added] == ["new3"]
    assert merge.unchanged == 1
    assert [p.id for p in merge.only_in_session] == ["p3"]


# ---------------------------------------------------------------- hostile files (issue 13, item 7)


def _workbook_with_shared_string(path: Path, size: int) -> Path:
    """A real workbook whose one shared string is ``size`` bytes: tiny on disk, huge in memory."""
    import zipfile

    plain = path.with_suffix(".plain.xlsx")
    book = Workbook()
    book.active.append(["name"])
    book.active.append(["x"])
    book.save(plain)
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            if info.filename != "xl/sharedStrings.xml":
                dst.writestr(info, src.read(info))
        with dst.open("xl/sharedStrings.xml", "w") as fh:
            fh.write(b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>')
            for _ in range(size >> 20):
                fh.write(b"A" * (1 << 20))
            fh.write(b"</t></si></sst>")
    return path


def test_a_workbook_that_expands_is_refused_before_parsing(tmp_path: Path, monkeypatch) -> None:
    import openpyxl

    bomb = _workbook_with_shared_string(tmp_path / "people.xlsx", 64 << 20)
    assert bomb.stat().st_size < 200_000
    monkeypatch.setattr(openpyxl, "load_workbook", lambda *a, **k: pytest.fail("parsed"))
    with pytest.raises(SheetError, match=r"xl/sharedStrings.xml.*expands"):
        read_sheet(bomb)


def test_a_workbook_part_above_the_size_limit_is_refused(tmp_path: Path, monkeypatch) -> None:
    from facilitator_app.services import people_files

    monkeypatch.setattr(people_files, "MAX_XLSX_PART_BYTES", 1000)
    wb = _workbook_with_shared_string(tmp_path / "people.xlsx", 1 << 20)
    with pytest.raises(SheetError, match="at most 0 MB"):
        read_sheet(wb)


def test_a_file_above_the_size_limit_is_refused_unread(tmp_path: Path, monkeypatch) -> None:
    from facilitator_app.services import people_files

    monkeypatch.setattr(people_files, "MAX_FILE_BYTES", 10)
    (tmp_path / "big.csv").write_text("name\nAnna Berg\n")
    with pytest.raises(SheetError, match="at most 0 MB"):
        read_sheet(tmp_path / "big.csv")


def test_a_nul_byte_anywhere_is_refused_with_its_row(tmp_path: Path) -> None:
    rows = "name;email\n" + "".join(f"Person {i};p{i}@x.se\n" for i in range(1, 2000))
    data = rows.encode() + b"Eve\x00;eve@x.se\n"
    assert b"\x00" not in data[:4096]
    with pytest.raises(SheetError, match="row 2001 holds a NUL byte"):
        read_csv_bytes(data, "people.csv")


def test_reading_reports_progress_and_can_be_cancelled(tmp_path: Path) -> None:
    from facilitator_app.services.people_files import Cancelled

    path = tmp_path / "people.csv"
    path.write_text("name\n" + "".join(f"Person {i}\n" for i in range(5000)), encoding="utf-8")
    seen: list[tuple[int, int]] = []
    sheet = read_sheet(path, progress=lambda done, total: seen.append((done, total)))
    assert len(sheet.rows) == 5000
    assert seen[-1] == (5001, 5001)
    assert any(0 < done < total for done, total in seen)
    calls = []

    def cancel() -> bool:
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(Cancelled, match="cancelled"):
        read_sheet(path, cancel=cancel)


def test_reading_a_workbook_can_be_cancelled(tmp_path: Path) -> None:
    from facilitator_app.services.people_files import Cancelled

    book = Workbook()
    for i in range(1200):
        book.active.append([f"Person {i}"])
    book.save(tmp_path / "people.xlsx")
    seen: list[tuple[int, int]] = []
    read_sheet(tmp_path / "people.xlsx", progress=lambda d, t: seen.append((d, t)))
    assert (500, 1200) in seen
    with pytest.raises(Cancelled):
        read_sheet(tmp_path / "people.xlsx", cancel=lambda: bool(seen))
