"""Printed documents: how long each one takes to produce through the command line
(`facilitator-console report ...`, in this process, read-only fold included) for the sample
event and for a generated 300-person, 3-day event with 12 polls. Both sessions are run
through every segment with every poll answered and every breakout round planned, an open
question answered by most people, and presence recorded as the console in control records
it: the roster every minute of each day, people joining (some late), leaving for a few
minutes two or three times a day, some leaving early, a few guests."""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from contextlib import redirect_stdout
from datetime import datetime, timedelta
from io import StringIO
from pathlib import Path
from zoneinfo import ZoneInfo

from common import offscreen

offscreen()

from PySide6.QtGui import QGuiApplication  # noqa: E402

from facilitator_app.app import main  # noqa: E402
from facilitator_app.commands import run  # noqa: E402
from facilitator_app.commands.headless import session_context  # noqa: E402
from facilitator_app.domain.clock import ManualClock  # noqa: E402
from facilitator_app.services.identity import Identity  # noqa: E402
from facilitator_app.services.session import Session  # noqa: E402
from facilitator_app.services.templates import instantiate, load_template, template_polls  # noqa: E402

ORGS = ("Älvkraft", "Fjällnät", "Kustvind")


def big_template() -> dict:
    template = load_template()
    show = template["show"]
    rng = random.Random(3)
    show["people"] = [
        {
            "id": f"p{i:03d}",
            "name": f"Person {i:03d}",
            "email": f"person{i:03d}@example.org",
            "organisation": ORGS[i % 3],
            "host": i < 45,
        }
        for i in range(300)
    ]
    polls = template["polls"]
    segments = [s["id"] for d in show["days"] for s in d["segments"] if s["kind"] in ("plenary", "poll")]
    for n in range(12 - len(polls)):
        polls.append(
            {
                "id": f"extra-{n}",
                "kind": "rating" if n % 2 else "single",
                "question": f"Extra question {n}: how useful was this part?",
                "options": [] if n % 2 else ["Very", "Somewhat", "Not really"],
                "scale": 5,
                "segment_id": rng.choice(segments),
                "series": "useful" if n % 2 else "",
            }
        )
    return template


def build(root: Path, template: dict, seconds: float) -> Path:
    show = instantiate(template, datetime(2026, 12, 1).date())
    clock = ManualClock()
    tz = ZoneInfo(show.timezone)
    path = root / "bench.fcsession"
    session = Session.create(path, show, Identity("bench-0001", "Bench"), clock, template_polls(template))
    ctx = session_context(session, clock)
    run(ctx, "rooms.options", {"seconds": seconds})
    run(ctx, "rooms.plan_all")
    rng = random.Random(1)
    people = list(show.people)
    for day in show.days:
        start = datetime.combine(day.date, day.start, tzinfo=tz)
        steps: list[tuple[datetime, str, str]] = [(start, "0 live.start", day.segments[0].id)]
        at = start
        for seg in day.segments:
            at += timedelta(seconds=seg.duration_s + rng.randint(-60, 240))
            steps.append((at, "0 live.end" if seg is day.segments[-1] else "0 live.next", ""))
        end = at
        plan = attendance_plan(people, start, end, rng)
        tick = start - timedelta(minutes=10)
        while tick <= end + timedelta(minutes=5):
            steps.append((tick, "1 roster", ""))
            tick += timedelta(minutes=1)
        for moment, what, segment in sorted(steps):
            clock.set(moment)
            if what == "0 live.start":
                run(ctx, "live.start", {"segment": segment})
            elif what.startswith("0 "):
                run(ctx, what[2:])
            else:
                here = [{"name": n, "email": e} for n, e, ivs in plan if any(j <= moment < k for j, k in ivs)]
                run(ctx, "people.record_presence", {"roster": here, "source": "bench"})
    for poll_id, ps in ctx.state().polls.items():
        choices = ps.poll.choices()
        if choices:
            run(ctx, "polls.record_counts", {"poll": poll_id, "counts": {c: rng.randint(0, 60) for c in choices}})
    open_poll = {"id": "open-wishes", "kind": "text", "question": "What should we keep doing?", "title": "Wishes"}
    run(ctx, "polls.define", {"poll": open_poll})
    words = ("networking", "breakout rooms", "coffee", "kaffe", "kollegor", "speakers", "the venue", "more time")
    answers = [
        {"respondent": p.email or p.name, "value": f"{rng.choice(words).capitalize()} and {rng.choice(words)}!"}
        for p in people
        if rng.random() < 0.7
    ]
    snapshot = {"source": "bench", "at": clock.now().isoformat(), "answers": answers}
    run(ctx, "polls.record_results", {"poll": "open-wishes", "snapshot": snapshot})
    session.close()
    return path


