"""The remote's HTTP, WebSocket and OSC interfaces with real clients (httpx, aiohttp's
WebSocket client, python-osc's UDP client) against the running server on 127.0.0.1."""

from __future__ import annotations

import asyncio
import json
from datetime import datetime, timedelta
from typing import Any

import aiohttp
import httpx
from pythonosc.osc_message import OscMessage
from pythonosc.osc_message_builder import OscMessageBuilder

from facilitator_app.domain.clock import ManualClock
from facilitator_app.domain.live import Status
from facilitator_app.remote.server import RemoteServer
from facilitator_app.services.identity import Identity
from facilitator_app.services.session import Session

from .conftest import CODES, run, serving

VIEW = {"Authorization": f"Bearer {CODES.view}"}
CONTROL = {"Authorization": f"Bearer {CODES.control}"}


def base(server: RemoteServer) -> str:
    return f"http://127.0.0.1:{server.port}"


def day1(session: Session) -> list[str]:
    return [s.id for s in session.state.show.days[0].segments]


# ------------------------------------------------------------ state and commands over HTTP


def test_state_has_the_documented_shape(session: Session, clock: ManualClock) -> None:
    async def main() -> None:
        async with serving(session, clock) as server, httpx.AsyncClient(base_url=base(server)) as http:
            state = (await http.get("/api/v1/state", headers=VIEW)).json()
            assert state["version"] == 1 and state["kind"] == "facilitator-live-state"
            assert datetime.fromisoformat(state["server_time"]) == clock.now()
            assert state["segment"] is None and state["phase"] == "idle" and state["message"] == ""
            assert state["next"]["id"] == day1(session)[0]
            assert [r["id"] for r in state["run_of_show"]] == day1(session)
            by_query = (await http.get("/api/v1/state", params={"code": CODES.view})).json()
            assert by_query["version"] == 1

            answer = (await http.post("/api/v1/commands/live.start", headers=CONTROL)).json()
            assert answer["ok"] and answer["command"] == "live.start"
            seg = answer["state"]["segment"]
            first = session.state.show.days[0].segments[0]
            assert seg["id"] == first.id and seg["title"] == first.title
            assert datetime.fromisoformat(seg["ends_at"]) == clock.now() + timedelta(seconds=first.duration_s)
            assert answer["state"]["phase"] == "normal" and answer["state"]["next"]["id"] == day1(session)[1]
            # expected starts walk on from the live segment's end
            upcoming = answer["state"]["run_of_show"][1]
            assert upcoming["state"] == "upcoming"
            assert datetime.fromisoformat(upcoming["expected_start"]) == datetime.fromisoformat(seg["ends_at"])

    run(main)


def test_control_commands_run_the_show_and_answer_the_new_state(session: Session, clock: ManualClock) -> None:
    async def main() -> None:
        first, second, third = day1(session)[:3]
        async with serving(session, clock) as server, httpx.AsyncClient(base_url=base(server), headers=CONTROL) as http:

            async def post(command: str, body: Any = None) -> dict[str, Any]:
                response = await http.post(f"/api/v1/commands/{command}", json=body)
                data: dict[str, Any] = response.json()
                data["status"] = response.status_code
                return data

            assert (await post("live.start"))["state"]["segment"]["id"] == first
            clock.advance(10)
            assert (await post("live.next"))["state"]["segment"]["id"] == second
            assert (await post("live.previous"))["state"]["segment"]["id"] == first
            before = session.state.live.end_at
            await post("live.add_minute")
            assert session.state.live.end_at == before + timedelta(minutes=1)
            await post("live.remove_minute", {"minutes": 2})
            assert session.state.live.end_at == before - timedelta(minutes=1)
            assert (await post("live.goto", {"segment": third}))["state"]["segment"]["id"] == third
            assert (await post("live.message", {"text": "Mic!"}))["state"]["message"] == "Mic!"
            assert (await post("live.clear_message"))["state"]["message"] == ""
            assert (await post("live.pause"))["state"]["status"] == "paused"
            assert session.state.live.status is Status.PAUSED
            assert (await post("stage.blackout", {"on": True}))["state"]["stage"]["blackout"] is True
            poll = next(iter(session.state.polls))
            assert (await post("polls.launch", {"poll": poll}))["ok"]
            assert (await post("polls.close", {"poll": poll}))["ok"]
            assert (await post("polls.reveal", {"poll": poll}))["ok"]

            missing = await post("live.goto", {"segment": "nope"})
            assert missing["status"] == 404 and missing["error"]["code"] == "not_found"
            assert "nope" in missing["error"]["message"]
            no_arg = await post("live.goto")
            assert no_arg["status"] == 400 and no_arg["error"]["code"] == "bad_argument"
            not_now = await post("polls.reveal", {"poll": poll})
            assert not_now["status"] == 409 and not_now["error"]["code"] == "not_enabled"
            unknown = await post("live.fly")
            assert unknown["status"] == 404 and unknown["error"]["code"] == "not_found"
            local_only = await post("export.actuals_csv")
            assert local_only["status"] == 403 and local_only["error"]["code"] == "not_remote"

    run(main)


