"""A "strict platform": a loopback server that behaves the way each platform's documentation
*allows* rather than the friendliest way, while every request and answer is still checked
against the published contract (it is a :class:`ContractServer`).

What it can do, each switched on by a field:

- Zoom: the contract's own example page (``next_page_token`` repeats forever, with or
  without ``total_records``), a Dashboard that answers 400 on a Pro plan, the daily limit
  on meeting updates (429 with ``Retry-After`` as an ISO timestamp), a meeting whose
  status is only ever ``waiting`` or ``started``, a missing scope (Zoom's 4711 answer);
- Webex: ``Link`` headers with ``first`` and ``prev`` before ``next``, participants in
  breakout sessions (``state: breakoutSession``), paged poll results (``max`` defaults to
  10), series, scheduled meeting and instance ids that each API takes only one of;
- Graph: an ``@odata.nextLink`` that repeats, one attendance report per session;
- all: a 401 that a refresh cures (only tokens in ``valid_tokens`` pass), 429 with
  ``Retry-After`` as an HTTP-date, and a request budget: past it every answer is 500 and a
  violation is recorded, so a client that never stops paging fails fast instead of hanging.
"""

from __future__ import annotations

import functools
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime
from typing import Any
from urllib.parse import urlencode

from .spec_server import DROP, ContractServer, Incoming, load_spec

ZOOM_BASE = "https://api.zoom.us/v2"
WEBEX_BASE = "https://webexapis.com/v1"
GRAPH_BASE = "https://graph.microsoft.com/v1.0"
# The Zoom contract's example page of GET /metrics/meetings/{meetingId}/participants.
ZOOM_EXAMPLE_TOKEN = "Tva2CuIdTgsv8wAnhyAdU3m06Y2HuLQtlh3"


@dataclass
class Strict:
    """The switches (and what the server saw)."""

    people: int = 20
    valid_tokens: set[str] = field(default_factory=lambda: {"token"})
    budget: int = 200  # requests before every answer becomes 500
    forbid: set[str] = field(default_factory=set)  # paths containing one of these answer 403
    # Zoom
    plan: str = "business"  # "pro": the Dashboard answers 400
    paging: str = "fresh"  # fresh | example (repeat the contract's page, total_records 1) | repeat | endless
    daily_left: int = 100  # meeting updates (PATCH) left today
    retry_after: str = ""  # "date" | "iso" | "seconds": the next POST answers 429 with it
    missing_scopes: set[str] = field(default_factory=set)
    status: str = "started"
    held_at: str = ""  # ISO time the past meeting's participants joined ('' = not given)
    drop_end: bool = False  # PUT .../status is applied, the connection dropped before the answer
    # Webex
    breakout_people: int = 0  # of ``people``, this many are in breakout sessions
    poll_respondents: int = 25
    # Graph
    sessions: int = 3  # attendance reports, one per session (the latest has ``people`` records)
    next_link: str = "fresh"  # fresh | repeat
    # What happened
    requests: int = 0
    by_path: dict[str, int] = field(default_factory=dict)
    rooms: list[dict[str, Any]] = field(default_factory=list)
    polls: list[dict[str, Any]] = field(default_factory=list)
    ended: int = 0
    breakouts_on: list[str] = field(default_factory=list)
    poll_results_for: list[str] = field(default_factory=list)
    chat: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


def _now_plus(seconds: float, kind: str) -> str:
    at = datetime.now(UTC) + timedelta(seconds=seconds)
    if kind == "date":
        return format_datetime(at.replace(microsecond=0), usegmt=True)
    if kind == "iso":
        return at.replace(microsecond=0).isoformat().replace("+00:00", "Z")
    return str(int(seconds))


class StrictServer(ContractServer):
    """``StrictServer.zoom(Strict(...))`` etc.; use as a context manager."""

    def __init__(self, spec: str, base: str, strict: Strict, route: Any) -> None:
        self.strict = strict

        def respond(req: Incoming) -> tuple[Any, ...]:
            with strict.lock:
                strict.requests += 1
                strict.by_path[f"{req.method} {req.path}"] = strict.by_path.get(f"{req.method} {req.path}", 0) + 1
                if strict.requests > strict.budget:
                    self.violations.append(f"request budget of {strict.budget} exceeded: {req.method} {req.path}")
                    return 500, {"message": "request budget exceeded"}
                auth = req.headers.get("Authorization", "")
                if auth.removeprefix("Bearer ") not in strict.valid_tokens:
                    return (
                        401,
                        {"code": 124, "message": "Invalid access token."},
                        "application/json",
                        {"WWW-Authenticate": 'Bearer error="invalid_token"'},
                    )
                if any(f in req.path for f in strict.forbid):  # 403, naming no scope (Webex, Graph)
                    return 403, {"message": "Forbidden", "error": {"code": "Forbidden", "message": "Forbidden"}}
                return route(self, req)

        respond.full = True  # type: ignore[attr-defined]
        super().__init__(_spec(spec), base, respond)

    @classmethod
    def zoom(cls, strict: Strict) -> StrictServer:
        return cls("zoom-meeting-api.json", ZOOM_BASE, strict, _zoom)

    @classmethod
    def webex(cls, strict: Strict) -> StrictServer:
        return cls("webex-meeting.json", "https://webexapis.com", strict, _webex)

    @classmethod
    def graph(cls, strict: Strict, spec: str = "graph-cloudcommunications.yml") -> StrictServer:
        return cls(spec, GRAPH_BASE, strict, _graph)

    @property
    def origin(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}"


