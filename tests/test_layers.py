"""The layer arrows of docs/architecture: only ui/ (and the composition root) imports
Qt; ui/, report/ and domain/ never import SQLAlchemy; domain/ imports nothing of the
project above it; nothing imports ui/ but the composition root."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "gsmeet"
MODULES = sorted(p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts)


def imported(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def layer(path: Path) -> str:
    parts = path.relative_to(PACKAGE).parts
    return parts[0] if len(parts) > 1 else path.stem


def test_the_package_has_its_layers() -> None:
    assert {layer(p) for p in MODULES} >= {"domain", "storage", "services", "report", "ui"}


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_point_down(path: Path) -> None:
    where = layer(path)
    names = imported(path)

    def uses(prefix: str) -> list[str]:
        return sorted(n for n in names if n == prefix or n.startswith(prefix + "."))

    if where not in ("ui", "app"):
        assert not uses("PySide6"), f"{where} imports Qt"
        assert not uses("gsmeet.ui"), f"{where} imports the UI"
    if where in ("ui", "report", "domain"):
        assert not uses("sqlalchemy"), f"{where} imports SQLAlchemy"
        assert not uses("gsmeet.storage"), f"{where} imports storage"
        assert not uses("alembic")
    if where == "domain":
        above = [n for n in names if n.startswith("gsmeet.") and not n.startswith("gsmeet.domain")]
        assert not above, f"domain imports {above}"
    if where == "report":
        assert not uses("gsmeet.services")


def test_the_window_layer_does_not_pull_in_sqlalchemy_at_import() -> None:
    """Start-up budget: SQLAlchemy loads after the window is painted, in the worker."""
    import subprocess
    import sys

    code = "import sys, gsmeet.app, gsmeet.cli; sys.exit(1 if 'sqlalchemy' in sys.modules else 0)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
