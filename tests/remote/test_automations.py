"""Automations: the lifecycle events found between two states, the rules read from text,
and real sends (OSC to a UDP socket, HTTP to a loopback server) that never stop the show."""

from __future__ import annotations

import asyncio
import json
from datetime import timedelta
from typing import Any

import pytest
from aiohttp import web
from pythonosc.osc_message import OscMessage

from facilitator_app.domain.clock import ManualClock
from facilitator_app.remote.automations import AutomationError, Automations, events, fill, parse
from facilitator_app.services.session import Session

from .conftest import run, serving


def state(seg: str | None, status: str = "running", phase: str = "normal", left: float = 300) -> dict[str, Any]:
    base = "2026-12-01T09:00:00+00:00"
    ends = None
    if seg is not None and status == "running":
        from datetime import datetime

        ends = (datetime.fromisoformat(base) + timedelta(seconds=left)).isoformat()
    return {
        "server_time": base,
        "status": status,
        "phase": phase,
        "segment": None if seg is None else {"id": seg, "title": f"Title {seg}", "ends_at": ends},
        "next": {"title": "After"},
    }


def test_lifecycle_events_between_two_states() -> None:
    assert events(None, state("a")) == []
    assert events(state(None, "idle", "idle"), state("a")) == ["segment_start"]
    assert events(state("a"), state("b")) == ["segment_start"]
    assert events(state("a"), state("a", phase="warning", left=100)) == ["warning"]
    assert events(state("a", phase="warning"), state("a", phase="danger", left=20)) == ["danger"]
    assert events(state("a", phase="normal"), state("a", phase="danger", left=20)) == ["danger"]
    assert events(state("a", phase="danger"), state("a", phase="overtime", left=0)) == ["zero"]
    assert events(state("a", phase="overtime", left=-5), state("a", phase="overtime", left=-60)) == ["overtime"]
    assert events(state("a", phase="overtime", left=-61), state("a", phase="overtime", left=-120)) == []
    assert events(state("a"), state("a", status="paused")) == ["pause"]
    assert events(state("a", status="paused"), state("a")) == []  # a resume is no new start
    assert events(state("a"), state(None, status="ended", phase="idle")) == ["end"]
    assert events(state("a", phase="warning"), state("a", phase="normal", left=400)) == []  # +1 min


def test_rules_are_read_from_lines_and_bad_lines_are_named() -> None:
    rules = parse(
        """
        # comments and blank lines are skipped
        segment_start osc 127.0.0.1:53000 /cue/go "{segment.title}" 5
        warning http POST http://127.0.0.1:8000/style '{"bgcolor": "#ffc857"}'
        """
    )
    assert [(r.event, r.kind, r.target, r.address) for r in rules] == [
        ("segment_start", "osc", "127.0.0.1:53000", "/cue/go"),
        ("warning", "http", "http://127.0.0.1:8000/style", "POST"),
    ]
    assert rules[0].args == ("{segment.title}", "5")
    for bad, words in (
        ("fly osc 1.2.3.4:5 /x", "not an event"),
        ("warning osc 1.2.3.4 /x", "HOST:PORT"),
        ("warning osc 1.2.3.4:5 x", "address"),
        ("warning http FETCH http://x", "method"),
        ("warning http GET ftp://x", "http(s) URL"),
        ("warning smoke signal now", "neither osc nor http"),
        ('warning osc 1.2.3.4:5 /x "open', "line 2"),
    ):
        with pytest.raises(AutomationError, match=words.replace("(", r"\(").replace(")", r"\)")):
            parse(("# first\n" if words == "line 2" else "") + bad)


def test_values_are_filled_from_the_state() -> None:
    now = state("a")
    assert fill("{segment.title} then {next.title} ({event}, {phase})", now, "warning") == (
        "Title a then After (warning, normal)"
    )
    assert fill('{"nothing": "{segment.lead}"}', now, "x") == '{"nothing": ""}'


class Receiver(asyncio.DatagramProtocol):
    def __init__(self) -> None:
        self.got: asyncio.Queue[list[Any]] = asyncio.Queue()

    def datagram_received(self, data: bytes, _addr: Any) -> None:
        message = OscMessage(data)
        self.got.put_nowait([message.address, *message.params])


def test_automations_send_osc_and_http_and_report_a_failed_target(session: Session, clock: ManualClock) -> None:
    async def main() -> None:
        loop = asyncio.get_running_loop()
        transport, receiver = await loop.create_datagram_endpoint(Receiver, local_addr=("127.0.0.1", 0))
        osc_port = transport.get_extra_info("sockname")[1]
        posted: asyncio.Queue[dict[str, Any]] = asyncio.Queue()

        async def hook(request: web.Request) -> web.Response:
            posted.put_nowait(await request.json())
            return web.Response(text="ok")

        app = web.Application()
        app.router.add_post("/hook", hook)
        runner = web.AppRunner(app)
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        http_port = runner.addresses[0][1]
        failures: list[str] = []
        rules = parse(
            f"""
            segment_start osc 127.0.0.1:{osc_port} /scene "{{segment.title}}" 3
            warning http POST http://127.0.0.1:{http_port}/hook '{{"event": "{{event}}", "title": "{{segment.title}}"}}'
            warning http GET http://127.0.0.1:{http_port}/missing
            """
        )
        automations = Automations(rules, failures.append)
        try:
            async with serving(session, clock) as server:
                server.listeners.append(automations)
                server.run("live.start", {})
                title = session.state.show.days[0].segments[0].title
                assert await asyncio.wait_for(receiver.got.get(), 5) == ["/scene", title, 3]
                seg = session.state.show.days[0].segments[0]
                clock.set(session.state.live.end_at - timedelta(seconds=seg.warning_threshold_s - 1))  # type: ignore[operator]
                server.notify()
                assert await asyncio.wait_for(posted.get(), 5) == {"event": "warning", "title": title}
                for _ in range(200):
                    if failures:
                        break
                    await asyncio.sleep(0.01)
                assert failures and "HTTP 404" in failures[0] and "/missing" in failures[0]
                server.run("live.next", {})  # the show goes on
                assert session.state.live.segment_id == session.state.show.days[0].segments[1].id
        finally:
            transport.close()
            await automations.aclose()
            await runner.cleanup()
        assert ("segment_start", f"127.0.0.1:{osc_port}") in automations.sent

    run(main)


def test_document_example_parses() -> None:
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[2] / "docs" / "REMOTE.md").read_text(encoding="utf-8")
    block = doc.split("```automations", 1)[1].split("```", 1)[0]
    assert len(parse(block)) >= 3
    assert json  # the module is used by the fixtures above
