"""Equality, hashing and repr of the console's frozen records (values), written once.

Every frozen dataclass of the console is declared ::

    @dataclass(frozen=True, slots=True, eq=False, repr=False)
    class Segment(Frozen):
        ...

and gets ``__eq__``, ``__hash__`` and ``__repr__`` from :class:`Frozen`, which behave as the
ones ``@dataclass`` writes: equal when of the same class with equal fields (in order),
hashed by those fields, shown as ``Segment(id='s1', title='Welcome', ...)``; a field's
``compare``, ``hash`` and ``repr`` options are read as ``@dataclass`` reads them.

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
from typing import Any, NamedTuple


class Frozen:
    """Base of the frozen records: field-wise equality, hash and repr (see the module)."""

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        if other.__class__ is not self.__class__:
            return NotImplemented
        compared = _plan(self.__class__).compared
        return bool(compared(self) == compared(other))

    def __hash__(self) -> int:
        return hash(_plan(self.__class__).hashed(self))

    def __repr__(self) -> str:
        shown = ", ".join(f"{name}={getattr(self, name)!r}" for name in _plan(self.__class__).shown)
        return f"{self.__class__.__qualname__}({shown})"


class _Plan(NamedTuple):
    """What a record class compares, hashes and shows, as ``@dataclass`` reads its fields:
    ``compare``, ``hash`` (None: as ``compare``) and ``repr`` of each."""

    compared: Callable[[Any], tuple[Any, ...]]
    hashed: Callable[[Any], tuple[Any, ...]]
    shown: tuple[str, ...]


_PLANS: dict[type, _Plan] = {}


def _plan(cls: type) -> _Plan:
    plan = _PLANS.get(cls)
    if plan is None:
        found = fields(cls)
        plan = _Plan(
            _values([f.name for f in found if f.compare]),
            _values([f.name for f in found if (f.compare if f.hash is None else f.hash)]),
            tuple(f.name for f in found if f.repr),
        )
        _PLANS[cls] = plan
    return plan


def _values(names: list[str]) -> Callable[[Any], tuple[Any, ...]]:
    """The named fields of a record, in order, as one tuple."""
    if len(names) == 1:
        one = attrgetter(names[0])
        return lambda record: (one(record),)
    if names:
        return attrgetter(*names)
    return lambda _record: ()