@functools.cache
def _spec(name: str) -> Any:
    """Each contract parsed once per test run (the Graph files take about a second)."""
    return load_spec(name)


# ---------------------------------------------------------------- Zoom

ZOOM_SCOPE = {  # what the contract's ``security`` says each operation needs
    ("GET", "metrics"): "dashboard_meetings:read:admin",
    ("GET", "meetings"): "meeting:read",
    ("GET", "past_meetings"): "meeting:read",
    ("PATCH", "meetings"): "meeting:write",
    ("POST", "meetings"): "meeting:write",
    ("PUT", "meetings"): "meeting:write",
}


def _zoom(server: StrictServer, req: Incoming) -> tuple[Any, ...]:
    s = server.strict
    m, path = req.method, req.path
    needed = ZOOM_SCOPE.get((m, path.split("/")[1]))
    if needed in s.missing_scopes:
        return 400, {"code": 4711, "message": f"Invalid access token, does not contain scopes:[{needed}]."}
    if m == "GET" and path.startswith("/metrics/meetings/") and path.endswith("/participants"):
        if s.plan == "pro":
            return 400, {"code": 200, "message": "No permission."}
        return 200, _zoom_page(s, req.query.get("next_page_token", ""), int(req.query.get("page_size", 30)))
    if m == "GET" and path.startswith("/past_meetings/") and path.endswith("/participants"):
        if s.status == "started":
            return 404, {"code": 3001, "message": "Meeting ID is invalid or not end."}
        page = _zoom_page(s, req.query.get("next_page_token", ""), int(req.query.get("page_size", 30)))
        page["participants"] = [
            {
                "id": p["id"],
                "name": p["user_name"],
                "user_email": p["email"],
                **({"join_time": s.held_at} if s.held_at else {}),
            }
            for p in page["participants"]
        ]
        return 200, page
    if m == "GET" and path.startswith("/past_meetings/") and path.endswith("/polls"):
        return 200, {
            "id": 85746065432,
            "uuid": "4444AAAiAAAAAiAiAiiAii==",
            "start_time": "2026-12-01T08:30:00Z",
            "questions": [],
        }
    if m == "PATCH" and path.startswith("/meetings/"):
        if s.daily_left <= 0:
            return (
                429,
                {"code": 429, "message": "You have reached the maximum daily rate limit for this API."},
                ("application/json"),
                {"Retry-After": _midnight_iso(), "X-RateLimit-Type": "Daily-limit"},
            )
        s.daily_left -= 1
        s.rooms = req.body["settings"]["breakout_room"]["rooms"]
        return 204, None
    if m == "GET" and path.startswith("/meetings/") and path.count("/") == 2:
        return 200, {
            "id": 85746065432,
            "topic": "Kickoff",
            "type": 2,
            "status": s.status,
            "settings": {"breakout_room": {"enable": True, "rooms": s.rooms}},
        }
    if m == "POST" and path.endswith("/polls"):
        if s.retry_after:
            kind, s.retry_after = s.retry_after, ""
            return (
                429,
                {"code": 429, "message": "Too many requests."},
                "application/json",
                {"Retry-After": _now_plus(120, kind)},
            )
        s.polls.append(req.body)
        return 201, {"id": f"poll{len(s.polls)}", "status": "notstart", "title": req.body["title"]}
    if m == "GET" and path.endswith("/polls"):
        polls = [{"id": f"poll{i + 1}", "status": "notstart", "title": p["title"]} for i, p in enumerate(s.polls)]
        return 200, {"total_records": len(polls), "polls": polls}
    if m == "PUT" and path.endswith("/status"):
        s.status = "waiting"  # the contract's only other status: the meeting waits for its next start
        s.ended += 1
        if s.drop_end:
            s.drop_end = False
            return DROP, None
        return 204, None
    return 404, {"code": 3001, "message": f"no {m} {path}"}


