"""The event report's content for the client: a summary of the figures a client asks for,
then time (planned vs actual), attendance, rooms and polls, each as a plain table (the
XLSX writes them as they are; the PDF paints them with the app's charts). Labels are
English sources marked for translation (context "EventReport"); a ``tr`` turns them into
the reader's language."""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from . import themes
from .frozen import Frozen, record
from .live import observe
from .polls import PollState, aggregate, evaluation_summary, headline
from .presence import GUEST
from .report import ActualRow, RowStatus, actual_rows
from .room_rounds import breakout_ids
from .rooms import Room
from .schedule import plan_day
from .state import SessionState
from .text import QT_TRANSLATE_NOOP

Tr = Callable[[str], str]
Cell = object


@dataclass
class Table:
    """One plain table of the event report, as the XLSX writes it and the PDF paints it."""

    title: str
    header: list[str]
    rows: list[list[Cell]] = field(default_factory=list)
    note: str = ""


@dataclass
class EventReport:
    """The event report's content: the summary figures, its tables and the polls."""

    event: str
    summary: list[tuple[str, Cell]]
    tables: list[Table]
    polls: list[PollState]


def _min(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds / 60, 1)


def _t(moment: datetime | None, tz: ZoneInfo) -> str:
    return moment.astimezone(tz).strftime("%Y-%m-%d %H:%M") if moment else ""


def _on(moment: datetime | None, tz: ZoneInfo, day: date) -> str:
    """The clock time on the day's date; the date too when it is another (a day held on
    another date than planned). Short, so that a wide table keeps its headers whole."""
    if moment is None:
        return ""
    local = moment.astimezone(tz)
    return local.strftime("%H:%M") if local.date() == day else local.strftime("%Y-%m-%d %H:%M")


def _status_word(status: RowStatus, tr: Tr) -> str:
    words = {
        RowStatus.DONE: QT_TRANSLATE_NOOP("EventReport", "done"),
        RowStatus.RUNNING: QT_TRANSLATE_NOOP("EventReport", "running"),
        RowStatus.SKIPPED: QT_TRANSLATE_NOOP("EventReport", "skipped"),
        RowStatus.PLANNED: QT_TRANSLATE_NOOP("EventReport", "not run"),
    }
    return tr(words[status])


@record
class _Run(Frozen):
    """One segment that ran (or runs): how late it started and ended against its plan,
    and what of that it added itself (a late start beyond the lateness it took over from
    the segment run before it; its own overrun, pauses included). None: still running."""

    row: ActualRow
    late_start_s: float
    lost_start_s: float
    late_end_s: float | None
    overrun_s: float | None


def _runs(rows: list[ActualRow], running_late_s: float | None) -> list[_Run]:
    """The day's segments that ran, in the order they ran. The lateness carried from one to
    the next telescopes: the late start of the first plus every late start and overrun
    after it is how late the last one ended (the day's lateness at its end)."""
    ran = sorted(((r.actual_start, r) for r in rows if r.actual_start is not None), key=lambda pair: pair[0])
    out: list[_Run] = []
    carried = 0.0
    for start, r in ran:
        late_start = (start - r.planned_start).total_seconds()
        planned_end = r.planned_start + timedelta(seconds=r.planned_duration_s)
        late_end: float | None = None
        overrun: float | None = None
        if r.status is RowStatus.RUNNING:
            late_end = running_late_s
        else:
            end = r.actual_end or start + timedelta(seconds=r.actual_duration_s or 0.0)
            late_end = (end - planned_end).total_seconds()
            overrun = late_end - late_start
        out.append(_Run(r, late_start, late_start - carried, late_end, overrun))
        carried = late_end if late_end is not None else carried
    return out


