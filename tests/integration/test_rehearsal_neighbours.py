"""The rehearsal server against other users of the same computer and web pages in a browser:
a real server on 127.0.0.1, raw sockets where the attack is at the HTTP level."""

from __future__ import annotations

import json
import socket
import time
from collections.abc import Iterator

import httpx
import pytest

from facilitator_app.domain.rehearsal import MeetingSimulation
from facilitator_app.services.rehearsal_server import MAX_BODY_BYTES, RehearsalPlatform, RehearsalServer


def roster(n: int) -> list[tuple[str, str, str]]:
    return [(f"p{i}", f"Person {i}", f"p{i}@example.org") for i in range(n)]


@pytest.fixture
def server() -> Iterator[RehearsalServer]:
    platform = RehearsalPlatform(MeetingSimulation.from_roster(roster(20), seed=1), "m1", "Kickoff")
    srv = RehearsalServer(platform, idle_timeout_s=0.2, max_connections=4).start()
    yield srv
    srv.stop()


def auth(srv: RehearsalServer) -> dict[str, str]:
    return {"Authorization": f"Bearer {srv.platform.token}"}


def raw(srv: RehearsalServer, request: bytes, timeout: float = 5.0) -> bytes:
    port = srv.httpd.server_address[1]
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        sock.sendall(request)
        data = b""
        while True:
            chunk = sock.recv(65536)
            if not chunk:
                return data
            data += chunk


def head(srv: RehearsalServer, method: str, path: str, headers: dict[str, str], body: bytes = b"") -> bytes:
    port = srv.httpd.server_address[1]
    lines = [f"{method} {path} HTTP/1.1", f"Host: 127.0.0.1:{port}", "Connection: close"]
    lines += [f"{k}: {v}" for k, v in headers.items()]
    return raw(srv, ("\r\n".join(lines) + "\r\n\r\n").encode() + body)


def test_every_run_has_its_own_random_token() -> None:
    a = RehearsalPlatform(MeetingSimulation.from_roster(roster(2), seed=1), "m", "t")
    b = RehearsalPlatform(MeetingSimulation.from_roster(roster(2), seed=1), "m", "t")
    assert a.token != b.token and len(a.token) >= 24 and a.token != "rehearsal"


def test_the_roster_needs_the_token(server: RehearsalServer) -> None:
    assert httpx.get(f"{server.url}/v1/participants").status_code == 401
    bad = httpx.get(f"{server.url}/v1/participants", headers={"Authorization": "Bearer rehearsal"})
    assert bad.status_code == 401
    assert httpx.get(f"{server.url}/v1/participants", headers=auth(server)).status_code == 200


def test_a_web_page_cannot_post_text_plain(server: RehearsalServer) -> None:
    # What a page's fetch('http://127.0.0.1:PORT/v1/meeting/end', {method:'POST', body:'x'}) sends.
    answer = head(server, "POST", "/v1/meeting/end", {"Origin": "http://evil.example", "Content-Length": "1"}, b"x")
    assert answer.startswith(b"HTTP/1.1 403")
    with_token = {**auth(server), "Origin": "http://evil.example", "Content-Type": "text/plain", "Content-Length": "2"}
    assert head(server, "POST", "/v1/polls", with_token, b"{}").startswith(b"HTTP/1.1 403")
    no_origin = {**auth(server), "Content-Type": "text/plain", "Content-Length": "2"}
    assert head(server, "POST", "/v1/polls", no_origin, b"{}").startswith(b"HTTP/1.1 415")
    assert server.platform.sim.ended_s is None and server.platform.sim.polls == []


def test_a_foreign_host_is_refused(server: RehearsalServer) -> None:
    answer = httpx.get(f"{server.url}/v1/meeting", headers={**auth(server), "Host": "evil.example"})
    assert answer.status_code == 400 and "Host" in answer.json()["message"]


def test_a_large_body_is_refused_unread_and_an_unauthorised_one_too(server: RehearsalServer) -> None:
    huge = str(1024 * 1024 * 1024)
    # The body is never sent: the answer comes from the headers alone.
    no_token = head(server, "POST", "/v1/polls", {"Content-Type": "application/json", "Content-Length": huge})
    assert no_token.startswith(b"HTTP/1.1 401")
    too_big = head(
        server, "POST", "/v1/polls", {**auth(server), "Content-Type": "application/json", "Content-Length": huge}
    )
    assert too_big.startswith(b"HTTP/1.1 413") and str(MAX_BODY_BYTES).encode() in too_big


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("GET", "/v1/participants?page_size=abc", None),
        ("GET", "/v1/participants?next_page_token=x", None),
        ("POST", "/v1/polls", [1, 2]),
        ("POST", "/v1/polls", {"title": "t", "options": "abc"}),
        ("PUT", "/v1/breakout/assignments", [1]),
        ("PUT", "/v1/breakout/assignments", {"rooms": [{"emails": "x"}]}),
    ],
)
def test_bad_parameters_get_a_400_with_a_json_error(
    server: RehearsalServer, method: str, path: str, body: object
) -> None:
    answer = httpx.request(method, f"{server.url}{path}", headers=auth(server), json=body)
    assert answer.status_code == 400
    assert answer.json()["message"]
    assert httpx.get(f"{server.url}/v1/meeting", headers=auth(server)).status_code == 200  # still serving


def test_half_sent_requests_are_dropped_after_the_idle_timeout(server: RehearsalServer) -> None:
    port = server.httpd.server_address[1]
    started = time.monotonic()
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(b"GET /v1/meeting HTTP/1.1\r\nHost: 127.0.0.1")  # and nothing more
        assert sock.recv(1024) == b""  # closed by the server
    assert time.monotonic() - started < 4


def test_connections_beyond_the_cap_get_503_at_once(server: RehearsalServer) -> None:
    port = server.httpd.server_address[1]
    held = [socket.create_connection(("127.0.0.1", port), timeout=5) for _ in range(4)]
    try:
        for sock in held:
            sock.sendall(b"GET /v1/meeting HTTP/1.1\r\n")  # half-sent: each holds a slot
        time.sleep(0.05)  # let the server accept them (the idle timeout is 0.2 s)
        answer = raw(server, b"GET /v1/meeting HTTP/1.1\r\n\r\n")
        assert answer.startswith(b"HTTP/1.1 503")
        assert json.loads(answer.split(b"\r\n\r\n", 1)[1])["message"] == "too many connections"
    finally:
        for sock in held:
            sock.close()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:  # the slots come back when the held ones time out
        if httpx.get(f"{server.url}/v1/meeting", headers=auth(server)).status_code == 200:
            break
    else:
        pytest.fail("the server did not recover its connection slots")
