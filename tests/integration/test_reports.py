"""`facilitator-console report runsheet|ics|event`: the documents' text read back with pypdf,
the calendar with icalendar, the workbook with openpyxl; exit codes 0 and 2."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

pypdf = pytest.importorskip("pypdf")
icalendar = pytest.importorskip("icalendar")

from facilitator_app.app import main  # noqa: E402
from facilitator_app.commands import run  # noqa: E402
from facilitator_app.commands.headless import session_context  # noqa: E402
from facilitator_app.domain.clock import ManualClock  # noqa: E402
from facilitator_app.services.identity import Identity  # noqa: E402
from facilitator_app.services.session import Session  # noqa: E402
from facilitator_app.services.templates import instantiate, load_template, template_polls  # noqa: E402

INJECTION = "=cmd|' /C calc'!A0"
JOIN = "https://zoom.example/j/123456789?pwd=abc"
GUEST = "Visiting Auditor"
OPEN_QUESTION = "What would you like more of tomorrow?"
OPEN_ANSWERS = [
    "More time for networking!",
    "Networking with the other teams",
    "Longer breakout rooms",
    "Breakouts were too short",
    "Mer tid för kaffe",
    "Bättre kaffet",
    "Nothing",
]


@pytest.fixture(scope="module")
def session_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The sample event with rooms planned, day 1 run (late), every poll answered, one
    segment titled like a formula and a meeting link."""
    root = tmp_path_factory.mktemp("reports")
    template = load_template()
    show = instantiate(template, datetime(2026, 12, 1).date())
    first = show.days[0]
    clock = ManualClock()
    clock.set(datetime.combine(first.date, first.start, tzinfo=ZoneInfo(show.timezone)))
    path = root / "R.fcsession"
    session = Session.create(path, show, Identity("tester-0001", "Tester"), clock, template_polls(template))
    ctx = session_context(session, clock)
    run(ctx, "rooms.options", {"seconds": 0.2})
    run(ctx, "rooms.plan_all")
    last = first.segments[-1].id
    run(ctx, "show.segment.update", {"segment": last, "changes": {"title": INJECTION}})
    run(ctx, "platform.link", {"platform": "zoom", "meeting": JOIN})
    people = show.people

    def roster(*who: object) -> None:
        entries = [{"name": p.name, "email": p.email} for p in who if not isinstance(p, str)]
        entries += [{"name": p, "email": ""} for p in who if isinstance(p, str)]
        run(ctx, "people.record_presence", {"roster": entries, "source": "zoom"})

    crowd = [*people[:50], GUEST]
    roster(*crowd)  # at the planned start
    clock.advance(120)  # two minutes late
    run(ctx, "live.start", {"segment": first.segments[0].id})
    for i, seg in enumerate(first.segments[1:]):
        clock.advance(seg.duration_s + 60)
        run(ctx, "live.next")
        if i == 1:
            crowd += people[50:53]  # late joiners
        elif i == 2:
            crowd = [p for p in crowd if p not in people[:3]]  # two leave for good, one for a while
        elif i == 3:
            crowd.append(people[2])
        roster(*crowd)
    clock.advance(300)
    run(ctx, "live.end")
    roster()  # the meeting ends: everyone leaves
    for i, (poll_id, ps) in enumerate(ctx.state().polls.items()):
        choices = ps.poll.choices()
        if choices:
            counts = {c: (i + k) % 4 + 1 for k, c in enumerate(choices)}
            run(ctx, "polls.record_counts", {"poll": poll_id, "counts": counts})
    poll = {"id": "poll-open", "kind": "text", "question": OPEN_QUESTION, "title": "Open: wishes"}
    run(ctx, "polls.define", {"poll": poll})
    answers = [{"respondent": f"r{i}@x.se", "value": v, "at": None} for i, v in enumerate(OPEN_ANSWERS)]
    snapshot = {"source": "report:answers.csv", "at": clock.now().isoformat(), "answers": answers}
    run(ctx, "polls.record_results", {"poll": "poll-open", "snapshot": snapshot})
    session.close()
    yield path