def test_commands_list_says_what_is_enabled_and_why_not(session: Session, clock: ManualClock) -> None:
    async def main() -> None:
        async with serving(session, clock) as server, httpx.AsyncClient(base_url=base(server)) as http:
            listed = (await http.get("/api/v1/commands", headers=VIEW)).json()["commands"]
            by_id = {c["id"]: c for c in listed}
            for needed in ("live.start", "live.pause", "live.next", "live.previous", "live.goto", "polls.launch"):
                assert needed in by_id
            assert by_id["live.start"]["enabled"] and by_id["live.start"]["why_not"] is None
            assert not by_id["live.add_minute"]["enabled"] and by_id["live.add_minute"]["why_not"]
            assert by_id["live.goto"]["params"][0]["name"] == "segment"

    run(main)


# ------------------------------------------------------------ refusals


def test_refusals_are_json_with_stable_codes(session: Session, clock: ManualClock) -> None:
    async def main() -> None:
        async with serving(session, clock) as server, httpx.AsyncClient(base_url=base(server)) as http:

            async def refused(response: httpx.Response, status: int, code: str) -> None:
                assert response.status_code == status, response.text
                assert response.json()["error"]["code"] == code

            await refused(await http.get("/api/v1/state"), 401, "unauthorized")
            await refused(await http.get("/api/v1/state", params={"code": "wrong-code-000"}), 401, "unauthorized")
            await refused(await http.post("/api/v1/commands/live.start"), 401, "unauthorized")
            # the view code cannot control; the control code in the address is not enough either
            await refused(await http.post("/api/v1/commands/live.start", headers=VIEW), 403, "forbidden")
            await refused(
                await http.post("/api/v1/commands/live.start", params={"code": CODES.control}), 401, "unauthorized"
            )
            # a rebound name and another web page are refused, even with the right code
            await refused(await http.get("/api/v1/state", headers={**VIEW, "Host": "evil.example:80"}), 403, "bad_host")
            await refused(
                await http.get("/api/v1/state", headers={**VIEW, "Host": f"evil.example:{server.port}"}),
                403,
                "bad_host",
            )
            await refused(
                await http.post("/api/v1/commands/live.next", headers={**CONTROL, "Origin": "http://evil.example"}),
                403,
                "bad_origin",
            )
            await refused(
                await http.post("/api/v1/commands/live.next", headers={**CONTROL, "Origin": "null"}), 403, "bad_origin"
            )
            same = await http.post(
                "/api/v1/commands/live.start", headers={**CONTROL, "Origin": f"http://127.0.0.1:{server.port}"}
            )
            assert same.status_code == 200
            # bad input
            await refused(
                await http.post("/api/v1/commands/live.message", headers=CONTROL, content=b"{not json"), 400, "bad_json"
            )
            await refused(
                await http.post("/api/v1/commands/live.message", headers=CONTROL, content=b"[1, 2]"), 400, "bad_json"
            )
            await refused(
                await http.post("/api/v1/commands/live.message", headers=CONTROL, json={"text": "x" * 501}),
                400,
                "bad_argument",
            )
            await refused(
                await http.post("/api/v1/commands/live.message", headers=CONTROL, content=b"x" * 20000),
                413,
                "too_large",
            )
            await refused(await http.get("/api/v1/nothing", headers=VIEW), 404, "not_found")
            await refused(await http.get("/view/secret", params={"code": CODES.view}), 404, "not_found")
            await refused(await http.get("/view/stage"), 401, "unauthorized")
            assert session.state.live.message == ""

    run(main)


