"""Killed while a schema is created or migrated (reliability row 18): the old state or
the new one, never a file that cannot be opened."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

from gsmeet.storage.check import check_database
from gsmeet.storage.db import open_store
from gsmeet.storage.fulltext import INDEX_TABLES
from gsmeet.storage.migrate import MigrationStatementRefused
from gsmeet.storage.models import Base
from gsmeet.storage.probe import inspect_revision
from gsmeet.storage.schema import HEAD_REVISION

from ..storage.rows import compare_rows, read_rows
from .battery import CHILD, done, sweep
from .injector import Run

# The models' tables, Alembic's stamp, and the search index's FTS5 tables (each with
# its shadow tables; external content, so no _content).
SCHEMA_TABLES = (
    {table.name for table in Base.metadata.sorted_tables}
    | {"alembic_version"}
    | {f"{i}{part}" for i in INDEX_TABLES for part in ("", "_data", "_idx", "_docsize", "_config")}
)


def tables(path: Path) -> set[str]:
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return {
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        }
    finally:
        connection.close()


def test_a_kill_at_any_sync_of_schema_creation_leaves_no_schema_or_all_of_it(
    tmp_path: Path,
) -> None:
    def prepare(folder: Path) -> list[str]:
        return [*CHILD, "create", str(folder / "new.db")]

    def verify(folder: Path, run: Run) -> int:
        path = folder / "new.db"
        if path.exists():
            assert inspect_revision(path) in (None, HEAD_REVISION)  # (as the next open)
            found = tables(path)
            assert found in (set(), SCHEMA_TABLES), f"half a schema: {sorted(found)}"
            if done(run):
                assert found == SCHEMA_TABLES
        else:
            assert "done" not in run.stdout.split()
        open_store(path).close()  # the next start finishes the job
        assert check_database(path).ok, check_database(path).problems
        return 0

    figures = sweep("schema creation", tmp_path, prepare, verify)
    assert figures.kills >= 3


def test_a_kill_at_any_step_of_a_migration_leaves_the_old_schema_or_the_new(
    demo_db: Path, tmp_path: Path
) -> None:
    """A migration that copies a table others refer to (SQLite's batch mode), killed
    at each of its syncs: the file is at the old revision with every row as it was, or
    at the new one with every row and the new column filled."""
    before = read_rows(demo_db)

    def prepare(folder: Path) -> list[str]:
        shutil.copyfile(demo_db, folder / "db.db")
        return [*CHILD, "migrate", str(folder / "db.db"), "9001"]

    def verify(folder: Path, run: Run) -> int:
        path = folder / "db.db"
        revision = inspect_revision(path)
        assert revision in (HEAD_REVISION, "9001"), revision
        if done(run):
            assert revision == "9001"
        after = read_rows(path)
        compared = compare_rows(before, after)
        columns, rows = after["person"]
        if revision == "9001":
            at = columns.index("test_copy"), columns.index("name")
            assert all(row[at[0]] == row[at[1]] for row in rows)
        else:
            assert "test_copy" not in columns
        connection = sqlite3.connect(path)
        try:
            assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
            assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        finally:
            connection.close()
        return compared

    figures = sweep("migration", tmp_path, prepare, verify)
    assert figures.kills >= 3 and figures.rows_compared > 0


def test_a_migration_that_commits_by_itself_is_refused_and_rolled_back(
    demo_db: Path,
) -> None:
    result = subprocess.run(
        [*CHILD, "migrate", str(demo_db), "9002"], capture_output=True, text=True, check=False
    )
    assert result.returncode != 0
    assert MigrationStatementRefused.__name__ in result.stderr
    assert inspect_revision(demo_db) == HEAD_REVISION  # 9001 rolled back with it
    assert "test_half" not in tables(demo_db) and "test_copy" not in str(read_rows(demo_db))


def test_schema_creation_is_one_transaction(tmp_path: Path) -> None:
    """The statement log of a first open: BEGIN, every CREATE, the stamp, COMMIT."""
    script = (
        "import sqlite3, sqlite3.dbapi2, sys\n"
        "from pathlib import Path\n"
        "log = []\n"
        "plain = sqlite3.connect\n"
        "def traced(*a, **k):\n"
        "    c = plain(*a, **k)\n"
        "    c.set_trace_callback(log.append)\n"
        "    return c\n"
        "sqlite3.connect = sqlite3.dbapi2.connect = traced\n"
        "from gsmeet.storage.migrate import upgrade\n"
        "upgrade(Path(sys.argv[1]))\n"
        "for s in log: print(s.split()[0].upper())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "t.db")],
        capture_output=True,
        text=True,
        check=True,
    )
    words = [w for w in result.stdout.split() if w in ("BEGIN", "COMMIT", "CREATE", "INSERT")]
    assert words[0] == "BEGIN" and words[-1] == "COMMIT"
    assert words.count("BEGIN") == 1 and words.count("COMMIT") == 1
    assert words.count("CREATE") >= len(SCHEMA_TABLES) - 1
