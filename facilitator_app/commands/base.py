"""What a command is, what it runs against, and the one registry every input goes through.

A command is data (id, title, keys, whether it needs control) plus two functions of
(context, arguments): ``check`` says why it cannot run now (or None), ``run`` validates
and records events. Keys, menus, toolbar buttons, side windows, the command line, the
remote API and tests all call ``Registry.run(ctx, id, args)``, so they can never disagree.
No Qt here: titles and messages are ``Msg`` objects that the UI translates.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, Protocol

from ..domain.clock import Clock
from ..domain.edits import Edit
from ..domain.frozen import Frozen, record
from ..domain.state import SessionState
from ..domain.text import Msg, msg


class CommandError(Exception):
    """A command refused or failed; ``msg`` says why in words a producer understands.

    ``code`` is stable for scripts and the remote API: not_found, not_in_control,
    not_enabled, bad_argument, not_saved, platform.
    """

    def __init__(self, message: Msg, code: str = "not_enabled") -> None:
        super().__init__(str(message))
        self.msg = message
        self.code = code


class PlatformPort(Protocol):
    """What commands need of the platform link: its id and a durable queue to it."""

    @property
    def kind(self) -> str: ...

    def ready(self) -> bool: ...

    def queue(self, type_: str, payload: dict[str, Any], key: str | None = None) -> None: ...

    def sync_now(self) -> None: ...


@dataclass(eq=False, repr=False)  # a service, compared by identity (and no methods to compile at start-up)
class Context:
    """Everything a command may touch. The UI, the command line and the remote each make one.

    ``record`` appends one event and returns False when it could not be saved (the
    caller has said why). ``apply_edit`` records an undoable edit: the UI pushes it on
    the undo stack of the window it came from; elsewhere it is recorded directly.
    """

    state: Callable[[], SessionState]
    record: Callable[[str, dict[str, Any]], bool]
    clock: Clock
    in_control: Callable[[], bool] = lambda: True
    apply_edit: Callable[[Edit], bool] | None = None
    platform: PlatformPort | None = None
    claim: Callable[[], bool] | None = None
    resolve_fenced: Callable[[tuple[str, int], bool], bool] | None = None
    writer_id: str = ""
    new_id: Callable[[int], str] | None = None  # fresh ids (tests make them deterministic)
    present_count: Callable[[], int | None] = lambda: None  # people present on the platform now
    session_path: Path | None = None

    def now(self) -> datetime:
        return self.clock.now()

    def edit(self, edit: Edit | None) -> bool:
        """Record an undoable edit (None: nothing to change)."""
        if edit is None:
            return False
        if self.apply_edit is not None:
            return self.apply_edit(edit)
        return self.record(edit.type, edit.payload)

    def fresh_id(self, length: int = 12) -> str:
        if self.new_id is not None:
            return self.new_id(length)
        import uuid

        return uuid.uuid4().hex[:length]


@record(slots=False)
class Result(Frozen):
    """What happened: a message to show (or None) and data for scripts and the remote."""

    message: Msg | None = None
    data: Any = None
    changed: bool = True


Check = Callable[[Context, Mapping[str, Any]], Msg | None]
Run = Callable[[Context, Mapping[str, Any]], Result | None]


@record(slots=False)
class Param(Frozen):
    """An argument a command takes, described for the remote and scripts."""

    name: str
    kind: str  # "str", "int", "segment", "poll", "person list", "room", "bool", "dict"
    required: bool = True
    doc: str = ""


@record(slots=False)
class Command(Frozen):
    """An action the console offers to its menus, keys, the remote and scripts, with when it may run."""

    id: str
    title: str  # English source, translated with context "commands"
    run: Run
    keys: tuple[str, ...] = ()
    needs_control: bool = True
    check: Check | None = None
    params: tuple[Param, ...] = ()
    live: bool = False  # a live action: its keys work from every console window
    tip: str = ""  # a longer English source for tooltips
    confirm: str = ""  # when set, the UI asks this question before running (English source)

    def why_not(self, ctx: Context, args: Mapping[str, Any] | None = None) -> Msg | None:
        """None when the command can run now, else the reason (for menus, the remote, scripts)."""
        if self.needs_control and not ctx.in_control():
            return msg("Only the console in control can do this.")
        if self.check is not None:
            return self.check(ctx, args or {})
        return None


@dataclass(eq=False, repr=False)  # a service, compared by identity (and no methods to compile at start-up)
class Registry:
    """Every command by its id; runs one after checking that it can run now."""

    commands: dict[str, Command] = field(default_factory=dict)

    def add(self, *commands: Command) -> None:
        for command in commands:
            if command.id in self.commands:
                raise ValueError(f"command {command.id} is registered twice")
            self.commands[command.id] = command

    def get(self, command_id: str) -> Command:
        try:
            return self.commands[command_id]
        except KeyError:
            raise CommandError(msg("There is no command %1.", command_id), "not_found") from None

    def __contains__(self, command_id: object) -> bool:
        return command_id in self.commands

    def all(self) -> Iterable[Command]:
        return self.commands.values()

    def run(self, ctx: Context, command_id: str, args: Mapping[str, Any] | None = None) -> Result:
        """Run a command by id; raises CommandError with the reason when it cannot run."""
        command = self.get(command_id)
        args = dict(args or {})
        for param in command.params:
            if param.required and param.name not in args:
                raise CommandError(msg("%1 needs the argument %2.", command.id, param.name), "bad_argument")
        if command.needs_control and not ctx.in_control():
            raise CommandError(msg("Only the console in control can do this."), "not_in_control")
        reason = command.check(ctx, args) if command.check is not None else None
        if reason is not None:
            raise CommandError(reason, "not_enabled")
        result = command.run(ctx, args)
        return result if result is not None else Result()


def need(ok: bool, message: Msg, code: str = "bad_argument") -> None:
    """Refuse with a message unless ``ok``."""
    if not ok:
        raise CommandError(message, code)


def saved(ok: bool) -> None:
    """A record that could not be saved stops the command (the context has said why)."""
    if not ok:
        raise CommandError(msg("Not saved."), "not_saved")
