"""Hostile inputs (issue 13): the time and peak memory to refuse each bomb, the rehearsal
server under a huge body and 2,000 half-sent requests, kills of two fighting writers with
one identity each, and a full disk.

Each bomb is refused in a child process of its own, so its peak RSS is its own
(``ru_maxrss`` from ``wait4``); the baseline is the same child doing nothing.
Not part of the test run: `python bench/hostile_files.py` prints the figures.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from datetime import date
from pathlib import Path

from common import ROOT

sys.path.insert(0, str(ROOT))

from facilitator_app.domain.clock import ManualClock
from facilitator_app.domain.rehearsal import MeetingSimulation
from facilitator_app.services import session_tools
from facilitator_app.services.identity import Identity
from facilitator_app.services.rehearsal_server import RehearsalPlatform, RehearsalServer
from facilitator_app.services.session import Session
from facilitator_app.services.session_folder import SessionError
from facilitator_app.services.templates import instantiate, load_template

MiB = 1 << 20

CHILD = """
import sys, time, json
sys.path.insert(0, {root!r})
what, path = sys.argv[1], sys.argv[2]
start = time.perf_counter()
message = ""
if what == "import":
    from facilitator_app.services.session_tools import import_bundle
    from facilitator_app.services.session_folder import SessionError
    try:
        import_bundle(__import__("pathlib").Path(path), __import__("pathlib").Path(sys.argv[3]))
    except SessionError as exc:
        message = str(exc)
elif what == "sheet":
    from facilitator_app.services.people_files import SheetError, read_sheet
    try:
        read_sheet(__import__("pathlib").Path(path))
    except SheetError as exc:
        message = str(exc)
elif what == "plan-rooms":
    from facilitator_app.app import main
    import contextlib, io
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = main(["plan-rooms", "--people", path, "--room-size", "4", "--rounds", "2", "--out", sys.argv[3]])
    message = f"exit {{code}}: " + err.getvalue().strip()
elif what == "baseline":
    from facilitator_app.services import session_tools, people_files  # the same imports, nothing read
