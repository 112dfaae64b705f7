"""The rehearsal platform: a meeting simulated from the session's roster, served over HTTP
on 127.0.0.1, so the console talks to it exactly as to a real platform.

Run by the app on a free port, or standalone with ``facilitator-console rehearsal-server``.
Tests give it a :class:`FaultPlan` to inject rate limits, server errors, timeouts after
the change was applied, dropped connections and malformed bodies.
"""

from __future__ import annotations

import json
import threading
import time
import uuid
from collections import Counter, deque
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from ..domain.rehearsal import MeetingSimulation
from ..domain.state import SessionState

MAX_PAGE = 300


@dataclass(slots=True)
class Fault:
    kind: str  # "429" | "500" | "503" | "timeout-after-apply" | "reset" | "bad-json" | "html" | "401"
    method: str = ""  # "" matches any
    path_prefix: str = ""
    retry_after: float | None = None
    delay_s: float = 0.0
    message: str = "injected fault"


@dataclass(slots=True)
class FaultPlan:
    """Faults applied, in order, to the next matching requests."""

    faults: deque[Fault] = field(default_factory=deque)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def add(self, *faults: Fault) -> None:
        with self.lock:
            self.faults.extend(faults)

    def take(self, method: str, path: str) -> Fault | None:
        with self.lock:
            for fault in list(self.faults):
                if (not fault.method or fault.method == method) and path.startswith(fault.path_prefix):
                    self.faults.remove(fault)
                    return fault
        return None


class RehearsalPlatform:
    """The simulation behind the server, guarded by a lock (the server is threaded)."""

    def __init__(self, sim: MeetingSimulation, meeting_id: str, topic: str, token: str = "") -> None:
        self.sim = sim
        self.meeting_id = meeting_id
        self.topic = topic
        self.token = token
        self.started = time.time()
        self.lock = threading.Lock()
        self.faults = FaultPlan()
        self.requests: Counter[str] = Counter()
        self.applied: Counter[str] = Counter()  # mutations applied, by idempotency key or kind
        self.poll_keys: dict[str, str] = {}

    @classmethod
    def from_state(cls, state: SessionState, seed: int, token: str = "") -> RehearsalPlatform:
        people = [(p.id, p.name, p.email) for p in state.show.people]
        return cls(
            MeetingSimulation.from_roster(people, seed), f"rehearsal-{state.show.id[:8]}", state.show.title, token
        )

    def t(self) -> float:
        return time.time() - self.started

    # Each handler returns (status, body); None as body means no content.
    def handle(self, method: str, path: str, query: dict[str, list[str]], body: Any, headers: Any) -> tuple[int, Any]:
        with self.lock:
            t = self.t()
            sim = self.sim
            parts = [p for p in path.split("/") if p]
            if parts[:1] != ["v1"]:
                return 404, {"code": 404, "message": f"no such endpoint {path}"}
            route = parts[1:]
            if method == "GET" and route == ["meeting"]:
                status = "ended" if sim.ended_s is not None else ("started" if sim.present(t) else "waiting")
                return 200, {"id": self.meeting_id, "topic": self.topic, "status": status, "elapsed_s": round(t, 3)}
            if method == "GET" and route == ["participants"]:
                return 200, self._participants(t, query)
            if route == ["breakout", "assignments"]:
                if method == "PUT":
                    rooms = body.get("rooms", []) if isinstance(body, dict) else []
                    sim.assignments = {str(e).lower(): str(r["name"]) for r in rooms for e in r.get("emails", [])}
                    self.applied["assignments"] += 1
                    return 200, self._assignments()
                if method == "GET":
                    return 200, self._assignments()
            if method == "POST" and route == ["breakout", "open"]:
                sim.open_breakout(t)
                return 204, None
            if method == "POST" and route == ["breakout", "close"]:
                sim.close_breakout(t)
                return 204, None
            if route == ["polls"] and method == "POST":
                key = headers.get("Idempotency-Key", "")
                if key and key in self.poll_keys:
                    return 200, {"id": self.poll_keys[key]}
                poll_id = uuid.uuid4().hex[:10]
                sim.launch_poll(poll_id, str(body.get("title", "")), [str(o) for o in body.get("options", [])], 1e12)
                self.poll_keys[key or poll_id] = poll_id
                self.applied[f"poll:{key or poll_id}"] += 1
                return 201, {"id": poll_id}
            if route == ["polls"] and method == "GET":
                return 200, {"polls": [self._poll(p, t) for p in sim.polls]}
            if len(route) == 3 and route[0] == "polls" and method == "POST" and route[2] in ("launch", "close"):
                poll = next((p for p in sim.polls if p.poll_id == route[1]), None)
                if poll is None:
                    return 404, {"code": 3001, "message": f"poll {route[1]} not found"}
                if route[2] == "launch":
                    poll.launched_s, poll.closed_s = t, None
                else:
                    poll.closed_s = t
                return 204, None
            if len(route) == 3 and route[0] == "polls" and route[2] == "results" and method == "GET":
                poll = next((p for p in sim.polls if p.poll_id == route[1]), None)
                if poll is None:
                    return 404, {"code": 3001, "message": f"poll {route[1]} not found"}
                return 200, {"id": poll.poll_id, "counts": sim.answers(poll, t) if poll.launched_s <= t else {}}
            if method == "POST" and route == ["meeting", "end"]:
                sim.ended_s = t
                return 204, None
            return 404, {"code": 404, "message": f"no such endpoint {method} {path}"}

    def _participants(self, t: float, query: dict[str, list[str]]) -> dict[str, Any]:
        size = max(1, min(MAX_PAGE, int(query.get("page_size", ["30"])[0])))
        start = int(query.get("next_page_token", ["0"])[0] or 0)
        present = sorted(self.sim.present(t), key=lambda a: a.email)
        page = present[start : start + size]
        return {
            "total_records": len(present),
            "participants": [
                {
                    "id": a.person_id,
                    "name": a.name,
                    "email": a.email,
                    "join_s": a.join_s,
                    "breakout_room": self.sim.room_of(a, t),
                }
                for a in page
            ],
            "next_page_token": str(start + size) if start + size < len(present) else "",
        }

    def _assignments(self) -> dict[str, Any]:
        rooms: dict[str, list[str]] = {}
        for email, room in sorted(self.sim.assignments.items()):
            rooms.setdefault(room, []).append(email)
        return {"rooms": [{"name": n, "emails": e} for n, e in sorted(rooms.items())]}

    def _poll(self, poll: Any, t: float) -> dict[str, Any]:
        status = "notstart" if poll.launched_s > t else ("ended" if poll.closed_s is not None else "started")
        return {"id": poll.poll_id, "title": poll.title, "status": status}


