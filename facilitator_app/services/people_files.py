"""Reading participant lists (CSV in UTF-8, UTF-8 with BOM or Windows-1252, comma, semicolon
or tab; XLSX through openpyxl) and writing room plans (CSV, JSON, Zoom's breakout
pre-assignment CSV, a printable HTML room list)."""

from __future__ import annotations

import csv
import html
import io
import json
import zipfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import fields
from pathlib import Path

from ..domain.frozen import Frozen, record
from ..domain.model import Person
from ..domain.rooms import Quality, RoundPlan
from .atomic import write_atomic
from .report_files import write_csv

MAX_ROWS = 100_000
# A participant list or a poll report of 100,000 rows is a few MB; these limits refuse a
# file that would expand to gigabytes before anything is parsed.
MAX_FILE_BYTES = 64 * 1024 * 1024  # a CSV, or an XLSX as stored
MAX_XLSX_PART_BYTES = 128 * 1024 * 1024  # one part of a workbook, uncompressed
MAX_XLSX_TOTAL_BYTES = 256 * 1024 * 1024  # all parts, uncompressed
MAX_XLSX_RATIO = 100  # uncompressed / compressed, per part (past the first MiB)
_RATIO_GRACE = 1024 * 1024

Progress = Callable[[int, int], None]  # (done, total): rows, or bytes while reading
CancelFlag = Callable[[], bool]  # true: stop; a threading.Event's is_set will do


class SheetError(ValueError):
    """A participant file that cannot be read; the message names the file and the problem."""


class Cancelled(SheetError):
    """Reading was cancelled by the person (the import dialog's Cancel)."""


@record
class Sheet(Frozen):
    """A participant file read as a table of text, before its columns are mapped to people."""

    headers: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    encoding: str  # what the file turned out to be, for the preview ("UTF-8", "Windows-1252", "XLSX")
    delimiter: str = ""


def _never() -> bool:
    return False


def _ignore(done: int, total: int) -> None:
    return None


def read_sheet(path: Path, progress: Progress | None = None, cancel: CancelFlag | None = None) -> Sheet:
    """A participant list or a report, CSV or XLSX. Safe to call off the GUI thread:
    ``progress(done, total)`` is called as rows are read, and ``cancel()`` returning true
    stops the read with :class:`Cancelled`. Files that would expand beyond the limits are
    refused before parsing."""
    progress = progress or _ignore
    cancel = cancel or _never
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise SheetError(f"{path.name} is not a regular file")
        if size > MAX_FILE_BYTES:
            raise SheetError(
                f"{path.name} is {size / 1024 / 1024:.0f} MB; at most {MAX_FILE_BYTES // 1024 // 1024} MB are read"
            )
        data = _read_limited(path, progress, cancel)
    except OSError as exc:
        raise SheetError(f"{path.name}: cannot be read ({exc.strerror or exc})") from exc
    if path.suffix.lower() in (".xlsx", ".xlsm") or data[:2] == b"PK":
        return _read_xlsx(path, data, progress, cancel)
    return read_csv_bytes(data, path.name, progress, cancel)


def _read_limited(path: Path, progress: Progress, cancel: CancelFlag) -> bytes:
    """The file's bytes, at most MAX_FILE_BYTES (a file that grows while read is cut there)."""
    chunks = []
    done = 0
    total = max(1, path.stat().st_size)
    with open(path, "rb") as fh:
        while True:
            if cancel():
                raise Cancelled(f"reading {path.name} was cancelled")
            chunk = fh.read(1024 * 1024)
            if not chunk:
                break
            done += len(chunk)
            if done > MAX_FILE_BYTES:
                raise SheetError(f"{path.name} is larger than {MAX_FILE_BYTES // 1024 // 1024} MB")
            chunks.append(chunk)
            progress(0, total)  # rows are not known yet: 0 of them while the bytes come
    return b"".join(chunks)