print(json.dumps({{"seconds": time.perf_counter() - start, "message": message}}))
"""


def child(*args: str) -> tuple[float, float, str]:
    """(seconds, peak RSS in MB, message) of one refusal in a fresh process."""
    proc = subprocess.Popen(
        [sys.executable, "-c", CHILD.format(root=str(ROOT)), *args], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    result = json.loads(out)
    return result["seconds"], usage.ru_maxrss / 1024, result["message"]


def zip_bomb(bundle: Path, out: Path, size: int) -> Path:
    with zipfile.ZipFile(bundle) as src:
        log_name = next(n for n in src.namelist() if n.endswith(".jsonl"))
    with zipfile.ZipFile(bundle) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as dst:
        for info in src.infolist():
            if info.filename != log_name:
                dst.writestr(info.filename, src.read(info))
        with dst.open(log_name, "w", force_zip64=True) as fh:
            block = b"\n" * MiB
            for _ in range(size // MiB):
                fh.write(block)
    return out


def xlsx_bomb(out: Path, size: int) -> Path:
    from openpyxl import Workbook  # type: ignore[import-untyped]

    plain = out.with_suffix(".plain.xlsx")
    book = Workbook()
    book.active.append(["name"])
    book.active.append(["Anna"])
    book.save(plain)
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        with dst.open("xl/sharedStrings.xml", "w", force_zip64=True) as fh:
            fh.write(b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>')
            block = b"A" * MiB
            for _ in range(size // MiB):
                fh.write(block)
            fh.write(b"</t></si></sst>")
    return out


def bombs(tmp: Path) -> list[tuple[str, str, float, float, str]]:
    folder = tmp / "Kickoff.fcsession"
    Session.create(folder, instantiate(load_template(), date(2026, 12, 1)), Identity("bench-01", "b"), ManualClock())
    bundle = tmp / "kickoff.fcbundle"
    session_tools.export_bundle(folder, bundle)
    rows = []
    base_s, base_mb, _ = child("baseline", "-")
    rows.append(("baseline (imports only)", "-", base_s, base_mb, ""))
    for size, label in ((1 << 30, "1 GiB"), (3 << 30, "3 GiB"), (200 * MiB, "200 MiB (under the size limits)")):
        bomb = zip_bomb(bundle, tmp / "bomb.fcbundle", size)
        seconds, mb, message = child("import", str(bomb), str(tmp / "new.fcsession"))
        on_disk = f"{bomb.stat().st_size / MiB:.2f} MB"
        rows.append((f"session import, {label} zip bomb", on_disk, seconds, mb, message))
        bomb.unlink()
    xbomb = xlsx_bomb(tmp / "people.xlsx", 1536 * MiB)
    size = f"{xbomb.stat().st_size / MiB:.1f} MB"
    seconds, mb, message = child("sheet", str(xbomb))
    rows.append(("participant XLSX, one 1.5 GiB shared string", size, seconds, mb, message))
    seconds, mb, message = child("plan-rooms", str(xbomb), str(tmp / "plan.csv"))
    rows.append(("plan-rooms on that XLSX", size, seconds, mb, message))
    csv_path = tmp / "people.csv"
    csv_path.write_bytes(b"name\n" + b"".join(b"Person %d\n" % i for i in range(50_000)) + b"Eve\x00\n")
    seconds, mb, message = child("sheet", str(csv_path))
    rows.append(("CSV with a NUL byte in row 50,002", f"{csv_path.stat().st_size / MiB:.1f} MB", seconds, mb, message))
    return rows


def rss_mb() -> float:
    with open("/proc/self/status") as fh:
        for line in fh:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def server_figures() -> list[tuple[str, str]]:
    roster = [(f"p{i}", f"Person {i}", f"p{i}@example.org") for i in range(60)]
    platform = RehearsalPlatform(MeetingSimulation.from_roster(roster, seed=1), "m", "Bench")
    server = RehearsalServer(platform).start()
    port = server.httpd.server_address[1]
    out = []
    before = rss_mb()
    start = time.perf_counter()
    with socket.create_connection(("127.0.0.1", port), timeout=5) as sock:
        sock.sendall(
            f"POST /v1/polls HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nAuthorization: Bearer {platform.token}\r\n"
            f"Content-Type: application/json\r\nContent-Length: {1 << 30}\r\n\r\n".encode()
        )
        with contextlib.suppress(OSError):  # the server may answer and close before taking it all
            sock.sendall(b"x" * MiB)  # the first MiB of the gigabyte
        answer = sock.recv(200).split(b"\r\n", 1)[0].decode()
    took_ms = (time.perf_counter() - start) * 1000
    out.append(
        ("1 GiB body announced (1 MiB sent)", f"{answer} in {took_ms:.1f} ms, RSS {before:.0f} -> {rss_mb():.0f} MB")
    )
    threads_before = threading.active_count()
    held = []
    refused = 0
    start = time.perf_counter()
    unconnected = 0
    for _ in range(2000):
        try:
            sock = socket.create_connection(("127.0.0.1", port), timeout=2)
            sock.sendall(b"GET /v1/meeting HTTP/1.1\r\n")
        except OSError:
            unconnected += 1
            continue
        held.append(sock)
    time.sleep(0.5)
    peak_threads = threading.active_count()
    for sock in held:
        sock.setblocking(False)
        try:
            if sock.recv(12).startswith(b"HTTP/1.1 503"):
                refused += 1
        except BlockingIOError:
            pass
    out.append(
        (
            "2,000 half-sent requests",
            f"{peak_threads - threads_before} handler threads (cap 64), {refused} answered 503 at once, "
            f"{unconnected} not connected within 2 s",
        )
    )
    deadline = time.monotonic() + 30
    while threading.active_count() > threads_before and time.monotonic() < deadline:
        time.sleep(0.2)
    left = max(0, threading.active_count() - threads_before)
    out.append(
        ("  ... after the idle timeout", f"{left} handler threads left after {time.perf_counter() - start:.1f} s")
    )
    for sock in held:
        sock.close()
    server.stop()
    return out


def disk_full(tmp: Path) -> str:
    """Append to a session on a 2 MiB tmpfs until it is full; reopen; count what survived."""
    mount = tmp / "small"
    mount.mkdir()
    command = ["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", str(mount)]
    if subprocess.run(command, capture_output=True, check=False).returncode:
        return "skipped (cannot mount a small tmpfs here)"
    try:
        me = Identity("bench-01", "b")
        show = instantiate(load_template(), date(2026, 12, 1))
        session = Session.create(mount / "Full.fcsession", show, me, ManualClock())
        acked = []
        refused = 0
        for i in range(40_000):
            try:
                acked.append(session.record("show.updated", {"changes": {"title": f"T{i}"}}).key)
            except SessionError:
                refused += 1
                if refused >= 2000:
                    break
        session.close()
        again = Session.open(mount / "Full.fcsession", me, ManualClock(), follow=True)
        have = set(again._records)
        lost = sum(1 for key in acked if key not in have)
        again.close()
        return (
            f"{len(acked)} events acknowledged, {refused} appends refused with a message, "
            f"{lost} acknowledged lost after reopening"
        )
    finally:
        subprocess.run(["umount", str(mount)], check=False)


FIGHTER = """
import sys
sys.path.insert(0, {root!r})
from pathlib import Path
from facilitator_app.services.clock import SystemClock
from facilitator_app.services.identity import Identity
from facilitator_app.services.session import NotInControl, Session
session = Session.open(Path(sys.argv[1]), Identity(sys.argv[2], sys.argv[2]), SystemClock())
print("ready", flush=True)
n = 0
while True:
    n += 1
    try:
        rec = session.record("live.message", {{"text": f"message {{n}}"}})
    except NotInControl:
        rec = session.claim()  # take it back: the two fight over control
    print(f"ack {{rec.seq}}", flush=True)