def _handler(platform: RehearsalPlatform) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body go out as two writes: no 40 ms delayed-ACK stall
        server_version = "FacilitatorRehearsal/1"

        def log_message(self, format: str, *args: Any) -> None:
            return

        def _body(self) -> Any:
            length = int(self.headers.get("Content-Length") or 0)
            raw = self.rfile.read(length) if length else b""
            return json.loads(raw) if raw else {}

        def _send(
            self, status: int, body: Any, content_type: str = "application/json", extra: dict[str, str] | None = None
        ) -> None:
            data = b"" if body is None else (body if isinstance(body, bytes) else json.dumps(body).encode())
            self.send_response(status)
            self.send_header("Date", formatdate(usegmt=True))
            if body is not None:
                self.send_header("Content-Type", content_type)
            for k, v in (extra or {}).items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def _serve(self) -> None:
            url = urlsplit(self.path)
            platform.requests[f"{self.command} {url.path}"] += 1
            try:
                body = self._body() if self.command in ("POST", "PUT", "PATCH") else {}
            except ValueError:
                self._send(400, {"code": 300, "message": "request body is not JSON"})
                return
            if platform.token and self.headers.get("Authorization") != f"Bearer {platform.token}":
                self._send(401, {"code": 124, "message": "Invalid access token."})
                return
            fault = platform.faults.take(self.command, url.path)
            if fault is not None and fault.kind != "timeout-after-apply":
                self._fault(fault)
                return
            status, payload = platform.handle(self.command, url.path, parse_qs(url.query), body, self.headers)
            if fault is not None:  # applied, but the answer comes too late for the client
                time.sleep(fault.delay_s)
            self._send(status, payload)

        def _fault(self, fault: Fault) -> None:
            if fault.kind == "reset":
                self.close_connection = True
                self.connection.close()
                return
            if fault.kind in ("429", "500", "503"):
                extra = {"Retry-After": f"{fault.retry_after:g}"} if fault.retry_after is not None else {}
                self._send(int(fault.kind), {"code": int(fault.kind), "message": fault.message}, extra=extra)
            elif fault.kind == "401":
                self._send(401, {"code": 124, "message": "Access token is expired."})
            elif fault.kind == "bad-json":
                self._send(200, b'{"participants": [', "application/json")
            elif fault.kind == "html":
                self._send(502, b"<html><body><h1>502 Bad Gateway</h1></body></html>", "text/html")

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve

    return Handler


class RehearsalServer:
    """The HTTP server in a background thread, on 127.0.0.1 (port 0: a free one)."""

    def __init__(self, platform: RehearsalPlatform, port: int = 0) -> None:
        self.platform = platform
        self.httpd = ThreadingHTTPServer(("127.0.0.1", port), _handler(platform))
        self.httpd.daemon_threads = True
        self._thread = threading.Thread(target=self.httpd.serve_forever, name="rehearsal-server", daemon=True)

    @property
    def url(self) -> str:
        port = self.httpd.server_address[1]
        return f"http://127.0.0.1:{port}"

    def start(self) -> RehearsalServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self._thread.join(timeout=5)
