"""The console's dataclasses, as start-up needs them.

On Python 3.11 ``@dataclass`` does work at import that the console pays before its first
window: on a class without a docstring it makes one from ``inspect.signature(cls)`` (about
11 M instructions for the dataclasses imported at start-up), and it compiles each method it
writes from text (six for a frozen one: about 110 M). So every dataclass has a docstring of its
own, and every frozen one is a ``domain.frozen.record``, whose methods must behave as the
generated ones.
"""

from __future__ import annotations

import copy
import dataclasses
import importlib
import inspect
import pickle
import pkgutil
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import InitVar
from pathlib import Path
from types import ModuleType

from hypothesis import given
from hypothesis import strategies as st

import facilitator_app
from facilitator_app.domain.frozen import Frozen, _make_init, record
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


def test_every_frozen_dataclass_is_a_record() -> None:
    """A frozen value is declared ``@record`` on ``Frozen``; a plain ``@dataclass`` is mutable."""
    wrong: set[str] = set()
    records = 0
    for cls in _dataclasses():
        generated_frozen = cls.__dataclass_params__.frozen  # type: ignore[attr-defined]
        if issubclass(cls, Frozen):
            records += 1
            shared = all(
                getattr(cls, name) is getattr(Frozen, name)
                for name in ("__eq__", "__hash__", "__repr__", "__setattr__", "__delattr__")
            )
            if generated_frozen or not shared or cls.__init__.__qualname__ != f"{cls.__qualname__}.__init__":
                wrong.add(f"{cls.__module__}.{cls.__qualname__}")
        elif generated_frozen:
            wrong.add(f"{cls.__module__}.{cls.__qualname__}")
    assert records >= 70, f"only {records} records found: are modules skipped?"
    assert not wrong, (
        "declare frozen dataclasses as @record on a Frozen base (domain/frozen.py says why): "
        + ", ".join(sorted(wrong))
    )


def _twin(cls: type) -> type:
    """``cls`` declared with ``@dataclass(frozen=True)``: the same fields and options."""
    specs = []
    for f in dataclasses.fields(cls):
        options: dict[str, object] = {"init": f.init, "kw_only": f.kw_only}
        if f.default is not dataclasses.MISSING:
            options["default"] = f.default
        if f.default_factory is not dataclasses.MISSING:
            options["default_factory"] = f.default_factory
        specs.append((f.name, f.type, dataclasses.field(**options)))  # type: ignore[call-overload]
    return dataclasses.make_dataclass(cls.__name__, specs, frozen=True)


def test_every_record_is_made_as_dataclass_would_make_it() -> None:
    """Each record's compiled ``__init__`` takes what ``@dataclass(frozen=True)``'s would."""
    records = [cls for cls in _dataclasses() if issubclass(cls, Frozen)]
    differ = {
        f"{cls.__qualname__}: {inspect.signature(_make_init(cls))} != {inspect.signature(_twin(cls).__init__)}"
        for cls in records
        if str(inspect.signature(_make_init(cls))) != str(inspect.signature(_twin(cls).__init__))
    }
    assert len(records) >= 70 and not differ, differ


@dataclasses.dataclass(frozen=True, slots=True)
class Generated:
    """A record with the methods ``@dataclass`` writes."""

    number: int
    text: str
    items: tuple[str, ...] = ()


@record
class Shared(Frozen):
    """The same record with the methods of ``Frozen``."""

    number: int
    text: str
    items: tuple[str, ...] = ()


@record
class One(Frozen):
    """A record of one field."""

    value: object


@record
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
    for change in (lambda: setattr(sa, "number", 9), lambda: delattr(sa, "text"), lambda: setattr(sa, "new", 1)):
        try:
            change()
        except dataclasses.FrozenInstanceError:
            pass
        else:
            raise AssertionError("a record must stay frozen")
    assert Shared(number=a[0], text=a[1]) == Shared(a[0], a[1], ()) and Shared(a[0], a[1]).items == ()
    for copied in (pickle.loads(pickle.dumps(sa)), copy.copy(sa), copy.deepcopy(sa)):
        assert copied == sa and repr(copied) == repr(sa)


@dataclasses.dataclass(frozen=True, slots=True)
class GeneratedOptions:
    """Field options as ``@dataclass`` reads them."""

    shown: int
    secret: str = dataclasses.field(default="", repr=False)
    note: str = dataclasses.field(default="", compare=False)
    kept: int = dataclasses.field(default=0, hash=False)


@record
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


@dataclasses.dataclass(frozen=True, slots=True)
class GeneratedMade:
    """Defaults, a factory, a field not in ``__init__``, keyword-only ones and a check."""

    name: str
    tags: list[str] = dataclasses.field(default_factory=list)
    size: int = 1
    count: int = dataclasses.field(default=0, init=False)
    stamp: list[int] = dataclasses.field(default_factory=lambda: [7], init=False)
    _: dataclasses.KW_ONLY
    mode: str
    level: int = 2

    def __post_init__(self) -> None:
        if self.size < 0:
            raise ValueError("size below zero")


@record
class Made(Frozen):
    """The same on a record."""

    name: str
    tags: list[str] = dataclasses.field(default_factory=list)
    size: int = 1
    count: int = dataclasses.field(default=0, init=False)
    stamp: list[int] = dataclasses.field(default_factory=lambda: [7], init=False)
    _: dataclasses.KW_ONLY
    mode: str
    level: int = 2

    def __post_init__(self) -> None:
        if self.size < 0:
            raise ValueError("size below zero")


