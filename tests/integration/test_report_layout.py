"""The printed documents' layout and words (issue 17 rehearsal, items 5-8 and 12): the right
speaker or host for a part of a name (exit 2 naming the candidates otherwise), no page of
only spacing and no heading alone at a page's foot (read back with pypdf), no English in
the Swedish calendar, the event's own time zone, no bare table header, plain plurals."""

# ruff: noqa: F811  (session_dir is test_reports' module fixture, imported to share its session)
from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

pypdf = pytest.importorskip("pypdf")
icalendar = pytest.importorskip("icalendar")

from facilitator_app.app import main  # noqa: E402
from facilitator_app.domain.runsheet import RunSheetError, _is_lead, build, lead_names  # noqa: E402

from .test_reports import flat, pdf_text, session_dir, state_of  # noqa: E402,F401

NOW = datetime(2026, 12, 1, 15, 9, tzinfo=UTC)  # 16:09 in Stockholm


def runsheet(session: Path, out: Path, *args: str) -> list[str]:
    return ["report", "runsheet", str(session), "--out", str(out), *args]


# --- 5: the speaker (or host) meant by a part of a name ------------------------------------


def test_speaker_by_part_of_name_is_the_lead_not_a_participant(session_dir: Path, tmp_path: Path, capsys, qapp) -> None:
    state = state_of(session_dir)
    karin = [s for d in state.show.days for s in d.segments if s.lead == "Karin Lindqvist"]
    assert len(karin) == 6 and any(p.name == "Karin Nyström" for p in state.show.people)  # the trap
    out = tmp_path / "karin.pdf"
    assert main(runsheet(session_dir, out, "--role", "speaker", "--person", "Karin")) == 0
    assert "3 days, 6 segments" in capsys.readouterr().out
    body = flat(pdf_text(out)[0])
    assert "Speaker's sheet: Karin Lindqvist" in body and "Karin Nyström" not in body
    assert all(flat(s.title) in body for s in karin)


@pytest.mark.parametrize(
    ("person", "words"),
    [
        ("Nobody At All", ["no speaker called 'Nobody At All'", "Karin Lindqvist", "Sara Nyström"]),
        ("berg", ["could mean more than one speaker", "Anders Öberg", "Eva Sjöberg", "Johan Bergström"]),
        ("Room hosts", ["no speaker called 'Room hosts'"]),
    ],
)
def test_unknown_or_ambiguous_speaker_exits_2_naming_the_candidates(
    session_dir: Path, tmp_path: Path, capsys, qapp, person: str, words: list[str]
) -> None:
    out = tmp_path / "x.pdf"
    assert main(runsheet(session_dir, out, "--role", "speaker", "--person", person)) == 2
    err = capsys.readouterr().err
    assert all(w in err for w in words), err
    assert not out.exists()


def test_speakers_are_people_not_groups_and_whole_names() -> None:
    from facilitator_app.services.templates import instantiate, load_template

    show = instantiate(load_template(), datetime(2026, 12, 1).date())
    names = lead_names(show)
    assert "Room hosts" not in names and "Karin Lindqvist" in names and "Sara Nyström" in names
    assert not _is_lead("Anna Berg", "Ann") and _is_lead("Anna Berg & Ann Lind", "ann lind")


def test_host_by_part_of_name_among_hosts_and_named_once(session_dir: Path, tmp_path: Path, capsys, qapp) -> None:
    state = state_of(session_dir)
    hosted = [(seg, r) for seg, rooms in state.rooms.plans.items() for r in rooms if r.host]
    _seg, room = hosted[0]
    host = next(p for p in state.show.people if p.id == room.host)
    first = host.name.split()[0]
    others = [p for p in state.show.people if first in p.name and p.id != host.id]
    hosts = {p.id for p in state.show.people if p.host} | {r.host for _s, r in hosted}
    assert not any(p.id in hosts for p in others)  # the part names one host, whoever else has it
    sheet = build(state, NOW, role="host", person=first)
    assert sheet.person == host.name
    lines = [line for d in sheet.days for e in d.entries for line in e.rooms if line.name == room.name]
    assert lines and all(host.name not in line.members for line in lines)  # "host: X" and not again
    out = tmp_path / "host.pdf"
    assert main(runsheet(session_dir, out, "--role", "host", "--person", first, "--day", "1")) == 0
    body = flat(pdf_text(out)[0])
    assert f"host: {host.name}: {host.name}" not in body and f"host: {host.name}" in body
    with pytest.raises(RunSheetError, match="no host called"):
        build(state, NOW, role="host", person="Karin Lindqvist")  # a speaker, not a host


