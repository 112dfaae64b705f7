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
    assert [p.name for p in imported.people] == ["Anna", "Dan"]
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
