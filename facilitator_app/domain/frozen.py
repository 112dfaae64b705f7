"""Equality, hashing and repr of the console's frozen records (values), written once.

Every frozen dataclass of the console is declared ::

    @dataclass(frozen=True, slots=True, eq=False, repr=False)
    class Segment(Frozen):
        ...

and gets ``__eq__``, ``__hash__`` and ``__repr__`` from :class:`Frozen`, which behave as the
ones ``@dataclass`` writes: equal when of the same class with equal fields (in order),
hashed by those fields, shown as ``Segment(id='s1', title='Welcome', ...)``.

Why: on Python 3.11 ``@dataclass`` compiles each method it writes from source text when
its module is imported, six for a frozen class. The console imports about forty records
before its first window, and compiling their ``__eq__``, ``__hash__`` and ``__repr__`` was
about 4 % of its start-up (docs/BENCHMARKS.md). Python 3.13 compiles a class's methods in
one go; then this base can give way to the generated methods again.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from operator import attrgetter
from typing import Any


class Frozen:
    """Base of the frozen records: field-wise equality, hash and repr (see the module)."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        values = _values(self.__class__)
        return bool(values(self) == values(other))

    def __hash__(self) -> int:
        return hash(_values(self.__class__)(self))

    def __repr__(self) -> str:
        shown = ", ".join(f"{f.name}={getattr(self, f.name)!r}" for f in fields(self))  # type: ignore[arg-type]
        return f"{self.__class__.__qualname__}({shown})"


_VALUES: dict[type, Callable[[Any], tuple[Any, ...]]] = {}


def _values(cls: type) -> Callable[[Any], tuple[Any, ...]]:
    """The fields of a record class, in order, as one tuple (made once per class)."""
    values = _VALUES.get(cls)
    if values is None:
        names = [f.name for f in fields(cls)]
        if len(names) == 1:
            one = attrgetter(names[0])
            values = lambda record: (one(record),)  # noqa: E731
        elif names:
            values = attrgetter(*names)
        else:
            values = lambda _record: ()  # noqa: E731
        _VALUES[cls] = values
    return values
