"""Build the package's resources from the sources in ``resources/``.

Copies icons, styles and samples into ``facilitator_app/_data``, compiles the Qt
translations (.ts -> .qm with pyside6-lrelease) and synthesises the sound cues (so no
binary audio is kept in git). ``--update-ts`` first refreshes the .ts files from the
sources with pyside6-lupdate, keeping existing translations.
"""

from __future__ import annotations

import argparse
import math
import shutil
import struct
import subprocess
import sys
import wave
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "resources"
OUT = ROOT / "facilitator_app" / "_data"
LANGUAGES = ("sv",)


def qt_tool(name: str) -> str:
    found = shutil.which(f"pyside6-{name}")
    if found:
        return found
    import PySide6

    candidate = Path(PySide6.__file__).parent / name
    if candidate.exists():
        return str(candidate)
    sys.exit(f"build_resources: cannot find pyside6-{name}; is PySide6-Essentials installed?")


def chime(path: Path, notes: list[tuple[float, float]], volume: float = 0.35) -> None:
    """A soft sine chime: (frequency Hz, seconds) per note, with a gentle fade."""
    rate = 22050
    frames = bytearray()
    for freq, seconds in notes:
        count = int(rate * seconds)
        for i in range(count):
            t = i / rate
            envelope = min(1.0, i / (0.01 * rate)) * math.exp(-3.0 * t / seconds)
            sample = volume * envelope * (math.sin(2 * math.pi * freq * t) + 0.3 * math.sin(4 * math.pi * freq * t))
            frames += struct.pack("<h", int(max(-1.0, min(1.0, sample)) * 32767))
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(rate)
        out.writeframes(bytes(frames))


def python_messages() -> dict[str, set[str]]:
    """Messages of the Qt-free layers: ``msg("source", …, context=…)`` and
    ``Msg("source", args, "context")`` calls (lupdate only knows tr() and the NOOP macros).
    Context -> sources."""
    import ast

    found: dict[str, set[str]] = {}
    for path in (ROOT / "facilitator_app").rglob("*.py"):
        if "_data" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Name):
                continue
            if node.func.id not in ("msg", "Msg") or not node.args:
                continue
            first = node.args[0]
            if not isinstance(first, ast.Constant) or not isinstance(first.value, str) or not first.value.strip():
                continue
            context = "commands"
            if node.func.id == "Msg" and len(node.args) > 2 and isinstance(node.args[2], ast.Constant):
                context = str(node.args[2].value)
            for kw in node.keywords:
                if kw.arg == "context" and isinstance(kw.value, ast.Constant):
                    context = str(kw.value.value)
            if context:
                found.setdefault(context, set()).add(first.value)
    return found


def add_python_messages(ts: Path) -> int:
    """Put the Qt-free layers' messages into a .ts file (kept translations stay)."""
    import xml.etree.ElementTree as ET

    tree = ET.parse(ts)
    root = tree.getroot()
    contexts = {c.findtext("name") or "": c for c in root.iter("context")}
    added = 0
    for name, sources in sorted(python_messages().items()):
        context = contexts.get(name)
        if context is None:
            context = ET.SubElement(root, "context")
            ET.SubElement(context, "name").text = name
            contexts[name] = context
        have = {m.findtext("source") for m in context.iter("message")}
        for source in sorted(sources - have):
            message = ET.SubElement(context, "message")
            ET.SubElement(message, "source").text = source
            ET.SubElement(message, "translation", {"type": "unfinished"})
            added += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return added


def update_ts() -> None:
    sources = sorted(str(p) for p in (ROOT / "facilitator_app").rglob("*.py") if "_data" not in p.parts)
    for lang in LANGUAGES:
        ts = SRC / "translations" / f"facilitator_{lang}.ts"
        subprocess.run([qt_tool("lupdate"), "-no-obsolete", *sources, "-ts", str(ts)], check=True)
        add_python_messages(ts)


def build() -> None:
    if OUT.exists():
        shutil.rmtree(OUT)
    for folder in ("icons", "styles", "samples", "views"):
        shutil.copytree(SRC / folder, OUT / folder)
    (OUT / "translations").mkdir(parents=True)
    for lang in LANGUAGES:
        ts = SRC / "translations" / f"facilitator_{lang}.ts"
        qm = OUT / "translations" / f"facilitator_{lang}.qm"
        subprocess.run([qt_tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)
    chime(OUT / "sounds" / "warning.wav", [(660.0, 0.35), (880.0, 0.5)])
    chime(OUT / "sounds" / "zero.wav", [(880.0, 0.3), (660.0, 0.3), (440.0, 0.7)])
    (OUT / "__init__.py").write_text('"""Generated by packaging/build_resources.py; not in git."""\n')


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--update-ts", action="store_true", help="refresh .ts files from the sources first")
    args = parser.parse_args()
    if args.update_ts:
        update_ts()
    build()
    print(f"resources built in {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
