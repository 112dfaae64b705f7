"""Composition root: command line, QApplication, translations, the qasync loop, wiring."""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import sys
import time
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import Any
from zoneinfo import ZoneInfo

from . import __version__, assets
from .services.paths import AppPaths
from .services.session_folder import SessionError

log = logging.getLogger("facilitator_app")


# ---------------------------------------------------------------- command line


def _gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="facilitator-console",
        description="Facilitator Console: the producer's cockpit for digital conferences.",
        epilog="Also: facilitator-console session new SESSION_DIR [--from TEMPLATE]",
    )
    parser.add_argument("session_dir", nargs="?", type=Path, help="a session folder (NAME.fcsession) to open")
    parser.add_argument("--demo", action="store_true", help="open a fresh copy of the sample event")
    parser.add_argument(
        "--follow", action="store_true", help="open as a follower (read-only) of the console in control"
    )
    parser.add_argument(
        "--data-dir", type=Path, help="keep all per-machine state (identity, settings, logs, outbox) here"
    )
    parser.add_argument(
        "--screenshot",
        type=Path,
        metavar="OUT_DIR",
        help="render the main window and stage view to OUT_DIR offscreen, then exit",
    )
    parser.add_argument(
        "--remote",
        metavar="[HOST:]PORT",
        help="serve the remote control and views (HTTP/WebSocket on TCP PORT, OSC on UDP PORT; "
        "HOST 127.0.0.1 unless given, 0.0.0.0 for the network); codes from FACILITATOR_REMOTE_VIEW_CODE and "
        "FACILITATOR_REMOTE_CONTROL_CODE, else random",
    )
    parser.add_argument(
        "--self-check", action="store_true", help="check resources, translations and keyring backends, print JSON, exit"
    )
    parser.add_argument("--version", action="version", version=f"facilitator-console {__version__}")
    return parser


def _global_options() -> argparse.ArgumentParser:
    """Options that mean the same for every command; accepted before or after it."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument(
        "--data-dir", type=Path, help="keep all per-machine state (identity, settings, logs, outbox) here"
    )
    return parser


GLOBAL_OPTIONS = ("--data-dir",)
COMMANDS = ("session", "rehearsal-server", "sync", "plan-rooms", "report")


def _leading_global(args: list[str]) -> tuple[list[str], list[str]]:
    """The global options at the front of ``args``, and the rest."""
    i = 0
    while i < len(args):
        if args[i] in GLOBAL_OPTIONS:
            i += 2
        elif args[i].split("=", 1)[0] in GLOBAL_OPTIONS:
            i += 1
        else:
            break
    return args[:i], args[i:]


def _split_global(args: list[str]) -> tuple[str, list[str]]:
    """``--data-dir D session new S`` -> ("session", ["new", "S", "--data-dir", "D"]), as git and
    pip do; without a command word the arguments are the GUI's, unchanged."""
    moved, rest = _leading_global(args)
    if not rest or rest[0] not in COMMANDS:
        return "", args
    command, rest = rest[0], rest[1:]
    if command == "session":  # session --data-dir D new S
        more, rest = _leading_global(rest)
        moved = more + moved
    return command, rest + moved


def _session_parser() -> argparse.ArgumentParser:
    common = _global_options()
    parser = argparse.ArgumentParser(prog="facilitator-console session", description="Work with session folders.")
    sub = parser.add_subparsers(dest="command", required=True)
    new = sub.add_parser("new", parents=[common], help="create a session from the sample event or a template file")
    new.add_argument("session_dir", type=Path)
    new.add_argument("--from", dest="template", type=Path, help="a template JSON file (default: the sample event)")
    verify = sub.add_parser("verify", parents=[common], help="check a session folder without changing it")
    verify.add_argument("session_dir", type=Path)
    verify.add_argument("--json", action="store_true", help="print the report as JSON")
    export = sub.add_parser("export", parents=[common], help="write the whole session to one file (for e-mail)")
    export.add_argument("session_dir", type=Path)
    export.add_argument("out_file", type=Path)
    imp = sub.add_parser("import", parents=[common], help="merge a session file into a session folder (a union)")
    imp.add_argument("bundle_file", type=Path)
    imp.add_argument("session_dir", type=Path)
    return parser