def pdf_text(path: Path) -> tuple[str, int]:
    reader = pypdf.PdfReader(str(path))
    return "\n".join(page.extract_text() or "" for page in reader.pages), len(reader.pages)


def flat(text: str) -> str:
    """Words joined by single spaces, ligatures (the ﬀ of "Coffee") as letters."""
    return " ".join(unicodedata.normalize("NFKC", text).split())


def state_of(path: Path):
    from facilitator_app.services.session_tools import read_state

    return read_state(path)[1]


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_runsheet_has_every_segment_and_poll(session_dir: Path, tmp_path: Path, lang: str, capsys, qapp) -> None:
    out = tmp_path / "sheet.pdf"
    assert main(["report", "runsheet", str(session_dir), "--out", str(out), "--lang", lang]) == 0
    assert str(out) in capsys.readouterr().out
    text, pages = pdf_text(out)
    state = state_of(session_dir)
    body = flat(text)
    for day in state.show.days:
        assert day.title in body
        for seg in day.segments:
            assert flat(seg.title) in body, seg.title
    for ps in state.polls.values():
        if ps.poll.segment_id:
            assert flat(ps.poll.question) in body
    assert pages >= len(state.show.days)  # every day starts a page
    assert f"1 of {pages}" in body if lang == "en" else f"1 av {pages}" in body
    words = ("HARD STOP", "PLENARY", "BREAKOUT") if lang == "en" else ("HÅRT STOPP", "PLENUM", "GRUPPRUM")
    for word in words:
        assert word in body


def test_runsheet_roles_letter_and_one_day(session_dir: Path, tmp_path: Path, qapp) -> None:
    state = state_of(session_dir)
    seg = state.show.days[0].segments[0]
    speaker = seg.lead
    out = tmp_path / "speaker.pdf"
    args = ["report", "runsheet", str(session_dir), "--out", str(out), "--role", "speaker", "--person", speaker]
    assert main([*args, "--day", "1", "--paper", "letter"]) == 0
    text, pages = pdf_text(out)
    body = flat(text)
    assert seg.title in body and pages == 1
    others = [s.title for s in state.show.days[0].segments if speaker not in s.lead]
    assert others and not any(flat(t) in body for t in others)
    width = float(pypdf.PdfReader(str(out)).pages[0].mediabox.width)
    assert round(width) == 612  # Letter
    rounds = [s for s in state.show.days[0].segments if s.id in state.rooms.plans]
    host_room = state.rooms.plans[rounds[0].id][0]
    host = next(p for p in state.show.people if p.id == host_room.members[0])
    out = tmp_path / "host.pdf"
    args = ["report", "runsheet", str(session_dir), "--out", str(out), "--role", "host", "--person", host.name]
    assert main(args) == 0
    body = flat(pdf_text(out)[0])
    names = {p.id: p.name for p in state.show.people}
    for member in host_room.members:
        assert names[member] in body
    assert host_room.name in body


def test_runsheet_refuses_with_2(session_dir: Path, tmp_path: Path, capsys) -> None:
    assert main(["report", "runsheet", str(tmp_path), "--out", str(tmp_path / "x.pdf")]) == 2
    assert "not a session" in capsys.readouterr().err
    assert main(["report", "runsheet", str(session_dir), "--out", str(tmp_path / "no" / "x.pdf")]) == 2
    assert "does not exist" in capsys.readouterr().err
    assert main(["report", "ics", str(session_dir), "--out", str(tmp_path)]) == 2
    args = ["report", "runsheet", str(session_dir), "--out", str(tmp_path / "x.pdf"), "--role", "host"]
    assert main([*args, "--person", "Nobody At All"]) == 2
    assert main(["report", "runsheet", str(session_dir), "--out", str(tmp_path / "x.pdf"), "--day", "9"]) == 2


