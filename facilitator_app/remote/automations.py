"""Automations: on a lifecycle event of the show (a segment starts, warning, danger, zero,
a minute over, pause, end) send an OSC message or an HTTP request with values from the
live state, e.g. switch an OBS scene or colour a Companion button.

One automation per line, words split like a shell's (quotes keep spaces)::

    segment_start osc 127.0.0.1:53000 /cue/start "{segment.title}"
    warning http POST http://127.0.0.1:8000/api/location/1/0/1/style {"bgcolor":"#ffc857"}
    # a comment

``{segment.title}``, ``{next.title}``, ``{phase}``, ``{event}`` … are filled from the state
object (docs/REMOTE.md lists it). Sending never blocks the show: every send is its own task
with a short timeout, and a failed target is reported (the app says it in the status bar).
"""

from __future__ import annotations

import asyncio
import json
import logging
import re
import shlex
from collections.abc import Callable
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from ..domain.frozen import Frozen, record

log = logging.getLogger(__name__)

EVENTS = ("segment_start", "warning", "danger", "zero", "overtime", "pause", "end")
OVERTIME_AFTER_S = 60  # "overtime": still running this long after zero
TIMEOUT_S = 3.0
_FIELD = re.compile(r"\{([a-z_]+(?:\.[a-z_]+)*)\}")


class AutomationError(ValueError):
    """A line that cannot be used; the message names the line."""


@record(slots=False)
class Automation(Frozen):
    """An OSC message or HTTP request sent when a show event happens (one line of the setting)."""

    event: str
    kind: str  # "osc" or "http"
    target: str  # host:port (osc) or URL (http)
    address: str = ""  # OSC address, or HTTP method
    args: tuple[str, ...] = ()  # OSC arguments, or the HTTP body (one item)

    def describe(self) -> str:
        return f"{self.event} → {self.kind} {self.target}"