def _time(state: SessionState, rows: list[ActualRow], now: datetime, tr: Tr) -> tuple[list[Table], dict[str, Cell]]:
    tz = ZoneInfo(state.show.timezone)
    running_late = observe(state.show, state.live, now).late_s if state.live.active else None
    runs = {day.id: _runs([r for r in rows if r.day_id == day.id], running_late) for day in state.show.days}
    by_id = {run.row.segment_id: run for day_runs in runs.values() for run in day_runs}
    seg = Table(
        tr(QT_TRANSLATE_NOOP("EventReport", "Time: planned vs actual per segment")),
        [
            tr(QT_TRANSLATE_NOOP("EventReport", "Day")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Segment")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Status")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Planned start")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Planned min")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Actual start")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Actual min")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Started late (min)")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Over (min)")),
        ],
        note=tr(
            QT_TRANSLATE_NOOP(
                "EventReport",
                "Actual min: from its start to its end, pauses included (for the segment still running: so far). "
                "Started late: its start against the plan. Over: longer than planned (negative: shorter); "
                "a segment still running has none yet.",
            )
        ),
    )
    dates = {d.id: d.date for d in state.show.days}
    for r in rows:
        run = by_id.get(r.segment_id)
        if run is None:
            actual = None
        elif run.overrun_s is None:
            actual = r.actual_duration_s
        else:
            actual = r.planned_duration_s + run.overrun_s
        seg.rows.append(
            [
                r.day_title,
                r.title,
                _status_word(r.status, tr),
                _on(r.planned_start, tz, dates[r.day_id]),
                _min(r.planned_duration_s),
                _on(r.actual_start, tz, dates[r.day_id]),
                _min(actual),
                _min(run.late_start_s) if run else None,
                _min(run.overrun_s) if run else None,
            ]
        )
    days = Table(
        tr(QT_TRANSLATE_NOOP("EventReport", "Time per day")),
        [
            tr(QT_TRANSLATE_NOOP("EventReport", "Day")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Date")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Planned start")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Planned end")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Actual start")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Actual end")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Late at end (min)")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Late starts (min)")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Overruns (min)")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Run")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Not run")),
        ],
        note=tr(
            QT_TRANSLATE_NOOP(
                "EventReport",
                "Run, not run: segments. Late at end: how much later than planned the day's last segment "
                "ended (negative: earlier); "
                "while a day runs, how far behind schedule it is now, as the console shows it. It is the time "
                "lost to late starts (each segment's late start beyond the lateness it took over from the one "
                "before) plus the time lost to finished segments' overruns; negative figures are time gained.",
            )
        ),
    )
    running_word = tr(QT_TRANSLATE_NOOP("EventReport", "running"))
    last: tuple[datetime, str, float] | None = None  # when, day, lateness of the last day that ran
    for day in state.show.days:
        slots = plan_day(day, tz)
        day_rows = [r for r in rows if r.day_id == day.id]
        day_runs = runs[day.id]
        live = any(r.status is RowStatus.RUNNING for r in day_rows)
        done = [run for run in day_runs if run.overrun_s is not None]
        skipped = sum(1 for r in day_rows if r.status is RowStatus.SKIPPED)
        not_run = skipped if live else len(day_rows) - len(done)
        planned_start = slots[0].start if slots else None
        planned_end = slots[-1].end if slots else None
        if not day_runs:
            days.rows.append(
                [
                    *(
                        day.title,
                        day.date.isoformat(),
                        _on(planned_start, tz, day.date),
                        _on(planned_end, tz, day.date),
                    ),
                    *("", "", None, None, None, 0, not_run),
                ]
            )
            continue
        final = day_runs[-1]
        if live:
            end_text = running_word
            moment = now
        else:
            moment = final.row.actual_end or now
            end_text = _on(moment, tz, day.date)
        late = final.late_end_s or 0.0
        lost_starts = sum(run.lost_start_s for run in day_runs)
        lost_over = sum(run.overrun_s or 0.0 for run in done)
        days.rows.append(
            [
                day.title,
                day.date.isoformat(),
                _on(planned_start, tz, day.date),
                _on(planned_end, tz, day.date),
                _on(day_runs[0].row.actual_start, tz, day.date),
                end_text,
                _min(late),
                _min(lost_starts),
                _min(lost_over),
                len(done),
                not_run,
            ]
        )
        if last is None or moment >= last[0]:
            last = (moment, day.title, late)
    losses: list[tuple[float, ActualRow, str]] = []
    started_late = tr(QT_TRANSLATE_NOOP("EventReport", "started late"))
    ran_over = tr(QT_TRANSLATE_NOOP("EventReport", "ran over"))
    for run in by_id.values():
        if run.lost_start_s >= 30:
            losses.append((run.lost_start_s, run.row, started_late))
        if run.overrun_s is not None and run.overrun_s >= 30:
            losses.append((run.overrun_s, run.row, ran_over))
    losses.sort(key=lambda x: -x[0])
    where = Table(
        tr(QT_TRANSLATE_NOOP("EventReport", "Where time was lost")),
        [
            tr(QT_TRANSLATE_NOOP("EventReport", "Day")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Segment")),
            tr(QT_TRANSLATE_NOOP("EventReport", "How")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Lost (min)")),
        ],
        [[r.day_title, r.title, how, _min(s)] for s, r, how in losses[:10]],
        note=tr(
            QT_TRANSLATE_NOOP(
                "EventReport",
                "Late starts and overruns of half a minute or more, the largest first (at most ten). A late start "
                "counts only what it added to the lateness taken over from the segment before.",
            )
        ),
    )
    if not where.rows:  # the note alone, no empty header
        where.header = []
        where.note = tr(QT_TRANSLATE_NOOP("EventReport", "No segment started late or ran over."))
    figures: dict[str, Cell] = {
        "run": sum(1 for r in rows if r.status is RowStatus.DONE),
        "segments": len(rows),
        "running": next((r.title for r in rows if r.status is RowStatus.RUNNING), ""),
        "over": _min(running_late if running_late is not None else (last[2] if last else None)),
        "over_day": "" if running_late is not None or last is None else last[1],
        "worst": f"{losses[0][1].title} ({losses[0][2]})" if losses else "",
    }
    return [days, seg, where], figures


@record
class _Round(Frozen):
    """A breakout round that ran, its rooms with the people who took part in each (placed,
    and present during the round where presence was recorded)."""

    segment_id: str
    rooms: tuple[tuple[Room, tuple[str, ...]], ...]
    placed: int


def _rounds_run(state: SessionState, now: datetime) -> tuple[list[_Round], bool]:
    """The breakout rounds that started (the live actuals), and whether presence was
    recorded (then only people present at some time during the round count)."""
    from .attendance import present_between

    out: list[_Round] = []
    recorded = state.presence.recorded
    for sid in breakout_ids(state.show):
        actual = state.live.actuals.get(sid)
        if actual is None:
            continue
        rooms = state.rooms.plans.get(sid, ())
        end = actual.ended_at if actual.ended_at and not (state.live.active and state.live.segment_id == sid) else now
        here = present_between(state, actual.started_at, max(end, actual.started_at), now)
        taking_part = tuple((room, tuple(m for m in room.members if here is None or m in here)) for room in rooms)
        out.append(_Round(sid, taking_part, sum(len(r.members) for r in rooms)))
    return out, recorded


def _meetings(rounds: list[_Round], org: dict[str, str]) -> tuple[dict[str, set[str]], int, int]:
    """Who met whom in the rounds that ran; meetings across organisations and all."""
    met: dict[str, set[str]] = {}
    across = total = 0
    for rnd in rounds:
        for _room, members in rnd.rooms:
            for a, b in itertools.combinations(members, 2):
                met.setdefault(a, set()).add(b)
                met.setdefault(b, set()).add(a)
                total += 1
                across += bool(org.get(a) and org.get(b) and org.get(a) != org.get(b))
    return met, across, total


def _rooms(state: SessionState, now: datetime, tr: Tr) -> tuple[list[Table], dict[str, Cell]]:
    ran, recorded = _rounds_run(state, now)
    names = {p.id: p for p in state.show.people}
    org = {p.id: p.organisation for p in state.show.people}
    met, across, total = _meetings(ran, org)
    hosts = {p.id for p in state.show.people if p.host}
    titles = {s.id: s.title for d in state.show.days for s in d.segments}
    planned = len(breakout_ids(state.show))
    counted = (
        QT_TRANSLATE_NOOP(
            "EventReport",
            "Only the rounds that ran, and in each room only the people placed in it who were in the meeting "
            "during the round (from the platform's presence). A room misses a host when none of its people "
            "there is a host.",
        )
        if recorded
        else QT_TRANSLATE_NOOP(
            "EventReport",
            "Only the rounds that ran, with everyone placed in their rooms (no presence was recorded, so who "
            "actually took part cannot be told). A room misses a host when none of its people is a host.",
        )
    )
    rounds = Table(
        tr(QT_TRANSLATE_NOOP("EventReport", "Breakout rounds")),
        [
            tr(QT_TRANSLATE_NOOP("EventReport", "Round")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Rooms")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Placed")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Took part")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Rooms without a host")),
        ],
        note=tr(counted),
    )
    missing_rounds = 0
    for rnd in ran:
        missing = sum(
            1 for room, members in rnd.rooms if members and not ((room.host in members) or set(members) & hosts)
        )
        missing_rounds += bool(missing)
        took_part = sum(len(members) for _room, members in rnd.rooms)
        rounds.rows.append([titles.get(rnd.segment_id, rnd.segment_id), len(rnd.rooms), rnd.placed, took_part, missing])
    people = Table(
        tr(QT_TRANSLATE_NOOP("EventReport", "New contacts per person")),
        [
            tr(QT_TRANSLATE_NOOP("EventReport", "Name")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Organisation")),
            tr(QT_TRANSLATE_NOOP("EventReport", "New contacts")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Of them from another organisation")),
        ],
        note=tr(counted),
    )
    took = {m for rnd in ran for _room, members in rnd.rooms for m in members}
    for p in state.show.people:
        others = met.get(p.id, set())
        other_org = sum(
            1 for o in others if o in names and names[o].organisation and names[o].organisation != p.organisation
        )
        people.rows.append([p.name, p.organisation, len(others), other_org])
    contacts = [len(met.get(key, ())) for key in took]
    none_ran = tr(QT_TRANSLATE_NOOP("EventReport", "no round has run yet"))
    if not ran:
        note = tr(QT_TRANSLATE_NOOP("EventReport", "No breakout round has run yet: there is nothing to count."))
        rounds.header, rounds.note, people.header, people.rows, people.note = [], note, [], [], note
    figures: dict[str, Cell] = {
        "rounds": f"{len(ran)} / {planned}",
        "contacts_mean": (round(sum(contacts) / len(contacts), 1) if contacts else 0.0) if ran else none_ran,
        "across_share": (round(100.0 * across / total, 1) if total else "–") if ran else none_ran,
        "missing_rounds": missing_rounds if ran else none_ran,
    }
    return [rounds, people], figures


def _attendance(state: SessionState, tr: Tr) -> Table:
    titles = {s.id: s.title for d in state.show.days for s in d.segments}
    table = Table(
        tr(QT_TRANSLATE_NOOP("EventReport", "Attendance: people and rounds")),
        [tr(QT_TRANSLATE_NOOP("EventReport", "When")), tr(QT_TRANSLATE_NOOP("EventReport", "People"))],
        note=tr(
            QT_TRANSLATE_NOOP(
                "EventReport",
                "From the session: the people list, who was placed in each round that ran, who was marked as left, "
                "and the people present when each poll's result was taken.",
            )
        ),
    )
    table.rows.append([tr(QT_TRANSLATE_NOOP("EventReport", "People in the event")), len(state.show.people)])
    table.rows.append([tr(QT_TRANSLATE_NOOP("EventReport", "Marked as left")), len(state.rooms.absent)])
    for sid in breakout_ids(state.show):
        rooms = state.rooms.plans.get(sid)
        if rooms and sid in state.live.actuals:  # placed in a round that ran
            table.rows.append([titles.get(sid, sid), sum(len(r.members) for r in rooms)])
    for ps in state.polls.values():
        if ps.snapshot is not None and ps.snapshot.present is not None:
            table.rows.append([poll_label(state, ps), ps.snapshot.present])
    return table


def _hm(moment: datetime | None, tz: ZoneInfo) -> str:
    return moment.astimezone(tz).strftime("%H:%M") if moment else ""


def _over_time(state: SessionState, now: datetime, tr: Tr) -> tuple[list[Table], dict[str, Cell]]:
    """Attendance per day and per round, late joiners and leavers, from presence intervals."""
    from . import attendance

    title = tr(QT_TRANSLATE_NOOP("EventReport", "Attendance over time"))
    found = attendance.build(state, now)
    if found is None:
        note = tr(
            QT_TRANSLATE_NOOP(
                "EventReport",
                "No presence was recorded for this event: no console in control watched the platform's live "
                "roster, and no join and leave times were taken from the platform after the meeting. Who was "
                "present per day, late joiners and early leavers cannot be told.",
            )
        )
        return [Table(title, [], note=note)], {}
    tz = ZoneInfo(state.show.timezone)
    guest = tr(QT_TRANSLATE_NOOP("EventReport", "%1 (guest)"))

    def name(key: str) -> str:
        text = found.names.get(key, key)
        return guest.replace("%1", text) if key.startswith(GUEST) else text

    grace = int(attendance.GRACE.total_seconds() // 60)
    sources = ", ".join(state.presence.sources)
    days = Table(
        title,
        [
            tr(QT_TRANSLATE_NOOP("EventReport", "Day")),
            tr(QT_TRANSLATE_NOOP("EventReport", "From")),
            tr(QT_TRANSLATE_NOOP("EventReport", "To")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Present")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Of them guests")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Peak")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Late joiners")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Left early")),
        ],
        note=tr(
            QT_TRANSLATE_NOOP(
                "EventReport",
                "From the platform (%1). Present: everyone in the meeting at some time while the day's show ran "
                "(from the first segment's start to the last one's end). Late: joined more than %2 minutes after "
                "the start. Left early: left more than %2 minutes before the end and did not come back. Guests: "
                "on the platform but not on the people list.",
            )
        )
        .replace("%1", sources)
        .replace("%2", str(grace)),
    )
    late = Table(
        tr(QT_TRANSLATE_NOOP("EventReport", "Late joiners")),
        [
            tr(QT_TRANSLATE_NOOP("EventReport", "Day")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Name")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Joined")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Minutes late")),
        ],
    )
    left = Table(
        tr(QT_TRANSLATE_NOOP("EventReport", "Left early")),
        [
            tr(QT_TRANSLATE_NOOP("EventReport", "Day")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Name")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Left")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Minutes before the end")),
        ],
    )
    per_day: list[str] = []
    for d in found.days:
        days.rows.append(
            [d.day.title, _t(d.start, tz), _hm(d.end, tz), len(d.present), d.guests, d.peak, len(d.late), len(d.left)]
        )
        per_day.append(f"{d.day.title}: {len(d.present)}")
        for key, at in d.late:
            late.rows.append([d.day.title, name(key), _hm(at, tz), round((at - d.start).total_seconds() / 60)])
        for key, at in d.left:
            left.rows.append([d.day.title, name(key), _hm(at, tz), round((d.end - at).total_seconds() / 60)])
    rounds = Table(
        tr(QT_TRANSLATE_NOOP("EventReport", "Attendance per breakout round")),
        [
            tr(QT_TRANSLATE_NOOP("EventReport", "Round")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Started")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Present at the start")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Placed in rooms")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Placed and present")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Present, not placed")),
        ],
        [
            [r.title, _t(r.started_at, tz), r.present, r.placed, r.placed_present, r.present_not_placed]
            for r in found.rounds
        ],
    )
    if not rounds.rows:
        rounds.note = tr(QT_TRANSLATE_NOOP("EventReport", "No breakout round has run."))
    if not late.rows:
        late.note = tr(QT_TRANSLATE_NOOP("EventReport", "Nobody joined late."))
    if not left.rows:
        left.note = tr(QT_TRANSLATE_NOOP("EventReport", "Nobody left early."))
    figures: dict[str, Cell] = {
        "per_day": " · ".join(per_day),
        "late": sum(len(d.late) for d in found.days),
        "left": sum(len(d.left) for d in found.days),
    }
    return [days, rounds, late, left], figures


def poll_label(state: SessionState, ps: PollState) -> str:
    """The poll's name and the day of the segment it belongs to: two polls that ask the same
    question (a pulse on Day 1 and on Day 2) are told apart."""
    located = state.show.locate(ps.poll.segment_id) if ps.poll.segment_id else None
    if located is None:
        return ps.poll.name
    day = located[0]
    name = ps.poll.name
    # A name that already says its day ("Pulse (day 2)", "Puls dag 2", "Energy, Build") keeps
    # it once: the day's title as whole words, or its number (from its title, else its place).
    titled = re.search(r"\b(?:day|dag)\s*(\d+)\b", day.title, re.IGNORECASE)
    number = titled.group(1) if titled else str(state.show.days.index(day) + 1)
    says_day = rf"\b(?:day|dag)\s*{number}\b"
    if day.title.strip():
        says_day += rf"|(?<!\w){re.escape(day.title.strip())}(?!\w)"
    if re.search(says_day, name, re.IGNORECASE):
        return name
    return f"{name} ({day.title})"


def _polls(state: SessionState, tr: Tr) -> tuple[list[Table], dict[str, Cell]]:
    results = Table(
        tr(QT_TRANSLATE_NOOP("EventReport", "Poll results")),
        [
            tr(QT_TRANSLATE_NOOP("EventReport", "Poll")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Question")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Answer")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Count")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Share (%)")),
        ],
    )
    grouped = Table(
        tr(QT_TRANSLATE_NOOP("EventReport", "Open answers by theme")),
        [
            tr(QT_TRANSLATE_NOOP("EventReport", "Question")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Theme")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Answers")),
            tr(QT_TRANSLATE_NOOP("EventReport", "For example")),
        ],
        note=tr(
            QT_TRANSLATE_NOOP(
                "EventReport",
                "Each open question's answers grouped by the word they share most (common words left out), "
                'the largest group first; answers that share no word with another are under "other".',
            )
        ),
    )
    other = tr(QT_TRANSLATE_NOOP("EventReport", "other"))
    answered = 0
    evaluation: dict[str, Cell] = {}
    for ps in state.polls.values():
        result = aggregate(ps.poll, ps.snapshot, ps.closed_at)
        if result.texts:
            grouped.rows += themes.rows(ps.poll.question, result.texts, other)
        answered += result.responses > 0
        label = poll_label(state, ps)
        results.rows.append(
            [label, ps.poll.question, tr(QT_TRANSLATE_NOOP("EventReport", "Answers")), result.responses, None]
        )
        value = headline(ps.poll, result)
        if value is not None and ps.poll.kind.value in ("rating", "nps"):
            if ps.poll.kind.value == "rating":  # the average, in the document's language (not "RATING")
                what = tr(QT_TRANSLATE_NOOP("EventReport", "Average (1–%1)")).replace("%1", str(ps.poll.scale))
            else:
                what = tr(QT_TRANSLATE_NOOP("EventReport", "Net promoter score"))
            results.rows.append([label, ps.poll.question, what, round(value, 1), None])
        for choice, count in result.counts[:20]:
            share = round(100.0 * count / result.responses, 1) if result.responses else 0.0
            results.rows.append([label, ps.poll.question, choice, count, share])
        for text in result.texts[:50]:
            results.rows.append([label, ps.poll.question, text, None, None])
        if ps.poll.evaluation and not evaluation and result.responses:
            summary = evaluation_summary(ps, None)
            shares = " · ".join(f"{choice} {round(100 * share)} %" for choice, _n, share in summary.shares)
            if summary.mean is not None and not shares:
                shares = f"{summary.mean:.1f}"
            evaluation = {"question": summary.question, "top": shares, "responses": summary.responses}
    figures: dict[str, Cell] = {"answered": answered, "polls": len(state.polls), **evaluation}
    return [results, grouped] if grouped.rows else [results], figures


