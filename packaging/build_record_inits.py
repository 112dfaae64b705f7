"""Write facilitator_app/domain/_record_inits.py: the ``__init__`` of every record, as text,
so that it is compiled with the package and start-up does not compile it (domain/frozen.py).

    python packaging/build_record_inits.py          # write it
    python packaging/build_record_inits.py --check  # exit 1 when it is not up to date
"""

from __future__ import annotations

import dataclasses
import importlib
import os
import pkgutil
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "facilitator_app" / "domain" / "_record_inits.py"
HEADER = '''"""The ``__init__`` of every record of the console, compiled with the package, by its text
(domain/frozen.py says why). Written by ``make records`` (packaging/build_record_inits.py);
a test fails when it is not up to date. Do not edit."""
# ruff: noqa
# fmt: off
'''


def records() -> Iterator[type]:
    """Every record class of the package, in a stable order."""
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    import facilitator_app
    from facilitator_app.domain.frozen import Frozen

    found: dict[str, type] = {}
    for info in pkgutil.walk_packages(facilitator_app.__path__, "facilitator_app."):
        if info.name.rpartition(".")[2] == "__main__":
            continue
        module = importlib.import_module(info.name)
        stack = [module]
        while stack:
            owner = stack.pop()
            for value in vars(owner).values():
                if isinstance(value, type) and value.__module__ == module.__name__ and value is not owner:
                    if issubclass(value, Frozen) and dataclasses.is_dataclass(value):
                        found[f"{module.__name__}.{value.__qualname__}"] = value
                    stack.append(value)
    return iter(found[key] for key in sorted(found))


def text() -> str:
    from facilitator_app.domain.frozen import init_text

    sources = sorted({init_text(cls).source for cls in records()})
    parts = [HEADER]
    for number, source in enumerate(sources):
        parts.append("\n" + source.replace("def __init__(", f"def _{number}(", 1))
    parts.append("\nCODES = {\n")
    parts.extend(f"    {source!r}: _{number}.__code__,\n" for number, source in enumerate(sources))
    parts.append("}\n")
    return "".join(parts)


def main(argv: list[str]) -> int:
    wanted = text()
    if argv[1:] == ["--check"]:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != wanted:
            print(f"{TARGET.relative_to(ROOT)} is not up to date: run `make records`", file=sys.stderr)
            return 1
        return 0
    TARGET.write_text(wanted, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)} ({wanted.count('.__code__,')} records' __init__)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
