"""File → Export calendar (ICS)… writes the calendar in the UI's language, as the run sheet
and the event report are (issue 17 rehearsal, item 8)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from facilitator_app.ui.shell.main_window import MainWindow

from .test_report_menu import _save_as


@pytest.fixture
def swedish(qapp: QApplication) -> Iterator[None]:
    from facilitator_app.app import _install_translations

    old = QLocale()
    keep = _install_translations(qapp, "sv")
    assert keep, "the Swedish translations did not load"
    yield
    for translator in keep:
        qapp.removeTranslator(translator)  # type: ignore[arg-type]
    QLocale.setDefault(old)


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
