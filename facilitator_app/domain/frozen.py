"""The console's frozen records (values): a dataclass whose methods are written once.

Every frozen record of the console is declared ::

    @record
    class Segment(Frozen):
        id: str
        ...

(``@record(slots=False)`` for the few that need a ``__dict__``). It is a dataclass, as
``dataclasses.fields``, ``replace`` and ``asdict`` know it, and behaves as one declared
``@dataclass(frozen=True, slots=True)``: its ``__init__`` takes the same arguments, with the
same defaults and factories, and calls ``__post_init__`` (an ``__init__`` of its own is
kept); assigning or deleting a field raises ``FrozenInstanceError``; it pickles and copies;
it is equal to a record of the same class with equal fields (in order), hashed by them and
shown as ``Segment(id='s1', title='Welcome', ...)``, a field's ``compare``, ``hash`` and
``repr`` options read as ``@dataclass`` reads them. Where it differs: ``InitVar`` fields and
mutable dataclass bases are refused when the class is declared; ``__dataclass_params__``
says ``frozen=False`` (the base does the refusing); a plain subclass of a record cannot
take new attributes either; and until the first record of a class is made,
``inspect.signature`` shows its ``__init__`` as ``(*args, **kwargs)``.

Why: on Python 3.11 ``@dataclass`` compiles each method it writes from source text when its
module is imported: six for a frozen class. The console imports about forty records before
its first window, and those compilations were about 15 % of its start-up (docs/BENCHMARKS.md).
Here ``__eq__``, ``__hash__``, ``__repr__``, ``__setattr__`` and ``__delattr__`` are the
:class:`Frozen` base's, written once, and a record's ``__init__`` (as ``@dataclass`` would
write it, :func:`init_text`) is made when the first record of its class is made, from code
compiled with the package: ``make records`` writes every record's ``__init__`` into
``_record_inits.py``, and a test fails when that file is not up to date. A record whose text
is not there (one declared elsewhere, or while ``make records`` runs) is compiled then.
Python 3.13 compiles a class's methods in one go; measure there before keeping this.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import MISSING, Field, FrozenInstanceError, dataclass, field, fields, is_dataclass
from functools import cache
from operator import attrgetter
from types import CodeType, FunctionType
from typing import Any, TypeVar, dataclass_transform, overload

T = TypeVar("T", bound=type)
_INITVAR = vars(dataclasses)["_FIELD_INITVAR"]  # how dataclasses marks an InitVar pseudo-field


class Frozen:
    """Base of the frozen records: field-wise equality, hash and repr; no assignment (see the
    module)."""

    __slots__ = ()

    def __setattr__(self, name: str, value: Any) -> None:
        raise FrozenInstanceError(f"cannot assign to field {name!r}")

    def __delattr__(self, name: str) -> None:
        raise FrozenInstanceError(f"cannot delete field {name!r}")

    def __getstate__(self) -> list[Any] | dict[str, Any]:
        if hasattr(self, "__dict__"):  # @record(slots=False): everything it holds, as a dataclass
            return dict(self.__dict__)
        return [getattr(self, f.name) for f in fields(self)]  # type: ignore[arg-type]

    def __setstate__(self, state: list[Any] | dict[str, Any]) -> None:
        if isinstance(state, dict):
            for name, value in state.items():
                object.__setattr__(self, name, value)
            return
        for f, value in zip(fields(self), state, strict=True):  # type: ignore[arg-type]
            object.__setattr__(self, f.name, value)

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


class _Plan:
    """What a record class compares, hashes and shows, as ``@dataclass`` reads its fields:
    ``compare``, ``hash`` (None: as ``compare``) and ``repr`` of each. (A plain class: a
    NamedTuple compiles code at import, which start-up pays.)"""

    __slots__ = ("compared", "hashed", "shown")

    def __init__(
        self,
        compared: Callable[[Any], tuple[Any, ...]],
        hashed: Callable[[Any], tuple[Any, ...]],
        shown: tuple[str, ...],
    ) -> None:
        self.compared = compared
        self.hashed = hashed
        self.shown = shown


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


@overload
def record(cls: T, /) -> T: ...
@overload
def record(*, slots: bool = True) -> Callable[[T], T]: ...
@dataclass_transform(frozen_default=True, field_specifiers=(field, Field))
def record(cls: Any = None, /, *, slots: bool = True) -> Any:
    """Declare a frozen record on a :class:`Frozen` base (see the module)."""

    def wrap(cls: type) -> Any:
        if not issubclass(cls, Frozen):
            raise TypeError(f"a record derives from Frozen: {cls.__qualname__}")
        for base in cls.__mro__[1:]:
            if is_dataclass(base) and not issubclass(base, Frozen):
                raise TypeError(f"a record derives from records only: {cls.__qualname__} from {base.__qualname__}")
        own_init = "__init__" in cls.__dict__  # kept, as @dataclass keeps it
        cls = dataclass(cls, init=False, repr=False, eq=False, frozen=False, slots=slots)
        if any(f._field_type is _INITVAR for f in vars(cls)["__dataclass_fields__"].values()):
            raise TypeError(f"a record takes no InitVar (its __init__ would not pass it on): {cls.__qualname__}")
        _check_order(cls)
        if not own_init:
            type.__setattr__(cls, "__init__", _first_init(cls))
        return cls

    return wrap if cls is None else wrap(cls)


def _check_order(cls: type) -> None:
    """The check ``@dataclass`` makes at import: no argument without a default after one with."""
    defaulted = None
    for f in fields(cls):
        if f.init and not f.kw_only:
            if f.default is not MISSING or f.default_factory is not MISSING:
                defaulted = f.name
            elif defaulted is not None:
                raise TypeError(
                    f"{cls.__qualname__}: non-default argument {f.name!r} follows default argument {defaulted!r}"
                )


def _first_init(cls: type) -> Callable[..., None]:
    """An ``__init__`` that makes the record's own the first time it is called, puts it on the
    class and calls it."""

    def __init__(__record_self: Any, /, *args: Any, **kwargs: Any) -> None:  # a field may be called "self"
        init = _make_init(cls)
        type.__setattr__(cls, "__init__", init)
        init(__record_self, *args, **kwargs)

    __init__.__qualname__ = f"{cls.__qualname__}.__init__"
    return __init__


class _Factory:
    """Stands for "no argument given" where a field's default comes from its factory."""

    def __repr__(self) -> str:
        return "<factory>"


