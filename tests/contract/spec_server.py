"""A real HTTP server on 127.0.0.1 that checks every request against a platform's
published OpenAPI contract (openapi-core) and answers with a response that is checked
against the same contract, so a client is tested against the real API shape."""

from __future__ import annotations

import json
import threading
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

from openapi_core import Config, OpenAPI
from openapi_core.testing import MockRequest, MockResponse

SPECS = Path(__file__).resolve().parents[3] / "shared" / "specs"


def load_spec(name: str) -> OpenAPI:
    path = SPECS / name
    if name.endswith(".json"):
        spec = json.loads(path.read_text(encoding="utf-8"))
    else:
        import yaml

        spec = yaml.load(path.read_text(encoding="utf-8"), Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    _normalise_path_parameters(spec)
    _drop_object_additional_properties(spec.get("components", {}).get("schemas", {}))
    return OpenAPI.from_dict(spec, config=Config(spec_validator_cls=None))


def _normalise_path_parameters(spec: dict[str, Any]) -> None:
    """Case slips in the Zoom file, fixed here (in the test helper, never in the file): path
    parameters declared as ``meetingid`` under ``{meetingId}`` paths, parameter styles
    written ``FORM``/``SIMPLE``, and an API-key scheme ``in: HEADER``."""
    for scheme in spec.get("components", {}).get("securitySchemes", {}).values():
        if isinstance(scheme.get("in"), str):
            scheme["in"] = scheme["in"].lower()
    for template, item in spec.get("paths", {}).items():
        names = {part[1:-1].lower(): part[1:-1] for part in template.split("/") if part.startswith("{")}
        for operation in [item, *[v for v in item.values() if isinstance(v, dict)]]:
            for param in operation.get("parameters", []) or []:
                if not isinstance(param, dict):
                    continue
                if isinstance(param.get("style"), str):
                    param["style"] = param["style"].lower()
                if param.get("in") == "path" and param.get("name", "").lower() in names:
                    param["name"] = names[param["name"].lower()]


def _drop_object_additional_properties(node: Any) -> None:
    """The Graph files put ``additionalProperties: {type: object}`` on every ``allOf`` part
    (meant as "extension data"); under JSON Schema that rejects every property declared by
    the other parts, so no real Graph response would validate. Dropped here."""
    if isinstance(node, dict):
        extra = node.get("additionalProperties")
        if isinstance(extra, dict) and extra.get("type") == "object" and "properties" not in extra:
            del node["additionalProperties"]
        for value in node.values():
            _drop_object_additional_properties(value)
    elif isinstance(node, list):
        for value in node:
            _drop_object_additional_properties(value)


Responder = Callable[..., tuple[Any, ...]]
DROP = -1  # a status that closes the connection without an answer (the outcome is unknown)


@dataclass(frozen=True, slots=True)
class Incoming:
    """One request as a full responder sees it (path relative to the public base)."""

    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    body: Any


class ContractServer:
    """Answers with ``responder(method, path, body)`` (or ``responder(Incoming)`` when the
    responder has ``full = True``): ``(status, payload[, content_type[, headers]])``;
    records every violation."""

    def __init__(self, openapi: OpenAPI, public_base: str, responder: Responder) -> None:
        self.openapi = openapi
        self.public = urlsplit(public_base)  # e.g. https://api.zoom.us/v2
        self.responder = responder
        self.violations: list[str] = []
        self.calls: list[tuple[str, str]] = []
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), self._handler())
        self._thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.httpd.server_address[1]}{self.public.path}"

    def __enter__(self) -> ContractServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def _handler(self) -> type[BaseHTTPRequestHandler]:
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body go out as two writes: no 40 ms delayed-ACK stall

            def log_message(self, format: str, *args: Any) -> None:
                return

            def _serve(self) -> None:
                url = urlsplit(self.path)
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length) if length else b""
                body = json.loads(raw) if raw else None
                headers = {k: v for k, v in self.headers.items()}
                request = MockRequest(
                    f"{server.public.scheme}://{server.public.netloc}",
                    self.command.lower(),
                    url.path,
                    args={k: v[0] for k, v in parse_qs(url.query).items()},
                    headers=headers,
                    data=raw or None,
                    content_type=self.headers.get("Content-Type", "application/json"),
                )
                server.calls.append((self.command, url.path))
                try:
                    server.openapi.validate_request(request)
                except Exception as exc:  # noqa: BLE001 - every violation is a finding
                    server.violations.append(f"request {self.command} {url.path}: {exc!r}"[:600])
                path = url.path[len(server.public.path) :]
                if getattr(server.responder, "full", False):
                    query = {k: v[0] for k, v in parse_qs(url.query).items()}
                    answer = server.responder(Incoming(self.command, path, query, headers, body))
                else:
                    answer = server.responder(self.command, path, body)
                status, payload = answer[0], answer[1]
                if status == DROP:  # read, perhaps applied, never answered
                    self.close_connection = True
                    self.connection.shutdown(2)
                    return
                content_type = answer[2] if len(answer) > 2 else "application/json"
                extra: dict[str, str] = answer[3] if len(answer) > 3 else {}
                data = b"" if payload is None else json.dumps(payload).encode()
                if status < 400 and status != 204:  # 204 has no body to check (Webex declares content: {})
                    response = MockResponse(data, status_code=status, content_type=content_type)
                    try:
                        server.openapi.validate_response(request, response)
                    except Exception as exc:  # noqa: BLE001
                        detail = getattr(exc.__cause__, "schema_errors", None) or exc.__cause__
                        server.violations.append(f"response {self.command} {url.path} {status}: {exc!r} {detail}"[:600])
                self.send_response(status)
                for name, value in extra.items():
                    self.send_header(name, value)
                if payload is not None:
                    self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _serve

        return Handler


def run_sync_command(tmp_path: Path, platform: str, api_url: str, meeting: str, token_env: str) -> Any:
    """`facilitator-console sync --once` as a real process, on a new session, token from the environment."""
    import os
    import subprocess
    import sys
    from datetime import date

    from facilitator_app.domain.clock import ManualClock
    from facilitator_app.services.identity import Identity
    from facilitator_app.services.session import Session
    from facilitator_app.services.templates import instantiate, load_template

    root = Path(__file__).resolve().parents[2]
    session = tmp_path / "S.fcsession"
    Session.create(
        session, instantiate(load_template(), date(2026, 12, 1)), Identity("l-1", "P"), ManualClock()
    ).close()
    env = {**os.environ, "PYTHONPATH": str(root), token_env: "env-token"}
    return subprocess.run(
        [
            sys.executable,
            str(root / "main.py"),
            "sync",
            str(session),
            "--once",
            "--platform",
            platform,
            "--api-base",
            api_url,
            "--meeting",
            meeting,
            "--data-dir",
            str(tmp_path / "d"),
        ],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
