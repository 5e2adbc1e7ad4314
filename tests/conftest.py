"""Test set-up shared by the whole suite.

Qt must never look for a display unless a test asks for Xvfb, and no test may touch the
real home directory: every test gets its own data folder and its own Qt settings.
"""

from __future__ import annotations

import gc
import itertools
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from .pgcluster import Cluster, throwaway_cluster

if TYPE_CHECKING:
    from gsmeet.domain.locations import Location, Server

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")


@pytest.fixture(autouse=True, scope="session")
def no_automatic_cycle_collection() -> Iterator[None]:
    """As in the application (gsmeet/ui/kit/collector.py): CPython's automatic cycle
    collection could run in the database worker, or inside Qt's dispatch of an event,
    and destroy a widget of an earlier test from there (a segfault, seen once in a full
    run). Cycles are collected between tests instead (:func:`collect_cycles`)."""
    enabled = gc.isenabled()
    gc.disable()
    yield
    if enabled:
        gc.enable()


@pytest.fixture(autouse=True)
def collect_cycles(no_automatic_cycle_collection: None) -> Iterator[None]:
    """After each test (and after pytest-qt has closed its widgets), what CPython's
    thresholds say is due, on the main thread, with no Qt event being dispatched."""
    yield
    from gsmeet.ui.kit.collector import collect_if_due

    collect_if_due()


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private data folder for the test (gsmeet's default database and backups)."""
    folder = tmp_path / "data"
    monkeypatch.setenv("GSMEET_DATA_DIR", str(folder))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    return folder


@pytest.fixture(autouse=True)
def english_system(monkeypatch: pytest.MonkeyPatch) -> None:
    """The command line speaks the system's language: every test starts on an English
    one, whatever the machine is set to (a test sets Korean itself)."""
    for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")


@pytest.fixture(autouse=True)
def settings_dir(tmp_path: Path) -> Path:
    """A private folder for Qt's settings (window geometry, type scale, last folder).

    Qt reads ``XDG_CONFIG_HOME`` once, at the first QSettings of the process, so the
    environment above cannot move it; ``QSettings.setPath`` can, for every format and
    scope, and takes effect for each QSettings made afterwards."""
    from PySide6.QtCore import QSettings

    folder = tmp_path / "settings"
    folder.mkdir()
    formats = (QSettings.Format.NativeFormat, QSettings.Format.IniFormat)
    scopes = (QSettings.Scope.UserScope, QSettings.Scope.SystemScope)
    for settings_format in formats:
        for scope in scopes:
            QSettings.setPath(settings_format, scope, str(folder / scope.name))
    return folder


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo committee, built once per run; tests get copies of it."""
    from gsmeet.demo.build import build_demo
    from gsmeet.storage.db import open_store

    path = tmp_path_factory.mktemp("template") / "demo.db"
    store = open_store(path)
    try:
        build_demo(store)
        with store.engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        store.close()
    return path


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo database for one test."""
    target = tmp_path / "demo.db"
    shutil.copyfile(demo_template, target)
    return target


UNPREPARED = ("agenda_item", "attendance")  # what preparing 제3차 fills


@pytest.fixture
def bare_demo_db(demo_db: Path) -> Path:
    """The demo with its next session (제3차) planned but not yet prepared: no agenda,
    nobody invited (the demo comes prepared; tests of preparing start from this)."""
    import sqlite3

    connection = sqlite3.connect(demo_db)
    try:
        for table in UNPREPARED:
            connection.execute(f"DELETE FROM {table} WHERE meeting_id = 3")
        connection.commit()
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        connection.close()
    return demo_db


# --- both engines ---------------------------------------------------------------
# The service tests that touch storage run on a SQLite file and on a PostgreSQL database
# of a throwaway cluster the suite starts itself (tests/pgcluster.py), once per run.

ENGINES = ("sqlite", "postgresql")
# For a test of what only one engine has (a SQLite file's log, a server's roles).
sqlite_only = pytest.mark.parametrize("engine", ["sqlite"])
server_only = pytest.mark.parametrize("engine", ["postgresql"])


@pytest.fixture(scope="session")
def pg_cluster() -> Iterator[Cluster]:
    """A PostgreSQL cluster for this run: data and socket in a private folder, no TCP."""
    with throwaway_cluster() as cluster:
        yield cluster


@pytest.fixture(scope="session")
def pg_templates(pg_cluster: Cluster) -> dict[str, str]:
    """Databases every server test starts from, copied (``CREATE DATABASE … TEMPLATE``):
    ``empty`` migrated to this schema, ``demo`` holding the demo committee, ``bare``
    the demo with 제3차 not yet prepared (as :func:`bare_demo_db`)."""
    from gsmeet.demo.build import build_demo
    from gsmeet.domain.locations import parse_server
    from gsmeet.storage.server import open_server

    names = {"empty": "template_empty", "demo": "template_demo", "bare": "template_bare"}
    for kind in ("empty", "demo"):
        store = open_server(parse_server(pg_cluster.create_database(names[kind])))
        try:
            if kind == "demo":
                build_demo(store)
        finally:
            store.close()
    pg_cluster.create_database(names["bare"], names["demo"])  # the demo built once
    for table in UNPREPARED:
        pg_cluster.sql(f"DELETE FROM {table} WHERE meeting_id = 3", names["bare"])
    return names


_databases = itertools.count(1)


@pytest.fixture
def server_database(
    pg_cluster: Cluster, pg_templates: dict[str, str]
) -> Iterator[Callable[..., Server]]:
    """``server_database(kind)`` makes a database for this test: ``"empty"`` (migrated,
    no data; the default), ``"demo"``, or ``"blank"`` (no schema at all). Dropped after
    the test."""
    from gsmeet.domain.locations import parse_server

    made: list[str] = []

    def make(kind: str = "empty") -> Server:
        name = f"test_{next(_databases)}"
        template = None if kind == "blank" else pg_templates[kind]
        made.append(name)
        return parse_server(pg_cluster.create_database(name, template))

    yield make
    for name in made:
        pg_cluster.drop_database(name)


@pytest.fixture(params=ENGINES)
def engine(request: pytest.FixtureRequest) -> str:
    """Each engine in turn (tests that take it, directly or through a fixture, run twice)."""
    return str(request.param)


@pytest.fixture
def demo_location(engine: str, request: pytest.FixtureRequest) -> Location:
    """The demo committee, fresh for this test: a file, or a server database."""
    if engine == "sqlite":
        path: Path = request.getfixturevalue("demo_db")
        return path
    make: Callable[..., Server] = request.getfixturevalue("server_database")
    return make("demo")


@pytest.fixture
def demo_store(demo_location: Location) -> Iterator[Any]:
    """The demo committee open on each engine in turn."""
    from gsmeet.services.store import open_database

    store = open_database(demo_location)
    yield store
    store.close()


@pytest.fixture
def bare_demo_location(engine: str, request: pytest.FixtureRequest) -> Location:
    """:func:`bare_demo_db` on each engine in turn."""
    if engine == "sqlite":
        path: Path = request.getfixturevalue("bare_demo_db")
        return path
    make: Callable[..., Server] = request.getfixturevalue("server_database")
    return make("bare")


@pytest.fixture
def bare_demo_store(bare_demo_location: Location) -> Iterator[Any]:
    from gsmeet.services.store import open_database

    store = open_database(bare_demo_location)
    yield store
    store.close()


Ran = subprocess.CompletedProcess[str]
RunCli = Callable[..., Ran]


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 3 MB filesystem of its own (tests/smalldisk.py; skipped where none can be
    mounted), empty, unmounted after the test."""
    from .smalldisk import small_disk as mount

    with mount(tmp_path / "작은 디스크") as folder:
        yield folder


@pytest.fixture
def gsmeet(capsys: pytest.CaptureFixture[str]) -> RunCli:
    """``gsmeet ARGS`` run in this process (``cli.main``), its output captured: what a
    script sees, without a new interpreter importing SQLAlchemy and ReportLab again."""
    from gsmeet.cli import main

    def run(*args: str | Path) -> Ran:
        capsys.readouterr()  # what came before is not this command's
        argv = [str(a) for a in args]
        try:
            code = main(argv)
        except SystemExit as exit_:  # --help, --version, usage errors
            code = exit_.code if isinstance(exit_.code, int) else 1
        out, err = capsys.readouterr()
        return subprocess.CompletedProcess(argv, code, out, err)

    return run


def gsmeet_process(
    *args: str | Path, env: dict[str, str] | None = None, cwd: Path | None = None
) -> Ran:
    """``python -m gsmeet ARGS`` as a real process (for the few smoke tests of the
    entry point, exit statuses and what only a process shows)."""
    return subprocess.run(
        [sys.executable, "-m", "gsmeet", *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
        timeout=600,
    )


def assert_one_line_error(
    result: Ran, *needles: str, naming: Path | None = None, code: int = 1
) -> None:
    """The command failed with one line ``gsmeet: error: ...`` holding ``needles``,
    and naming the path ``naming`` exactly once; no traceback, nothing on stdout."""
    assert result.returncode == code, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr + result.stdout
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("gsmeet: error: "), lines[0]
    for needle in needles:
        assert needle in lines[0], lines[0]
    if naming is not None:
        assert lines[0].count(str(naming)) == 1, lines[0]
    assert result.stdout == ""