def test_ics_parses_with_icalendar(session_dir: Path, tmp_path: Path, capsys) -> None:
    out = tmp_path / "show.ics"
    assert main(["report", "ics", str(session_dir), "--out", str(out)]) == 0
    assert str(out) in capsys.readouterr().out
    raw = out.read_bytes()
    assert b"\r\n" in raw and all(len(line) <= 75 for line in raw.split(b"\r\n"))
    cal = icalendar.Calendar.from_ical(raw)
    events = list(cal.walk("VEVENT"))
    state = state_of(session_dir)
    segments = [s for d in state.show.days for s in d.segments]
    assert len(events) == len(segments)
    assert [str(e["SUMMARY"]) for e in events] == [s.title for s in segments]
    link = "https://zoom.us/j/123456789"  # the linked meeting's number, as Zoom's join link
    assert all(str(e["URL"]) == link and link in str(e["DESCRIPTION"]) for e in events)
    first = events[0]
    start = first.decoded("DTSTART")
    assert (first.decoded("DTEND") - start) == timedelta(seconds=segments[0].duration_s)
    assert start.astimezone(ZoneInfo(state.show.timezone)).time() == state.show.days[0].start
    assert len({str(e["UID"]) for e in events}) == len(events)


def test_ics_escapes_and_folds() -> None:
    from facilitator_app.domain.ics import escape, fold

    assert escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    line = "SUMMARY:" + "åäö" * 40
    folded = fold(line).encode("utf-8")
    parts = folded.split(b"\r\n")
    assert all(len(p) <= 75 for p in parts) and all(p.startswith(b" ") for p in parts[1:-1])
    assert b"".join(p[1:] if i else p for i, p in enumerate(parts)).decode("utf-8") == line


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_event_report_pdf(session_dir: Path, tmp_path: Path, lang: str, capsys, qapp) -> None:
    from facilitator_app.domain.event_report import build
    from facilitator_app.domain.report import actual_rows
    from facilitator_app.domain.schedule import plan_day

    out = tmp_path / "event.pdf"
    assert main(["report", "event", str(session_dir), "--out", str(out), "--lang", lang]) == 0
    assert str(out) in capsys.readouterr().out
    text, pages = pdf_text(out)
    body = flat(text)
    state = state_of(session_dir)
    for seg in (s for d in state.show.days for s in d.segments):
        assert flat(seg.title) in body, seg.title
    for ps in state.polls.values():
        assert flat(ps.poll.question) in body
    from PySide6.QtCore import QCoreApplication

    from facilitator_app.ui.reports.event_pdf import _cell

    def tr(source: str) -> str:
        return QCoreApplication.translate("EventReport", source)

    from facilitator_app.report_cli import _qt

    first_page = flat(pypdf.PdfReader(str(out)).pages[0].extract_text())
    with _qt(lang):  # the language the command used
        report = build(state, datetime.now(ZoneInfo("UTC")), tr)
        for label, value in report.summary:
            assert flat(label) in first_page and flat(_cell(value)) in first_page, (label, value)
    figures = dict(report.summary)
    people = "People in the event" if lang == "en" else "Deltagare i evenemanget"
    assert figures[people] == len(state.show.people) == 60
    day1 = state.show.days[0]
    late_label = (
        f"Later than planned at the end of {day1.title} (min)"
        if lang == "en"
        else f"Senare än planerat vid slutet av {day1.title} (min)"
    )
    overrun = figures[late_label]
    # Day 1 started 2 minutes late, every segment but the last ran a minute over (each next one
    # started later), the last ran 5 of its 10 minutes: it ended 4 minutes before the plan's end.
    # The figure is that, not the sum of the segments' differences (+4).
    ended = max(a.ended_at for a in state.live.actuals.values() if a.ended_at)
    planned = plan_day(day1, ZoneInfo(state.show.timezone))[-1].end
    assert overrun == round((ended - planned).total_seconds() / 60, 1) == -4.0
    rows = [r for r in actual_rows(state.show, state.live, datetime.now(ZoneInfo("UTC"))) if r.actual_duration_s]
    assert overrun != round(sum(r.actual_duration_s - r.planned_duration_s for r in rows) / 60, 1)
    shown = f"{overrun:.1f}" if lang == "en" else f"{overrun:.1f}".replace(".", ",")
    assert shown in first_page.replace("\u2212", "-")  # Swedish writes a real minus sign
    title = "Event report" if lang == "en" else "Evenemangsrapport"
    assert title in first_page
    assert ("Summary" if lang == "en" else "Sammanfattning") in first_page
    assert pages >= 4


