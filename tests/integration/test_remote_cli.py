"""`facilitator-console --demo --remote HOST:PORT` as a real process: the codes come from the
environment, a script drives the show over HTTP and OSC, and a bad --remote is refused."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from pythonosc.udp_client import SimpleUDPClient

ROOT = Path(__file__).resolve().parents[2]
VIEW, CONTROL = "script-view-0001", "script-control-0002"


def free_port() -> int:
    """A number free on TCP and UDP at once (the remote takes both)."""
    for _ in range(50):
        with socket.socket() as tcp, socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
            tcp.bind(("127.0.0.1", 0))
            port = tcp.getsockname()[1]
            try:
                udp.bind(("127.0.0.1", port))
            except OSError:
                continue
            return int(port)
    raise RuntimeError("no free port")


def test_remote_from_the_command_line(tmp_path: Path) -> None:
    port = free_port()
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "FACILITATOR_REMOTE_VIEW_CODE": VIEW,
        "FACILITATOR_REMOTE_CONTROL_CODE": CONTROL,
    }
    process = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--demo", "--remote", f"127.0.0.1:{port}", "--data-dir", str(tmp_path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 60
        state = None
        with httpx.Client(base_url=base, timeout=5) as http:
            while time.monotonic() < deadline and process.poll() is None:
                try:
                    state = http.get("/api/v1/state", headers={"Authorization": f"Bearer {VIEW}"}).json()
                    break
                except httpx.TransportError:
                    time.sleep(0.2)  # the console is starting (bounded by the deadline)
            assert state is not None, process.stderr.read() if process.poll() is not None else "no answer"
            assert state["version"] == 1 and state["status"] == "idle"
            answer = http.post("/api/v1/commands/live.start", headers={"Authorization": f"Bearer {CONTROL}"})
            assert answer.status_code == 200 and answer.json()["state"]["status"] == "running"
            first = answer.json()["state"]["segment"]["id"]
            SimpleUDPClient("127.0.0.1", port).send_message("/facilitator/live/next", [CONTROL])
            for _ in range(100):
                now = http.get("/api/v1/state", params={"code": VIEW}).json()
                if now["segment"]["id"] != first:
                    break
                time.sleep(0.05)
            assert now["segment"]["id"] != first
            assert http.get(f"/view/stage?code={VIEW}").headers["content-type"].startswith("text/html")
    finally:
        process.terminate()
        try:
            process.wait(15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(5)


def test_a_bad_remote_address_is_refused(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--demo", "--remote", "localhost:http", "--data-dir", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 2 and "--remote takes [HOST:]PORT" in result.stderr


def test_screenshot_adds_the_browser_views(tmp_path: Path) -> None:
    import pytest

    if not os.path.exists("/usr/bin/chromium"):
        pytest.skip("no Chromium here: `apt-get install chromium` to render the browser views")
    result = subprocess.run(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "--demo",
            "--screenshot",
            str(tmp_path / "shots"),
            "--data-dir",
            str(tmp_path / "data"),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        cwd=ROOT,
        check=False,
    )
    assert result.returncode == 0, result.stderr + result.stdout
    for name in ("view-stage.png", "view-backstage.png", "view-public.png", "view-remote.png"):
        data = (tmp_path / "shots" / name).read_bytes()
        assert data.startswith(b"\x89PNG") and len(data) > 5_000, name