_FACTORY = _Factory()


class InitText:
    """A record's ``__init__`` as text (its defaults not in it), with what its body names."""

    __slots__ = ("defaults", "kwdefaults", "names", "source")

    def __init__(
        self, source: str, names: dict[str, Any], defaults: tuple[Any, ...], kwdefaults: dict[str, Any]
    ) -> None:
        self.source = source
        self.names = names
        self.defaults = defaults
        self.kwdefaults = kwdefaults


def init_text(cls: type) -> InitText:
    """The ``__init__`` that ``@dataclass(frozen=True)`` writes for ``cls``: the same parameters
    (keyword-only ones after ``*``), defaults and factories, fields set with
    ``object.__setattr__``, then ``__post_init__`` if the class has one. The text names no
    default, so records whose fields have the same names share it."""
    found = fields(cls)
    me = "__record_self__" if any(f.name == "self" for f in found) else "self"
    names: dict[str, Any] = {"__set": object.__setattr__, "__FACTORY": _FACTORY}
    positional: list[str] = []
    keyword: list[str] = []
    defaults: list[Any] = []
    kwdefaults: dict[str, Any] = {}
    body: list[str] = []
    for f in found:
        has_factory = f.default_factory is not MISSING
        if has_factory:
            names[f"__factory_{f.name}"] = f.default_factory
        if f.init:
            default: Any = _FACTORY if has_factory else f.default
            if has_factory:
                body.append(f"  if {f.name} is __FACTORY: {f.name} = __factory_{f.name}()")
            if default is not MISSING:
                if f.kw_only:
                    kwdefaults[f.name] = default
                else:
                    defaults.append(default)  # trailing: _check_order made sure
            (keyword if f.kw_only else positional).append(f.name)
            body.append(f"  __set({me}, {f.name!r}, {f.name})")
        elif has_factory:
            body.append(f"  __set({me}, {f.name!r}, __factory_{f.name}())")
        elif f.default is not MISSING:
            names[f"__default_{f.name}"] = f.default
            body.append(f"  __set({me}, {f.name!r}, __default_{f.name})")
    if hasattr(cls, "__post_init__"):
        body.append(f"  {me}.__post_init__()")
    params = ", ".join([me, *positional, *(["*", *keyword] if keyword else [])])
    source = f"def __init__({params}):\n" + ("\n".join(body) or "  pass") + "\n"
    return InitText(source, names, tuple(defaults), kwdefaults)


def _make_init(cls: type) -> Callable[..., None]:
    """The record's ``__init__`` (see :func:`init_text`): its code from the package's compiled
    ``_record_inits`` when it is there, else compiled now."""
    text = init_text(cls)
    code = _precompiled().get(text.source)
    if code is None:
        # The text is made here, from the class's own field names.
        module = compile(text.source, f"<record {cls.__qualname__}>", "exec")
        code = next(c for c in module.co_consts if isinstance(c, CodeType))
    code = code.replace(co_name="__init__", co_qualname=f"{cls.__qualname__}.__init__")
    init = FunctionType(code, text.names, "__init__", text.defaults or None)
    init.__kwdefaults__ = text.kwdefaults or None
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__annotations__ = {f.name: f.type for f in fields(cls) if f.init} | {"return": None}
    return init


@cache
def _precompiled() -> dict[str, CodeType]:
    """The code of every record's ``__init__``, by its text, compiled with the package
    (``make records`` writes the module; a test keeps it up to date). Without it (while
    ``make records`` itself imports the package) each is compiled when first needed."""
    try:
        from ._record_inits import CODES
    except ModuleNotFoundError as missing:
        if missing.name != f"{__package__}._record_inits":
            raise
        return {}
    return CODES
