"""The one writer of report files (CSV and XLSX) for every export of the app.

Every cell that starts like a formula is neutralised (OWASP's CSV-injection rule), CSV is
UTF-8 with a BOM, and in Swedish it is what Swedish Excel opens by double-click
(semicolons, decimal commas). XLSX cells are written as values, never as formulas.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

from .atomic import write_atomic

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

Rows = Iterable[Sequence[object]]


def neutralise(value: object) -> object:
    """A text cell that a spreadsheet would run as a formula gets a leading apostrophe."""
    if isinstance(value, bool) or value is None:
        return "" if value is None else str(value)
    if isinstance(value, int | float):
        return value
    text = str(value)
    return "'" + text if text.startswith(FORMULA_START) else text


def _csv_cell(value: object, lang: str) -> str:
    cell = neutralise(value)
    if isinstance(cell, float):
        text = f"{cell:g}" if abs(cell) >= 1e16 else repr(round(cell, 10)).rstrip("0").rstrip(".")
        return text.replace(".", ",") if lang == "sv" else text
    return str(cell)


def csv_bytes(rows: Rows, *, lang: str = "en") -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";" if lang == "sv" else ",", lineterminator="\r\n")
    for row in rows:
        writer.writerow([_csv_cell(v, lang) for v in row])
    return buffer.getvalue().encode("utf-8-sig")


def write_csv(path: Path, rows: Rows, *, lang: str = "en") -> None:
    write_atomic(path, csv_bytes(rows, lang=lang))


def write_xlsx(path: Path, sheets: Mapping[str, Rows]) -> None:
    from openpyxl import Workbook  # type: ignore[import-untyped]  # imported when used

    book = Workbook()
    book.remove(book.active)
    for title, rows in sheets.items():
        sheet = book.create_sheet(title[:31] or "Sheet")
        for r, row in enumerate(rows, start=1):
            for c, value in enumerate(row, start=1):
                cell = sheet.cell(row=r, column=c)
                cleaned = neutralise(value)
                cell.value = cleaned
                if isinstance(cleaned, str):
                    cell.data_type = "s"
    buffer = io.BytesIO()
    book.save(buffer)
    write_atomic(path, buffer.getvalue())
