"""Upgrade from every released schema (reliability row 7): a real database of each
schema gsmeet has shipped (``golden/schema-<revision>-demo.db``, made by
``scripts/make_golden.py`` when the schema was current, never changed after) is upgraded
to today's schema with every row of every table compared, column by column."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from gsmeet.storage.backup import list_backups
from gsmeet.storage.check import check_database
from gsmeet.storage.db import open_store
from gsmeet.storage.probe import inspect_revision
from gsmeet.storage.schema import HEAD_REVISION, KNOWN_REVISIONS

from .rows import compare_rows, read_rows

GOLDEN = Path(__file__).parent / "golden"
GOLDENS = sorted(GOLDEN.glob("schema-*-demo.db"))

# A table a migration changes on purpose (rows split, merged, rewritten): name → why.
# Its rows are then compared by count only. Empty: every migration so far keeps rows.
CHANGED_ON_PURPOSE: dict[str, str] = {}


def revision_of(golden: Path) -> str:
    return golden.name.split("-")[1]


def test_every_released_schema_has_its_golden_database(tmp_path: Path) -> None:
    assert sorted(revision_of(g) for g in GOLDENS) == sorted(KNOWN_REVISIONS), (
        "a schema without its golden database: run scripts/make_golden.py"
    )
    for golden in GOLDENS:  # read from a copy: opened in place, -wal and -shm appear beside it
        copy = tmp_path / golden.name
        shutil.copyfile(golden, copy)
        assert inspect_revision(copy, verify=False) == revision_of(golden)


@pytest.mark.parametrize("golden", GOLDENS, ids=lambda p: p.stem)
def test_a_golden_database_upgrades_with_every_row_intact(golden: Path, tmp_path: Path) -> None:
    copy = tmp_path / golden.name
    shutil.copyfile(golden, copy)
    before = read_rows(copy)
    store = open_store(copy)
    store.close()
    after = read_rows(copy)
    assert inspect_revision(copy) == HEAD_REVISION
    skip = frozenset({"alembic_version", *CHANGED_ON_PURPOSE})
    compared = compare_rows(before, after, skip=skip)
    total = sum(len(rows) for table, (_, rows) in before.items() if table not in skip)
    assert compared == total > 0
    for table in CHANGED_ON_PURPOSE:
        assert len(after[table][1]) == len(before[table][1]), table
    report = check_database(copy)
    assert report.ok, report.problems
    connection = sqlite3.connect(copy)
    assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
    connection.close()
    if revision_of(golden) != HEAD_REVISION:  # a real migration ran: kept first
        (kept,) = list_backups(copy)
        assert compare_rows(before, read_rows(kept.path)) == total


def test_the_oldest_golden_database_goes_through_every_migration() -> None:
    """Not vacuous once a second schema exists: the oldest golden is then older than
    head, and the upgrade test above runs every migration on real rows."""
    oldest = revision_of(GOLDENS[0])
    assert oldest == KNOWN_REVISIONS[0]
    assert (oldest != HEAD_REVISION) == (len(KNOWN_REVISIONS) > 1)