def test_a_follower_refuses_control_and_says_who_is_in_control(session: Session, clock: ManualClock) -> None:
    follower = Session.open(session.path, Identity("other-0002", "Co-host"), clock, follow=True)

    async def main() -> None:
        async with serving(follower, clock) as server, httpx.AsyncClient(base_url=base(server)) as http:
            response = await http.post("/api/v1/commands/live.next", headers=CONTROL)
            assert response.status_code == 409
            error = response.json()["error"]
            assert error["code"] == "not_in_control"
            assert "Producer Anna" in error["message"]
            assert error["in_control"] == {"writer": "tester-0001", "name": "Producer Anna"}
            assert (await http.get("/api/v1/state", headers=VIEW)).json()["control"]["name"] == "Producer Anna"

    try:
        run(main)
    finally:
        follower.close()
    assert session.state.live.status is Status.IDLE


# ------------------------------------------------------------ WebSocket


def test_websocket_sends_the_state_on_connect_and_after_every_change(session: Session, clock: ManualClock) -> None:
    async def main() -> None:
        async with (
            serving(session, clock) as server,
            aiohttp.ClientSession() as client,
            client.ws_connect(f"{base(server)}/api/v1/ws?code={CODES.view}") as ws,
        ):
            first = json.loads((await ws.receive(timeout=5)).data)
            assert first["version"] == 1 and first["segment"] is None
            async with httpx.AsyncClient(base_url=base(server), headers=CONTROL) as http:
                await http.post("/api/v1/commands/live.start")
                pushed = json.loads((await ws.receive(timeout=5)).data)
                assert pushed["segment"]["id"] == day1(session)[0]
                assert pushed["segment"]["ends_at"] is not None
                await http.post("/api/v1/commands/live.message", json={"text": "Five minutes"})
                assert json.loads((await ws.receive(timeout=5)).data)["message"] == "Five minutes"
            # a change made elsewhere (the console's keys) is pushed when the app says so
            seg = session.state.show.days[0].segments[0]
            clock.set(session.state.live.end_at - timedelta(seconds=seg.warning_threshold_s - 1))  # type: ignore[operator]
            server.notify()
            assert json.loads((await ws.receive(timeout=5)).data)["phase"] == "warning"
            assert server.view_count == 1

    run(main)


def test_websocket_refusals(session: Session, clock: ManualClock) -> None:
    async def main() -> None:
        async with serving(session, clock) as server, aiohttp.ClientSession() as client:
            for url, headers, status in (
                (f"{base(server)}/api/v1/ws", {}, 401),
                (f"{base(server)}/api/v1/ws?code=nope-nope-nope", {}, 401),
                (f"{base(server)}/api/v1/ws?code={CODES.view}", {"Origin": "http://evil.example"}, 403),
            ):
                try:
                    async with client.ws_connect(url, headers=headers):
                        raise AssertionError(f"{url} connected")
                except aiohttp.WSServerHandshakeError as exc:
                    assert exc.status == status

    run(main)


