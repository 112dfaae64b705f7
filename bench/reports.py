"""Printed documents: how long each one takes to produce through the command line
(`facilitator-console report ...`, in this process, read-only fold included) for the sample
event and for a generated 300-person, 3-day event with 12 polls. Both sessions are run
through every segment with every poll answered and every breakout round planned."""

from __future__ import annotations

import random
import statistics
import sys
import tempfile
import time
from contextlib import redirect_stdout
from datetime import datetime
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
    for day in show.days:
        clock.set(datetime.combine(day.date, day.start, tzinfo=tz))
        run(ctx, "live.start", {"segment": day.segments[0].id})
        for seg in day.segments:
            clock.advance(seg.duration_s + rng.randint(-60, 240))
            if seg is day.segments[-1]:
                run(ctx, "live.end")
            else:
                run(ctx, "live.next")
    for poll_id, ps in ctx.state().polls.items():
        choices = ps.poll.choices()
        if choices:
            run(ctx, "polls.record_counts", {"poll": poll_id, "counts": {c: rng.randint(0, 60) for c in choices}})
    session.close()
    return path


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
        bench("sample event (60 people, 3 days, 26 segments, 6 polls)", sample, root / "out")
        bench("generated event (300 people, 3 days, 26 segments, 12 polls)", big, root / "out")
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main_bench())