def check_workbook(data: bytes, name: str) -> None:
    """Refuse a workbook whose parts expand beyond the limits, from the zip directory and
    before any XML is parsed (a 1.5 MB file can hold a 1.5 GB shared string)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError) as exc:
        raise SheetError(f"{name}: not a readable Excel workbook ({exc})") from exc
    total = 0
    for info in infos:
        total += info.file_size
        if info.file_size > MAX_XLSX_PART_BYTES:
            raise SheetError(
                f"{name}: the part {info.filename!r} expands to {info.file_size / 1024 / 1024:.0f} MB; "
                f"at most {MAX_XLSX_PART_BYTES // 1024 // 1024} MB are read"
            )
        if info.file_size > _RATIO_GRACE and info.file_size > MAX_XLSX_RATIO * max(1, info.compress_size):
            raise SheetError(
                f"{name}: the part {info.filename!r} expands {info.file_size // max(1, info.compress_size)} times "
                f"(at most {MAX_XLSX_RATIO}); it is not a workbook a spreadsheet program writes"
            )
    if total > MAX_XLSX_TOTAL_BYTES:
        raise SheetError(
            f"{name} expands to {total / 1024 / 1024:.0f} MB; "
            f"at most {MAX_XLSX_TOTAL_BYTES // 1024 // 1024} MB are read"
        )


def read_csv_bytes(
    data: bytes, name: str = "the file", progress: Progress | None = None, cancel: CancelFlag | None = None
) -> Sheet:
    progress = progress or _ignore
    cancel = cancel or _never
    if not data.strip():
        raise SheetError(f"{name} is empty")
    if b"\x00" in data[:4096]:
        raise SheetError(f"{name} is not a text file (UTF-16 or binary?): save it as CSV UTF-8 or XLSX")
    nul = data.find(b"\x00")
    if nul >= 0:
        row = data.count(b"\n", 0, nul) + 1
        raise SheetError(f"{name}: row {row} holds a NUL byte; it is not a text file (save it as CSV UTF-8 or XLSX)")
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
    total = max(1, text.count("\n") + 1)
    table: list[list[str]] = []
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
        for cells in reader:
            table.append(cells)
            if len(table) % 1000 == 0:
                if cancel():
                    raise Cancelled(f"reading {name} was cancelled")
                progress(len(table), total)
            if len(table) > MAX_ROWS + 1:
                raise SheetError(f"{name} has more than {MAX_ROWS} rows; at most {MAX_ROWS} are read")
    except csv.Error as exc:
        raise SheetError(f"{name}: not a readable CSV file ({exc})") from exc
    progress(len(table), len(table))
    # Blank rows stay, so row numbers in messages match the spreadsheet.
    while table and not any(cell.strip() for cell in table[-1]):
        table.pop()
    if not table:
        raise SheetError(f"{name} has no rows")
    headers = tuple(h.strip() for h in table[0])
    return Sheet(headers, tuple(tuple(r) for r in table[1:]), encoding, delimiter)


def _read_xlsx(path: Path, data: bytes, progress: Progress, cancel: CancelFlag) -> Sheet:
    from openpyxl import load_workbook  # type: ignore[import-untyped]  # only when a workbook is opened

    check_workbook(data, path.name)

    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a damaged file
        raise SheetError(f"{path.name}: not a readable Excel workbook ({type(exc).__name__}: {exc})") from exc
    try:
        sheet = book.worksheets[0]
        total = max(1, min(sheet.max_row or 1, MAX_ROWS))
        table = []
        for row in sheet.iter_rows(values_only=True):
            table.append(tuple("" if v is None else _text(v) for v in row))
            if len(table) % 500 == 0:
                if cancel():
                    raise Cancelled(f"reading {path.name} was cancelled")
                progress(len(table), total)
            if len(table) > MAX_ROWS:
                raise SheetError(f"{path.name} has more than {MAX_ROWS} rows")
        progress(len(table), len(table))
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
        "quality": None if quality is None else {f.name: getattr(quality, f.name) for f in fields(Quality)},
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


def room_list_html(
    title: str,
    rounds: Sequence[tuple[str, RoundPlan]],
    people: Mapping[str, Person],
    *,
    host_word: str = "host",
    columns: int = 2,
) -> str:
    """A printable room list: one page per round (the first under the title), its rooms
    side by side in ``columns`` columns, names large enough to read from a lectern, hosts
    marked. Sizes are in points: the PDF writer lays them out at the page's resolution."""
    cell = "style='padding:2.5pt 8pt 2.5pt 0'"
    parts = [
        "<html><head><meta charset='utf-8'><style>"
        "body{font-family:sans-serif;font-size:12pt} h1{font-size:20pt;margin:0 0 4pt 0}"
        " h2{font-size:15pt;margin:10pt 0 6pt 0} th{font-size:13pt;text-align:left;padding:0 0 3pt 0}"
        " p.key{font-size:9.5pt;color:#555}"
        "</style></head><body>",
        f"<h1>{html.escape(title)}</h1>",
    ]
    for index, (label, rnd) in enumerate(rounds):
        brk = " style='page-break-before:always'" if index else ""
        parts.append(f"<h2{brk}>{html.escape(label)}</h2>")
        parts.append("<table width='100%' cellspacing='0' cellpadding='0'>")
        rooms = list(rnd)
        for row_start in range(0, len(rooms), columns):
            parts.append("<tr>")
            for room in rooms[row_start : row_start + columns]:
                parts.append(
                    f"<td width='{100 // columns}%' valign='top' style='padding:0 12pt 12pt 0'>"
                    f"<table width='100%' cellspacing='0'><tr><th colspan='2'>{html.escape(room.name)}"
                    f" ({len(room.members)})</th></tr>"
                )
                for pid in room.members:
                    p = people.get(pid)
                    name = p.name if p else pid
                    org = p.organisation if p else ""
                    mark = " ★" if pid == room.host else ""
                    parts.append(
                        f"<tr><td {cell}>{html.escape(name)}{mark}</td>"
                        f"<td {cell}><span style='color:#555'>{html.escape(org)}</span></td></tr>"
                    )
                parts.append("</table></td>")
            parts.append("</tr>")
        parts.append("</table>")
    parts.append(f"<p class='key'>★ {html.escape(host_word)}</p></body></html>")
    return "".join(parts)