def _outcome(make: object, *args: object, **kwargs: object) -> tuple[str, object]:
    try:
        made = make(*args, **kwargs)  # type: ignore[operator]
    except (TypeError, ValueError) as error:
        return type(error).__name__, None
    return "made", tuple(getattr(made, f.name) for f in dataclasses.fields(made))


@given(
    st.lists(st.sampled_from(["n", 3, -1, ["t"]]), max_size=4),
    st.dictionaries(
        st.sampled_from(["name", "tags", "size", "count", "mode", "level", "other"]),
        st.sampled_from(["m", 2, -2]),
        max_size=3,
    ),
)
def test_a_record_is_made_as_a_dataclass_is(args: list[object], kwargs: dict[str, object]) -> None:
    """The same arguments make the same fields, or fail with the same kind of error."""
    assert _outcome(Made, *args, **kwargs) == _outcome(GeneratedMade, *args, **kwargs)


def test_factories_give_each_record_its_own_value() -> None:
    a, b = Made("a", mode="x"), Made("b", mode="x")
    assert a.tags == [] and a.tags is not b.tags and a.stamp == [7] and a.stamp is not b.stamp
    assert str(inspect.signature(Made)) == str(inspect.signature(GeneratedMade))
    for make in (Made, GeneratedMade):
        try:
            make("a", size=-1, mode="x")  # __post_init__ checks what was made
        except ValueError:
            continue
        raise AssertionError(f"{make.__name__} did not call __post_init__")


def test_a_record_compiles_its_init_when_first_made() -> None:
    @record
    class Later(Frozen):
        """Made once below."""

        value: int

    first = Later.__init__
    assert Later(1).value == 1 and Later.__init__ is not first  # compiled and kept on the class
    assert Later(2).value == 2 and inspect.signature(Later.__init__).parameters.keys() == {"self", "value"}


def test_record_declarations_are_checked_when_declared() -> None:
    try:

        @record
        class Wrong(Frozen):
            """A field without a default after one with."""

            first: int = 0
            second: int  # type: ignore[misc]

    except TypeError as error:
        assert "second" in str(error)
    else:
        raise AssertionError("a non-default field after a default one must be refused")
    try:

        @record
        class Plain:  # not on Frozen
            """Would not be frozen."""

            value: int

    except TypeError as error:
        assert "Frozen" in str(error)
    else:
        raise AssertionError("a record must derive from Frozen")


def test_the_compiled_inits_are_up_to_date() -> None:
    """``make records`` wrote the ``__init__`` of every record as it is declared now."""
    script = Path(__file__).resolve().parent.parent / "packaging" / "build_record_inits.py"
    done = subprocess.run([sys.executable, str(script), "--check"], check=False, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_a_record_takes_its_init_compiled_with_the_package() -> None:
    """A record of the package is not compiled at start-up; one declared elsewhere is."""
    made = Segment("s1", "Welcome", SegmentKind.PLENARY, 600)
    assert Segment.__init__.__code__.co_filename.endswith("_record_inits.py")
    assert Segment.__init__.__code__.co_qualname == "Segment.__init__" and made.title == "Welcome"
    assert Made("a", mode="x").name == "a"
    assert Made.__init__.__code__.co_filename == "<record Made>"


def test_what_a_record_keeps_as_a_dataclass_does() -> None:
    """Its own ``__init__``, everything a ``slots=False`` record holds when pickled, a field
    called ``self`` given by keyword; and what it refuses when declared."""
    import functools

    @record
    class Parsed(Frozen):
        """Made from text by its own __init__."""

        value: int

        def __init__(self, text: str) -> None:
            object.__setattr__(self, "value", int(text))

    assert Parsed("5").value == 5

    @record(slots=False)
    class Cached(Frozen):
        """Keeps a computed value in its __dict__."""

        value: int

        @functools.cached_property
        def double(self) -> int:
            return self.value * 2

    cached = Cached(2)
    assert cached.double == 4
    for copied in (copy.copy(cached), copy.deepcopy(cached)):  # (pickle's path: a local class)
        assert copied.__dict__ == {"value": 2, "double": 4}

    @record
    class Selfish(Frozen):
        """A field called self."""

        self: int

    assert Selfish(self=3).self == 3  # the first record made: through the lazy __init__

    @dataclasses.dataclass
    class Mutable:
        """Not a record."""

        value: int = 0

    class WithInitVar(Frozen):
        """An InitVar its __init__ would not pass on."""

        scale: InitVar[int] = 1

    class OnMutable(Frozen, Mutable):
        """On a mutable dataclass."""

        more: int = 1

    refusals = []
    for declared in (WithInitVar, OnMutable):
        try:
            record(declared)
        except TypeError as refused:
            refusals.append(str(refused))
    assert len(refusals) == 2 and "InitVar" in refusals[0] and "Mutable" in refusals[1], refusals


def test_evolve_copies_every_field_inherited_ones_too() -> None:
    from facilitator_app.domain.model import evolve

    @record
    class Base(Frozen):
        """A record with one field."""

        x: int

    @record
    class Derived(Base):
        """One more field."""

        y: int = 0

    @record(slots=False)
    class Loose(Frozen):
        """Without slots."""

        x: int

    evolved = evolve(Derived(1, 2), y=3)
    assert (evolved.x, evolved.y) == (1, 3) and evolved == Derived(1, 3)
    assert evolve(Loose(1), x=2) == Loose(2)
