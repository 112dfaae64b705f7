"""The remote server: HTTP + WebSocket (aiohttp) and OSC over UDP (python-osc) on the
running asyncio loop (qasync in the app), so the GUI never waits on a client.

- Every control request runs a command of the registry by id through a ``Context``; the
  remote offers the live commands, the poll launch/close/reveal and the stage effects
  (``REMOTE_COMMANDS``). Refusals carry the command layer's stable codes.
- State goes out as ``state.live_state`` on every change, coalesced into one build per
  turn of the loop; each client has its own sender holding only the newest state, so a
  slow client never delays the others or the GUI.
- Security: a view code and a control code; control needs its code on every request
  (``Authorization: Bearer`` or the first OSC argument), never a cookie; ``Host`` and
  ``Origin`` are checked (DNS rebinding, other web pages); body size, connection and
  request limits; idle timeouts; every refusal is JSON with a stable code.
"""

from __future__ import annotations

import asyncio
import contextlib
import ipaddress
import json
import logging
import math
import socket
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from aiohttp import WSMsgType, web
from pythonosc.dispatcher import Dispatcher
from pythonosc.osc_message_builder import OscMessageBuilder
from pythonosc.osc_server import AsyncIOOSCUDPServer

from ..commands import REGISTRY, Command, CommandError, Context, Param, Registry, Result
from ..domain.clock import Clock
from ..domain.live import Status
from ..domain.polls import PollStatus, cued
from ..domain.state import SessionState
from ..domain.text import QT_TRANSLATE_NOOP, msg
from .codes import AccessCodes
from .state import live_state

log = logging.getLogger(__name__)

API = "/api/v1"
OSC_PREFIX = "/facilitator/"
OSC_REPLY = "/facilitator/reply"
VIEWS = ("stage", "backstage", "public", "remote")
STATIC = ("common.js", "views.css", *(f"{view}.js" for view in VIEWS))
# What the remote may run: the show's live actions, the poll steps and the stage effects.
# Session, export, people and room commands stay on the console (files, dialogs, undo).
REMOTE_COMMANDS = (
    "live.toggle",
    "live.start",
    "live.pause",
    "live.next",
    "live.previous",
    "live.add_minute",
    "live.remove_minute",
    "live.goto",
    "live.skip",
    "live.message",
    "live.clear_message",
    "polls.launch",
    "polls.close",
    "polls.reveal",
    "stage.flash",
    "stage.blackout",
)
HTTP_STATUS = {
    "not_found": 404,
    "bad_argument": 400,
    "bad_json": 400,
    "not_enabled": 409,
    "not_in_control": 409,
    "not_saved": 503,
    "platform": 502,
    "unauthorized": 401,
    "forbidden": 403,
    "bad_host": 403,
    "bad_origin": 403,
    "not_remote": 403,
    "too_large": 413,
    "too_many": 503,
    "internal": 500,
}
MAX_BODY = 16 * 1024
MAX_CLIENTS = 200  # WebSocket views
MAX_REQUESTS = 64  # HTTP requests in progress at once
MAX_PENDING = 32  # control requests waiting for their turn (each appends an fsync'd event)
KEEPALIVE_S = 15.0  # an idle HTTP connection is closed after this
HEARTBEAT_S = 20.0  # a view that does not answer a ping within this is dropped
MAX_UNSENT = 256 * 1024  # a view with this much not yet taken from its socket is dropped (too slow)
RESYNC_S = 30.0  # a fresh state (and server clock) at least this often


@dataclass
class RemoteConfig:
    """Where the remote listens, and whether it takes OSC too."""

    host: str = "127.0.0.1"  # "0.0.0.0": the local network (the producer's choice)
    port: int = 0  # HTTP/WebSocket on TCP and OSC on UDP; 0: a free one
    osc: bool = True

    @property
    def network(self) -> bool:
        return self.host not in ("127.0.0.1", "localhost", "::1")


