"""Text for people, without Qt: an English source string with %1, %2 … placeholders and
its arguments. The UI translates the source (Qt's translation files, context given
here) and then fills in the arguments; the command line and the remote API show it in
English. Sources are marked with QT_TRANSLATE_NOOP so that lupdate finds them.
"""

from __future__ import annotations

from .frozen import Frozen, record


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Marks a source string for translation; returns it unchanged."""
    del context
    return source


def fill(template: str, args: tuple[object, ...]) -> str:
    """Replace %1…%9 with the arguments (highest first, so %1 never eats %10)."""
    for number in range(len(args), 0, -1):
        template = template.replace(f"%{number}", str(args[number - 1]))
    return template


@record
class Msg(Frozen):
    """A message for a person: translated by the UI, English elsewhere."""

    source: str
    args: tuple[object, ...] = ()
    context: str = "commands"

    def __str__(self) -> str:
        return fill(self.source, self.args)

    def to_dict(self) -> dict[str, object]:
        return {"text": str(self), "source": self.source, "args": [str(a) for a in self.args]}


def msg(source: str, *args: object, context: str = "commands") -> Msg:
    return Msg(source, tuple(args), context)