def test_many_changes_in_one_turn_are_one_push(session: Session, clock: ManualClock) -> None:
    async def main() -> None:
        async with (
            serving(session, clock) as server,
            aiohttp.ClientSession() as client,
            client.ws_connect(f"{base(server)}/api/v1/ws?code={CODES.view}") as ws,
        ):
            await ws.receive(timeout=5)
            for _ in range(20):
                server.notify()
            await ws.receive(timeout=5)
            try:
                extra = await ws.receive(timeout=0.2)
            except TimeoutError:
                extra = None
            assert extra is None

    run(main)


# ------------------------------------------------------------ OSC


class OscClient(asyncio.DatagramProtocol):
    def __init__(self) -> None:
        self.replies: asyncio.Queue[list[Any]] = asyncio.Queue()

    def datagram_received(self, data: bytes, _addr: Any) -> None:
        message = OscMessage(data)
        self.replies.put_nowait([message.address, *message.params])


def osc(address: str, *args: Any) -> bytes:
    builder = OscMessageBuilder(address)
    for arg in args:
        builder.add_arg(arg)
    return builder.build().dgram


def test_osc_runs_commands_with_the_control_code_first(session: Session, clock: ManualClock) -> None:
    first, second, third = day1(session)[:3]

    async def main() -> None:
        async with serving(session, clock) as server:
            loop = asyncio.get_running_loop()
            transport, client = await loop.create_datagram_endpoint(OscClient, remote_addr=("127.0.0.1", server.port))
            try:

                async def send(address: str, *args: Any) -> list[Any]:
                    transport.sendto(osc(address, *args))
                    return await asyncio.wait_for(client.replies.get(), 5)

                assert await send("/facilitator/live/start", CODES.control) == [
                    "/facilitator/reply",
                    "live.start",
                    "ok",
                    "",
                ]
                assert session.state.live.segment_id == first
                assert (await send("/facilitator/live/next", CODES.control))[2] == "ok"
                assert session.state.live.segment_id == second
                assert (await send("/facilitator/live/goto", CODES.control, third))[2] == "ok"
                assert session.state.live.segment_id == third
                await send("/facilitator/live/add_minute", CODES.control, 3)
                await send("/facilitator/live/message", CODES.control, '{"text": "Wrap up"}')
                assert session.state.live.message == "Wrap up"
                # refusals
                assert (await send("/facilitator/live/next"))[2] == "unauthorized"
                assert (await send("/facilitator/live/next", CODES.view))[2] == "unauthorized"
                assert (await send("/facilitator/live/goto", CODES.control, "nope"))[2] == "not_found"
                assert (await send("/facilitator/live/fly", CODES.control))[2] == "not_found"
                assert (await send("/facilitator/live/goto", CODES.control, "a", "b"))[2] == "bad_argument"
                assert session.state.live.segment_id == third
            finally:
                transport.close()

    run(main)


def test_state_timer_pushes_at_the_phase_change(session: Session, clock: ManualClock) -> None:
    """The phase is pushed when it changes by time alone: the server schedules the instant."""

    async def main() -> None:
        async with serving(session, clock) as server, httpx.AsyncClient(base_url=base(server)) as http:
            await http.post("/api/v1/commands/live.start", headers=CONTROL)
            seg = session.state.show.segment(session.state.live.segment_id or "")
            assert seg is not None and server._timer is not None
            remaining = (session.state.live.end_at - clock.now()).total_seconds()  # type: ignore[operator]
            assert (
                abs(server._timer.when() - asyncio.get_running_loop().time() - (remaining - seg.warning_threshold_s))
                < 1
            )

    run(main)


def test_a_flood_beyond_the_waiting_line_is_refused_not_queued(session: Session, clock: ManualClock) -> None:
    """Control requests run one per turn of the loop; when MAX_PENDING wait, the next is told to retry."""

    async def main() -> None:
        async with serving(session, clock) as server, httpx.AsyncClient(base_url=base(server)) as http:
            assert server._worker is not None and server._queue is not None
            server._worker.cancel()  # nothing is taken from the line while it fills
            loop = asyncio.get_running_loop()
            while not server._queue.full():
                server._queue.put_nowait(("live.next", {}, loop.create_future()))
            response = await http.post("/api/v1/commands/live.next", headers=CONTROL)
            assert response.status_code == 503 and response.json()["error"]["code"] == "too_many"
            assert session.state.live.status is Status.IDLE

    run(main)


