"""Backups (reliability row 9): automatic, consistent, verified, thinned; a file under
a backup's name is always complete and verified, even when the disk fills mid-copy."""

from __future__ import annotations

import sqlite3
import stat
import subprocess
import sys
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from gsmeet.domain.backups import to_keep
from gsmeet.storage.backup import (
    BackupFailed,
    backup_database,
    backup_dir,
    backup_if_due,
    check_backup,
    list_backups,
    newest_verified_backup,
)
from gsmeet.storage.db import open_store
from gsmeet.storage.models import Person

from .rows import compare_rows, read_rows


def test_a_backup_is_a_verified_private_copy_with_every_row(demo_db: Path) -> None:
    made = backup_database(demo_db, "manual")
    assert made.path.parent == backup_dir(demo_db)
    assert stat.S_IMODE(made.path.stat().st_mode) == 0o600
    assert stat.S_IMODE(made.path.parent.stat().st_mode) == 0o700
    assert compare_rows(read_rows(demo_db), read_rows(made.path)) > 300
    check = check_backup(made.path)
    assert check.ok and check.count("meeting") == 3 and check.count("person") == 57
    assert list_backups(demo_db) == [made]
    assert [p.name for p in made.path.parent.iterdir()] == [made.path.name]  # no leftovers


def test_a_backup_taken_while_a_writer_commits_is_one_consistent_snapshot(tmp_path: Path) -> None:
    path = tmp_path / "busy.db"
    store = open_store(path)
    with store.session() as session:
        session.add(Person(name="시작"))
    done = threading.Event()

    def write() -> None:
        n = 0
        while not done.is_set():
            with store.session() as session:
                session.add_all(Person(name=f"위원{n}-{i}") for i in range(20))
            n += 1

    writer = threading.Thread(target=write)
    writer.start()
    try:
        made = [backup_database(path, f"busy{i}") for i in range(5)]
    finally:
        done.set()
        writer.join()
    store.close()
    for backup in made:
        check = check_backup(backup.path)
        assert check.ok
        assert (check.count("person") - 1) % 20 == 0  # whole transactions only


def test_backups_are_thinned_as_anki_does() -> None:
    now = datetime(2026, 12, 1, 12, 0)
    hourly = [now - timedelta(hours=h) for h in range(0, 24 * 200, 6)]
    kept = to_keep(hourly, now)
    recent = [t for t in hourly if now - t <= timedelta(days=2)]
    assert set(recent) <= kept  # every backup of the last two days
    days = [t.date() for t in kept if timedelta(days=2) < now - t <= timedelta(days=14)]
    assert len(days) == len(set(days)) >= 12  # one a day for two weeks
    months = [(t.year, t.month) for t in kept if now - t > timedelta(days=91)]
    assert len(months) == len(set(months))  # one a month beyond three months
    assert len(kept) < len(hourly) / 10
    assert max(hourly) in to_keep([max(hourly)], now + timedelta(days=3650))


def test_old_backups_are_removed_by_thinning_when_a_new_one_is_made(demo_db: Path) -> None:
    now = datetime(2026, 12, 1, 12, 0)
    for days in (40, 39, 38, 10, 9):
        backup_database(demo_db, "daily", now=now - timedelta(days=days))
    backup_database(demo_db, "daily", now=now)
    ages = sorted((now - b.taken_at).days for b in list_backups(demo_db))
    assert ages == [0, 9, 10, 38]  # 40 and 39 share 38's week


def test_a_daily_backup_is_made_at_most_once_a_day(demo_db: Path) -> None:
    now = datetime(2026, 12, 1, 9, 0)
    first = backup_if_due(demo_db, now=now)
    assert first is not None and first.reason == "daily"
    assert backup_if_due(demo_db, now=now + timedelta(hours=23)) is None
    assert backup_if_due(demo_db, now=now + timedelta(hours=25)) is not None


def test_an_empty_database_gets_no_daily_backup(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    open_store(path).close()
    assert backup_if_due(path) is None
    assert not backup_dir(path).exists()


def test_the_window_and_writers_back_up_on_open_when_due_and_on_close_after_changes(
    demo_db: Path,
) -> None:
    store = open_store(demo_db, exclusive=True, backups=True)
    assert [b.reason for b in list_backups(demo_db)] == ["daily"]
    store.close()  # nothing changed: no backup
    assert len(list_backups(demo_db)) == 1
    store = open_store(demo_db, exclusive=True, backups=True)
    with store.session() as session:
        session.add(Person(name="새 위원"))
    store.close()
    newest = list_backups(demo_db)[0]
    assert newest.reason == "on-close"
    assert check_backup(newest.path).count("person") == 58


FILL_DISK = """
import resource, sys
from pathlib import Path
resource.setrlimit(resource.RLIMIT_FSIZE, (int(sys.argv[2]), resource.RLIM_INFINITY))
from gsmeet.storage.backup import backup_database
backup_database(Path(sys.argv[1]), "manual")
"""


def test_a_full_disk_mid_backup_leaves_no_file_under_a_backup_name(demo_db: Path) -> None:
    """A file that cannot grow past 64 KB (as a disk that fills): the backup fails in one
    line and nothing that looks like a backup is left — never an empty or half file
    that a restore could pick (the old gsmeet left a 0-byte one that passed)."""
    result = subprocess.run(
        [sys.executable, "-c", FILL_DISK, str(demo_db), str(64 * 1024)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0 and BackupFailed.__name__ in result.stderr
    assert list_backups(demo_db) == []
    assert newest_verified_backup(demo_db) is None
    assert list(backup_dir(demo_db).iterdir()) == []


def test_a_backup_that_is_damaged_later_is_passed_over(demo_db: Path) -> None:
    good = backup_database(demo_db, "a", now=datetime(2026, 11, 30))
    bad = backup_database(demo_db, "b", now=datetime(2026, 12, 1))
    bad.path.write_bytes(b"not a database at all" * 100)
    found = newest_verified_backup(demo_db)
    assert found is not None and found.backup == good
    assert not check_backup(bad.path).ok


def test_an_empty_file_is_no_backup(demo_db: Path) -> None:
    made = backup_database(demo_db, "a")
    made.path.write_bytes(b"")
    assert not check_backup(made.path).ok  # quick_check alone says "ok" for it
    assert newest_verified_backup(demo_db) is None


def test_check_never_changes_the_backup(demo_db: Path) -> None:
    made = backup_database(demo_db, "a")
    before = made.path.read_bytes()
    check_backup(made.path)
    assert made.path.read_bytes() == before
    connection = sqlite3.connect(made.path)
    assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    connection.close()


@pytest.mark.parametrize("reason", ["before-0002", "on-close", "manual"])
def test_backup_names_carry_their_reason(demo_db: Path, reason: str) -> None:
    assert backup_database(demo_db, reason).reason == reason