def main(argv: Sequence[str] | None = None, *, resume_collector: Callable[[], None] = lambda: None) -> int:
    """``resume_collector`` turns Python's cyclic collector back on where ``start.main``
    paused it: before a command without a window, after the window's first paint."""
    command, args = _split_global(list(sys.argv[1:] if argv is None else argv))
    if command != "":
        resume_collector()  # a command without a window: the collector as usual
    if command == "session":
        return _session_command(_session_parser().parse_args(args))
    if command == "rehearsal-server":
        return _rehearsal_server(args)
    if command == "sync":
        return _sync_command(args)
    if command == "plan-rooms":
        return _plan_rooms_command(args)
    if command == "report":
        from . import report_cli

        return report_cli.main(args)
    return run_gui(_gui_parser().parse_args(args), resume_collector)


def _session_command(args: argparse.Namespace) -> int:
    from .services import session_tools

    try:
        if args.command == "verify":
            report = session_tools.verify(args.session_dir)
            print(
                json.dumps(report, indent=1, ensure_ascii=False) if args.json else session_tools.format_report(report)
            )
            return session_tools.verify_exit_code(report)
        if args.command == "export":
            count = session_tools.export_bundle(args.session_dir, args.out_file)
            print(f"exported {count} events to {args.out_file}")
            return 0
        if args.command == "import":
            count = session_tools.import_bundle(args.bundle_file, args.session_dir)
            print(f"imported {count} new events into {args.session_dir}" if count else "nothing new to import")
            return 0
    except SessionError as exc:
        print(f"facilitator-console: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:
        print(f"facilitator-console: {exc}", file=sys.stderr)
        return 2
    return _session_new(args)


def _session_new(args: argparse.Namespace) -> int:
    from .services.clock import SystemClock
    from .services.identity import load_identity
    from .services.session import Session
    from .services.templates import instantiate, load_template, template_polls

    paths = AppPaths.resolve(args.data_dir)
    try:
        clock = SystemClock()
        template = load_template(args.template)
        show = instantiate(template, clock.now().astimezone(ZoneInfo("Europe/Stockholm")).date())
        session = Session.create(
            args.session_dir, show, load_identity(paths.identity_file), clock, template_polls(template)
        )
        session.close()
    except SessionError as exc:
        print(f"facilitator-console: {exc}", file=sys.stderr)
        return 2
    print(f"created {args.session_dir} ({show.title}, {sum(len(d.segments) for d in show.days)} segments)")
    return 0


def _plan_rooms_command(argv: list[str]) -> int:
    """Plan breakout rounds headless: the engine the app uses, a summary on stdout."""
    from .domain.people import guess_mapping, read_people
    from .domain.rooms import PlanError, Problem, RoomSpec, plan_rooms
    from .services.people_files import SheetError, read_sheet, write_plan_csv, write_plan_json

    parser = argparse.ArgumentParser(
        parents=[_global_options()],
        prog="facilitator-console plan-rooms",
        description="Plan rounds of breakout rooms so that people keep meeting new people.",
    )
    parser.add_argument("--people", type=Path, required=True, help="CSV or XLSX; a 'name' column is enough")
    parser.add_argument("--room-size", type=int, required=True)
    parser.add_argument("--min-size", type=int)
    parser.add_argument("--max-size", type=int)
    parser.add_argument("--rounds", type=int, required=True)
    parser.add_argument("--balance", metavar="COLUMN", help="mix this column's values in every room")
    parser.add_argument("--host-column", metavar="COLUMN", help="yes/ja/x/1 marks a host: one per room")
    parser.add_argument("--seconds", type=float, default=5.0, help="time budget of the search")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, required=True, help="PLAN.csv (round,room,name,email) or PLAN.json")
    args = parser.parse_args(argv)

    def fail(message: str) -> int:
        print(f"facilitator-console: {message}", file=sys.stderr)
        return 2

    if args.out.suffix.lower() not in (".csv", ".json"):
        return fail(f"--out must end in .csv or .json, not {args.out.name!r}")
    if args.rounds < 1:
        return fail("--rounds must be at least 1")
    try:
        sheet = read_sheet(args.people)
    except SheetError as exc:
        return fail(str(exc))
    mapping = guess_mapping(sheet.headers)
    lowered = [h.lower() for h in sheet.headers]
    for option, fld in ((args.balance, None), (args.host_column, "host")):
        if option is None:
            continue
        if option.lower() not in lowered:
            return fail(f"{args.people.name} has no column {option!r} (columns: {', '.join(sheet.headers)})")
        if fld:
            mapping = {i: f for i, f in mapping.items() if f != fld}
            mapping[lowered.index(option.lower())] = fld
    imported = read_people(sheet.headers, sheet.rows, mapping)
    for error in imported.errors:
        print(f"warning: {error}", file=sys.stderr)
    if not imported.people:
        return fail(f"{args.people.name}: no people could be read")
    balance: dict[str, str] = {}
    if args.balance:
        col = lowered.index(args.balance.lower())
        header = sheet.headers[col]
        field_name = mapping.get(col)
        for person in imported.people:
            value = getattr(person, field_name) if field_name in ("organisation", "department", "role") else None
            balance[person.id] = str(value if value is not None else person.attributes.get(header, ""))
    try:
        spec = RoomSpec(args.room_size, args.min_size, args.max_size)
        problem = Problem(
            people=tuple(p.id for p in imported.people),
            rounds=(spec,) * args.rounds,
            balance=balance,
            hosts=frozenset(p.id for p in imported.people if p.host),
            seed=args.seed,
            seconds=args.seconds,
        )
        plan = plan_rooms(problem)
    except PlanError as exc:
        return fail(str(exc))
    people = {p.id: p for p in imported.people}
    labelled = [(str(i + 1), rnd) for i, rnd in enumerate(plan.rounds)]
    try:
        if args.out.suffix.lower() == ".json":
            write_plan_json(args.out, labelled, people, plan.quality)
        else:
            write_plan_csv(args.out, labelled, people)
    except OSError as exc:
        return fail(f"cannot write {args.out}: {exc}")
    print(f"{len(imported.people)} people, {args.rounds} rounds -> {args.out}")
    for line in plan.quality.lines():
        print(line)
    return 0