def parse_listen(text: str) -> RemoteConfig:
    """``[HOST:]PORT`` of ``--remote``; raises ValueError with the reason."""
    host, _, port_text = text.rpartition(":")
    host = host.strip("[]") or "127.0.0.1"
    try:
        port = int(port_text)
    except ValueError:
        raise ValueError(f"--remote takes [HOST:]PORT, not {text!r}") from None
    if not 0 <= port <= 65535:
        raise ValueError(f"port {port} is out of range")
    return RemoteConfig(host, port)


def _error(code: str, message: str, **more: Any) -> web.Response:
    body = {"ok": False, "error": {"code": code, "message": message, **more}}
    return web.json_response(body, status=HTTP_STATUS.get(code, 400))


def _split_host(value: str) -> tuple[str, int | None]:
    """'host:port', '[::1]:port' or 'host' -> (host, port)."""
    value = value.strip().lower()
    if value.startswith("["):
        host, _, rest = value[1:].partition("]")
        port = rest[1:] if rest.startswith(":") else ""
    else:
        host, _, port = value.partition(":") if value.count(":") == 1 else (value, "", "")
    try:
        return host, int(port) if port else None
    except ValueError:
        return host, -1


@dataclass(eq=False)
class _View:
    """One connected WebSocket view."""

    ws: web.WebSocketResponse
    transport: asyncio.BaseTransport | None


@dataclass
class StageEffects:
    """What the remote's stage commands change: shown by the browser stage views and, in
    the app, by the stage window (``on_effect``)."""

    blackout: bool = False
    flash_at: datetime | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"blackout": self.blackout, "flash_at": None if self.flash_at is None else self.flash_at.isoformat()}


