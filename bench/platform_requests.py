"""Requests per sync cycle for 1,000 people on each platform, and what the clients do
against each strict-platform behaviour (tests/contract/strict_server.py: a loopback server
that answers the way the platforms' documentation allows, checked against their contracts).

Counts are exact (they do not depend on the machine); the server runs in this process."""

from __future__ import annotations

import asyncio
import tempfile
import time
from pathlib import Path
from typing import Any

import common  # noqa: F401  (puts the project on sys.path)

from facilitator_app.services.outbox import Outbox
from facilitator_app.services.platforms.base import PlatformError
from facilitator_app.services.platforms.graph import GraphClient
from facilitator_app.services.platforms.webex import WebexClient
from facilitator_app.services.platforms.zoom import ZoomClient
from facilitator_app.services.sync import TeamsSync, WebexSync, ZoomSync
from tests.contract.strict_server import INSTANCE, SERIES, Strict, StrictServer

N = 1000
MEETING = "85746065432"
ROOMS = [{"name": f"Room {i}", "emails": [f"p{j}@example.org" for j in range(i, N, 100)]} for i in range(100)]


def queue(outbox: Outbox, platform: str) -> None:
    outbox.add(platform, "assignments", {"rooms": ROOMS})
    if platform == "zoom":
        for i in range(5):
            outbox.add("zoom", "poll.create", {"title": f"Pulse {i}", "question": f"Pulse {i}?", "options": ["A", "B"]})
    outbox.add(platform, "meeting.end", {})


def by_endpoint(client: Any) -> str:
    return ", ".join(f"{k} ×{v}" for k, v in sorted(client.by_endpoint.items()))


async def cycles(make: Any, platform: str, server: StrictServer, with_queue: bool, label: str) -> list[str]:
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        outbox = Outbox(Path(tmp) / "cache.sqlite3")
        if with_queue:
            queue(outbox, platform)
        client, sync = make(server.url, outbox)
        for n in (1, 2):
            client.by_endpoint.clear()
            report = await sync.cycle()
            out.append(
                f"| {label} | {n} | {report.requests} | {report.participants} | {report.drain.sent} | "
                f"{by_endpoint(client)} |"
            )
        await client.aclose()
        outbox.close()
    return out


def zoom_sync(url: str, outbox: Outbox) -> Any:
    client = ZoomClient("token", base_url=url)
    return client, ZoomSync(client, outbox, MEETING)


def webex_sync(url: str, outbox: Outbox) -> Any:
    client = WebexClient("token", base_url=url)
    return client, WebexSync(client, outbox, SERIES)


def teams_sync(url: str, outbox: Outbox) -> Any:
    client = GraphClient("token", base_url=url)
    return client, TeamsSync(client, outbox, "producer@example.org", "MSpkYzE3Yjk")


async def per_cycle() -> None:
    print(f"### Requests per sync cycle, {N} people (cycle 1, then the next cycle)\n")
    print("| platform, moment | cycle | requests | present | changes sent | calls |")
    print("|---|---|---|---|---|---|")
    rows: list[str] = []
    scenarios = [
        ("Zoom Business, live, queue empty", "zoom", Strict(people=N), zoom_sync, False, StrictServer.zoom),
        (
            "Zoom Business, live, 100 rooms + 5 polls + end queued",
            "zoom",
            Strict(people=N),
            zoom_sync,
            True,
            StrictServer.zoom,
        ),
        ("Zoom Pro, live, queue empty", "zoom", Strict(people=N, plan="pro"), zoom_sync, False, StrictServer.zoom),
        (
            "Zoom Pro, after the meeting",
            "zoom",
            Strict(people=N, plan="pro", status="waiting"),
            zoom_sync,
            False,
            StrictServer.zoom,
        ),
        (
            "Webex, live, 300 in breakout sessions",
            "webex",
            Strict(people=N, breakout_people=300),
            webex_sync,
            False,
            StrictServer.webex,
        ),
        ("Webex, live, 100 sessions + end queued", "webex", Strict(people=N), webex_sync, True, StrictServer.webex),
        (
            "Teams, after the meeting (3 sessions)",
            "teams",
            Strict(people=N, sessions=3),
            teams_sync,
            False,
            StrictServer.graph,
        ),
    ]
    for label, platform, strict, make, with_queue, server_of in scenarios:
        strict.budget = 10_000
        with server_of(strict) as server:
            rows += await cycles(make, platform, server, with_queue, label)
    print("\n".join(rows))


