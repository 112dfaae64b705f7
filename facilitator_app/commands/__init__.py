"""What a producer can do, without Qt: one command per action, called by keys, menus,
windows, the command line, the remote and tests alike (see ``base``)."""

from __future__ import annotations

from . import exports, live, people, platform, polls, rooms, session, show
from .base import Command, CommandError, Context, Param, PlatformPort, Registry, Result

REGISTRY = Registry()
for _module in (live, show, rooms, people, polls, platform, session, exports):
    REGISTRY.add(*_module.COMMANDS)


def run(ctx: Context, command_id: str, args: dict[str, object] | None = None) -> Result:
    """Run a command of the registry by id (raises CommandError with the reason)."""
    return REGISTRY.run(ctx, command_id, args)


__all__ = ["REGISTRY", "Command", "CommandError", "Context", "Param", "PlatformPort", "Registry", "Result", "run"]
