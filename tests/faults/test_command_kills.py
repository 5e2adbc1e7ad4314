"""The fault battery over gsmeet's commands (reliability rows 1, 7, 9, 18): each is run as
a real process (``python -m gsmeet …``) and SIGKILLed at its Nth fsync, fdatasync or
rename — every one of them with ``scripts/fault_battery``, a spread of them in the suite.
(``gsmeet issue`` has its own battery, beside its flow: tests/faults/test_issue_kills.py.)
After each kill, as the next start would find it:

- ``gsmeet check`` passes on the database;
- nothing the command reported as done is missing;
- nothing half-written is visible: the database holds the old state or the new one,
  row for row; a file under an output's or a backup's name is complete and sound;
  the temporary files of the killed run are removed by the next start;
- what the command replaced (demo --force, restore) is kept: a verified backup holds
  every row it had, including one committed only to its write-ahead log.
"""

from __future__ import annotations

import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from gsmeet.storage.backup import backup_database, check_backup, list_backups
from gsmeet.storage.check import check_database
from gsmeet.storage.cleanup import remove_stale_files, stale_files
from gsmeet.storage.db import open_store
from gsmeet.storage.lock import DatabaseLock
from gsmeet.storage.probe import inspect_revision
from gsmeet.storage.schema import HEAD_REVISION

from ..storage.rows import compare_rows, read_rows
from .battery import done, soak, sweep
from .injector import Run

GSMEET = [sys.executable, "-m", "gsmeet"]
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
GOLDEN = Path(__file__).resolve().parents[1] / "storage" / "golden"
SHORT = 3  # kills per command in the suite (GSMEET_SOAK=1: every one)

Rows = dict[str, tuple[tuple[str, ...], list[tuple[object, ...]]]]


def same(a: Rows, b: Rows) -> bool:
    try:
        compare_rows(a, b)
        compare_rows(b, a)
    except AssertionError:
        return False
    return True


def sound(db: Path) -> None:
    """What anyone may rely on after a kill: check passes, every file under a backup's
    name verifies, and the next start clears the killed run's temporary files."""
    report = check_database(db)
    assert report.ok, report.problems
    for backup in list_backups(db):
        assert check_backup(backup.path).ok, backup.path
    lock = DatabaseLock(db)
    lock.acquire()
    try:
        remove_stale_files(db)
        assert stale_files(db) == []
    finally:
        lock.release()


def total(rows: Rows) -> int:
    return sum(len(r) for table, (_, r) in rows.items() if table != "alembic_version")


def test_import_killed_anywhere(demo_db: Path, tmp_path: Path) -> None:
    source = tmp_path / "export.json"
    subprocess.run([*GSMEET, "export", "--db", demo_db, "--out", source], check=True)
    expected = read_rows(demo_db)
    (tmp_path / "runs").mkdir()

    def prepare(folder: Path) -> list[str]:
        return [*GSMEET, "import", "--db", "new.db", str(source)]

    def verify(folder: Path, run: Run) -> int:
        new = folder / "new.db"
        if not new.exists():
            assert not done(run)
            leftovers = [p for p in folder.iterdir() if p.name.startswith(".new.db.")]
            lock = DatabaseLock(new)
            lock.acquire()
            remove_stale_files(new)
            lock.release()
            assert all(not p.exists() for p in leftovers)
            return 0
        sound(new)
        after = read_rows(new)
        assert same(expected, after), "an imported database is whole or absent"
        return total(after)

    figures = sweep("import", tmp_path / "runs", prepare, verify, short=SHORT)
    assert figures.kills >= 1


def test_roster_import_killed_anywhere(demo_db: Path, tmp_path: Path) -> None:
    before = read_rows(demo_db)
    clean: list[Rows] = []

    def prepare(folder: Path) -> list[str]:
        shutil.copyfile(demo_db, folder / "db.db")
        shutil.copyfile(FIXTURES / "roster" / "good.csv", folder / "roster.csv")
        return [*GSMEET, "roster", "import", "--db", "db.db", "--on", "2020-01-06", "roster.csv"]

    def verify(folder: Path, run: Run) -> int:
        db = folder / "db.db"
        sound(db)
        after = read_rows(db)
        if not clean:  # the clean run comes first: the state a finished import leaves
            assert not same(before, after), "the roster changed nothing"
            clean.append(after)
        if done(run):
            assert same(clean[0], after)
        assert same(before, after) or same(clean[0], after), "half an import"
        return total(after)

    figures = sweep("roster import", tmp_path, prepare, verify, short=SHORT)
    assert figures.kills >= 1


KILLED_AFTER_COMMIT = """
import os, signal, sqlite3, sys
connection = sqlite3.connect(sys.argv[1])
connection.execute("PRAGMA journal_mode=WAL")
columns = [r[1] for r in connection.execute("PRAGMA table_info(person)") if r[1] != "id"]
fresh = {"name": "'로그에만 있는 위원'", "uid": "lower(hex(randomblob(16)))"}  # (uid: unique)
copied = ", ".join(fresh.get(c, c) for c in columns)
connection.execute(f"INSERT INTO person ({', '.join(columns)}) SELECT {copied} FROM person"
                   " WHERE id = 1")
connection.commit()
os.kill(os.getpid(), signal.SIGKILL)  # the commit lives only in the -wal now
"""


