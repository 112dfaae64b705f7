"""Reading participant lists (CSV in UTF-8, UTF-8 with BOM or Windows-1252, comma, semicolon
or tab; XLSX through openpyxl) and writing room plans (CSV, JSON, Zoom's breakout
pre-assignment CSV, a printable HTML room list)."""

from __future__ import annotations

import csv
import html
import io
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..domain.model import Person
from ..domain.rooms import Quality, RoundPlan
from .atomic import write_atomic
from .report_files import write_csv

MAX_ROWS = 100_000


class SheetError(ValueError):
    """A participant file that cannot be read; the message names the file and the problem."""


@dataclass(frozen=True, slots=True)
class Sheet:
    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    encoding: str  # what the file turned out to be, for the preview ("UTF-8", "Windows-1252", "XLSX")
    delimiter: str = ""


def read_sheet(path: Path) -> Sheet:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SheetError(f"{path.name}: cannot be read ({exc.strerror or exc})") from exc
    if path.suffix.lower() in (".xlsx", ".xlsm") or data[:2] == b"PK":
        return _read_xlsx(path, data)
    return read_csv_bytes(data, path.name)


def read_csv_bytes(data: bytes, name: str = "the file") -> Sheet:
    if not data.strip():
        raise SheetError(f"{name} is empty")
    if b"\x00" in data[:4096]:
        raise SheetError(f"{name} is not a text file (UTF-16 or binary?): save it as CSV UTF-8 or XLSX")
    if data.startswith(b"\xef\xbb\xbf"):
        text, encoding = data[3:].decode("utf-8", errors="replace"), "UTF-8 with BOM"
    else:
        try:
            text, encoding = data.decode("utf-8"), "UTF-8"
        except UnicodeDecodeError:
            text, encoding = data.decode("cp1252", errors="replace"), "Windows-1252"
    sample = "\n".join(text.splitlines()[:20])
    counts = {d: sample.count(d) for d in (";", ",", "\t")}
    delimiter = max(counts, key=lambda d: counts[d]) if any(counts.values()) else ","
    try:
        table = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True))
    except csv.Error as exc:
        raise SheetError(f"{name}: not a readable CSV file ({exc})") from exc
    # Blank rows stay, so row numbers in messages match the spreadsheet.
    while table and not any(cell.strip() for cell in table[-1]):
        table.pop()
    if not table:
        raise SheetError(f"{name} has no rows")
    if len(table) > MAX_ROWS:
        raise SheetError(f"{name} has {len(table)} rows; at most {MAX_ROWS} are read")
    headers = tuple(h.strip() for h in table[0])
    return Sheet(headers, tuple(tuple(r) for r in table[1:]), encoding, delimiter)


def _read_xlsx(path: Path, data: bytes) -> Sheet:
    from openpyxl import load_workbook  # type: ignore[import-untyped]  # only when a workbook is opened

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise SheetError(f"{path.name}: not a readable Excel workbook ({type(exc).__name__}: {exc})") from exc
    try:
        sheet = book.worksheets[0]
        table = []
        for row in sheet.iter_rows(values_only=True):
            table.append(tuple("" if v is None else _text(v) for v in row))
            if len(table) > MAX_ROWS:
                raise SheetError(f"{path.name} has more than {MAX_ROWS} rows")
    finally:
        book.close()
    while table and not any(c.strip() for c in table[-1]):
        table.pop()
    if not table:
        raise SheetError(f"{path.name}: the first sheet is empty")
    return Sheet(tuple(h.strip() for h in table[0]), tuple(table[1:]), "XLSX")


def _text(value: object) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(value)


# ---------------------------------------------------------------- writing plans


def plan_rows(rounds: Sequence[tuple[str, RoundPlan]], people: Mapping[str, Person]) -> list[list[str]]:
    """round,room,name,email rows; ``rounds`` pairs a round label with its rooms."""
    out = []
    for label, rnd in rounds:
        for room in rnd:
            for pid in room.members:
                p = people.get(pid)
                out.append([label, room.name, p.name if p else pid, p.email if p else ""])
    return out


def write_plan_csv(
    path: Path, rounds: Sequence[tuple[str, RoundPlan]], people: Mapping[str, Person], *, lang: str = "en"
) -> None:
    write_csv(path, [["round", "room", "name", "email"], *plan_rows(rounds, people)], lang=lang)


def write_plan_json(
    path: Path, rounds: Sequence[tuple[str, RoundPlan]], people: Mapping[str, Person], quality: Quality | None
) -> None:
    doc = {
        "rounds": [
            {
                "round": label,
                "rooms": [
                    {
                        "name": room.name,
                        "host": people[room.host].name if room.host and room.host in people else room.host,
                        "people": [
                            {"name": people[m].name, "email": people[m].email} if m in people else {"name": m}
                            for m in room.members
                        ],
                    }
                    for room in rnd
                ],
            }
            for label, rnd in rounds
        ],
        "quality": None if quality is None else {k: getattr(quality, k) for k in Quality.__slots__},
    }
    write_atomic(path, json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8"))


def write_zoom_csv(path: Path, rnd: RoundPlan, people: Mapping[str, Person]) -> list[str]:
    """Zoom's breakout pre-assignment file; returns the names left out for lack of an e-mail."""
    rows = [["Pre-assign Room Name", "Email Address"]]
    missing = []
    for room in rnd:
        for pid in room.members:
            p = people.get(pid)
            if p is None or not p.email:
                missing.append(p.name if p else pid)
                continue
            rows.append([room.name, p.email])
    write_csv(path, rows)  # Zoom reads comma-separated UTF-8 (its own template's form)
    return missing


def room_list_html(title: str, rounds: Sequence[tuple[str, RoundPlan]], people: Mapping[str, Person]) -> str:
    """A printable room list: one section per round, a table per room, hosts marked."""
    parts = [
        "<html><head><meta charset='utf-8'><style>"
        "body{font-family:sans-serif} h2{page-break-before:always} h2:first-of-type{page-break-before:auto}"
        " table{border-collapse:collapse;margin:0 1em 1em 0;display:inline-table;vertical-align:top}"
        " th,td{border:1px solid #999;padding:3px 8px;text-align:left}"
        "</style></head><body>",
        f"<h1>{html.escape(title)}</h1>",
    ]
    for label, rnd in rounds:
        parts.append(f"<h2>{html.escape(label)}</h2>")
        for room in rnd:
            parts.append(f"<table><tr><th colspan='2'>{html.escape(room.name)}</th></tr>")
            for pid in room.members:
                p = people.get(pid)
                name = p.name if p else pid
                org = p.organisation if p else ""
                mark = " ★" if pid == room.host else ""
                parts.append(f"<tr><td>{html.escape(name)}{mark}</td><td>{html.escape(org)}</td></tr>")
            parts.append("</table>")
    parts.append("<p>★ host</p></body></html>")
    return "".join(parts)
