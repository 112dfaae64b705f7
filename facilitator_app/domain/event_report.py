"""The event report's content for the client: a summary of the figures a client asks for,
then time (planned vs actual), attendance, rooms and polls, each as a plain table (the
XLSX writes them as they are; the PDF paints them with the app's charts). Labels are
English sources marked for translation (context "EventReport"); a ``tr`` turns them into
the reader's language."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from zoneinfo import ZoneInfo

from . import themes
from .polls import PollState, aggregate, evaluation_summary, headline
from .presence import GUEST
from .report import ActualRow, RowStatus, actual_rows
from .room_rounds import breakout_ids
from .state import SessionState
from .text import QT_TRANSLATE_NOOP

Tr = Callable[[str], str]
Cell = object


@dataclass
class Table:
    title: str
    header: list[str]
    rows: list[list[Cell]] = field(default_factory=list)
    note: str = ""


@dataclass
class EventReport:
    event: str
    summary: list[tuple[str, Cell]]
    tables: list[Table]
    polls: list[PollState]


def _min(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds / 60, 1)


def _t(moment: datetime | None, tz: ZoneInfo) -> str:
    return moment.astimezone(tz).strftime("%Y-%m-%d %H:%M") if moment else ""


def _time(state: SessionState, rows: list[ActualRow], tr: Tr) -> tuple[list[Table], dict[str, Cell]]:
    tz = ZoneInfo(state.show.timezone)
    seg = Table(
        tr(QT_TRANSLATE_NOOP("EventReport", "Time: planned vs actual per segment")),
        [
            tr(QT_TRANSLATE_NOOP("EventReport", "Day")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Segment")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Planned start")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Planned min")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Actual start")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Actual min")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Over (min)")),
        ],
    )
    for r in rows:
        seg.rows.append(
            [
                r.day_title,
                r.title,
                _t(r.planned_start, tz),
                _min(r.planned_duration_s),
                _t(r.actual_start, tz),
                _min(r.actual_duration_s),
                _min(r.duration_delta_s),
            ]
        )
    days = Table(
        tr(QT_TRANSLATE_NOOP("EventReport", "Time per day")),
        [
            tr(QT_TRANSLATE_NOOP("EventReport", "Day")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Planned min")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Actual min")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Over (min)")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Segments run")),
        ],
    )
    total_over = 0.0
    for day in state.show.days:
        mine = [r for r in rows if r.day_title == day.title and r.actual_duration_s is not None]
        planned = sum(r.planned_duration_s for r in mine)
        actual = sum(r.actual_duration_s or 0.0 for r in mine)
        total_over += actual - planned
        days.rows.append([day.title, _min(planned), _min(actual), _min(actual - planned), len(mine)])
    lost = sorted((r for r in rows if (r.duration_delta_s or 0) > 0), key=lambda r: -(r.duration_delta_s or 0))
    where = Table(
        tr(QT_TRANSLATE_NOOP("EventReport", "Where time was lost")),
        [
            tr(QT_TRANSLATE_NOOP("EventReport", "Segment")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Over (min)")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Started late (min)")),
        ],
        [[r.title, _min(r.duration_delta_s), _min(r.start_delta_s)] for r in lost[:10]],
    )
    ran = [r for r in rows if r.status in (RowStatus.DONE, RowStatus.RUNNING)]
    figures: dict[str, Cell] = {
        "run": len(ran),
        "segments": len(rows),
        "over": _min(total_over),
        "worst": lost[0].title if lost else "",
    }
    return [days, seg, where], figures


def _meetings(state: SessionState) -> tuple[dict[str, set[str]], int, int]:
    """Who met whom over the planned rounds; meetings across organisations and all."""
    org = {p.id: p.organisation for p in state.show.people}
    met: dict[str, set[str]] = {}
    across = total = 0
    for sid in breakout_ids(state.show):
        for room in state.rooms.plans.get(sid, ()):
            for a, b in itertools.combinations(room.members, 2):
                met.setdefault(a, set()).add(b)
                met.setdefault(b, set()).add(a)
                total += 1
                across += bool(org.get(a) and org.get(b) and org.get(a) != org.get(b))
    return met, across, total


def _rooms(state: SessionState, tr: Tr) -> tuple[list[Table], dict[str, Cell]]:
    met, across, total = _meetings(state)
    names = {p.id: p for p in state.show.people}
    hosts = {p.id for p in state.show.people if p.host}
    titles = {s.id: s.title for d in state.show.days for s in d.segments}
    rounds = Table(
        tr(QT_TRANSLATE_NOOP("EventReport", "Breakout rounds")),
        [
            tr(QT_TRANSLATE_NOOP("EventReport", "Round")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Rooms")),
            tr(QT_TRANSLATE_NOOP("EventReport", "People")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Rooms without a host")),
        ],
    )
    missing_rounds = 0
    for sid in breakout_ids(state.show):
        rooms = state.rooms.plans.get(sid, ())
        missing = sum(1 for r in rooms if r.members and not (r.host or set(r.members) & hosts))
        missing_rounds += bool(missing)
        rounds.rows.append([titles.get(sid, sid), len(rooms), sum(len(r.members) for r in rooms), missing])
    people = Table(
        tr(QT_TRANSLATE_NOOP("EventReport", "New contacts per person")),
        [
            tr(QT_TRANSLATE_NOOP("EventReport", "Name")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Organisation")),
            tr(QT_TRANSLATE_NOOP("EventReport", "New contacts")),
            tr(QT_TRANSLATE_NOOP("EventReport", "Of them from another organisation")),
        ],
    )
    for p in state.show.people:
        others = met.get(p.id, set())
        other_org = sum(1 for o in others if names[o].organisation and names[o].organisation != p.organisation)
        people.rows.append([p.name, p.organisation, len(others), other_org])
    contacts = [len(met.get(p.id, ())) for p in state.show.people]
    figures: dict[str, Cell] = {
        "contacts_mean": round(sum(contacts) / len(contacts), 1) if contacts else 0.0,
        "across_share": round(100.0 * across / total, 1) if total else None,
        "rounds": len(rounds.rows),
        "missing_rounds": missing_rounds,
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
                "From the session: the people list, who was placed in each round, who was marked as left, and "
                "the people present when each poll's result was taken.",
            )
        ),
    )
    table.rows.append([tr(QT_TRANSLATE_NOOP("EventReport", "People in the event")), len(state.show.people)])
    table.rows.append([tr(QT_TRANSLATE_NOOP("EventReport", "Marked as left")), len(state.rooms.absent)])
    for sid in breakout_ids(state.show):
        rooms = state.rooms.plans.get(sid)
        if rooms:
            table.rows.append([titles.get(sid, sid), sum(len(r.members) for r in rooms)])
    for ps in state.polls.values():
        if ps.snapshot is not None and ps.snapshot.present is not None:
            table.rows.append([ps.poll.name, ps.snapshot.present])
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


def _polls(state: SessionState, tr: Tr) -> tuple[list[Table], dict[str, Cell]]:
    results = Table(
        tr(QT_TRANSLATE_NOOP("EventReport", "Poll results")),
        [
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
        results.rows.append([ps.poll.question, tr(QT_TRANSLATE_NOOP("EventReport", "Answers")), result.responses, None])
        value = headline(ps.poll, result)
        if value is not None and ps.poll.kind.value in ("rating", "nps"):
            results.rows.append([ps.poll.question, ps.poll.kind.value.upper(), round(value, 1), None])
        for choice, count in result.counts[:20]:
            share = round(100.0 * count / result.responses, 1) if result.responses else 0.0
            results.rows.append([ps.poll.question, choice, count, share])
        for text in result.texts[:50]:
            results.rows.append([ps.poll.question, text, None, None])
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
    time_tables, t = _time(state, rows, tr)
    room_tables, r = _rooms(state, tr)
    poll_tables, p = _polls(state, tr)
    presence_tables, a = _over_time(state, now, tr)
    not_recorded = tr(QT_TRANSLATE_NOOP("EventReport", "not recorded"))
    summary: list[tuple[str, Cell]] = [
        (tr(QT_TRANSLATE_NOOP("EventReport", "Days")), len(state.show.days)),
        (tr(QT_TRANSLATE_NOOP("EventReport", "Segments run")), f"{t['run']} / {t['segments']}"),
        (tr(QT_TRANSLATE_NOOP("EventReport", "Total overrun (min)")), t["over"]),
        (tr(QT_TRANSLATE_NOOP("EventReport", "Most time lost in")), t["worst"] or "–"),
        (tr(QT_TRANSLATE_NOOP("EventReport", "People in the event")), len(state.show.people)),
        (tr(QT_TRANSLATE_NOOP("EventReport", "Present on each day")), a.get("per_day") or not_recorded),
        (tr(QT_TRANSLATE_NOOP("EventReport", "Late joiners")), a.get("late", not_recorded)),
        (tr(QT_TRANSLATE_NOOP("EventReport", "Left early")), a.get("left", not_recorded)),
        (tr(QT_TRANSLATE_NOOP("EventReport", "Breakout rounds")), r["rounds"]),
        (tr(QT_TRANSLATE_NOOP("EventReport", "New contacts per person (mean)")), r["contacts_mean"]),
        (
            tr(QT_TRANSLATE_NOOP("EventReport", "Meetings across organisations (%)")),
            r["across_share"] if r["across_share"] is not None else "–",
        ),
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
