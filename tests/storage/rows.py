"""Every row of every table of a database file, to compare a file before and after
something was done to it (an upgrade, a killed command)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from gsmeet.storage.fulltext import is_index_table

Rows = dict[str, dict[str, list[tuple[object, ...]]]]  # table → {"columns": …, "rows": …}


def read_rows(path: Path) -> dict[str, tuple[tuple[str, ...], list[tuple[object, ...]]]]:
    """table → (column names, rows ordered by rowid), read through a read-only URI.
    The search index's tables are left out: derived from the others (its own test
    compares it with them, tests/storage/test_fulltext.py)."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        tables = [
            row[0]
            for row in connection.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
            )
        ]
        found = {}
        for table in [t for t in tables if not is_index_table(t)]:
            columns = tuple(r[1] for r in connection.execute(f'PRAGMA table_info("{table}")'))
            rows = connection.execute(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall()
            found[table] = (columns, rows)
        return found
    finally:
        connection.close()


def compare_rows(
    before: dict[str, tuple[tuple[str, ...], list[tuple[object, ...]]]],
    after: dict[str, tuple[tuple[str, ...], list[tuple[object, ...]]]],
    *,
    skip: frozenset[str] = frozenset({"alembic_version"}),
) -> int:
    """Assert every row of ``before`` is in ``after`` with the same values in the
    columns both have; returns how many rows were compared."""
    compared = 0
    for table, (columns, rows) in before.items():
        if table in skip:
            continue
        assert table in after, f"table {table} is gone"
        new_columns, new_rows = after[table]
        # (when a row was last changed is the clock's, not the data's, and a new row's
        # uid is drawn at random: two runs of the same edit differ in them)
        common = [c for c in columns if c in new_columns and c not in ("changed_at", "uid")]
        old_at = [columns.index(c) for c in common]
        new_at = [new_columns.index(c) for c in common]
        old = [tuple(row[i] for i in old_at) for row in rows]
        new = [tuple(row[i] for i in new_at) for row in new_rows]
        assert new == old, f"table {table}: rows differ after the change"
        compared += len(rows)
    return compared
