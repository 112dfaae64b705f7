"""The console's dataclasses, as start-up needs them.

On Python 3.11 ``@dataclass`` does work at import that the console pays before its first
window: on a class without a docstring it makes one from ``inspect.signature(cls)`` (about
11 M instructions for the dataclasses imported at start-up), and it compiles each method it
writes from text (``__eq__``, ``__hash__`` and ``__repr__`` of the frozen ones: about 57 M).
So every dataclass has a docstring of its own, and every frozen one takes those three methods
from ``domain.frozen.Frozen``, which must behave as the generated ones.
"""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
from collections.abc import Iterator
from types import ModuleType

from hypothesis import given
from hypothesis import strategies as st

import facilitator_app
from facilitator_app.domain.frozen import Frozen
from facilitator_app.domain.model import Segment, SegmentKind


def _modules() -> Iterator[ModuleType]:
    """Every module of the package but ``__main__``, which starts the app when imported (it
    defines no class). The others import without a display (the tests run offscreen)."""
    yield facilitator_app
    for info in pkgutil.walk_packages(facilitator_app.__path__, "facilitator_app."):
        if info.name.rpartition(".")[2] != "__main__":
            yield importlib.import_module(info.name)


def _classes(owner: object, module: str) -> Iterator[type]:
    """The classes defined in ``module``, nested ones included."""
    for value in vars(owner).values():
        if isinstance(value, type) and value.__module__ == module and value is not owner:
            yield value
            yield from _classes(value, module)


def _generated(cls: type) -> bool:
    """No docstring of its own, or the one ``dataclass`` made: "Name(field: type, ...)"."""
    doc = cls.__dict__.get("__doc__")
    return not doc or doc.startswith(cls.__name__ + "(")


def test_every_dataclass_has_its_own_docstring() -> None:
    dataclass_count = 0
    missing: set[str] = set()
    for module in _modules():
        for cls in _classes(module, module.__name__):
            if not dataclasses.is_dataclass(cls):
                continue
            dataclass_count += 1
            if _generated(cls):
                missing.add(f"{module.__name__}.{cls.__qualname__}")
    assert dataclass_count >= 69, f"only {dataclass_count} dataclasses found: are modules skipped?"
    assert not missing, (
        "these dataclasses have no docstring: "
        + ", ".join(sorted(missing))
        + ". Give each a short one saying what it is: on Python 3.11 a dataclass without one"
        " computes inspect.signature(cls) at import to make one, a start-up cost (~11 M instructions"
        " for the dataclasses imported at start-up)."
    )


def _dataclasses() -> Iterator[type]:
    for module in _modules():
        for cls in _classes(module, module.__name__):
            if dataclasses.is_dataclass(cls):
                yield cls


def test_every_frozen_dataclass_takes_eq_hash_and_repr_from_frozen() -> None:
    wrong: set[str] = set()
    frozen_count = 0
    for cls in _dataclasses():
        frozen = cls.__dataclass_params__.frozen  # type: ignore[attr-defined]
        shared = all(getattr(cls, name) is getattr(Frozen, name) for name in ("__eq__", "__hash__", "__repr__"))
        if frozen:
            frozen_count += 1
        if frozen != (issubclass(cls, Frozen) and shared):
            wrong.add(f"{cls.__module__}.{cls.__qualname__}")
    assert frozen_count >= 60, f"only {frozen_count} frozen dataclasses found: are modules skipped?"
    assert not wrong, (
        "declare frozen dataclasses as @dataclass(frozen=True, slots=True, eq=False, repr=False) on a"
        " Frozen base (domain/frozen.py says why), and only frozen ones: " + ", ".join(sorted(wrong))
    )


@dataclasses.dataclass(frozen=True, slots=True)
class Generated:
    """A record with the methods ``@dataclass`` writes."""

    number: int
    text: str
    items: tuple[str, ...] = ()


@dataclasses.dataclass(frozen=True, slots=True, eq=False, repr=False)
class Shared(Frozen):
    """The same record with the methods of ``Frozen``."""

    number: int
    text: str
    items: tuple[str, ...] = ()