def test_event_report_xlsx_keeps_formulas_as_text(session_dir: Path, tmp_path: Path, capsys) -> None:
    import openpyxl

    out = tmp_path / "event.xlsx"
    assert main(["report", "event", str(session_dir), "--out", str(out)]) == 0
    book = openpyxl.load_workbook(out)
    assert len(book.sheetnames) >= 6 and book.sheetnames[0] == "Summary"
    cells = [c for ws in book.worksheets for row in ws.iter_rows() for c in row]
    injected = [c for c in cells if c.value == INJECTION]
    assert injected and all(c.data_type == "s" for c in injected)
    assert not any(c.data_type == "f" for c in cells)
    assert main(["report", "event", str(session_dir), "--out", str(tmp_path / "event.txt")]) == 2


def test_event_xlsx_opens_in_libreoffice(session_dir: Path, tmp_path: Path) -> None:
    import shutil
    import subprocess

    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        pytest.skip("LibreOffice is not installed on this machine (soffice not on PATH)")
    out = tmp_path / "event.xlsx"
    assert main(["report", "event", str(session_dir), "--out", str(out)]) == 0
    done = subprocess.run(
        [
            office,
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/lo",
            "--convert-to",
            "csv",
            "--outdir",
            str(tmp_path),
            str(out),
        ],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0 and (tmp_path / "event.csv").exists(), done.stderr


def test_blocks_are_not_split_when_they_fit_on_the_next_page() -> None:
    from facilitator_app.ui.reports.pages import Block, paginate

    def nothing(_p: object, _r: object) -> None:
        return None

    blocks = [Block(300, nothing), Block(300, nothing), Block(300, nothing, new_page=False), Block(900, nothing)]
    pages = paginate(blocks, 700)
    assert [[y for _b, y in page.placed] for page in pages] == [[0, 300], [0], [0]]
    assert pages[2].placed[0][0].height == 900  # taller than a page: starts one, on its own
    head = Block(20, nothing)
    rows = [Block(100, nothing, header=head) for _ in range(10)]
    table = paginate([head, *rows], 700)
    assert [len(p.placed) for p in table] == [7, 5] and table[1].placed[0] == (head, 0.0)  # header repeated
    starts = paginate([Block(10, nothing), Block(10, nothing, section="Day 2", new_page=True)], 700)
    assert len(starts) == 2 and starts[1].section == "Day 2"


def test_report_leaves_the_running_application_in_its_language(session_dir: Path, tmp_path: Path, qapp) -> None:
    from PySide6.QtCore import QCoreApplication, QLocale

    before = QLocale().name()
    assert main(["report", "runsheet", str(session_dir), "--out", str(tmp_path / "s.pdf"), "--lang", "sv"]) == 0
    assert QLocale().name() == before
    assert QCoreApplication.translate("RunSheet", "Run sheet") == "Run sheet"


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_nothing_is_clipped_at_a4(session_dir: Path, lang: str, qapp) -> None:
    """Words that cannot wrap fit their columns, and every block fits on an A4 page."""
    from PySide6.QtGui import QFontMetricsF

    from facilitator_app.domain.model import SegmentKind
    from facilitator_app.domain.runsheet import build
    from facilitator_app.report_cli import _qt
    from facilitator_app.ui.common.theme import kind_name
    from facilitator_app.ui.reports import runsheet_pdf
    from facilitator_app.ui.reports.pages import HEADER_H, MARGIN, WRITER_MARGIN, font, page_size_pt

    w, h = page_size_pt("a4")
    body_w, body_h = w - 2 * (WRITER_MARGIN + MARGIN), h - 2 * (WRITER_MARGIN + MARGIN) - HEADER_H
    state = state_of(session_dir)
    with _qt(lang):
        for kind in SegmentKind:
            label = kind_name(kind).upper()
            assert QFontMetricsF(font(8, True)).horizontalAdvance(label) <= runsheet_pdf.KIND_W - 11, label
        sheet = build(state, datetime.now(ZoneInfo("UTC")))
        blocks = runsheet_pdf.blocks(sheet, body_w)
    assert blocks and all(b.height <= body_h for b in blocks)


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_event_report_tells_attendance_over_time(session_dir: Path, tmp_path: Path, lang: str, qapp) -> None:
    """Present per day, late joiners and early leavers by name, the guest counted, the
    figures on the summary page; in both languages."""
    out = tmp_path / "event.pdf"
    assert main(["report", "event", str(session_dir), "--out", str(out), "--lang", lang]) == 0
    reader = pypdf.PdfReader(str(out))
    first_page = flat(reader.pages[0].extract_text())
    body = flat("\n".join(p.extract_text() or "" for p in reader.pages))
    state = state_of(session_dir)
    people = state.show.people
    day1 = state.show.days[0].title
    sv = lang == "sv"
    labels = (
        ("Närvarande per dag", "Anslöt sent", "Gick tidigt")
        if sv
        else ("Present on each day", "Late joiners", "Left early")
    )
    assert f"{labels[0]} {day1}: 54" in first_page  # 53 people and a guest
    assert f"{labels[1]} 3" in first_page and f"{labels[2]} 2" in first_page
    for title in (
        ("Närvaro över tid", "Närvaro per grupprunda")
        if sv
        else ("Attendance over time", "Attendance per breakout round")
    ):
        assert title in body
    for p in (*people[50:53], *people[:2]):
        assert flat(p.name) in body, p.name
    assert f"{GUEST} ({'gäst' if sv else 'guest'})" not in body  # the guest was on time and stayed


def test_attendance_figures_and_no_presence_in_plain_words(session_dir: Path) -> None:
    from dataclasses import replace

    from facilitator_app.domain import attendance
    from facilitator_app.domain.event_report import build, sheets
    from facilitator_app.domain.presence import PresenceState

    state = state_of(session_dir)
    now = datetime.now(ZoneInfo("UTC"))
    found = attendance.build(state, now)
    assert found is not None
    day1 = found.days[0]
    people = state.show.people
    assert len(day1.present) == 54 and day1.guests == 1 and day1.peak == 54  # the late came before two left
    assert sorted(k for k, _ in day1.late) == sorted(p.id for p in people[50:53])
    assert sorted(k for k, _ in day1.left) == sorted(p.id for p in people[:2])
    assert all(not d.present for d in found.days[1:]), "nobody is counted on days not held"
    rounds = [r for r in found.rounds]
    assert rounds and all(r.placed >= r.placed_present and r.present >= r.placed_present for r in rounds)
    empty = replace(state, presence=PresenceState())
    assert attendance.build(empty, now) is None
    report = build(empty, now)
    summary = dict(report.summary)
    assert summary["Present on each day"] == summary["Late joiners"] == "not recorded"
    table = next(t for t in report.tables if t.title == "Attendance over time")
    assert not table.rows and "No presence was recorded" in table.note
    assert sheets(report)["Attendance over time"] == [[table.note]]


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_open_answers_are_grouped_by_theme_in_pdf_and_xlsx(session_dir: Path, tmp_path: Path, lang: str, qapp) -> None:
    import openpyxl

    out = tmp_path / "event.pdf"
    assert main(["report", "event", str(session_dir), "--out", str(out), "--lang", lang]) == 0
    body = flat(pdf_text(out)[0])
    sv = lang == "sv"
    title, other = ("Öppna svar efter tema", "övrigt") if sv else ("Open answers by theme", "other")
    section = body.split(title, 1)[-1]  # from its first mention: the table may run onto a next page
    for theme in ("networking 2", "breakout 2", "kaffe 2", f"{other} 1"):
        assert theme in section, theme
    order = [section.index(w) for w in ("breakout 2", "kaffe 2", "networking 2", f"{other} 1")]
    assert order == sorted(order), "largest first (ties by word), other last"
    xlsx = tmp_path / "event.xlsx"
    assert main(["report", "event", str(session_dir), "--out", str(xlsx), "--lang", lang]) == 0
    sheet = openpyxl.load_workbook(xlsx)[title]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert [r[1:3] for r in rows[1:]] == [["breakout", 2], ["kaffe", 2], ["networking", 2], [other, 1]]
    assert all(r[0] == OPEN_QUESTION for r in rows[1:])


@pytest.mark.parametrize("lang", ["en", "sv"])
def test_event_report_rooms_and_polls_are_what_happened_in_pdf_and_xlsx(
    session_dir: Path, tmp_path: Path, lang: str, qapp
) -> None:
    """All 6 rounds were planned, rounds 1 and 2 ran: the rooms figures are of those two and
    the people present; the Day 1 and Day 2 energy pulses (the same question) are told
    apart. The PDF's first page and the XLSX's summary carry the same figures."""
    import openpyxl

    from facilitator_app.domain.room_rounds import breakout_ids
    from facilitator_app.report_cli import _qt
    from facilitator_app.ui.reports.event_pdf import _cell

    state = state_of(session_dir)
    sv = lang == "sv"
    pdf, xlsx = tmp_path / "event.pdf", tmp_path / "event.xlsx"
    for out in (pdf, xlsx):
        assert main(["report", "event", str(session_dir), "--out", str(out), "--lang", lang]) == 0
    first_page = flat(pypdf.PdfReader(str(pdf)).pages[0].extract_text())
    book = openpyxl.load_workbook(xlsx)
    summary = {row[0].value: row[1].value for row in book.worksheets[0].iter_rows(min_row=2)}
    day1 = state.show.days[0].title
    late = "Senare än planerat vid slutet av %s (min)" if sv else "Later than planned at the end of %s (min)"
    assert summary[late % day1] == -4.0  # the same figure as the PDF's (test_event_report_pdf)
    ran = [sid for sid in breakout_ids(state.show) if sid in state.live.actuals]
    assert len(ran) == 2 and len(breakout_ids(state.show)) == 6
    rounds_label = "Genomförda grupprumsrundor" if sv else "Breakout rounds run"
    assert summary[rounds_label] == "2 / 6" and f"{rounds_label} 2 / 6" in first_page
    contacts_label = (
        "Nya kontakter per person i rundorna (medel)" if sv else "New contacts per person in the rounds (mean)"
    )
    mean = summary[contacts_label]
    assert isinstance(mean, float) and 0 < mean <= 2 * 4  # two rounds in rooms of at most 5; the plan said 24
    with _qt(lang):
        assert f"{contacts_label} {flat(_cell(mean))}" in first_page
    present = {k for k, ivs in state.presence.intervals.items() if ivs}
    rooms_sheet = book["Grupprumsrundor" if sv else "Breakout rounds"]
    rows = [[c.value for c in row] for row in rooms_sheet.iter_rows(min_row=2)]
    titles = {s.id: s.title for d in state.show.days for s in d.segments}
    assert [r[0] for r in rows] == [titles[sid] for sid in ran]
    for sid, row in zip(ran, rows, strict=True):
        placed = [m for room in state.rooms.plans[sid] for m in room.members]
        assert row[2] == len(placed) and row[3] <= len([m for m in placed if m in present]) < len(placed)
    never = [p for p in state.show.people if p.id not in present]
    assert never
    contacts = {
        r[0].value: r[2].value
        for r in book["Nya kontakter per person" if sv else "New contacts per person"].iter_rows(min_row=2)
    }
    assert all(contacts[p.name] == 0 for p in never)  # nobody meets a no-show
    poll_rows = [
        [c.value for c in row] for row in book["Omröstningsresultat" if sv else "Poll results"].iter_rows(min_row=2)
    ]
    energy = {r[0] for r in poll_rows if r[1] == "How is your energy right now?"}
    # each names its day once: the day's title, or the "(day 2)" its own name already has
    day1, day2 = state.show.days[0].title, state.show.days[1].title
    assert len(energy) == 2 and any(day1 in e for e in energy) and any(day2 in e or "(day 2)" in e for e in energy)
    assert not any("(day 2) (" in e for e in energy), energy
    assert "RATING" not in {r[2] for r in poll_rows}
    assert ("Medelvärde (1–5)" if sv else "Average (1–5)") in {r[2] for r in poll_rows}
    body = flat(pdf_text(pdf)[0])
    for label in energy:
        assert flat(label) in body
