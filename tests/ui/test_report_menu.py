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


def _save_as(window: MainWindow, qtbot, path: Path) -> None:
    """Type the path into the save dialog that is open and press Enter."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog, QLineEdit

    dialogs = [d for d in window.findChildren(QFileDialog) if d.isVisible()]
    assert len(dialogs) == 1
    edit = dialogs[0].findChild(QLineEdit, "fileNameEdit")
    assert edit is not None
    edit.selectAll()
    qtbot.keyClicks(edit, str(path))
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialogs[0].isVisible(), timeout=2000)


def test_print_run_sheet_asks_for_role_person_day_and_paper(window: MainWindow, qtbot, tmp_path: Path) -> None:
    from PySide6.QtCore import Qt

    from facilitator_app.domain.runsheet import lead_names
    from facilitator_app.ui.reports.runsheet_dialog import RunSheetDialog

    window.command_actions["report.runsheet"].trigger()
    dialog = window.findChild(RunSheetDialog)
    assert dialog is not None and dialog.isVisible()
    assert not dialog.person.isEnabled() and dialog.ok.isEnabled()  # the producer's sheet needs nobody
    dialog.role.setFocus()
    qtbot.keyClick(dialog.role, Qt.Key.Key_Down)  # host
    assert dialog.person.isEnabled() and dialog.person.count() >= 1
    qtbot.keyClick(dialog.role, Qt.Key.Key_Down)  # speaker
    speaker = lead_names(window.state.show)[0]
    assert dialog.person.currentText() == speaker
    qtbot.keyClick(dialog.day, Qt.Key.Key_Down)  # day 1
    qtbot.keyClick(dialog.paper, Qt.Key.Key_Down)  # Letter
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    out = tmp_path / "speaker.pdf"
    _save_as(window, qtbot, out)
    reader = pypdf.PdfReader(str(out))
    assert round(float(reader.pages[0].mediabox.width)) == 612  # Letter
    body = text(out)
    day1 = window.state.show.days[0]
    mine = [s.title for s in day1.segments if speaker in s.lead]
    others = [s.title for d in window.state.show.days for s in d.segments if speaker not in s.lead]
    assert mine and all(t in body for t in mine)
    assert not any(t in body for t in others if len(t) > 12)
    assert str(out) in window.statusBar().currentMessage()


def test_export_calendar_from_the_file_menu(window: MainWindow, qtbot, tmp_path: Path) -> None:
    icalendar = pytest.importorskip("icalendar")
    file_menu = window.menuBar().actions()[0].menu()
    assert window.command_actions["report.ics"] in file_menu.actions()
    window.command_actions["report.ics"].trigger()
    out = tmp_path / "show.ics"
    _save_as(window, qtbot, out)
    events = list(icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT"))
    assert len(events) == sum(len(d.segments) for d in window.state.show.days)
    assert str(out) in window.statusBar().currentMessage()


def _save_dialog(window: MainWindow):
    from PySide6.QtWidgets import QFileDialog

    dialogs = [d for d in window.findChildren(QFileDialog) if d.isVisible()]
    assert len(dialogs) == 1
    return dialogs[0]


def test_event_report_suffix_follows_the_chosen_type(window: MainWindow, qtbot, tmp_path: Path) -> None:
    """A name typed without a suffix is written as the chosen type (it was always XLSX: the
    last filter's suffix); choosing Excel changes the suggested name's .pdf to .xlsx."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QComboBox, QLineEdit

    window.command_actions["report.event"].trigger()
    dialog = _save_dialog(window)
    assert ":" not in dialog.findChild(QLineEdit, "fileNameEdit").text()  # "Kickoff: …" saves anywhere
    _save_as(window, qtbot, tmp_path / "noext")
    assert (tmp_path / "noext.pdf").exists() and not (tmp_path / "noext.xlsx").exists()
    assert text(tmp_path / "noext.pdf").startswith(window.state.show.title) or "Event report" in text(
        tmp_path / "noext.pdf"
    )

    window.command_actions["report.event"].trigger()
    dialog = _save_dialog(window)
    types = dialog.findChild(QComboBox, "fileTypeCombo")
    assert types is not None
    types.setFocus()
    qtbot.keyClick(types, Qt.Key.Key_Down)  # Excel
    name = dialog.findChild(QLineEdit, "fileNameEdit")
    assert name.text().endswith(".xlsx")
    suggested = Path(name.text()).name
    name.setFocus()  # as a click in the field
    name.selectAll()
    qtbot.keyClicks(name, str(tmp_path / suggested))  # (here, not in the home folder)
    qtbot.keyClick(name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    assert (tmp_path / suggested).read_bytes()[:2] == b"PK", "an XLSX (a zip), as the name says"


def test_a_fault_in_a_report_is_said_and_the_console_runs_on(
    window: MainWindow, qtbot, tmp_path: Path, monkeypatch, caplog
) -> None:
    """Review finding: only file errors were caught; any other exception left the save
    dialog's slot and the producer got no file and no word."""
    from facilitator_app.ui.reports import event_pdf

    def broken(*_a: object, **_k: object) -> tuple[str, int]:
        raise ValueError("a fault in the report's own code")

    monkeypatch.setattr(event_pdf, "write_event_pdf", broken)
    out = tmp_path / "report.pdf"
    window.command_actions["report.event"].trigger()  # File → Event report…, then the save dialog
    _save_as(window, qtbot, out)
    said = window.statusBar().currentMessage()
    assert str(out) in said and "ValueError" in said and "log" in said
    assert "a fault in the report's own code" in caplog.text
    assert not out.exists()


def test_the_next_save_dialog_opens_where_the_last_file_went(
    window: MainWindow, qtbot, tmp_path: Path, monkeypatch
) -> None:
    """Exports one after another land in one folder: each dialog starts where the last file
    was saved (it always started in the home folder)."""
    folder = tmp_path / "exports"
    folder.mkdir()
    window.command_actions["report.ics"].trigger()
    _save_as(window, qtbot, folder / "show.ics")
    window.command_actions["report.event"].trigger()
    dialog = _save_dialog(window)
    assert Path(dialog.directory().absolutePath()) == folder
    dialog.reject()

    # the side windows' exports too (they started in the working folder)
    from PySide6.QtWidgets import QFileDialog

    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: asked.append(a[2]) or ("", ""))
    window.show_polls(activate=False)
    polls = window.polls_window
    assert polls is not None
    polls.btn_export.menu().actions()[0].trigger()  # All results (CSV)…
    assert asked and Path(asked[0]).parent == folder
