"""The rehearsal platform: a meeting simulated from the session's roster, served over HTTP
on 127.0.0.1, so the console talks to it exactly as to a real platform.

Run by the app on a free port, or standalone with ``facilitator-console rehearsal-server``.
Tests give it a :class:`FaultPlan` to inject rate limits, server errors, timeouts after
the change was applied, dropped connections and malformed bodies.

Other users of the same computer can reach 127.0.0.1 too, and so can a web page in a
browser. So every request needs the run's random bearer token (checked before the body is
read), a ``Host`` that is the address served, no ``Origin`` (a browser's), a JSON body of
at most MAX_BODY_BYTES; an idle connection is closed after IDLE_TIMEOUT_S and at most
MAX_CONNECTIONS are served at once. Bad parameters get a 400 with a JSON error.
"""

from __future__ import annotations

import hmac
import json
import logging
import secrets
import sys
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
MAX_BODY_BYTES = 1024 * 1024
IDLE_TIMEOUT_S = 10.0
MAX_CONNECTIONS = 64


class BadRequest(ValueError):
    """A request the platform cannot take; answered with a 400 and this message."""


def _int_param(query: dict[str, list[str]], name: str, default: int) -> int:
    raw = query.get(name, [str(default)])[0] or str(default)
    try:
        return int(raw)
    except ValueError:
        raise BadRequest(f"the parameter {name} is {raw[:40]!r}, not a whole number") from None


def _object(body: Any) -> dict[str, Any]:
    if not isinstance(body, dict):
        raise BadRequest(f"the body is a JSON {type(body).__name__}, not an object")
    return body


@dataclass(slots=True)
class Fault:
    """A fault the rehearsal platform injects into the requests it matches (tests, screenshots)."""

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
        self.token = token or secrets.token_urlsafe(24)  # never without one: any local user could read the roster
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
                    rooms = _object(body).get("rooms", [])
                    if not isinstance(rooms, list) or not all(
                        isinstance(r, dict) and isinstance(r.get("emails", []), list) and "name" in r for r in rooms
                    ):
                        raise BadRequest("rooms must be a list of {name, emails}")
                    sim.assignments = {str(e).lower(): str(r["name"]) for r in rooms for e in r.get("emails", [])}
                    sim.follow_assignments(t)  # rooms already open: the host moves people (as in Zoom's client)
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
                options = _object(body).get("options", [])
                if not isinstance(options, list):
                    raise BadRequest("options must be a list")
                sim.launch_poll(poll_id, str(body.get("title", "")), [str(o) for o in options], 1e12)
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
        size = max(1, min(MAX_PAGE, _int_param(query, "page_size", 30)))
        start = max(0, _int_param(query, "next_page_token", 0))
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


def _handler(platform: RehearsalPlatform, idle_timeout_s: float) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body go out as two writes: no 40 ms delayed-ACK stall
        server_version = "FacilitatorRehearsal/1"
        timeout = idle_timeout_s  # a half-sent or idle connection is closed, not held forever

        def log_message(self, format: str, *args: Any) -> None:
            return

        def _refuse(self, status: int, message: str) -> None:
            self.close_connection = True
            code = 124 if status == 401 else status  # 124: the code Zoom gives a bad token
            self._send(status, {"code": code, "message": message}, extra={"Connection": "close"})

        def _gate(self) -> bool:
            """Host, origin, token and body size, before a byte of the body is read."""
            port = self.server.server_address[1]  # type: ignore[index]  # an (address, port) pair
            if self.headers.get("Host", "") not in (f"127.0.0.1:{port}", f"localhost:{port}"):
                self._refuse(400, f"the Host header must be 127.0.0.1:{port}")
                return False
            if self.headers.get("Origin") is not None:
                self._refuse(403, "requests from web pages are not accepted")
                return False
            auth = self.headers.get("Authorization", "")
            if not hmac.compare_digest(auth.encode(), f"Bearer {platform.token}".encode()):
                self._refuse(401, "Invalid access token.")
                return False
            if self.headers.get("Transfer-Encoding"):
                self._refuse(411, "a Content-Length is required")
                return False
            try:
                length = int(self.headers.get("Content-Length") or 0)
            except ValueError:
                self._refuse(400, "the Content-Length is not a number")
                return False
            if length < 0 or length > MAX_BODY_BYTES:
                self._refuse(413, f"the body is {length} bytes; at most {MAX_BODY_BYTES} are accepted")
                return False
            content_type = self.headers.get("Content-Type", "").split(";")[0].strip().lower()
            if length and content_type != "application/json":
                self._refuse(415, "the body must be application/json")
                return False
            return True

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
            if not self._gate():
                return
            platform.requests[f"{self.command} {url.path}"] += 1
            try:
                body = self._body() if self.command in ("POST", "PUT", "PATCH") else {}
            except ValueError:
                self._send(400, {"code": 300, "message": "request body is not JSON"})
                return
            fault = platform.faults.take(self.command, url.path)
            if fault is not None and fault.kind != "timeout-after-apply":
                self._fault(fault)
                return
            try:
                status, payload = platform.handle(self.command, url.path, parse_qs(url.query), body, self.headers)
            except BadRequest as exc:
                status, payload = 400, {"code": 300, "message": str(exc)}
            except Exception as exc:  # noqa: BLE001 - the server keeps serving, the client gets JSON
                status, payload = 500, {"code": 500, "message": f"internal error ({type(exc).__name__})"}
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


class _CappedServer(ThreadingHTTPServer):
    """At most ``cap`` connections at once; one more is answered 503 and closed at once."""

    daemon_threads = True
    request_queue_size = 128  # a burst of connections waits in the backlog, not in SYN retries

    def __init__(self, address: tuple[str, int], handler: type[BaseHTTPRequestHandler], cap: int) -> None:
        super().__init__(address, handler)
        self.slots = threading.BoundedSemaphore(cap)
        self.refused = 0

    def process_request(self, request: Any, client_address: Any) -> None:
        if not self.slots.acquire(blocking=False):
            self.refused += 1
            try:
                request.settimeout(1.0)
                body = b'{"code":503,"message":"too many connections"}'
                request.sendall(
                    b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: application/json\r\nConnection: close\r\n"
                    + f"Content-Length: {len(body)}\r\n\r\n".encode()
                    + body
                )
            except OSError:
                pass
            self.shutdown_request(request)
            return
        try:
            super().process_request(request, client_address)
        except BaseException:
            self.slots.release()
            raise

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hangs up mid-answer is normal here; anything else goes to the log."""
        kind = sys.exc_info()[0]
        if kind is not None and issubclass(kind, ConnectionError | TimeoutError):
            return
        logging.getLogger(__name__).exception("rehearsal server: error serving %s", client_address)

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.slots.release()


class RehearsalServer:
    """The HTTP server in a background thread, on 127.0.0.1 (port 0: a free one)."""

    def __init__(
        self,
        platform: RehearsalPlatform,
        port: int = 0,
        *,
        idle_timeout_s: float = IDLE_TIMEOUT_S,
        max_connections: int = MAX_CONNECTIONS,
    ) -> None:
        self.platform = platform
        self.httpd = _CappedServer(("127.0.0.1", port), _handler(platform, idle_timeout_s), max_connections)
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