def test_demo_force_killed_anywhere(demo_db: Path, tmp_path: Path) -> None:
    """``demo --force`` over a database whose last commit lives only in its -wal (the
    old gsmeet, killed between deleting that -wal and the rename, lost it)."""
    wal_only = "로그에만 있는 위원"

    def prepare(folder: Path) -> list[str]:
        db = folder / "db.db"
        shutil.copyfile(demo_db, db)
        killed = subprocess.run([sys.executable, "-c", KILLED_AFTER_COMMIT, str(db)], check=False)
        assert killed.returncode == -signal.SIGKILL
        assert Path(f"{db}-wal").stat().st_size > 0
        return [*GSMEET, "demo", "--db", "db.db", "--force"]

    def verify(folder: Path, run: Run) -> int:
        db = folder / "db.db"
        sound(db)
        names = {row[1] for row in read_rows(db)["person"][1]}
        kept = [b for b in list_backups(db) if b.reason == "before-replace"]
        kept_names = [{row[1] for row in read_rows(b.path)["person"][1]} for b in kept]
        if wal_only in names:  # the old file, as it was
            assert not done(run)
        else:  # the new demo, and the old file kept whole, its last commit included
            assert any(wal_only in n for n in kept_names), "the replaced file is lost"
        return len(names) + sum(len(n) for n in kept_names)

    figures = sweep("demo --force", tmp_path, prepare, verify, short=SHORT)
    assert figures.kills >= 1


def test_backup_killed_anywhere(demo_db: Path, tmp_path: Path) -> None:
    before = read_rows(demo_db)

    def prepare(folder: Path) -> list[str]:
        shutil.copyfile(demo_db, folder / "db.db")
        return [*GSMEET, "backup", "--db", "db.db"]

    def verify(folder: Path, run: Run) -> int:
        db = folder / "db.db"
        sound(db)
        assert same(before, read_rows(db))
        made = list_backups(db)
        if done(run):
            assert len(made) == 1
        compared = 0
        for backup in made:  # whatever bears a backup's name is the whole database
            compared += compare_rows(before, read_rows(backup.path))
        return compared

    figures = sweep("backup", tmp_path, prepare, verify, short=SHORT)
    assert figures.kills >= 1


def test_restore_killed_anywhere(demo_db: Path, tmp_path: Path) -> None:
    """Restoring the newest backup over a database changed since: the file is the
    changed one or the backup's, and the changed one is never lost (kept as a
    verified backup before it is replaced)."""
    template = tmp_path / "template"
    template.mkdir()
    db0 = template / "db.db"
    shutil.copyfile(demo_db, db0)
    backup_database(db0, "daily")
    backed_up = read_rows(db0)
    connection = sqlite3.connect(db0)
    connection.execute("UPDATE person SET name = '바뀐 뒤의 이름' WHERE id = 1")
    connection.commit()
    connection.close()
    changed = read_rows(db0)
    (tmp_path / "runs").mkdir()

    def prepare(folder: Path) -> list[str]:
        shutil.copytree(template, folder, dirs_exist_ok=True)
        return [*GSMEET, "restore", "--db", "db.db"]

    def verify(folder: Path, run: Run) -> int:
        db = folder / "db.db"
        sound(db)
        now = read_rows(db)
        kept = [read_rows(b.path) for b in list_backups(db) if b.reason == "before-restore"]
        if same(now, backed_up):
            assert any(same(k, changed) for k in kept), "the file it replaced is lost"
        else:
            assert same(now, changed) and not done(run)
        return total(now) + sum(total(k) for k in kept)

    figures = sweep("restore", tmp_path / "runs", prepare, verify, short=SHORT)
    assert figures.kills >= 1


def released() -> list[Path]:
    """The golden databases of older schemas: in the suite the oldest (its upgrade runs
    every migration), with ``scripts/fault_battery`` each."""
    older = [
        g for g in sorted(GOLDEN.glob("schema-*-demo.db")) if g.name.split("-")[1] != HEAD_REVISION
    ]
    return older if soak() else older[:1]


@pytest.mark.parametrize("golden", released(), ids=lambda p: p.stem)
def test_a_real_upgrade_killed_anywhere(golden: Path, tmp_path: Path) -> None:
    """A released schema's golden database opened by this gsmeet (backup, then every
    migration in one transaction), killed at each step: old schema with every row, or
    the new with every row; the next open finishes the job."""
    pristine = tmp_path / golden.name  # read from a copy: nothing made beside the golden
    shutil.copyfile(golden, pristine)
    before = read_rows(pristine)
    old = golden.name.split("-")[1]

    def prepare(folder: Path) -> list[str]:
        shutil.copyfile(golden, folder / "db.db")
        return [*GSMEET, "export", "--db", "db.db", "--out", "e.json"]  # upgrades first

    def verify(folder: Path, run: Run) -> int:
        db = folder / "db.db"
        assert inspect_revision(db) in (old, HEAD_REVISION)
        compared = compare_rows(before, read_rows(db))
        for backup in list_backups(db):
            assert check_backup(backup.path).ok
        open_store(db).close()  # the next start
        sound(db)
        return compared + compare_rows(before, read_rows(db))

    figures = sweep(f"upgrade {old}→{HEAD_REVISION}", tmp_path, prepare, verify, short=SHORT)
    assert figures.kills >= 1 and figures.rows_compared > 0
