"""The rehearsal platform over real HTTP on 127.0.0.1, and the outbox under injected faults."""

from __future__ import annotations

import asyncio
import os
import random
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from facilitator_app.domain.rehearsal import MeetingSimulation
from facilitator_app.services.outbox import Outbox
from facilitator_app.services.platforms.base import AuthError, BadResponse, Transient
from facilitator_app.services.platforms.rehearsal import RehearsalClient
from facilitator_app.services.rehearsal_server import Fault, RehearsalPlatform, RehearsalServer
from facilitator_app.services.sync import RehearsalSync

ROOT = Path(__file__).resolve().parents[2]


def roster(n: int) -> list[tuple[str, str, str]]:
    return [(f"p{i}", f"Person {i}", f"p{i:04d}@example.org") for i in range(n)]


@pytest.fixture
def server() -> Iterator[RehearsalServer]:
    platform = RehearsalPlatform(MeetingSimulation.from_roster(roster(700), seed=9), "m1", "Kickoff", token="secret")
    platform.started -= 400  # the meeting has been on for 400 s: everyone who comes is in
    srv = RehearsalServer(platform).start()
    yield srv
    srv.stop()


def run(coro):
    return asyncio.run(coro)


def test_live_roster_is_paged_and_cached(tmp_path: Path, server: RehearsalServer) -> None:
    async def go() -> None:
        client = RehearsalClient(server.url, "secret")
        outbox = Outbox(tmp_path / "cache.sqlite3")
        # A poll launched two minutes ago in the host client: its answers are pulled too.
        server.platform.sim.launch_poll("p1", "Energy?", ["1", "2", "3", "4", "5"], server.platform.t() - 120)
        report = await RehearsalSync(client, outbox).cycle(now=1000.0)
        (poll,) = outbox.cache_get("polls/rehearsal")[0]  # type: ignore[index]
        assert poll["status"] == "started" and sum(poll["counts"].values()) > 500
        await client.aclose()
        present = len(server.platform.sim.present(server.platform.t()))
        assert report.participants == present > 600
        assert server.platform.requests["GET /v1/participants"] == -(-present // 300)  # ceil(n/300)
        cached, at = outbox.cache_get("roster/rehearsal")  # type: ignore[misc]
        assert len(cached) == present and at == 1000.0
        assert report.status == "online" and client.server_offset_s is not None
        outbox.close()

    run(go())


def test_a_wrong_token_and_bad_answers_are_named(server: RehearsalServer) -> None:
    async def go() -> None:
        wrong = RehearsalClient(server.url, "nope")
        with pytest.raises(AuthError, match=r"Invalid access token.*sign in again"):
            await wrong.meeting()
        await wrong.aclose()
        client = RehearsalClient(server.url, "secret")
        server.platform.faults.add(Fault("bad-json", "GET"), Fault("html", "GET"), Fault("503", "GET"))
        with pytest.raises(BadResponse, match="malformed JSON"):
            await client.participants()
        with pytest.raises(Transient, match=r"502.*not JSON"):
            await client.meeting()
        with pytest.raises(Transient, match="503"):
            await client.meeting()
        assert (await client.meeting())["topic"] == "Kickoff"
        await client.aclose()
        dead = RehearsalClient("http://127.0.0.1:9", "secret")
        with pytest.raises(Transient, match="cannot reach"):
            await dead.meeting()
        await dead.aclose()

    run(go())


def test_outbox_survives_every_fault_without_duplicates(tmp_path: Path, server: RehearsalServer) -> None:
    platform = server.platform

    async def go() -> None:
        outbox = Outbox(tmp_path / "cache.sqlite3", rng=random.Random(1))
        rooms = [
            {"name": f"Room {i}", "emails": [f"p{j:04d}@example.org" for j in range(i, 700, 20)]} for i in range(20)
        ]
        outbox.add("rehearsal", "assignments", {"rooms": rooms})
        keys = [
            outbox.add("rehearsal", "poll.create", {"title": f"Pulse {i}", "options": ["1", "2", "3"]})
            for i in range(5)
        ]
        outbox.add("rehearsal", "meeting.end", {})
        platform.faults.add(
            Fault("429", "PUT", retry_after=7),
            Fault("timeout-after-apply", "PUT", delay_s=0.5),  # applied, but the answer is too late
            Fault("503", "POST"),
            Fault("429", "POST"),  # no Retry-After: backoff
            Fault("timeout-after-apply", "POST", "/v1/polls", delay_s=0.5),
            Fault("reset", "POST", "/v1/polls"),
            Fault("html", "POST"),
            Fault("401", "POST"),
        )
        client = RehearsalClient(server.url, "secret", timeout=0.2)
        sync = RehearsalSync(client, outbox)
        now, rounds, waits = 0.0, 0, []
        while outbox.waiting("rehearsal") and rounds < 40:
            rounds += 1
            result = await outbox.drain("rehearsal", sync.senders, sync.checkers, now)
            if rounds == 1:
                rooms_item = next(i for i in outbox.items("rehearsal") if i.kind == "assignments")
                waits.append(rooms_item.next_at - now)
            if outbox.paused("rehearsal", now):
                assert "sign in again" in result.stopped
                outbox.resume("rehearsal")  # the producer signs in again
            due = outbox.next_due("rehearsal")
            if due is not None and due > now:
                waits.append(due - now)
                now = due  # instead of sleeping: the injected clock jumps to when it is due
        await client.aclose()
        assert outbox.waiting("rehearsal") == 0, outbox.items("rehearsal")
        assert waits[0] == 7  # Retry-After honoured exactly (and only the rooms' lane waited for it)
        assert platform.applied["assignments"] == 1  # read back after the timeout, not re-sent
        assert all(platform.applied[f"poll:{k}"] == 1 for k in keys)  # each poll exactly once
        assert platform.sim.ended_s is not None
        outbox.close()

    run(go())


def test_a_daily_cap_stops_the_queue_and_says_when(tmp_path: Path, server: RehearsalServer) -> None:
    async def go() -> None:
        outbox = Outbox(tmp_path / "cache.sqlite3")
        outbox.add("rehearsal", "meeting.end", {})
        server.platform.faults.add(Fault("429", "POST", message="You have reached the daily limit of meeting updates"))
        client = RehearsalClient(server.url, "secret")
        sync = RehearsalSync(client, outbox)
        now = 1_795_000_000.0  # 2026-11-18 08:26 UTC
        result = await outbox.drain("rehearsal", sync.senders, sync.checkers, now)
        assert "resumes 2026-11-19 00:00 UTC" in result.stopped and result.waiting == 1
        assert (await outbox.drain("rehearsal", sync.senders, sync.checkers, now + 3600)).sent == 0
        assert (await outbox.drain("rehearsal", sync.senders, sync.checkers, now + 86_400)).sent == 1
        await client.aclose()
        outbox.close()

    run(go())


def test_outbox_keeps_changes_across_a_restart(tmp_path: Path) -> None:
    first = Outbox(tmp_path / "cache.sqlite3")
    key = first.add("rehearsal", "meeting.end", {})
    assert first.add("rehearsal", "meeting.end", {}, key=key) == key  # queued once
    first.close()
    again = Outbox(tmp_path / "cache.sqlite3")
    assert [i.key for i in again.items("rehearsal")] == [key]
    again.close()


def test_sync_command_and_rehearsal_server_command(tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    main = str(ROOT / "main.py")
    session = tmp_path / "S.fcsession"
    subprocess.run(
        [sys.executable, main, "session", "new", str(session), "--data-dir", str(tmp_path)],
        check=True,
        env=env,
        capture_output=True,
    )
    server = subprocess.Popen(
        [sys.executable, main, "rehearsal-server", "--port", "0", "--seed", "2", str(session)],
        stdout=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert server.stdout is not None
        line = server.stdout.readline()
        assert "60 people, seed 2" in line
        url = line.rsplit(" at ", 1)[1].strip()
        token = server.stdout.readline().split()[1]  # a random token per run, printed
        assert httpx.get(f"{url}/v1/meeting").status_code == 401  # no token, no roster
        auth = {"Authorization": f"Bearer {token}"}
        assert httpx.get(f"{url}/v1/meeting", headers=auth).json()["topic"].startswith("Nordvik")
        env["FACILITATOR_REHEARSAL_TOKEN"] = token
        ok = subprocess.run(
            [sys.executable, main, "sync", str(session), "--once", "--api-base", url, "--data-dir", str(tmp_path)],
            capture_output=True,
            text=True,
            env=env,
            check=False,
        )
        assert ok.returncode == 0 and "status        online" in ok.stdout
    finally:
        server.terminate()
        server.wait()
    down = subprocess.run(
        [sys.executable, main, "sync", str(session), "--once", "--api-base", url, "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    assert down.returncode == 1 and "cannot reach" in down.stdout


@pytest.mark.slow
def test_a_thousand_changes_with_faults_and_two_kills_are_applied_exactly_once(tmp_path: Path) -> None:
    platform = RehearsalPlatform(MeetingSimulation.from_roster(roster(10), seed=1), "m1", "Kickoff", token="secret")
    server = RehearsalServer(platform).start()
    rng = random.Random(1000)
    kinds = ["429", "500", "503", "reset", "html", "timeout-after-apply"]
    platform.faults.add(
        *[
            Fault(rng.choice(kinds), "POST", "/v1/polls", retry_after=0.01 if rng.random() < 0.5 else None, delay_s=0.4)
            for _ in range(60)
        ]
    )
    db = tmp_path / "cache.sqlite3"
    outbox = Outbox(db)
    keys = [outbox.add("rehearsal", "poll.create", {"title": f"Q{i}", "options": ["a", "b"]}) for i in range(1000)]
    outbox.close()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    child_script = str(Path(__file__).with_name("outbox_child.py"))
    try:
        for kill_after in (0.7, 0.7, None):
            child = subprocess.Popen(
                [sys.executable, child_script, str(db), server.url], stdout=subprocess.PIPE, text=True, env=env
            )
            assert child.stdout is not None and child.stdout.readline().strip() == "draining"
            if kill_after is None:
                assert child.wait(timeout=240) == 0
            else:
                try:
                    child.wait(timeout=kill_after)
                except subprocess.TimeoutExpired:
                    child.kill()  # SIGKILL mid-drain
                    child.wait()
        applied = [platform.applied[f"poll:{k}"] for k in keys]
        assert applied.count(1) == 1000, {n: applied.count(n) for n in set(applied)}
        assert len(platform.sim.polls) == 1000  # no duplicate poll on the platform
        final = Outbox(db)
        assert final.waiting("rehearsal") == 0
        final.close()
    finally:
        server.stop()