def attendance_plan(
    people: list, start: datetime, end: datetime, rng: random.Random
) -> list[tuple[str, str, list[tuple[datetime, datetime]]]]:
    """Who is in the meeting when on one day: most join in the ten minutes around the start,
    8 % 15-60 minutes late, 6 % leave for good 30 minutes to 2 hours early, everyone steps
    out 2-3 times for 2-15 minutes; 5 % do not come; three guests not on the list."""

    def minutes(a: float, b: float) -> timedelta:
        return timedelta(minutes=rng.uniform(a, b))

    plan = []
    for p in [*people, *(type(people[0])(f"g{i}", f"Guest {i}") for i in range(3))]:
        if rng.random() < 0.05:
            continue
        join = start + (minutes(15, 60) if rng.random() < 0.08 else minutes(-10, 3))
        leave = end - minutes(30, 120) if rng.random() < 0.06 else end + timedelta(minutes=5)
        ivs, at = [], join
        for _ in range(rng.randint(2, 3)):
            out = at + (leave - at) * rng.uniform(0.2, 0.6)
            if out >= leave:
                break
            ivs.append((at, out))
            at = out + minutes(2, 15)
        if at < leave:
            ivs.append((at, leave))
        plan.append((p.name, p.email, ivs))
    return plan


def timed(args: list[str], repeats: int = 3) -> tuple[float, str]:
    times = []
    out = ""
    for _ in range(repeats):
        buf = StringIO()
        started = time.perf_counter()
        with redirect_stdout(buf):
            code = main(args)
        times.append(time.perf_counter() - started)
        out = buf.getvalue().strip()
        if code != 0:
            raise SystemExit(f"{args} exited {code}")
    return statistics.median(times), out


def bench(name: str, path: Path, out: Path) -> None:
    print(f"\n{name}")
    docs = [
        ("run sheet, producer (PDF)", ["runsheet", str(path), "--out", str(out / "sheet.pdf")]),
        ("run sheet, Swedish (PDF)", ["runsheet", str(path), "--out", str(out / "sheet-sv.pdf"), "--lang", "sv"]),
        (
            "run sheet, a host (PDF)",
            [
                "runsheet",
                str(path),
                "--out",
                str(out / "host.pdf"),
                "--role",
                "host",
                "--person",
                "Person 000" if "300" in name else "Anna Forsberg",
            ],
        ),
        ("calendar (ICS)", ["ics", str(path), "--out", str(out / "show.ics")]),
        ("event report (PDF)", ["event", str(path), "--out", str(out / "event.pdf")]),
        ("event report (XLSX)", ["event", str(path), "--out", str(out / "event.xlsx")]),
    ]
    for label, args in docs:
        seconds, said = timed(["report", *args])
        print(f"  {label:28} {seconds * 1000:8.1f} ms   {said.split('(', 1)[-1].rstrip(')')}")


def main_bench() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "a").mkdir()
        (root / "b").mkdir()
        (root / "out").mkdir()
        started = time.perf_counter()
        sample = build(root / "a", load_template(), 0.5)
        big = build(root / "b", big_template(), 2.0)
        print(f"(sessions built in {time.perf_counter() - started:.1f} s; median of 3 runs per document)")
        for label, path in (("sample", sample), ("generated", big)):
            events = sum(1 for f in (path / "events").glob("*.jsonl") for line in f.open() if '"presence.' in line)
            print(f"  {label}: {events} presence events")
        bench("sample event (60 people, 3 days, 26 segments, 7 polls, presence)", sample, root / "out")
        bench("generated event (300 people, 3 days, 26 segments, 13 polls, presence)", big, root / "out")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main_bench())