def _rehearsal_server(argv: list[str]) -> int:
    from .domain.state import fold
    from .services.rehearsal_server import RehearsalPlatform, RehearsalServer
    from .services.session_folder import SessionFolder

    parser = argparse.ArgumentParser(
        parents=[_global_options()],
        prog="facilitator-console rehearsal-server",
        description="Serve the rehearsal platform for a session on 127.0.0.1.",
    )
    parser.add_argument("session_dir", type=Path)
    parser.add_argument("--port", type=int, default=0, help="port on 127.0.0.1 (0: a free one)")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)
    try:
        state = fold(SessionFolder(args.session_dir).load(repair_writer=None).records)
    except SessionError as exc:
        print(f"facilitator-console: {exc}", file=sys.stderr)
        return 2
    # A random token per run unless one is given (so `sync --once` can be pointed at it).
    token = os.environ.get("FACILITATOR_REHEARSAL_TOKEN", "")
    try:
        platform = RehearsalPlatform.from_state(state, args.seed, token=token)
        server = RehearsalServer(platform, args.port).start()
    except OSError as exc:
        print(f"facilitator-console: cannot listen on 127.0.0.1:{args.port}: {exc}", file=sys.stderr)
        return 2
    print(
        f"rehearsal platform for {state.show.title!r} ({len(state.show.people)} people, seed {args.seed}) "
        f"at {server.url}",
        flush=True,
    )
    if not token:
        print(f"token: {platform.token}  (export FACILITATOR_REHEARSAL_TOKEN=<token> for `sync --once`)", flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.stop()
    return 0


def _sync_command(argv: list[str]) -> int:
    import asyncio

    from .services.outbox import Outbox, OutboxUnavailable
    from .services.platforms import registry
    from .services.platforms.registry import MeetingIdError

    parser = argparse.ArgumentParser(
        parents=[_global_options()], prog="facilitator-console sync", description="Run one sync cycle headless."
    )
    parser.add_argument("session_dir", type=Path)
    parser.add_argument("--once", action="store_true", required=True)
    parser.add_argument("--platform", choices=registry.ids(), default=registry.DEFAULT)
    parser.add_argument(
        "--api-base",
        help="the platform's base URL (default: the platform's public one; required for the rehearsal platform)",
    )
    parser.add_argument("--meeting", default="", help="meeting id or join URL")
    args = parser.parse_args(argv)
    if not (args.session_dir / "manifest.json").is_file():
        print(f"facilitator-console: {args.session_dir} is not a session folder", file=sys.stderr)
        return 2
    if args.platform == "rehearsal" and not args.api_base:
        print(
            "facilitator-console: --api-base is needed for the rehearsal platform (its URL is printed by "
            "`facilitator-console rehearsal-server`)",
            file=sys.stderr,
        )
        return 2
    if args.platform == "rehearsal" and not os.environ.get("FACILITATOR_REHEARSAL_TOKEN"):
        print(
            "facilitator-console: set FACILITATOR_REHEARSAL_TOKEN to the token `facilitator-console "
            "rehearsal-server` printed",
            file=sys.stderr,
        )
        return 2
    info = registry.get(args.platform)
    if info.signs_in:
        try:
            info.parse_meeting(args.meeting)
        except MeetingIdError as exc:
            print(f"facilitator-console: --meeting: {exc}", file=sys.stderr)
            return 2
    paths = AppPaths.resolve(args.data_dir)

    async def once() -> int:
        from .services.platforms.base import PlatformError
        from .services.secrets import SecretStore
        from .services.signin import TokenManager

        try:
            outbox = Outbox(paths.data_dir / "cache.sqlite3")
        except OutboxUnavailable as exc:
            print(f"facilitator-console: {exc}", file=sys.stderr)
            return 2
        if outbox.notice:
            print(f"facilitator-console: {outbox.notice}", file=sys.stderr)
        try:
            make = info.make
            assert make is not None
            if info.signs_in:
                tokens = TokenManager(info.id, SecretStore())
                token = await tokens.access_token(time.time())
                refresh: Any = tokens.refresher()  # a 401 refreshes once and retries
            else:
                token, refresh = os.environ["FACILITATOR_REHEARSAL_TOKEN"], None
            client, sync = make(token, args.api_base or "", args.meeting, outbox, refresh)
            try:
                report = await sync.cycle()
            finally:
                await client.aclose()
            print(report.summary())
            if info.daily_updates and report.drained and not report.error:
                # Known only when this run reached the platform and sent the queue (updates tried today).
                used = sync.updates_used(time.time())
                print(f"{info.id} updates  {used} used today, {max(0, info.daily_updates - used)} left")
        except PlatformError as exc:
            print(f"facilitator-console: {exc}", file=sys.stderr)
            return 1
        finally:
            outbox.close()
        return 1 if report.error else 0

    return asyncio.run(once())


# ---------------------------------------------------------------- logging and crashes


LOG_MAX_BYTES, LOG_BACKUPS = 2_000_000, 3


def _setup_logging(paths: AppPaths) -> None:
    """console.log, rotated at start-up when it has grown past 2 MB (three old ones kept).
    A plain FileHandler: logging.handlers (sockets, pickle, queues) costs start-up time."""
    log_file = paths.log_dir / "console.log"
    with contextlib.suppress(OSError):
        if log_file.stat().st_size > LOG_MAX_BYTES:
            for n in range(LOG_BACKUPS - 1, 0, -1):
                older = log_file.with_name(f"console.log.{n}")
                if older.exists():
                    older.replace(log_file.with_name(f"console.log.{n + 1}"))
            log_file.replace(log_file.with_name("console.log.1"))
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    from .services.redact import RedactingFilter

    handler.addFilter(RedactingFilter())  # no credential reaches console.log
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    # httpx says every request at INFO: four lines every five seconds while a poll is open,
    # for days. The platform panel logs the platform's state when it changes, and the
    # outbox each change the platform refuses for good.
    for chatty in ("httpx", "httpcore"):
        logging.getLogger(chatty).setLevel(logging.WARNING)


def _install_excepthook(paths: AppPaths) -> None:
    """An unexpected error is written to a crash report and logged; the console keeps running."""

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        import traceback

        from .services.redact import redact

        text = redact("".join(traceback.format_exception(kind, value, tb)))
        log.error("unexpected error\n%s", text)
        report = paths.log_dir / f"crash-{datetime.now():%Y%m%d-%H%M%S}.txt"
        with contextlib.suppress(OSError):
            report.write_text(f"facilitator-console {__version__}\n{text}", encoding="utf-8")
        sys.__stderr__.write(text) if sys.__stderr__ else None

    sys.excepthook = hook


# ---------------------------------------------------------------- GUI


def _record_inits_compiled() -> bool:
    """A record's ``__init__`` comes from the package's compiled ``_record_inits``."""
    from .domain.model import Segment, SegmentKind

    Segment("s", "t", SegmentKind.PLENARY, 60)
    return Segment.__init__.__code__.co_filename.endswith(("_record_inits.py", "_record_inits.pyc"))


def _self_check() -> int:
    from PySide6.QtCore import QTranslator

    from .domain.digest import sha256_source
    from .services.secrets import bundled_backends

    report: dict[str, object] = {"version": __version__, "missing_resources": assets.missing()}
    translator = QTranslator()
    report["swedish_translation"] = translator.load(str(assets.path("translations/facilitator_sv.qm")))
    report["keyring_backends"] = bundled_backends()
    # What start-up counts on (docs/BENCHMARKS.md): records' __init__ compiled with the
    # package, and SHA-256 without OpenSSL; a bundle that lost either starts slower.
    report["record_inits_compiled"] = _record_inits_compiled()
    report["sha256_from"] = sha256_source()
    ok = (
        not report["missing_resources"]
        and report["swedish_translation"]
        and all(v == "ok" for v in bundled_backends().values())
        and report["record_inits_compiled"]
        and report["sha256_from"] != "_hashlib"
    )
    report["ok"] = bool(ok)
    print(json.dumps(report, indent=1))
    return 0 if ok else 1


def _install_translations(app: object, language: str) -> list[object]:
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    locale = QLocale(language) if language else QLocale.system()
    if language:
        QLocale.setDefault(locale)  # numbers and dates as the chosen language writes them
    if locale.language() != QLocale.Language.Swedish:
        return []
    keep: list[object] = []
    ours = QTranslator(app)  # type: ignore[arg-type]
    if ours.load(str(assets.path("translations/facilitator_sv.qm"))):
        app.installTranslator(ours)  # type: ignore[attr-defined]
        keep.append(ours)
    qt = QTranslator(app)  # type: ignore[arg-type]
    if qt.load(locale, "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)  # type: ignore[attr-defined]
        keep.append(qt)
    return keep


def _choose_session(args: argparse.Namespace, paths: AppPaths, last: str) -> Path:
    if args.demo or args.screenshot:
        return paths.sessions_dir / f"Demo {datetime.now():%Y-%m-%d %H%M%S}.fcsession"
    if args.session_dir is not None:
        return args.session_dir
    if last and (Path(last) / "manifest.json").is_file():
        return Path(last)
    return paths.sessions_dir / "Sample event.fcsession"


def _session_files(
    window: Any, args: argparse.Namespace, paths: AppPaths, settings: Any, identity: Any, persist: Any
) -> Any:
    """File → New / Open / Open recent: the console starts again on the chosen session (its
    own process, so locks, sync and co-facilitation start clean), and this one closes."""
    from .services.settings import remember_session
    from .ui.shell.session_files import SessionFiles

    def switch(path: Path, create: bool) -> str:
        from PySide6.QtCore import QCoreApplication, QProcess

        from .services.clock import SystemClock
        from .services.session import Session
        from .services.templates import instantiate, load_template, template_polls

        if create:
            try:
                clock = SystemClock()
                template = load_template()
                show = instantiate(template, clock.now().astimezone(ZoneInfo("Europe/Stockholm")).date())
                Session.create(path, show, identity, clock, template_polls(template)).close()
            except (SessionError, OSError) as exc:
                return QCoreApplication.translate("MainWindow", "The session could not be created: %1").replace(
                    "%1", str(exc)
                )
        remember_session(settings, str(path.resolve()))
        persist(settings)
        frozen = getattr(sys, "frozen", False)
        program = sys.executable
        argv = ([] if frozen else ["-m", "facilitator_app"]) + [str(path)]
        if args.data_dir is not None:
            argv += ["--data-dir", str(args.data_dir)]
        started, _pid = QProcess.startDetached(program, argv)
        if not started:
            return QCoreApplication.translate("MainWindow", "The console could not be started for %1.").replace(
                "%1", str(path)
            )
        window.close()
        return ""

    return SessionFiles(window, settings, lambda: window.controller.session.path, switch, paths.sessions_dir)


def _quicker_pyside_module_check() -> None:
    """PySide6 decides for every module imported after it whether the module names PySide6
    (for its ``__feature__`` switches, PYSIDE-2029) by reading it with ``inspect.getsource``:
    about 0.13 ms a module, 20 ms for the ~150 modules the console imports at start-up. The
    same question answered from the file's bytes takes a tenth of that. Anything but a plain
    ``.py`` file, or a PySide6 without this function, keeps PySide6's own way."""
    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "quicker", False):
        return

    def uses_pyside(module: Any) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return bool(original(module))
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return bool(original(module))

    uses_pyside.quicker = True  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]