@dataclasses.dataclass(frozen=True, slots=True, eq=False, repr=False)
class One(Frozen):
    """A record of one field."""

    value: object


@dataclasses.dataclass(frozen=True, slots=True, eq=False, repr=False)
class Empty(Frozen):
    """A record of no field."""


fields_st = st.tuples(
    st.integers(-3, 3), st.sampled_from(["", "a", "ä'\"", "b"]), st.lists(st.text(max_size=2), max_size=2)
)


@given(fields_st, fields_st)
def test_frozen_behaves_as_the_generated_methods(a: tuple, b: tuple) -> None:
    ga, gb = Generated(a[0], a[1], tuple(a[2])), Generated(b[0], b[1], tuple(b[2]))
    sa, sb = Shared(a[0], a[1], tuple(a[2])), Shared(b[0], b[1], tuple(b[2]))
    assert (sa == sb) is (ga == gb)
    assert (sa != sb) is (ga != gb)
    if sa == sb:
        assert hash(sa) == hash(sb)
    assert repr(sa) == repr(ga).replace("Generated(", "Shared(", 1)
    assert sa != ga and ga != sa and sa != (a[0], a[1], tuple(a[2]))  # another class is never equal
    assert {sa, sb, Shared(a[0], a[1], tuple(a[2]))} == ({sa} | {sb})
    assert dataclasses.replace(sa, number=sa.number + 1) != sa
    try:
        sa.number = 9  # type: ignore[misc]
    except dataclasses.FrozenInstanceError:
        pass
    else:
        raise AssertionError("a Frozen record must stay frozen")


@dataclasses.dataclass(frozen=True, slots=True)
class GeneratedOptions:
    """Field options as ``@dataclass`` reads them."""

    shown: int
    secret: str = dataclasses.field(default="", repr=False)
    note: str = dataclasses.field(default="", compare=False)
    kept: int = dataclasses.field(default=0, hash=False)


@dataclasses.dataclass(frozen=True, slots=True, eq=False, repr=False)
class SharedOptions(Frozen):
    """The same options on a Frozen record."""

    shown: int
    secret: str = dataclasses.field(default="", repr=False)
    note: str = dataclasses.field(default="", compare=False)
    kept: int = dataclasses.field(default=0, hash=False)


def test_frozen_reads_field_options_as_dataclass_does() -> None:
    """A token kept out of a repr stays out; a field not compared is not compared."""
    for a, b in (((1, "tok-1", "x", 0), (1, "tok-2", "y", 0)), ((1, "t", "x", 0), (1, "t", "y", 5))):
        assert (SharedOptions(*a) == SharedOptions(*b)) is (GeneratedOptions(*a) == GeneratedOptions(*b))
        assert repr(SharedOptions(*a)) == repr(GeneratedOptions(*a)).replace("GeneratedOptions(", "SharedOptions(")
        assert "tok" not in repr(SharedOptions(*a))
    assert hash(SharedOptions(1, kept=1)) == hash(SharedOptions(1, kept=2))  # kept is not hashed
    assert SharedOptions(1, note="a") == SharedOptions(1, note="b")


def test_frozen_records_of_one_and_no_field() -> None:
    assert One(1) == One(1) != One(2) and hash(One((1,))) == hash(One((1,)))
    assert One([1]) == One([1])  # equal, as the generated __eq__ says; hashing it raises, as there
    assert Empty() == Empty() and hash(Empty()) == hash(Empty()) and repr(Empty()) == "Empty()"
    assert repr(One("x")) == "One(value='x')"


def test_a_real_record_compares_by_value() -> None:
    segment = Segment("s1", "Welcome", SegmentKind.PLENARY, 600)
    same = Segment("s1", "Welcome", SegmentKind.PLENARY, 600)
    assert segment == same and hash(segment) == hash(same) and segment is not same
    assert segment != dataclasses.replace(segment, title="Hello")
    assert repr(segment).startswith("Segment(id='s1', title='Welcome', ")
