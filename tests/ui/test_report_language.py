"""File → Export calendar (ICS)… writes the calendar in the UI's language, as the run sheet
and the event report are (issue 17 rehearsal, item 8)."""

from __future__ import annotations

from pathlib import Path

import pytest

from facilitator_app.ui.shell.main_window import MainWindow

from .test_report_menu import _save_as


def test_calendar_from_a_swedish_console_is_swedish(swedish: None, window: MainWindow, qtbot, tmp_path: Path) -> None:
    icalendar = pytest.importorskip("icalendar")
    window.command_actions["report.ics"].trigger()
    out = tmp_path / "show.ics"
    _save_as(window, qtbot, out)
    events = list(icalendar.Calendar.from_ical(out.read_bytes()).walk("VEVENT"))
    first = window.state.show.days[0].segments[0]
    description = next(str(e["DESCRIPTION"]) for e in events if str(e["SUMMARY"]) == first.title)
    assert f"Ansvarig: {first.lead}" in description and "Plenum" in description
    text = out.read_text(encoding="utf-8")
    assert "Lead:" not in text and "plenary" not in text.casefold()