def build(state: SessionState, now: datetime, tr: Tr = lambda s: s) -> EventReport:
    rows = actual_rows(state.show, state.live, now)
    time_tables, t = _time(state, rows, now, tr)
    room_tables, r = _rooms(state, now, tr)
    poll_tables, p = _polls(state, tr)
    presence_tables, a = _over_time(state, now, tr)
    not_recorded = tr(QT_TRANSLATE_NOOP("EventReport", "not recorded"))
    if t["running"]:
        late_label = tr(QT_TRANSLATE_NOOP("EventReport", "Behind schedule now (min)"))
    elif t["over_day"]:
        late_label = tr(QT_TRANSLATE_NOOP("EventReport", "Later than planned at the end of %1 (min)")).replace(
            "%1", str(t["over_day"])
        )
    else:
        late_label = tr(QT_TRANSLATE_NOOP("EventReport", "Later than planned (min)"))
    summary: list[tuple[str, Cell]] = [
        (tr(QT_TRANSLATE_NOOP("EventReport", "Days")), len(state.show.days)),
        (tr(QT_TRANSLATE_NOOP("EventReport", "Segments run")), f"{t['run']} / {t['segments']}"),
    ]
    if t["running"]:
        summary.append((tr(QT_TRANSLATE_NOOP("EventReport", "Running now")), t["running"]))
    summary += [
        (late_label, t["over"] if t["over"] is not None else "–"),
        (tr(QT_TRANSLATE_NOOP("EventReport", "Most time lost in")), t["worst"] or "–"),
        (tr(QT_TRANSLATE_NOOP("EventReport", "People in the event")), len(state.show.people)),
        (tr(QT_TRANSLATE_NOOP("EventReport", "Present on each day")), a.get("per_day") or not_recorded),
        (tr(QT_TRANSLATE_NOOP("EventReport", "Late joiners")), a.get("late", not_recorded)),
        (tr(QT_TRANSLATE_NOOP("EventReport", "Left early")), a.get("left", not_recorded)),
        (tr(QT_TRANSLATE_NOOP("EventReport", "Breakout rounds run")), r["rounds"]),
        (tr(QT_TRANSLATE_NOOP("EventReport", "New contacts per person in the rounds (mean)")), r["contacts_mean"]),
        (tr(QT_TRANSLATE_NOOP("EventReport", "Meetings across organisations (%)")), r["across_share"]),
        (tr(QT_TRANSLATE_NOOP("EventReport", "Rounds with rooms missing a host")), r["missing_rounds"]),
        (tr(QT_TRANSLATE_NOOP("EventReport", "Polls answered")), f"{p['answered']} / {p['polls']}"),
    ]
    if p.get("question"):
        summary.append((tr(QT_TRANSLATE_NOOP("EventReport", "Evaluation")), f"{p['question']} {p['top']}"))
    tables = [*time_tables, *presence_tables, _attendance(state, tr), *room_tables, *poll_tables]
    return EventReport(state.show.title, summary, tables, list(state.polls.values()))


def sheets(report: EventReport, tr: Tr = lambda s: s) -> dict[str, list[list[Cell]]]:
    """One sheet per section, plain values (the header row first)."""
    out: dict[str, list[list[Cell]]] = {
        tr(QT_TRANSLATE_NOOP("EventReport", "Summary")): [
            [tr(QT_TRANSLATE_NOOP("EventReport", "Figure")), tr(QT_TRANSLATE_NOOP("EventReport", "Value"))],
            *[[k, v] for k, v in report.summary],
        ]
    }
    for table in report.tables:
        name = "".join("-" if ch in "[]:*?/\\" else ch for ch in table.title)[:31]
        header: list[Cell] = list(table.header)
        out[name] = [header, *table.rows] if header else [[table.note]]
    return out