async def outcome(label: str, strict: Strict, server_of: Any, step: Any) -> str:
    strict.budget = 500
    with server_of(strict) as server:
        t = time.perf_counter()
        try:
            said = await step(server.url)
        except PlatformError as exc:
            said = f"{type(exc).__name__}: {exc}"
        ms = (time.perf_counter() - t) * 1000
    said = str(said).replace("|", "/")
    return f"| {label} | {strict.requests} | {ms:.0f} ms | {said} |"


async def behaviours() -> None:
    print("\n### Strict-platform behaviours: requests sent and what the console said\n")
    print("| behaviour | requests | time | outcome |")
    print("|---|---|---|---|")

    async def zoom_roster(url: str) -> str:
        client = ZoomClient("token", base_url=url)
        people = await client.participants(MEETING)
        await client.aclose()
        return f"{len(people)} read; " + ("; ".join(client.notes) or "the platform ended the list")

    async def graph_reports(url: str) -> str:
        client = GraphClient("token", base_url=url)
        reports = await client.attendance_reports("producer@example.org", "MSpkYzE3Yjk")
        await client.aclose()
        return f"{len(reports)} reports; " + "; ".join(client.notes)

    async def webex_roster(url: str) -> str:
        client = WebexClient("token", base_url=url)
        people = await client.participants(INSTANCE)
        await client.aclose()
        return f"{len(people)} read (Link: first, prev, next); " + ("; ".join(client.notes) or "ended at the last page")

    async def webex_polls(url: str) -> str:
        client = WebexClient("token", base_url=url)
        items = await client.poll_results(INSTANCE)
        await client.aclose()
        return f"{sum(i['totalRespondents'] for i in items)} respondents over {len(items)} pages"

    async def zoom_cycle(url: str, **queue_kw: Any) -> str:
        with tempfile.TemporaryDirectory() as tmp:
            outbox = Outbox(Path(tmp) / "c.sqlite3")
            queue(outbox, "zoom")
            client = ZoomClient("token", base_url=url, **queue_kw)
            report = await ZoomSync(client, outbox, MEETING).cycle()
            await client.aclose()
            outbox.close()
        parts = [f"{report.drain.sent} of 7 changes sent, {report.drain.waiting} waiting"]
        parts += [f"{k} unavailable: {v}" for k, v in report.unavailable.items()]
        if report.drain.stopped:
            parts.append(f"held: {report.drain.stopped}")
        return "; ".join(parts)

    async def refresh() -> str:
        return "new"

    async def retry_after(url: str) -> str:
        with tempfile.TemporaryDirectory() as tmp:
            outbox = Outbox(Path(tmp) / "c.sqlite3")
            outbox.add("zoom", "poll.create", {"title": "P", "question": "P?", "options": ["A", "B"]})
            client = ZoomClient("token", base_url=url)
            now = time.time()
            await outbox.drain("zoom", ZoomSync(client, outbox, MEETING).senders, {}, now)
            wait = outbox.items("zoom")[0].next_at - now
            await client.aclose()
            outbox.close()
        return f"the poll waits {wait:.0f} s (the server said 120 s)"

    async def webex_ids(url: str) -> str:
        with tempfile.TemporaryDirectory() as tmp:
            outbox = Outbox(Path(tmp) / "c.sqlite3")
            outbox.add("webex", "assignments", {"rooms": ROOMS[:3]})
            client = WebexClient("token", base_url=url)
            sync = WebexSync(client, outbox, SERIES)
            report = await sync.cycle()
            await client.aclose()
            outbox.close()
        return (
            f"series {sync.ids.scheduled} → instance {sync.ids.instance}; rooms sent to the series, "
            f"poll results read from the instance; {report.participants} present, {report.in_rooms} in rooms"
        )

    async def zoom_end(url: str) -> str:
        with tempfile.TemporaryDirectory() as tmp:
            outbox = Outbox(Path(tmp) / "c.sqlite3")
            outbox.add("zoom", "meeting.end", {})
            client = ZoomClient("token", base_url=url)
            sync = ZoomSync(client, outbox, MEETING)
            first = await outbox.drain("zoom", sync.senders, sync.checkers, time.time())
            second = await outbox.drain("zoom", sync.senders, sync.checkers, time.time())
            await client.aclose()
            outbox.close()
        return f"answer lost ({first.stopped}); read back: ended = {second.read_back == 1}, sent once"

    async def teams_latest(url: str) -> str:
        with tempfile.TemporaryDirectory() as tmp:
            outbox = Outbox(Path(tmp) / "c.sqlite3")
            client = GraphClient("token", base_url=url)
            report = await TeamsSync(client, outbox, "producer@example.org", "MSpkYzE3Yjk").cycle()
            await client.aclose()
            outbox.close()
        return f"{report.participants} attended (reports of 2, 3 and 4 people: the latest one)"

    rows = [
        await outcome(
            "Zoom: the contract's example page (token repeats, total_records 1)",
            Strict(paging="example"),
            StrictServer.zoom,
            zoom_roster,
        ),
        await outcome(
            "Zoom: next_page_token repeats, no total", Strict(people=N, paging="repeat"), StrictServer.zoom, zoom_roster
        ),
        await outcome(
            "Zoom: a new token on every page, forever", Strict(paging="endless"), StrictServer.zoom, zoom_roster
        ),
        await outcome("Graph: @odata.nextLink repeats", Strict(next_link="repeat"), StrictServer.graph, graph_reports),
        await outcome("Webex: Link with first, prev before next", Strict(people=N), StrictServer.webex, webex_roster),
        await outcome(
            "Webex: poll results paged (250 respondents)", Strict(poll_respondents=250), StrictServer.webex, webex_polls
        ),
        await outcome("Zoom Pro: Dashboard answers 400", Strict(plan="pro"), StrictServer.zoom, zoom_cycle),
        await outcome(
            "Zoom: daily limit of meeting updates used up", Strict(daily_left=0), StrictServer.zoom, zoom_cycle
        ),
        await outcome(
            "Zoom: a 401 that a refresh cures",
            Strict(valid_tokens={"new"}),
            StrictServer.zoom,
            lambda u: zoom_cycle(u, refresh=refresh),
        ),
        await outcome("Zoom: 401, no refresh possible", Strict(valid_tokens={"new"}), StrictServer.zoom, zoom_cycle),
        await outcome(
            "Zoom: the token lacks meeting:write",
            Strict(missing_scopes={"meeting:write"}),
            StrictServer.zoom,
            zoom_cycle,
        ),
        await outcome(
            "Zoom: 429 with Retry-After as an HTTP-date", Strict(retry_after="date"), StrictServer.zoom, retry_after
        ),
        await outcome(
            "Zoom: 429 with Retry-After as an ISO timestamp", Strict(retry_after="iso"), StrictServer.zoom, retry_after
        ),
        await outcome(
            "Webex: a series id (breakouts) vs an instance id (poll results)",
            Strict(people=6, breakout_people=4),
            StrictServer.webex,
            webex_ids,
        ),
        await outcome("Zoom: end meeting, the answer lost", Strict(drop_end=True), StrictServer.zoom, zoom_end),
        await outcome(
            "Teams: one attendance report per session", Strict(sessions=3, people=4), StrictServer.graph, teams_latest
        ),
    ]
    print("\n".join(rows))


async def main() -> None:
    await per_cycle()
    await behaviours()


if __name__ == "__main__":
    asyncio.run(main())
