"""The sample event as a session in a test's folder, its clock 30 s before the show: what
the command, remote and UI tests start from."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from facilitator_app.domain.clock import ManualClock
from facilitator_app.services.identity import Identity
from facilitator_app.services.session import Session
from facilitator_app.services.templates import instantiate, load_template, template_polls


def sample_session(folder: Path, clock: ManualClock, name: str = "Tester") -> Session:
    template = load_template()
    show = instantiate(template, datetime(2026, 12, 1).date())
    first = show.days[0]
    clock.set(datetime.combine(first.date, first.start, tzinfo=ZoneInfo(show.timezone)) - timedelta(seconds=30))
    return Session.create(folder, show, Identity("tester-0001", name), clock, template_polls(template))