def parse(text: str) -> list[Automation]:
    """Every automation of the text; AutomationError names the first bad line."""
    found = []
    for number, raw in enumerate(text.splitlines(), 1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        try:
            words = shlex.split(line)
        except ValueError as exc:
            raise AutomationError(f"line {number}: {exc}") from None
        if len(words) < 3:
            raise AutomationError(f"line {number}: EVENT osc HOST:PORT ADDRESS [ARGS] or EVENT http METHOD URL [BODY]")
        event, kind = words[0], words[1].lower()
        if event not in EVENTS:
            raise AutomationError(f"line {number}: {event!r} is not an event ({', '.join(EVENTS)})")
        if kind == "osc":
            if len(words) < 4 or not words[3].startswith("/"):
                raise AutomationError(f"line {number}: osc needs HOST:PORT and an address starting with /")
            host, _, port = words[2].rpartition(":")
            if not host or not port.isdigit() or not 0 < int(port) < 65536:
                raise AutomationError(f"line {number}: {words[2]!r} is not HOST:PORT")
            found.append(Automation(event, "osc", words[2], words[3], tuple(words[4:])))
        elif kind == "http":
            method = words[2].upper()
            if method not in ("GET", "POST", "PUT", "PATCH", "DELETE") or len(words) < 4:
                raise AutomationError(f"line {number}: http needs a method (GET, POST, PUT …) and a URL")
            if urlsplit(words[3]).scheme not in ("http", "https"):
                raise AutomationError(f"line {number}: {words[3]!r} is not an http(s) URL")
            if len(words) > 5:
                raise AutomationError(f"line {number}: quote the body: it is one argument")
            found.append(Automation(event, "http", words[3], method, tuple(words[4:])))
        else:
            raise AutomationError(f"line {number}: {kind!r} is neither osc nor http")
    return found


def fill(template: str, state: dict[str, Any], event: str) -> str:
    """``{a.b}`` replaced by the state's value at that path ('' when absent)."""

    def value(match: re.Match[str]) -> str:
        if match.group(1) == "event":
            return event
        node: Any = state
        for part in match.group(1).split("."):
            node = node.get(part) if isinstance(node, dict) else None
        if node is None:
            return ""
        if isinstance(node, bool):
            return "true" if node else "false"
        return str(node)

    return _FIELD.sub(value, template)


def _remaining(state: dict[str, Any]) -> float | None:
    seg = state.get("segment")
    if not seg or not seg.get("ends_at"):
        return None
    return (datetime.fromisoformat(seg["ends_at"]) - datetime.fromisoformat(state["server_time"])).total_seconds()


def events(previous: dict[str, Any] | None, new: dict[str, Any]) -> list[str]:
    """The lifecycle events between two state objects (in the order they happened)."""
    if previous is None:
        return []
    out: list[str] = []
    old_seg = (previous.get("segment") or {}).get("id")
    seg = (new.get("segment") or {}).get("id")
    status, old_status = new["status"], previous["status"]
    same_run = seg is not None and seg == old_seg
    if new["status"] == "running" and not same_run:
        out.append("segment_start")
    if status == "paused" and old_status == "running":
        out.append("pause")
    if status == "ended" and old_status != "ended":
        out.append("end")
    phase, old_phase = new["phase"], previous["phase"] if same_run else "normal"
    rank = {"idle": 0, "normal": 1, "warning": 2, "danger": 3, "overtime": 4}
    if status == "running" and rank.get(phase, 0) > rank.get(old_phase, 0):
        out.append({"warning": "warning", "danger": "danger", "overtime": "zero"}.get(phase, ""))
    remaining, old_remaining = _remaining(new), _remaining(previous) if same_run else None
    if (
        remaining is not None
        and remaining <= -OVERTIME_AFTER_S
        and (old_remaining is None or old_remaining > -OVERTIME_AFTER_S)
    ):
        out.append("overtime")
    return [e for e in out if e]


class Automations:
    """Listens to the server's pushes and sends what the rules say, each send a task."""

    def __init__(self, rules: list[Automation], failed: Callable[[str], None] = lambda _m: None) -> None:
        self.rules = rules
        self.failed = failed
        self.sent: list[tuple[str, str]] = []  # (event, target), for tests and the dialog
        self._tasks: set[asyncio.Task[None]] = set()

    def __call__(self, previous: dict[str, Any] | None, new: dict[str, Any]) -> None:
        for event in events(previous, new):
            for rule in self.rules:
                if rule.event == event:
                    task = asyncio.get_running_loop().create_task(self._send(rule, new, event))
                    self._tasks.add(task)
                    task.add_done_callback(self._tasks.discard)

    async def _send(self, rule: Automation, state: dict[str, Any], event: str) -> None:
        try:
            await asyncio.wait_for(
                self._osc(rule, state, event) if rule.kind == "osc" else self._http(rule, state, event), TIMEOUT_S
            )
            self.sent.append((event, rule.target))
        except (OSError, TimeoutError, ValueError) as exc:
            message = f"{rule.describe()}: {exc or type(exc).__name__}"
            log.warning("automation failed: %s", message)
            self.failed(message)
        except Exception as exc:  # noqa: BLE001 - whatever a target does, the show goes on
            self.failed(f"{rule.describe()}: {exc}")

    async def _osc(self, rule: Automation, state: dict[str, Any], event: str) -> None:
        from pythonosc.osc_message_builder import OscMessageBuilder

        builder = OscMessageBuilder(fill(rule.address, state, event))
        for arg in rule.args:
            text = fill(arg, state, event)
            builder.add_arg(_number(text))
        host, _, port = rule.target.rpartition(":")
        loop = asyncio.get_running_loop()
        transport, _ = await loop.create_datagram_endpoint(asyncio.DatagramProtocol, remote_addr=(host, int(port)))
        try:
            transport.sendto(builder.build().dgram)
        finally:
            transport.close()

    async def _http(self, rule: Automation, state: dict[str, Any], event: str) -> None:
        import aiohttp

        url = fill(rule.target, state, event)
        body = fill(rule.args[0], state, event) if rule.args else None
        headers = {}
        if body is not None:
            try:
                json.loads(body)
                headers["Content-Type"] = "application/json"
            except ValueError:
                headers["Content-Type"] = "text/plain; charset=utf-8"
        timeout = aiohttp.ClientTimeout(total=TIMEOUT_S)
        async with (
            aiohttp.ClientSession(timeout=timeout) as client,
            client.request(rule.address, url, data=body, headers=headers) as response,
        ):
            if response.status >= 400:
                raise ValueError(f"HTTP {response.status}")

    async def aclose(self) -> None:
        for task in list(self._tasks):
            task.cancel()


def _number(text: str) -> int | float | str:
    """OSC arguments that look like numbers are sent as numbers (Companion expects ints)."""
    try:
        return int(text)
    except ValueError:
        pass
    try:
        return float(text)
    except ValueError:
        return text
