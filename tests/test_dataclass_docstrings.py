"""Every dataclass in facilitator_app has a docstring of its own.

On Python 3.11, ``@dataclass`` on a class without a docstring makes one from
``inspect.signature(cls)`` at import: for the dataclasses imported at start-up that cost
about 11 M instructions. A written docstring costs nothing and says what the class is for.
"""

from __future__ import annotations

import dataclasses
import importlib
import pkgutil
from collections.abc import Iterator
from types import ModuleType

import facilitator_app


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