# --- 6 and 7: pagination -------------------------------------------------------------------


def test_paginate_drops_spacing_at_a_page_edge_and_keeps_a_heading_with_its_rows() -> None:
    from facilitator_app.ui.reports.pages import Block, paginate

    def nothing(_p: object, _r: object) -> None:
        return None

    rows = [Block(100, nothing) for _ in range(7)]
    spacer = Block(14, nothing, spacer=True)
    chart = Block(200, nothing, new_page=True)
    pages = paginate([*rows, spacer, chart], 700)
    assert len(pages) == 2 and all(not b.spacer for p in pages for b, _y in p.placed)  # no page of space
    title, header = Block(20, nothing, keep_with_next=True), Block(20, nothing, keep_with_next=True)
    first = Block(20, nothing, keep_with_next=True, header=header)
    table = [title, header, first, Block(20, nothing, header=header), Block(20, nothing, header=header)]
    pages = paginate([Block(650, nothing), *table], 700)
    assert [len(p.placed) for p in pages] == [1, 5] and pages[1].placed[0][0] is title
    pages = paginate([Block(610, nothing), *table], 700)  # title, header and two rows fit: stay
    assert [len(p.placed) for p in pages] == [5, 2] and pages[1].placed[0][0] is header  # header again


def _page_texts(path: Path) -> list[str]:
    return [(page.extract_text() or "") for page in pypdf.PdfReader(str(path)).pages]


def _check_pages(path: Path, header_words: list[str], headings: list[str]) -> None:
    """Every page has text below its running header, and none ends with a heading."""
    for n, text in enumerate(_page_texts(path), start=1):
        lines = [flat(line) for line in text.splitlines() if flat(line)]
        body = [line for line in lines if not any(line.startswith(w) for w in header_words)]
        assert body, f"page {n} of {path.name} has nothing below its header: {lines}"
        assert body[-1] not in headings, f"page {n} of {path.name} ends with the heading {body[-1]!r}"


def _synthetic(tmp_path: Path, filler: float, qapp) -> tuple[Path, list[str]]:
    """A filler of ``filler`` points, a table that runs to about a page's foot, a second table,
    then a block that starts a page (as the poll cards do)."""
    from facilitator_app.domain.event_report import Table
    from facilitator_app.ui.reports import event_pdf
    from facilitator_app.ui.reports.pages import Block, draw_text, font, write_document

    tables = [
        Table("Time per day", ["Day", "Planned", "Actual"], [[f"Day {i}", 10.0 * i, 11.0 * i] for i in range(34)]),
        Table("Late joiners", ["Name", "Minutes late"], [[f"Person {i}", i] for i in range(5)], note="Who came late."),
    ]

    def make(width: float) -> list[Block]:
        out = [Block(filler, lambda p, r: draw_text(p, r.left(), r.top(), r.width(), "Filler text", font(9)))]
        for table in tables:
            out += event_pdf._table_blocks(table, width)
        out.append(Block(200, lambda p, r: draw_text(p, r.left(), r.top(), 200, "Chart card", font(12)), new_page=True))
        return out

    path = tmp_path / f"doc-{filler:.0f}.pdf"
    error, _pages = write_document(path, "Synthetic", make, subtitle="Event report")
    assert error == ""
    return path, [t.title for t in tables]


def test_no_page_of_only_spacing_and_no_heading_at_a_foot_in_the_pdf(tmp_path: Path, qapp) -> None:
    for filler in range(10, 300, 6):  # the table's end and the next heading land everywhere near the foot
        path, headings = _synthetic(tmp_path, float(filler), qapp)
        _check_pages(path, ["Synthetic", "Page ", "Event report"], headings)


