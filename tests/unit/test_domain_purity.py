"""The domain imports nothing from Qt, HTTP, keyring, sqlite3 or the outer layers."""

import ast
from pathlib import Path

DOMAIN = Path(__file__).resolve().parents[2] / "facilitator_app" / "domain"
FORBIDDEN = ("PySide6", "shiboken6", "qasync", "httpx", "keyring", "sqlite3", "asyncio")


def test_domain_imports_only_pure_python() -> None:
    offenders = []
    for path in DOMAIN.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names: list[str] = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom):
                if node.level >= 2:  # from .. import x: reaching out of the domain
                    offenders.append(f"{path.name}: relative import out of the domain")
                names = [node.module or ""]
            offenders += [f"{path.name}: {n}" for n in names if n.split(".")[0] in FORBIDDEN]
            offenders += [f"{path.name}: {n}" for n in names if n.startswith("facilitator_app.") and ".domain" not in n]
    assert offenders == []