def run_gui(args: argparse.Namespace, resume_collector: Callable[[], None] = lambda: None) -> int:
    """The console's window; ``resume_collector`` (start.py says why) is called after the
    first paint, before a message box or the screenshots, and at the latest on return."""
    try:
        return _run_gui(args, resume_collector)
    finally:
        resume_collector()


def _run_gui(args: argparse.Namespace, resume_collector: Callable[[], None]) -> int:
    from PySide6.QtCore import QCoreApplication

    _quicker_pyside_module_check()

    if args.self_check:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        return _self_check()
    remote_config = None
    if getattr(args, "remote", None):
        from .remote.server import parse_listen

        try:
            remote_config = parse_listen(args.remote)
        except ValueError as exc:
            print(f"facilitator-console: {exc}", file=sys.stderr)
            return 2
    screenshot = args.screenshot
    if screenshot is not None:
        if not os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen"):
            os.environ["QT_QPA_PLATFORM"] = "offscreen"  # (an offscreen configfile is kept)
        if args.data_dir is None:
            import tempfile

            args.data_dir = Path(tempfile.mkdtemp(prefix="facilitator-screenshot-"))
    os.environ.setdefault("QT_API", "pyside6")

    from PySide6.QtWidgets import QApplication  # (QMessageBox where a box is shown: its enums cost start-up)

    from .domain.clock import Clock, ManualClock
    from .services.clock import SystemClock
    from .services.identity import load_identity
    from .services.lock import SessionLock
    from .services.presence import takeover_silence_s
    from .services.session import Session
    from .services.session_folder import SessionFolder
    from .services.settings import load_settings, remember_session, save_settings
    from .services.templates import instantiate, load_template, template_polls
    from .ui.cofacilitation.cofacilitation import CoFacilitation
    from .ui.common import theme
    from .ui.common.session_controller import SessionController
    from .ui.shell.main_window import MainWindow

    try:
        assets.require()
    except assets.AssetsMissing as exc:
        print(f"facilitator-console: {exc}", file=sys.stderr)
        return 2
    paths = AppPaths.resolve(args.data_dir)
    _setup_logging(paths)
    _install_excepthook(paths)
    settings = load_settings(paths.settings_file)

    existing = QApplication.instance()
    # The style is named on Qt's command line: set later with setStyle(), PySide6 wraps the
    # returned QStyle and creates its ten Python enums (~900 members, ~6 ms) for nothing.
    app = existing if isinstance(existing, QApplication) else QApplication([*sys.argv[:1], *theme.STYLE_ARGS])
    app.setApplicationName("Facilitator Console")
    app.setOrganizationName("FacilitatorConsole")
    app.setApplicationVersion(__version__)
    theme.apply(app, style_set=existing is None)
    app.setWindowIcon(theme.icon("app"))
    translators = _install_translations(app, settings.language)

    identity = load_identity(paths.identity_file)
    # FACILITATOR_CLOCK_SKEW_S shifts this console's clock on purpose (clock-skew tests, drills).
    clock: Clock = SystemClock(skew_s=float(os.environ.get("FACILITATOR_CLOCK_SKEW_S", "0") or 0))
    session_path = _choose_session(args, paths, settings.last_session)
    problem = ""
    if screenshot is not None:
        clock = ManualClock()
    try:
        if (session_path / "manifest.json").exists():
            lock = SessionLock(paths.data_dir / "locks", SessionFolder(session_path).session_id)
            lock.acquire()
            session = Session.open(session_path, identity, clock, follow=args.follow)
        elif args.session_dir is not None and session_path.exists() and any(session_path.iterdir()):
            raise SessionError(f"{session_path} is not a session folder: it has no manifest.json")
        else:
            template = load_template()
            show = instantiate(template, clock.now().astimezone(ZoneInfo("Europe/Stockholm")).date())
            if screenshot is not None:
                assert isinstance(clock, ManualClock)
                tz = ZoneInfo(show.timezone)
                first = show.days[0]
                clock.set(datetime.combine(first.date, first.start, tzinfo=tz) + timedelta(seconds=40))
            session = Session.create(session_path, show, identity, clock, template_polls(template))
            lock = SessionLock(paths.data_dir / "locks", session.folder.session_id)
            lock.acquire()
    except SessionError as exc:
        if "already open on this computer" in str(exc):
            from PySide6.QtWidgets import QMessageBox

            resume_collector()
            QMessageBox.critical(None, "Facilitator Console", str(exc))
            return 1
        # Keep running: say what is wrong and open the sample session instead.
        problem = str(exc)
        log.error("cannot open session %s: %s", session_path, exc)
        fallback = paths.sessions_dir / "Sample event.fcsession"
        if (fallback / "manifest.json").exists():
            session = Session.open(fallback, identity, clock)
        else:
            template = load_template()
            show = instantiate(template, clock.now().astimezone(ZoneInfo("Europe/Stockholm")).date())
            session = Session.create(fallback, show, identity, clock, template_polls(template))
        lock = SessionLock(paths.data_dir / "locks", session.folder.session_id)
        try:
            lock.acquire()
        except SessionError as exc2:
            from PySide6.QtWidgets import QMessageBox

            resume_collector()
            QMessageBox.critical(None, "Facilitator Console", str(exc2))
            return 1
    if screenshot is None:
        remember_session(settings, str(session.path.resolve()))  # (written after the first paint)

    controller = SessionController(session)

    def persist(s: object) -> None:
        try:
            save_settings(paths.settings_file, s)  # type: ignore[arg-type]
        except OSError as exc:
            log.warning("settings not saved: %s", exc)

    cofac = CoFacilitation(session, clock, silence_s=takeover_silence_s(session.path, settings))
    window = MainWindow(controller, clock, settings, persist, cofac=cofac)
    window._translators = translators  # type: ignore[attr-defined]  # kept alive with the window
    window.attach_session_files(_session_files(window, args, paths, settings, identity, persist))

    if screenshot is not None:
        resume_collector()  # the screenshots are not start-up
        assert isinstance(clock, ManualClock)
        from .ui.shell.screenshots import render_screenshots

        cofac.stop()
        from .ui.platform.sync_controller import SyncController

        sync = SyncController(paths.data_dir)
        window.attach_sync(sync)
        return render_screenshots(window, clock, screenshot, paths.data_dir, sync)

    window.show()
    if settings.stage_open:
        window.show_stage()  # it was open when the console closed (or crashed)
    if problem:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Warning,
            QCoreApplication.translate("MainWindow", "Session not opened"),
            QCoreApplication.translate(
                "MainWindow", "The session could not be opened:\n\n%1\n\nThe sample session is open instead."
            ).replace("%1", problem),
            parent=window,
        )
        box.open()
    # The window is painted before the asyncio machinery is imported, the settings file is
    # written and this console's presence published (each an fsync), so it appears sooner.
    quit_after = os.environ.get("FACILITATOR_QUIT_AFTER_SHOW", "")  # start-up benchmark
    app.processEvents()
    if quit_after:
        print(f"first-window-shown-at {time.time():.6f}", flush=True)
    # Painted: the collector's first pass walks what start-up made (~4 ms), then runs as usual.
    resume_collector()
    persist(settings)
    cofac.start()
    if quit_after and quit_after != "loop":
        cofac.stop()
        session.close()
        return 0
    import asyncio

    import qasync  # after PySide6 (and QT_API is set), so it binds to PySide6

    syncs: list[Any] = []

    def start_platform() -> None:
        """httpx and the rehearsal server: once the window is up and the loop turns."""
        from PySide6.QtWidgets import QMessageBox

        from .services.outbox import OutboxUnavailable
        from .ui.platform.sync_controller import SyncController

        sync = SyncController(paths.data_dir)
        window.attach_sync(sync)
        try:
            sync.start_rehearsal(session.state)  # the embedded default platform, on a free port
        except (OSError, OutboxUnavailable) as exc:
            log.error("rehearsal platform not started: %s", exc)
            QMessageBox.warning(
                window,
                QCoreApplication.translate("MainWindow", "Platform not started"),
                QCoreApplication.translate("MainWindow", "The platform link did not start:\n\n%1").replace(
                    "%1", str(exc)
                ),
            )
            return
        notice = sync.outbox.notice if sync.outbox is not None else ""
        if notice:
            log.warning("%s", notice)
            QMessageBox.warning(
                window,
                QCoreApplication.translate("MainWindow", "Outbox replaced"),
                QCoreApplication.translate(
                    "MainWindow", "The outbox of changes for the platform was damaged and replaced:\n\n%1"
                ).replace("%1", notice),
            )
        sync.start()
        syncs.append(sync)

    # One asyncio loop on the GUI thread for the whole run; it ends when the app quits.
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)

    def loop_exception(_loop: object, context: dict[str, Any]) -> None:
        """An exception in a loop callback or task is a crash report like any other."""
        exc = context.get("exception")
        if isinstance(exc, BaseException):
            sys.excepthook(type(exc), exc, exc.__traceback__)
        else:
            log.error("event loop: %s", context.get("message", context))

    loop.set_exception_handler(loop_exception)
    if quit_after == "loop":

        def loop_running() -> None:
            print(f"event-loop-running-at {time.time():.6f}", flush=True)
            loop.stop()

        loop.call_soon(loop_running)
    loop.call_soon(start_platform)
    remotes: list[Any] = []

    def start_remote() -> None:
        """The remote control and views: from --remote, or left on in the settings."""
        from .ui.remote.controller import RemoteController

        try:
            remote = RemoteController.for_window(window)
        except ValueError as exc:  # codes from the environment that cannot be used
            print(f"facilitator-console: remote not started: {exc}", file=sys.stderr)
            return
        remotes.append(remote)
        remote.start(remote_config)
        if remote_config is not None:
            print(
                f"remote on {remote_config.host}:{remote_config.port} (codes: "
                f"{'from the environment' if remote.codes.source == 'environment' else 'shown in the dialog'})",
                flush=True,
            )

    if remote_config is not None or settings.remote_enabled:
        loop.call_soon(start_remote)
    try:
        with loop:
            loop.run_forever()
            for sync in syncs:
                loop.run_until_complete(sync.aclose())
            for remote in remotes:
                loop.run_until_complete(remote.aclose())
    finally:
        cofac.stop()
        session.close()
        lock.release()
    return 0
