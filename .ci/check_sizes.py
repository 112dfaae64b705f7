"""The size limits of the UI (issue 11): no file in facilitator_app/ui over 500 lines, no
class over 400. Prints every offender and exits 1 when there is one."""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1] / "facilitator_app" / "ui"
FILE_LIMIT, CLASS_LIMIT = 500, 400


def main() -> int:
    bad = []
    biggest_file, biggest_class = ("", 0), ("", 0)
    for path in sorted(ROOT.rglob("*.py")):
        text = path.read_text(encoding="utf-8")
        lines = text.count("\n")
        rel = path.relative_to(ROOT.parents[1])
        biggest_file = max(biggest_file, (str(rel), lines), key=lambda x: x[1])
        if lines > FILE_LIMIT:
            bad.append(f"{rel}: {lines} lines (limit {FILE_LIMIT})")
        for node in ast.walk(ast.parse(text)):
            if isinstance(node, ast.ClassDef):
                size = (node.end_lineno or node.lineno) - node.lineno + 1
                biggest_class = max(biggest_class, (f"{rel}:{node.name}", size), key=lambda x: x[1])
                if size > CLASS_LIMIT:
                    bad.append(f"{rel}: class {node.name} {size} lines (limit {CLASS_LIMIT})")
    print(f"largest ui file: {biggest_file[0]} ({biggest_file[1]} lines)")
    print(f"largest ui class: {biggest_class[0]} ({biggest_class[1]} lines)")
    for line in bad:
        print("too large:", line)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