class RemoteServer:
    """The remote on the running loop: ``await start()``, ``notify()`` on every change,
    ``await stop()``. ``context()`` makes the command context (the app's, or a headless one)."""

    def __init__(
        self,
        state: Callable[[], SessionState],
        context: Callable[[], Context],
        clock: Clock,
        codes: AccessCodes,
        config: RemoteConfig | None = None,
        *,
        registry: Registry = REGISTRY,
        views_dir: Path | None = None,
        language: Callable[[], str] = lambda: "",
    ) -> None:
        self.state = state
        self.context = context
        self.clock = clock
        self.codes = codes
        self.config = config or RemoteConfig()
        self.language = language
        self.views_dir = views_dir if views_dir is not None else _default_views()
        self.stage = StageEffects()
        self.registry = self._remote_registry(registry)
        self.port = 0
        self.on_effect: Callable[[str, StageEffects], None] | None = None  # the app's stage window
        self.on_command: Callable[[str, Result], None] | None = None  # the app: status bar, refresh
        self.listeners: list[Callable[[dict[str, Any] | None, dict[str, Any]], None]] = []  # automations
        self._views: set[_View] = set()
        self._outgoing: str | None = None  # the newest state not yet sent to every view
        self._broadcaster: asyncio.Task[None] | None = None
        self._closing: set[asyncio.Task[Any]] = set()
        self._requests = 0
        self._scheduled = False
        self._last: dict[str, Any] | None = None
        self._timer: asyncio.TimerHandle | None = None
        self._resync: asyncio.TimerHandle | None = None
        self._runner: web.AppRunner | None = None
        self._osc: asyncio.DatagramTransport | None = None
        self._queue: asyncio.Queue[tuple[str, dict[str, Any], asyncio.Future[Result]]] | None = None
        self._worker: asyncio.Task[None] | None = None
        self._osc_tasks: set[asyncio.Task[None]] = set()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._names = {"localhost", socket.gethostname().lower(), socket.gethostname().lower() + ".local"}

    # ------------------------------------------------------------ commands

    def _remote_registry(self, base: Registry) -> Registry:
        """The commands the remote offers: the registry's own, plus the stage effects."""
        registry = Registry()
        for command_id in REMOTE_COMMANDS:
            if command_id in base:
                registry.add(base.get(command_id))
        registry.add(
            Command(
                "stage.flash",
                QT_TRANSLATE_NOOP("commands", "Flash the stage"),
                self._flash,
            ),
            Command(
                "stage.blackout",
                QT_TRANSLATE_NOOP("commands", "Black out the stage"),
                self._blackout,
                params=(Param("on", "bool", required=False, doc="default: toggle"),),
            ),
        )
        return registry

    def _flash(self, ctx: Context, _args: Mapping[str, Any]) -> Result:
        self.stage.flash_at = ctx.now()
        self._effect("flash")
        return Result()

    def _blackout(self, _ctx: Context, args: Mapping[str, Any]) -> Result:
        on = args.get("on")
        if on is not None and not isinstance(on, bool | int):
            raise CommandError(msg("on must be true or false."), "bad_argument")
        self.stage.blackout = (not self.stage.blackout) if on is None else bool(on)
        self._effect("blackout")
        return Result()

    def _effect(self, kind: str) -> None:
        if self.on_effect is not None:
            self.on_effect(kind, self.stage)

    def run(self, command_id: str, args: Mapping[str, Any]) -> Result:
        """Run a remote command; raises CommandError (code not_remote for the rest of the registry)."""
        if command_id not in self.registry:
            if command_id in REGISTRY:
                raise CommandError(msg("%1 is not offered by the remote.", command_id), "not_remote")
            raise CommandError(msg("There is no command %1.", command_id), "not_found")
        ctx = self.context()
        if command_id.startswith("polls.") and not args.get("poll"):
            args = {**args, "poll": self._default_poll(command_id)}
        try:
            result = self.registry.run(ctx, command_id, args)
        except CommandError as exc:
            if exc.code == "not_in_control":
                raise CommandError(self._who_is_in_control(), "not_in_control") from None
            raise
        self.notify()
        if self.on_command is not None:
            self.on_command(command_id, result)
        return result

    async def submit(self, command_id: str, args: dict[str, Any]) -> Result:
        """Run a control request in its turn: one command per turn of the loop, so a flood
        of requests (each appends an fsync'd event) never holds the loop for long; beyond
        ``MAX_PENDING`` waiting ones the request is refused with too_many."""
        if self._queue is None or self._loop is None:
            return self.run(command_id, args)
        if self._queue.full():
            raise CommandError(msg("Too many control requests at once; try again."), "too_many")
        future: asyncio.Future[Result] = self._loop.create_future()
        self._queue.put_nowait((command_id, args, future))
        return await future

    async def _work(self) -> None:
        assert self._queue is not None
        while True:
            command_id, args, future = await self._queue.get()
            started = time.perf_counter()
            if not future.done():
                try:
                    future.set_result(self.run(command_id, args))
                except Exception as exc:  # noqa: BLE001 - a refusal, or a bug: the caller answers it
                    future.set_exception(exc)
            # The GUI, the views and the other clients get at least as long as the command
            # took (its append, the window's redraw): the remote never takes more than half
            # of the loop, however fast requests come.
            await asyncio.sleep(min(0.05, time.perf_counter() - started))

    def _default_poll(self, command_id: str) -> str:
        """A poll button without a poll id: launch the one cued for the live segment, close
        the open one, reveal the one closed last."""
        state = self.state()
        if command_id == "polls.launch":
            found = cued(state.polls, state.live.segment_id if state.live.active else None)
            reason = msg("No poll is cued for the live segment; name one (argument poll).")
        else:
            wanted = PollStatus.OPEN if command_id == "polls.close" else PollStatus.CLOSED
            found = [p for p in state.polls.values() if p.status is wanted]
            reason = (
                msg("No poll is open; name one (argument poll).")
                if wanted is PollStatus.OPEN
                else (msg("No poll is closed; name one (argument poll)."))
            )
        if not found:
            raise CommandError(reason, "not_enabled")
        return found[0].poll.id if command_id == "polls.launch" else found[-1].poll.id

    def _who_is_in_control(self) -> Any:
        lease = self.state().lease
        name = lease.owner_name or lease.owner
        if name:
            return msg("This console follows; %1 is in control.", name)
        return msg("Only the console in control can do this.")

    def _control_info(self) -> dict[str, Any]:
        lease = self.state().lease
        return {"writer": lease.owner, "name": lease.owner_name}

    def commands(self) -> list[dict[str, Any]]:
        ctx = self.context()
        out = []
        for command in self.registry.all():
            reason = command.why_not(ctx)
            out.append(
                {
                    "id": command.id,
                    "title": command.title,
                    "params": [
                        {"name": p.name, "kind": p.kind, "required": p.required, "doc": p.doc} for p in command.params
                    ],
                    "enabled": reason is None,
                    "why_not": None if reason is None else str(reason),
                }
            )
        return out

    # ------------------------------------------------------------ state out

    def snapshot(self) -> dict[str, Any]:
        state = self.state()
        return live_state(state, self.clock.now(), language=self.language(), extra={"stage": self.stage.to_dict()})

    def notify(self) -> None:
        """The state changed: push it once this turn of the loop is done (coalesced)."""
        if self._scheduled or self._loop is None:
            return
        self._scheduled = True
        self._loop.call_soon(self._push)

    def _push(self) -> None:
        self._scheduled = False
        data = self.snapshot()
        payload = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
        if self._views and self._loop is not None:
            self._outgoing = payload
            if self._broadcaster is None or self._broadcaster.done():
                self._broadcaster = self._loop.create_task(self._broadcast())
        previous, self._last = self._last, data
        for listener in list(self.listeners):
            try:
                listener(previous, data)
            except Exception:  # an automation never stops the show
                log.exception("remote listener failed")
        self._schedule_phase()

    def _schedule_phase(self) -> None:
        """Push again when the phase changes by time alone (warning, danger, zero)."""
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        state = self.state()
        if state.live.status is not Status.RUNNING or state.live.end_at is None or self._loop is None:
            return
        seg = state.show.segment(state.live.segment_id or "")
        if seg is None:
            return
        remaining = (state.live.end_at - self.clock.now()).total_seconds()
        # warning, danger, zero, and a minute over (the automations' "overtime")
        marks = [m for m in (seg.warning_threshold_s, seg.danger_threshold_s, 0, -60) if m < remaining]
        if not marks:
            return
        delay = remaining - max(marks) + 0.002
        if math.isfinite(delay) and delay < 86400:
            self._timer = self._loop.call_later(delay, self.notify)

    def _schedule_resync(self) -> None:
        if self._loop is None:
            return
        self.notify()
        self._resync = self._loop.call_later(RESYNC_S, self._schedule_resync)

    @property
    def view_count(self) -> int:
        return len(self._views)

    # ------------------------------------------------------------ lifecycle

    async def start(self) -> int:
        """Listen (TCP for HTTP/WebSocket and, on the same number, UDP for OSC); the port."""
        self._loop = asyncio.get_running_loop()
        app = web.Application(client_max_size=MAX_BODY, middlewares=[self._guard])
        app.router.add_get(f"{API}/state", self._get_state)
        app.router.add_get(f"{API}/commands", self._get_commands)
        app.router.add_post(f"{API}/commands/{{command_id}}", self._post_command)
        app.router.add_get(f"{API}/ws", self._websocket)
        app.router.add_get("/view/static/{name}", self._static)
        app.router.add_get("/view/{name}", self._view)
        app.router.add_get("/", self._index)
        runner = web.AppRunner(
            app,
            access_log=None,
            keepalive_timeout=KEEPALIVE_S,
            max_line_size=8190,
            max_field_size=8190,
            handle_signals=False,
        )
        await runner.setup()
        attempts = 20 if self.config.port == 0 else 1
        for attempt in range(attempts):
            site = web.TCPSite(runner, self.config.host, self.config.port, backlog=64, reuse_address=True)
            await site.start()
            self.port = int(runner.addresses[-1][1]) if runner.addresses else self.config.port
            try:
                if self.config.osc:
                    await self._start_osc()
                break
            except OSError:
                await site.stop()
                if attempt == attempts - 1:
                    await runner.cleanup()
                    raise
        self._runner = runner
        self._queue = asyncio.Queue(MAX_PENDING)
        self._worker = self._loop.create_task(self._work())
        self._push()
        self._resync = self._loop.call_later(RESYNC_S, self._schedule_resync)
        return self.port

    async def _start_osc(self) -> None:
        assert self._loop is not None
        dispatcher = Dispatcher(strict_timing=False)  # never sleep on the loop for a time tag
        dispatcher.set_default_handler(self._osc_message, needs_reply_address=True)
        osc = AsyncIOOSCUDPServer((self.config.host, self.port), dispatcher, self._loop)  # type: ignore[arg-type]
        transport, _protocol = await osc.create_serve_endpoint()
        self._osc = transport  # type: ignore[assignment]

    async def stop(self) -> None:
        for handle in (self._timer, self._resync):
            if handle is not None:
                handle.cancel()
        self._timer = self._resync = None
        if self._worker is not None:
            self._worker.cancel()
            self._worker = None
        if self._broadcaster is not None:
            self._broadcaster.cancel()
            self._broadcaster = None
        self._queue = None
        if self._osc is not None:
            self._osc.close()
            self._osc = None
        for view in list(self._views):
            with contextlib.suppress(Exception):
                await view.ws.close(code=1001, message=b"console stopping")
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None
        self._loop = None

    @property
    def url(self) -> str:
        host = self.config.host
        if host in ("0.0.0.0", "::", ""):
            host = local_address()
        if ":" in host:
            host = f"[{host}]"
        return f"http://{host}:{self.port}"

    def view_url(self, view: str, control: bool = False) -> str:
        return f"{self.url}/view/{view}?code={self.codes.control if control else self.codes.view}"

    # ------------------------------------------------------------ checks

    def _host_ok(self, host: str, port: int | None) -> bool:
        if port != self.port:
            return False
        if host in self._names:
            return True
        try:
            ipaddress.ip_address(host)
        except ValueError:
            return False
        return True  # an address literal cannot be a rebound name

    @web.middleware
    async def _guard(self, request: web.Request, handler: Callable[[web.Request], Any]) -> web.StreamResponse:
        host, port = _split_host(request.headers.get("Host", ""))
        if not self._host_ok(host, port):
            return _error("bad_host", "This Host is not served here.")
        origin = request.headers.get("Origin")
        if origin is not None:
            scheme, _, rest = origin.partition("://")
            if scheme != "http" or _split_host(rest) != (host, port):
                return _error("bad_origin", "Requests from other web pages are refused.")
        length = request.content_length
        if length is not None and length > MAX_BODY:
            return _error("too_large", f"The body is larger than {MAX_BODY} bytes.")
        if request.path == f"{API}/ws":  # a view stays connected: counted against MAX_CLIENTS instead
            return await handler(request)
        if self._requests >= MAX_REQUESTS:
            return _error("too_many", "Too many requests at once.")
        self._requests += 1
        try:
            return await handler(request)
        except web.HTTPRequestEntityTooLarge:
            return _error("too_large", f"The body is larger than {MAX_BODY} bytes.")
        except web.HTTPException as exc:
            if exc.status == 404:
                return _error("not_found", "There is nothing here.")
            if exc.status == 405:
                return _error("bad_argument", "This method is not allowed here.", status=405)
            raise
        finally:
            self._requests -= 1

    @staticmethod
    def _code(request: web.Request, query: bool) -> str:
        auth = request.headers.get("Authorization", "")
        if auth[:7].lower() == "bearer ":
            return auth[7:].strip()
        return request.query.get("code", "") if query else ""

    def _may_view(self, request: web.Request) -> web.Response | None:
        code = self._code(request, query=True)
        if not code:
            return _error("unauthorized", "A view code is needed (Authorization: Bearer CODE or ?code=CODE).")
        if not self.codes.can_view(code):
            return _error("unauthorized", "This code is not valid.")
        return None

    # ------------------------------------------------------------ handlers

    async def _get_state(self, request: web.Request) -> web.StreamResponse:
        refused = self._may_view(request)
        return refused or web.json_response(self.snapshot(), dumps=_dumps)

    async def _get_commands(self, request: web.Request) -> web.StreamResponse:
        refused = self._may_view(request)
        return refused or web.json_response({"version": 1, "commands": self.commands()}, dumps=_dumps)

    async def _post_command(self, request: web.Request) -> web.StreamResponse:
        code = self._code(request, query=False)
        if not code:
            return _error("unauthorized", "The control code is needed in the header Authorization: Bearer CODE.")
        if not self.codes.can_control(code):
            if self.codes.can_view(code):
                return _error("forbidden", "The view code cannot control the show.")
            return _error("unauthorized", "This code is not valid.")
        raw = await request.read()
        args: Any = {}
        if raw.strip():
            try:
                args = json.loads(raw)
            except (ValueError, UnicodeDecodeError):
                return _error("bad_json", "The body is not JSON.")
        if not isinstance(args, dict):
            return _error("bad_json", "The body must be a JSON object of arguments.")
        command_id = request.match_info["command_id"]
        return await self._answer(command_id, args)

    async def _answer(self, command_id: str, args: dict[str, Any]) -> web.Response:
        try:
            result = await self.submit(command_id, args)
        except CommandError as exc:
            more = {"in_control": self._control_info()} if exc.code == "not_in_control" else {}
            return _error(exc.code, str(exc.msg), command=command_id, **more)
        except Exception as exc:  # a bug is logged and answered; the console runs on
            log.exception("remote command %s failed", command_id)
            return _error("internal", f"The command failed: {type(exc).__name__}", command=command_id)
        body = {
            "ok": True,
            "command": command_id,
            "changed": result.changed,
            "message": None if result.message is None else str(result.message),
            "state": self.snapshot(),
        }
        return web.json_response(body, dumps=_dumps)

    async def _websocket(self, request: web.Request) -> web.StreamResponse:
        refused = self._may_view(request)
        if refused is not None:
            return refused
        if len(self._views) >= MAX_CLIENTS:
            return _error("too_many", f"At most {MAX_CLIENTS} views can be connected.")
        ws = web.WebSocketResponse(heartbeat=HEARTBEAT_S, max_msg_size=4096, compress=False)
        await ws.prepare(request)
        await ws.send_str(json.dumps(self.snapshot(), ensure_ascii=False, separators=(",", ":")))
        view = _View(ws, request.transport)
        self._views.add(view)
        try:
            async for message in ws:  # views send nothing that matters; a ping keeps them alive
                if message.type in (WSMsgType.ERROR, WSMsgType.CLOSE):
                    break
        finally:
            self._views.discard(view)
        return ws

    async def _broadcast(self) -> None:
        """One task sends the newest state to every view. A send only queues bytes on the
        socket (aiohttp waits only when the socket is full), so the views take one turn of
        the loop together, not a task each; a view that leaves MAX_UNSENT bytes untaken is
        dropped instead of being waited for."""
        while self._outgoing is not None:
            payload, self._outgoing = self._outgoing, None
            for view in list(self._views):
                transport = view.transport
                if view.ws.closed or transport is None or transport.is_closing():
                    self._views.discard(view)
                    continue
                if getattr(transport, "get_write_buffer_size", lambda: 0)() > MAX_UNSENT:
                    self._views.discard(view)
                    closing = asyncio.get_running_loop().create_task(view.ws.close(code=1011, message=b"too slow"))
                    self._closing.add(closing)
                    closing.add_done_callback(self._closing.discard)
                    continue
                try:
                    await view.ws.send_str(payload)
                except (ConnectionError, RuntimeError):
                    self._views.discard(view)

    async def _view(self, request: web.Request) -> web.StreamResponse:
        name = request.match_info["name"]
        if name not in VIEWS:
            return _error("not_found", f"There is no view {name}; there are {', '.join(VIEWS)}.")
        refused = self._may_view(request)
        if refused is not None:
            return refused
        return self._file(self.views_dir / f"{name}.html")

    async def _static(self, request: web.Request) -> web.StreamResponse:
        name = request.match_info["name"]
        if name not in STATIC:
            return _error("not_found", "There is nothing here.")
        return self._file(self.views_dir / name)

    async def _index(self, request: web.Request) -> web.StreamResponse:
        refused = self._may_view(request)
        if refused is not None:
            return refused
        return web.json_response(
            {"name": "facilitator-console remote", "api": API, "views": [f"/view/{v}" for v in VIEWS]}
        )

    def _file(self, path: Path) -> web.StreamResponse:
        types = {".html": "text/html", ".js": "text/javascript", ".css": "text/css"}
        try:
            body = path.read_bytes()
        except OSError:
            return _error("not_found", f"{path.name} is missing from this installation.")
        return web.Response(
            body=body,
            content_type=types.get(path.suffix, "application/octet-stream"),
            charset="utf-8",
            headers={
                "Cache-Control": "no-store",
                "X-Content-Type-Options": "nosniff",
                "Referrer-Policy": "no-referrer",  # the code in the address stays on this page
                "Content-Security-Policy": "default-src 'self'; connect-src 'self' ws: wss:; "
                "style-src 'self'; script-src 'self'; frame-ancestors 'none'",
            },
        )

    # ------------------------------------------------------------ OSC

    def _osc_message(self, client: tuple[str, int], address: str, *args: Any) -> tuple[Any, ...] | None:
        """``/facilitator/live/next CODE [ARGS…]``; answers ``/facilitator/reply ID ok|CODE MESSAGE``."""
        if not address.startswith(OSC_PREFIX):
            return None
        command_id = address[len(OSC_PREFIX) :].strip("/").replace("/", ".")
        if not args or not isinstance(args[0], str) or not self.codes.can_control(args[0]):
            return (OSC_REPLY, command_id, "unauthorized", "The control code is needed as the first argument.")
        try:
            named = self._osc_args(command_id, list(args[1:]))
        except CommandError as exc:
            return (OSC_REPLY, command_id, exc.code, str(exc.msg))
        if self._loop is not None:
            task = self._loop.create_task(self._osc_run(client, command_id, named))
            self._osc_tasks.add(task)
            task.add_done_callback(self._osc_tasks.discard)
        return None

    async def _osc_run(self, client: tuple[str, int], command_id: str, args: dict[str, Any]) -> None:
        try:
            result = await self.submit(command_id, args)
            reply: tuple[Any, ...] = (command_id, "ok", "" if result.message is None else str(result.message))
        except CommandError as exc:
            reply = (command_id, exc.code, str(exc.msg))
        except Exception as exc:  # a bug is logged and answered; the console runs on
            log.exception("remote command %s failed", command_id)
            reply = (command_id, "internal", f"The command failed: {type(exc).__name__}")
        if self._osc is not None:
            builder = OscMessageBuilder(OSC_REPLY)
            for value in reply:
                builder.add_arg(value)
            self._osc.sendto(builder.build().dgram, client)

    def _osc_args(self, command_id: str, values: list[Any]) -> dict[str, Any]:
        """A single JSON object, or positional values in the order of the command's parameters."""
        if len(values) == 1 and isinstance(values[0], str) and values[0].lstrip().startswith("{"):
            try:
                parsed = json.loads(values[0])
            except ValueError:
                raise CommandError(msg("The argument is not JSON."), "bad_json") from None
            if isinstance(parsed, dict):
                return parsed
        params = self.registry.get(command_id).params if command_id in self.registry else ()
        if len(values) > len(params):
            raise CommandError(msg("%1 takes at most %2 arguments.", command_id, len(params)), "bad_argument")
        return {p.name: v for p, v in zip(params, values, strict=False)}


def _dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _default_views() -> Path:
    from .. import assets

    return assets.path("views")


def local_address() -> str:
    """This machine's address on the local network (for the phone's QR code), else loopback."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    try:
        probe.connect(("10.255.255.255", 1))  # no packet is sent: it only picks a route
        return str(probe.getsockname()[0])
    except OSError:
        return "127.0.0.1"
    finally:
        probe.close()