def _midnight_iso() -> str:
    midnight = (datetime.now(UTC) + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    return midnight.isoformat().replace("+00:00", "Z")


def _zoom_page(s: Strict, token: str, size: int) -> dict[str, Any]:
    if s.paging == "example":  # the contract's example, page after page
        person = {
            "id": "30R7kT7bTIKSNUFEuH_Qlg",
            "user_name": "Jill Chill",
            "email": "jchill@example.com",
            "status": "in_meeting",
        }
        return {
            "next_page_token": ZOOM_EXAMPLE_TOKEN,
            "page_count": 1,
            "page_size": 30,
            "total_records": 1,
            "participants": [person],
        }
    start = int(token[3:]) if token.startswith("tok") else 0
    people = s.people if s.paging != "endless" else 10**9
    chunk = [
        {
            "id": f"id{i}",
            "user_name": f"Person {i}",
            "email": f"p{i}@example.org",
            "status": "in_meeting",
            "bo_mtg_id": f"bo{i % 5}" if i % 2 else "",
        }
        for i in range(start, min(start + size, people))
    ]
    if s.paging == "repeat":
        nxt = ZOOM_EXAMPLE_TOKEN
    else:
        nxt = f"tok{start + size}" if start + size < people else ""
    page: dict[str, Any] = {"next_page_token": nxt, "page_size": size, "participants": chunk}
    if s.paging == "fresh":
        page["total_records"] = s.people
    return page


# ---------------------------------------------------------------- Webex

SERIES, SCHEDULED, INSTANCE = "S1series", "S1scheduled", "I1instance"


def _webex_meeting(**fields: Any) -> dict[str, Any]:
    """The contract's example meeting (every required field), with ``fields`` over it."""
    import json

    from .spec_server import SPECS

    spec = json.loads((SPECS / "webex-meeting.json").read_text(encoding="utf-8"))
    content = spec["paths"]["/meetings/{meetingId}"]["get"]["responses"]["200"]["content"]
    example = dict(next(iter(content.values()))["example"])
    required = spec["components"]["schemas"]["MeetingSeriesObject"].get("required", [])
    return {**{k: example[k] for k in required if k in example}, **fields}


def _webex_link(server: StrictServer, path: str, query: dict[str, str], page: int, pages: int) -> str:
    """``first`` and ``prev`` before ``next``, as RFC 8288 allows."""

    def url(n: int) -> str:
        return f"{server.url}{path}?{urlencode({**query, 'page': n})}"

    parts = [f'<{url(1)}>; rel="first"']
    if page > 1:
        parts.append(f'<{url(page - 1)}>; rel="prev"')
    if page < pages:
        parts.append(f'<{url(page + 1)}>; rel="next"')
    return ", ".join(parts)


def _webex(server: StrictServer, req: Incoming) -> tuple[Any, ...]:
    s = server.strict
    m, path, q = req.method, req.path.removeprefix("/v1"), req.query
    ctype = "application/json;charset=UTF-8"
    if m == "GET" and path == "/meetingParticipants":
        size = min(100, int(float(q.get("max", 10))))
        page = int(q.get("page", 1))
        everyone = []
        for i in range(s.people):
            room = i < s.breakout_people
            everyone.append(
                {
                    "id": f"pid{i}",
                    "email": f"p{i}@example.org",
                    "displayName": f"Person {i}",
                    "state": "breakoutSession" if room else "joined",
                    "meetingId": INSTANCE,
                    "host": i == 0,
                    **({"breakoutSessionId": f"bs{i % 3}"} if room else {}),
                }
            )
        everyone.append(
            {
                "id": "lobby1",
                "email": "late@example.org",
                "displayName": "Late",
                "state": "lobby",
                "meetingId": INSTANCE,
                "host": False,
            }
        )
        pages = max(1, -(-len(everyone) // size))
        chunk = everyone[(page - 1) * size : page * size]
        base = {k: v for k, v in q.items() if k != "page"}
        return 200, {"items": chunk}, ctype, {"Link": _webex_link(server, "/meetingParticipants", base, page, pages)}
    if m == "GET" and path == "/meetings/pollResults":
        s.poll_results_for.append(q.get("meetingId", ""))
        if q.get("meetingId") != INSTANCE:
            return 400, {
                "message": "meetingId must be a meeting instance",
                "errors": [{"description": "bad id"}],
                "trackingId": "t",
            }
        size = min(100, int(float(q.get("max", 10))))
        page = int(q.get("page", 1))
        pages = max(1, -(-s.poll_respondents // size))
        chunk = min(size, s.poll_respondents - (page - 1) * size)
        answers = [{"value": "Yes", "totalRespondents": chunk}]
        item = {
            "id": "poll1",
            "meetingId": INSTANCE,
            "totalAttendees": s.people,
            "totalRespondents": chunk,
            "questions": [{"id": "q1", "title": "Ready?", "answerSummary": answers}],
        }
        base = {k: v for k, v in q.items() if k != "page"}
        return 200, {"items": [item]}, ctype, {"Link": _webex_link(server, "/meetings/pollResults", base, page, pages)}
    if m == "GET" and path == "/meetings":
        items = [
            _webex_meeting(
                id=mid,
                meetingSeriesId=SERIES,
                scheduledMeetingId=SCHEDULED,
                meetingType="meeting",
                state=state,
                start=start,
            )
            for mid, state, start in (
                ("I0old", "ended", "2026-11-01T08:00:00Z"),
                (INSTANCE, "inProgress", "2026-12-01T08:00:00Z"),
            )
        ]
        return 200, {"items": items}, ctype
    if m == "GET" and path.startswith("/meetings/") and path.count("/") == 2:
        mid = path.split("/")[2]
        kinds = {
            SERIES: ("meetingSeries", "active"),
            SCHEDULED: ("scheduledMeeting", "ready"),
            INSTANCE: ("meeting", "inProgress"),
        }
        if mid not in kinds:
            return 404, {"message": "not found", "errors": [{"description": "no meeting"}], "trackingId": "t"}
        kind, state = kinds[mid]
        body = _webex_meeting(id=mid, title="Kickoff", meetingType=kind, state=state)
        if kind != "meetingSeries":
            body["meetingSeriesId"] = SERIES
        if kind == "meeting":
            body["scheduledMeetingId"] = SCHEDULED
        return 200, body, ctype
    if path.endswith("/breakoutSessions"):
        mid = path.split("/")[2]
        if m == "PUT":
            s.breakouts_on.append(mid)
            if mid == INSTANCE:  # "applies to meeting series and scheduled meetings"
                return 400, {
                    "message": "not a series or scheduled meeting",
                    "errors": [{"description": "bad id"}],
                    "trackingId": "t",
                }
            s.rooms = [
                {"id": f"bs{i}", "name": r["name"], "invitees": r.get("invitees", [])}
                for i, r in enumerate(req.body["items"])
            ]
            return 200, {"items": s.rooms}, ctype
        return 200, {"items": s.rooms}, ctype
    if m == "POST" and path.endswith("/end"):
        s.ended += 1
        return 204, None
    return 404, {"message": f"no {m} {path}", "errors": [{"description": "not found"}], "trackingId": "t"}


# ---------------------------------------------------------------- Graph


def _graph(server: StrictServer, req: Incoming) -> tuple[Any, ...]:
    s = server.strict
    m, path = req.method, req.path
    if m == "GET" and path.endswith("/attendanceReports"):
        reports = [
            {
                "id": f"rep{n}",
                "totalParticipantCount": 2 + n,
                "meetingStartDateTime": f"2026-1{n}-01T08:00:00Z",
                "meetingEndDateTime": f"2026-1{n}-01T10:00:00Z",
            }
            for n in range(s.sessions)
        ]
        body: dict[str, Any] = {"value": reports}
        if s.next_link == "repeat":  # the same link, forever
            body["@odata.nextLink"] = f"{server.url}{path}?$skiptoken=abc"
        return 200, body
    if m == "GET" and "/attendanceReports/" in path and path.endswith("/attendanceRecords"):
        n = int(path.split("/attendanceReports/")[1].split("/")[0].removeprefix("rep"))
        records = [
            {
                "id": f"r{n}-{i}",
                "emailAddress": f"p{i}@example.org",
                "role": "Attendee",
                "totalAttendanceInSeconds": 600,
                "identity": {"displayName": f"Person {i}"},
            }
            for i in range(s.people - (s.sessions - 1 - n))  # the latest session has everyone
        ]
        return 200, {"value": records}
    if m == "GET" and path.startswith("/users/") and "/onlineMeetings/" in path and path.count("/") == 4:
        return 200, {
            "id": "MSpkYzE3Yjk",
            "subject": "Kickoff",
            "chatInfo": {"threadId": "19:meeting_x@thread.v2", "messageId": "0"},
        }
    if m == "GET" and path.startswith("/chats/"):
        return 200, {
            "value": [
                {"id": str(i), "messageType": "message", "body": {"contentType": "text", "content": t}}
                for i, t in enumerate(s.chat)
            ]
        }
    if m == "POST" and path.startswith("/chats/"):
        s.chat.append(req.body["body"]["content"])
        return 201, {"id": "1616990032035", "body": req.body["body"], "messageType": "message"}
    return 404, {"error": {"code": "NotFound", "message": path}}