"""


def fighting_kills(tmp: Path, trials: int) -> str:
    """Two writers (own identities) fight over control and are SIGKILLed at random moments."""
    import random
    import signal

    folder = tmp / "Fight.fcsession"
    show = instantiate(load_template(), date(2026, 12, 1))
    Session.create(folder, show, Identity("creator-01", "c"), ManualClock()).close()
    rng = random.Random(13)
    acked: dict[str, int] = {"fighter-a": 0, "fighter-b": 0}
    kills = 0
    code = FIGHTER.format(root=str(ROOT))
    for _ in range(trials):
        children = {
            w: subprocess.Popen([sys.executable, "-c", code, str(folder), w], stdout=subprocess.PIPE, text=True)
            for w in acked
        }
        for child in children.values():
            assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.0, 0.05))
        for writer, child in children.items():
            child.send_signal(signal.SIGKILL)
            kills += 1
            assert child.stdout is not None
            for line in child.stdout.read().splitlines():
                if line.startswith("ack "):
                    acked[writer] = max(acked[writer], int(line.split()[1]))
            child.wait()
    session = Session.open(folder, Identity("checker-01", "c"), ManualClock(), follow=True)
    have = set(session._records)
    lost = sum(1 for w, top in acked.items() for s in range(1, top + 1) if (w, s) not in have)
    total = sum(acked.values())
    forks = len(session.forks)
    session.close()
    return f"{trials} trials, {kills} SIGKILLs: {lost} of {total} acknowledged events lost, {forks} forks"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--kill-trials", type=int, default=100)
    parser.add_argument("--fight-trials", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        print("| input | size | time to refuse | peak RSS | message |")
        print("|---|---|---|---|---|")
        for name, size, seconds, mb, message in bombs(tmp):
            print(f"| {name} | {size} | {seconds:.2f} s | {mb:.0f} MB | {message[:160]} |")
        print()
        for name, figure in server_figures():
            print(f"rehearsal server: {name}: {figure}")
        print(f"disk full: {disk_full(tmp)}")
        print(f"two fighting writers: {fighting_kills(tmp, args.fight_trials)}")
    if args.kill_trials:
        import crash_trials

        print("kill trials:", crash_trials.main(args.kill_trials))
    shutil.rmtree(tmp_name, ignore_errors=True)


if __name__ == "__main__":
    main()
