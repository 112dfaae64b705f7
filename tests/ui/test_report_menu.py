"""File → Print run sheet… and File → Event report…: the save dialog's path is written and
the status bar says so (expected starts while the show runs)."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

pypdf = pytest.importorskip("pypdf")

from facilitator_app.ui.reports.menu import print_runsheet, write_event_report  # noqa: E402
from facilitator_app.ui.shell.main_window import MainWindow  # noqa: E402


def text(path: Path) -> str:
    reader = pypdf.PdfReader(str(path))
    return " ".join(unicodedata.normalize("NFKC", " ".join(p.extract_text() for p in reader.pages)).split())


def test_menu_entries_write_the_documents(window: MainWindow, tmp_path: Path, qtlog) -> None:
    assert "report.runsheet" in window.command_actions and "report.event" in window.command_actions
    first = window.state.show.days[0].segments[0]
    window.run("live.start", {"segment": first.id})
    sheet = tmp_path / "sheet.pdf"
    assert print_runsheet(window, str(sheet)) == ""
    body = text(sheet)
    assert first.title in body and "expected starts as of" in body
    assert str(sheet) in window.statusBar().currentMessage()
    report = tmp_path / "report.xlsx"
    assert write_event_report(window, str(report)) == "" and report.stat().st_size > 0
    pdf = tmp_path / "report.pdf"
    assert write_event_report(window, str(pdf)) == ""
    assert "Event report" in text(pdf)
    with qtlog.disabled():  # Qt warns that the painter could not begin
        assert print_runsheet(window, str(tmp_path / "missing" / "x.pdf")) != ""