def test_connected_views_do_not_use_up_the_request_limit(
    session: Session, clock: ManualClock, monkeypatch: Any
) -> None:
    from facilitator_app.remote import server as server_module

    monkeypatch.setattr(server_module, "MAX_REQUESTS", 2)
    monkeypatch.setattr(server_module, "MAX_CLIENTS", 3)

    async def main() -> None:
        async with serving(session, clock) as server, aiohttp.ClientSession() as client:
            views = [await client.ws_connect(f"{base(server)}/api/v1/ws?code={CODES.view}") for _ in range(3)]
            async with httpx.AsyncClient(base_url=base(server)) as http:
                assert (await http.get("/api/v1/state", headers=VIEW)).status_code == 200
                refused = await http.get("/api/v1/ws", params={"code": CODES.view})
                assert refused.status_code == 503 and refused.json()["error"]["code"] == "too_many"
            for ws in views:
                await ws.close()

    run(main)


def test_every_offered_command_and_its_osc_address_is_documented() -> None:
    from pathlib import Path

    from facilitator_app.remote.server import REMOTE_COMMANDS

    doc = (Path(__file__).resolve().parents[2] / "docs" / "REMOTE.md").read_text(encoding="utf-8")
    for command_id in REMOTE_COMMANDS:
        assert f"`{command_id}`" in doc, command_id
        assert "/facilitator/" + command_id.replace(".", "/") in doc, command_id
    for path in ("GET /api/v1/state", "GET /api/v1/commands", "POST /api/v1/commands/{command_id}", "/api/v1/ws"):
        assert path in doc, path
    for view in ("stage", "backstage", "public", "remote"):
        assert f"/view/{view}?code=" in doc, view


def test_a_fault_in_a_command_is_a_json_500_and_the_server_runs_on(
    session: Session, clock: ManualClock, monkeypatch: Any
) -> None:
    async def main() -> None:
        async with serving(session, clock) as server, httpx.AsyncClient(base_url=base(server), headers=CONTROL) as http:
            original = server.context

            def broken() -> Any:
                raise ZeroDivisionError

            monkeypatch.setattr(server, "context", broken)
            response = await http.post("/api/v1/commands/live.next")
            assert response.status_code == 500 and response.json()["error"]["code"] == "internal"
            monkeypatch.setattr(server, "context", original)
            assert (await http.post("/api/v1/commands/live.start")).status_code == 200

    run(main)


def test_poll_buttons_without_a_poll_id_take_the_cued_open_or_closed_one(session: Session, clock: ManualClock) -> None:
    attached = next(p.poll for p in session.state.polls.values() if p.poll.segment_id)

    async def main() -> None:
        async with serving(session, clock) as server, httpx.AsyncClient(base_url=base(server), headers=CONTROL) as http:
            nothing = await http.post("/api/v1/commands/polls.launch")
            assert nothing.status_code == 409 and "cued" in nothing.json()["error"]["message"]
            await http.post("/api/v1/commands/live.goto", json={"segment": attached.segment_id})
            launched = (await http.post("/api/v1/commands/polls.launch")).json()
            listed = {p["id"]: p for p in launched["state"]["polls"]}
            assert listed[attached.id]["status"] == "open" and listed[attached.id]["name"] == attached.name
            assert (await http.post("/api/v1/commands/polls.close")).json()["ok"]
            assert (await http.post("/api/v1/commands/polls.reveal")).json()["ok"]
            assert session.state.polls[attached.id].status.value == "revealed"
            again = await http.post("/api/v1/commands/polls.close")
            assert again.status_code == 409 and again.json()["error"]["code"] == "not_enabled"

    run(main)
