"""The layer arrows of docs/architecture: only ui/ (and the composition root) imports
Qt; only storage/ speaks sqlite3; ui/, report/ and domain/ never import SQLAlchemy or
storage; domain/ imports nothing of the project above it; nothing imports ui/ but the
composition root; inside ui/, the kit knows no feature and no feature knows the shell
or another feature; and no two modules import each other, however indirectly."""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "gsmeet"
MODULES = sorted(p for p in PACKAGE.rglob("*.py") if "migrations" not in p.parts)
UI_FEATURES = ("agenda", "register", "strategies", "sessions", "live")


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_nodes(path: Path, *, lazy: bool = True) -> Iterator[ast.Import | ast.ImportFrom]:
    """The imports of ``path``; without ``lazy``, only those run when it is imported
    (``TYPE_CHECKING`` blocks included), not those inside functions."""

    def walk(node: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Import | ast.ImportFrom):
                yield child
            elif lazy or not isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                yield from walk(child)

    yield from walk(ast.parse(path.read_text(encoding="utf-8")))


def imported(path: Path, *, lazy: bool = True) -> set[str]:
    """The modules ``path`` imports, relative imports resolved; ``from a import b``
    names both ``a`` and ``a.b`` (``b`` may be a module)."""
    names: set[str] = set()
    package = module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    for node in import_nodes(path, lazy=lazy):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
            continue
        base = node.module or ""
        if node.level:
            base = ".".join([*package[: len(package) - node.level + 1], *filter(None, [base])])
        names.add(base)
        names.update(f"{base}.{alias.name}" for alias in node.names)
    return names


def layer(path: Path) -> str:
    parts = path.relative_to(PACKAGE).parts
    return parts[0] if len(parts) > 1 else path.stem


def ui_package(path: Path) -> str | None:
    parts = path.relative_to(PACKAGE).parts
    return parts[1] if parts[0] == "ui" and len(parts) > 2 else None


def test_the_package_has_its_layers() -> None:
    assert {layer(p) for p in MODULES} >= {
        "domain",
        "storage",
        "services",
        "report",
        "ui",
        "demo",
    }
    assert {ui_package(p) for p in MODULES} >= {"shell", "kit", *UI_FEATURES}


@pytest.mark.parametrize("path", MODULES, ids=lambda p: str(p.relative_to(PACKAGE)))
def test_imports_point_down(path: Path) -> None:
    where = layer(path)
    names = imported(path)

    def uses(prefix: str) -> list[str]:
        return sorted(n for n in names if n == prefix or n.startswith(prefix + "."))

    if where not in ("ui", "app"):
        assert not uses("PySide6"), f"{where} imports Qt"
        assert not uses("gsmeet.ui"), f"{where} imports the UI"
    if where != "storage":
        assert not uses("sqlite3"), f"{where} speaks sqlite3 (storage's job)"
        assert not uses("psycopg"), f"{where} speaks to PostgreSQL (storage's job)"
    if where in ("ui", "report", "domain"):
        assert not uses("sqlalchemy"), f"{where} imports SQLAlchemy"
        assert not uses("gsmeet.storage"), f"{where} imports storage"
        assert not uses("alembic")
    if where == "domain":
        above = [n for n in names if n.startswith("gsmeet.") and not n.startswith("gsmeet.domain")]
        assert not above, f"domain imports {above}"
    if where == "storage":
        above = [n for n in uses("gsmeet") if layer_of(n) not in ("storage", "domain")]
        assert not above, f"storage imports {above}"
    if where in ("domain", "storage", "services", "report"):
        assert not uses("gsmeet.demo"), f"{where} imports the demo"
    if where == "report":
        assert not uses("gsmeet.services")
    if where == "demo":
        assert not uses("gsmeet.services"), "the demo writes through storage, not services"


def layer_of(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


@pytest.mark.parametrize(
    "path",
    [p for p in MODULES if ui_package(p) is not None],
    ids=lambda p: str(p.relative_to(PACKAGE)),
)
def test_ui_packages_point_down(path: Path) -> None:
    """The shell opens the features; every feature uses the kit; the kit is generic."""
    here = ui_package(path)
    others = {n.split(".")[2] for n in imported(path) if n.startswith("gsmeet.ui.")} - {here}
    if here == "kit":
        assert not others, f"the kit imports {sorted(others)}"
    elif here in UI_FEATURES:
        assert others <= {"kit"}, f"ui.{here} imports ui.{sorted(others - {'kit'})}"


def cycles_in(graph: dict[str, set[str]]) -> list[list[str]]:
    """Every cycle a depth-first walk of ``graph`` meets, each as the path round it."""
    cycles: list[list[str]] = []
    done: set[str] = set()

    def visit(name: str, trail: list[str]) -> None:
        if name in trail:
            cycles.append([*trail[trail.index(name) :], name])
            return
        if name in done:
            return
        for target in sorted(graph.get(name, ())):
            visit(target, [*trail, name])
        done.add(name)

    for name in sorted(graph):
        visit(name, [])
    return cycles


def test_no_import_cycles() -> None:
    """No module imports itself through others when it is loaded (imports inside
    functions run later and are not counted: they are how SQLAlchemy waits)."""
    modules = {module_name(p): p for p in MODULES}

    def resolve(name: str) -> str | None:
        while name and name not in modules:
            name = name.rpartition(".")[0]
        return name or None

    graph = {
        name: {m for n in imported(path, lazy=False) if (m := resolve(n)) not in (None, name)}
        for name, path in modules.items()
    }
    cycles = cycles_in(graph)
    assert not cycles, "import cycles: " + "; ".join(" -> ".join(c) for c in cycles)


def test_the_cycle_check_sees_cycles_and_skips_imports_in_functions() -> None:
    assert cycles_in({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c", "a"]]
    assert cycles_in({"a": {"b"}, "b": set(), "c": {"a", "b"}}) == []
    path = PACKAGE / "ui" / "kit" / "worker.py"  # opens the database inside a function
    assert {"gsmeet.services.store.open_for_window", "sys"} <= imported(path)
    assert not {"gsmeet.services.store.open_for_window", "sys"} & imported(path, lazy=False)


def test_the_window_layer_does_not_pull_in_sqlalchemy_at_import() -> None:
    """Start-up budget: SQLAlchemy loads after the window is painted, in the worker."""
    import subprocess
    import sys

    code = "import sys, gsmeet.app, gsmeet.cli; sys.exit(1 if 'sqlalchemy' in sys.modules else 0)"
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
