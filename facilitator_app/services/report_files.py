"""The one place that writes CSV and XLSX report files, for the whole app.

Cells come from people the producer does not control (open-text poll answers, names in an
imported participant list), so a cell is never written as something a spreadsheet would
run:

- CSV: a text cell that starts with ``=``, ``+``, ``-``, ``@``, tab or carriage return gets
  a leading apostrophe (OWASP's CSV-injection rule); Excel and LibreOffice then show the
  text as it was typed and evaluate nothing. Numbers stay numbers.
- XLSX: every text cell is written as a string (``data_type 's'``), never a formula, so no
  escaping is needed and the text is kept exactly.

CSV is UTF-8 with a BOM (Excel then reads å, ä, ö). ``lang="sv"`` writes what Swedish
Excel opens by double-click: ``;`` between fields and a decimal comma; ``"en"`` writes
``,`` and ``.``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from datetime import date, time
from pathlib import Path
from zoneinfo import ZoneInfo

from ..domain.report import ActualRow, csv_rows
from .atomic import write_atomic

Cell = object
Rows = Iterable[Sequence[Cell]]

_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> str | int | float:
    """A cell as it may be written: numbers as numbers, text with a leading apostrophe when a
    spreadsheet would otherwise read it as a formula."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return value
    text = str(value)
    if text.startswith(_TRIGGERS):
        return "'" + text
    return text


def _csv_cell(value: object, decimal_comma: bool) -> str | int:
    cell = neutralise(value)
    if isinstance(cell, float):
        text = repr(cell)
        return text.replace(".", ",") if decimal_comma else text
    return cell


def csv_bytes(rows: Rows, *, lang: str = "en") -> bytes:
    """Rows as CSV bytes (UTF-8 with BOM, CRLF), every cell neutralised."""
    swedish = lang == "sv"
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, delimiter=";" if swedish else ",", lineterminator="\r\n")
    for row in rows:
        writer.writerow([_csv_cell(v, swedish) for v in row])
    return b"\xef\xbb\xbf" + buf.getvalue().encode("utf-8")


def write_csv(path: Path, rows: Rows, *, lang: str = "en") -> None:
    """Write rows as CSV, atomically (readers see the old file or the whole new one)."""
    write_atomic(path, csv_bytes(rows, lang=lang))


def xlsx_bytes(sheets: Mapping[str, Rows], *, widths: Mapping[str, Sequence[float]] | None = None) -> bytes:
    from openpyxl import Workbook  # type: ignore[import-untyped]  # only when a workbook is written
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE  # type: ignore[import-untyped]
    from openpyxl.cell.cell import Cell as XlCell

    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title=title[:31] or "Sheet")
        for row in rows:
            cells = []
            for value in row:
                cell = XlCell(sheet)
                if value is None:
                    cell.value = None
                elif (isinstance(value, int | float) and not isinstance(value, bool)) or isinstance(value, date | time):
                    cell.value = value
                else:
                    # openpyxl makes a text that starts with "=" a live formula (and "#N/A" an
                    # error): the type is set back to a string after the value.
                    cell.value = ILLEGAL_CHARACTERS_RE.sub("", str(value))
                    cell.data_type = "s"
                cells.append(cell)
            sheet.append(cells)
        sheet.freeze_panes = "A2"
        for letter, width in zip("ABCDEFGHIJKLMNOPQRSTUVWXYZ", (widths or {}).get(title, ()), strict=False):
            sheet.column_dimensions[letter].width = width
    if not book.worksheets:
        book.create_sheet("Sheet")
    buf = io.BytesIO()
    book.save(buf)
    return buf.getvalue()


def write_xlsx(path: Path, sheets: Mapping[str, Rows], *, widths: Mapping[str, Sequence[float]] | None = None) -> None:
    """Write one sheet per entry; text is always a string cell, never a formula."""
    write_atomic(path, xlsx_bytes(sheets, widths=widths))


# ---------------------------------------------------------------- planned vs actual

_MINUTE_COLUMNS = frozenset({5, 8, 9, 10, 11, 12})  # planned, actual, start delta, length delta, added, paused


def actuals_rows(rows: Sequence[ActualRow], tz: ZoneInfo) -> list[list[object]]:
    """Planned vs actual for a spreadsheet: minutes as numbers (a late start is -2.5, a
    number, not text to neutralise), titles and leads as text."""
    table: list[list[object]] = []
    for i, row in enumerate(csv_rows(list(rows), tz)):
        if i == 0:
            table.append(list(row))
            continue
        table.append([float(v) if c in _MINUTE_COLUMNS and v else v for c, v in enumerate(row)])
    return table


def write_actuals_csv(path: Path, rows: Sequence[ActualRow], tz: ZoneInfo, *, lang: str = "en") -> None:
    """The planned-vs-actual export (Ctrl+E), neutralised like every other report."""
    write_csv(path, actuals_rows(rows, tz), lang=lang)