@pytest.mark.parametrize(("lang", "paper"), [("en", "a4"), ("sv", "a4"), ("en", "letter"), ("sv", "letter")])
def test_event_report_pages_all_have_content(session_dir: Path, tmp_path: Path, lang: str, paper: str, qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    from facilitator_app.domain.event_report import build
    from facilitator_app.report_cli import _qt
    from facilitator_app.ui.reports.event_pdf import write_event_pdf

    state = state_of(session_dir)
    out = tmp_path / f"event-{lang}-{paper}.pdf"
    with _qt(lang):
        error, _n = write_event_pdf(out, state, NOW, paper=paper)
        headings = [
            flat(t.title) for t in build(state, NOW, lambda s: QCoreApplication.translate("EventReport", s)).tables
        ]
        subtitle = QCoreApplication.translate("EventReport", "Event report")
    assert error == ""
    page = "Page " if lang == "en" else "Sida "
    _check_pages(out, [flat(state.show.title), page, subtitle], headings)


# --- 8 and 12: words ---------------------------------------------------------------------


def test_an_empty_table_prints_its_note_and_no_header(tmp_path: Path, qapp) -> None:
    from facilitator_app.domain.event_report import Table
    from facilitator_app.ui.reports import event_pdf
    from facilitator_app.ui.reports.pages import write_document

    late = Table("Late joiners", ["Name", "Minutes late"], [], note="Nobody joined late.")
    lost = Table("Where time was lost", ["Segment", "Cause", "Minutes"], [])
    out = tmp_path / "empty.pdf"
    error, _n = write_document(out, "T", lambda w: event_pdf._table_blocks(late, w) + event_pdf._table_blocks(lost, w))
    assert error == ""
    body = flat(pdf_text(out)[0])
    assert "Nobody joined late." in body and "Nothing to list." in body
    assert "Minutes late" not in body and "Cause" not in body


def test_written_in_the_events_time_zone(session_dir: Path, tmp_path: Path, qapp) -> None:
    from facilitator_app.report_cli import _qt
    from facilitator_app.ui.reports.event_pdf import write_event_pdf

    out = tmp_path / "event.pdf"
    with _qt("en"):
        assert write_event_pdf(out, state_of(session_dir), NOW)[0] == ""
    first = flat(_page_texts(out)[0])
    assert "Written 2026-12-01 16:09 (Europe/Stockholm)" in first and "UTC" not in first


@pytest.mark.parametrize(
    ("lang", "lead", "kind", "minutes", "category"),
    [("en", "Lead: ", "Plenary", " min", "PLENARY"), ("sv", "Ansvarig: ", "Plenum", " min", "PLENUM")],
)
def test_ics_follows_the_language(
    session_dir: Path, tmp_path: Path, capsys, lang: str, lead: str, kind: str, minutes: str, category: str
) -> None:
    out = tmp_path / f"show-{lang}.ics"
    assert main(["report", "ics", str(session_dir), "--out", str(out), "--lang", lang]) == 0
    assert "26 events" in capsys.readouterr().out
    calendar = icalendar.Calendar.from_ical(out.read_bytes())
    events = [e for e in calendar.walk("VEVENT")]
    state = state_of(session_dir)
    first = state.show.days[0].segments[0]
    event = next(e for e in events if str(e["SUMMARY"]) == first.title)
    description = str(event["DESCRIPTION"])
    assert f"{state.show.days[0].title}: {kind}, {first.duration_s // 60}{minutes}" in description
    assert f"{lead}{first.lead}" in description
    assert category in event.to_ical().decode()
    if lang == "sv":
        text = out.read_text(encoding="utf-8")
        assert "Lead:" not in text and "plenary" not in text.casefold()


def test_ics_default_language_is_english(session_dir: Path, tmp_path: Path) -> None:
    from facilitator_app.domain.ics import ics_text

    text = ics_text(state_of(session_dir), NOW)
    assert "Lead: " in text and "CATEGORIES:PLENARY" in text


def test_cli_says_one_day_one_page_and_a_reason_once(session_dir: Path, tmp_path: Path, capsys, qapp) -> None:
    out = tmp_path / "one.pdf"
    assert main(runsheet(session_dir, out, "--role", "speaker", "--person", "Anders", "--day", "1")) == 0
    said = capsys.readouterr().out
    assert "1 day, 1 segment, 1 page)" in said and "(s)" not in said
    assert main(["report", "ics", str(tmp_path), "--out", str(tmp_path / "x.ics")]) == 2
    err = capsys.readouterr().err
    assert err.count("is not a session folder") == 1, err


def test_poll_results_say_average_in_the_documents_language(session_dir: Path, tmp_path: Path, qapp) -> None:
    import openpyxl
    from PySide6.QtCore import QCoreApplication

    from facilitator_app.domain.event_report import build
    from facilitator_app.report_cli import _qt

    state = state_of(session_dir)
    out = tmp_path / "event-sv.xlsx"
    assert main(["report", "event", str(session_dir), "--out", str(out), "--lang", "sv"]) == 0
    cells = {str(c.value) for ws in openpyxl.load_workbook(out).worksheets for row in ws.iter_rows() for c in row}
    assert "RATING" not in cells and "NPS" not in cells
    assert any(c.startswith("Medelvärde (1–") for c in cells)
    with _qt("sv"):
        report = build(state, NOW, lambda s: QCoreApplication.translate("EventReport", s))
    answers = {str(cell) for t in report.tables for row in t.rows for cell in row}
    assert "RATING" not in answers and any(a.startswith("Medelvärde (1–") for a in answers)


def test_runsheet_during_the_show_marks_done_and_live_and_warns_of_the_hard_stop(tmp_path: Path, qapp) -> None:
    from zoneinfo import ZoneInfo

    from facilitator_app.commands import run
    from facilitator_app.commands.headless import session_context
    from facilitator_app.domain.clock import ManualClock
    from facilitator_app.report_cli import _qt
    from facilitator_app.services.identity import Identity
    from facilitator_app.services.session import Session
    from facilitator_app.services.templates import instantiate, load_template, template_polls
    from facilitator_app.ui.reports.runsheet_pdf import write_runsheet

    template = load_template()
    show = instantiate(template, datetime(2026, 12, 1).date())
    first = show.days[0]
    clock = ManualClock()
    clock.set(datetime.combine(first.date, first.start, tzinfo=ZoneInfo(show.timezone)))
    session = Session.create(tmp_path / "S.fcsession", show, Identity("t-1", "T"), clock, template_polls(template))
    ctx = session_context(session, clock)
    clock.advance(7 * 3600)  # started seven hours late, as in the rehearsal
    run(ctx, "live.start", {"segment": first.segments[0].id})
    clock.advance(first.segments[0].duration_s)
    run(ctx, "live.next")
    state = ctx.state()
    sheet = build(state, clock.now(), day=1)
    entries = sheet.days[0].entries
    assert [e.status for e in entries[:3]] == ["done", "running", ""]
    day = sheet.days[0]
    assert day.hard_stop is not None and day.expected_end is not None and day.expected_end > day.hard_stop
    late = round((day.expected_end - day.hard_stop).total_seconds() / 60)
    for lang, words in (("en", ["Done", "Live now", f"{late} min past the hard stop"]), ("sv", ["Klart", "Pågår nu"])):
        out = tmp_path / f"live-{lang}.pdf"
        with _qt(lang):
            assert write_runsheet(out, sheet)[0] == ""
        body = flat(pdf_text(out)[0])
        assert all(w in body for w in words), (lang, body[:600])
    session.close()


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_short_cells_like_a_day_never_wrap(session_dir: Path, lang: str, qapp) -> None:
    from PySide6.QtCore import QCoreApplication

    from facilitator_app.domain.event_report import build
    from facilitator_app.report_cli import _qt
    from facilitator_app.ui.reports import event_pdf
    from facilitator_app.ui.reports.pages import MARGIN, WRITER_MARGIN, font, page_size_pt, text_height

    state = state_of(session_dir)
    width = page_size_pt("a4")[0] - 2 * WRITER_MARGIN - 2 * MARGIN
    one_line = text_height("Day", font(8), 200)
    days = {d.title for d in state.show.days}
    with _qt(lang):
        report = build(state, NOW, lambda s: QCoreApplication.translate("EventReport", s))
        checked = 0
        for table in report.tables:
            if not table.rows or not table.header:
                continue
            widths = event_pdf.column_widths(table, width)
            assert abs(sum(widths) - width) < 0.5
            for row in table.rows:
                for value, w in zip(row, widths, strict=True):
                    if str(value) in days:
                        checked += 1
                        assert text_height(str(value), font(8), w - 4) == one_line, (table.title, value, w)
    assert checked
