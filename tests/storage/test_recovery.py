"""Damaged files kept aside and backups brought back (row 5); one gsmeet per file
(row 8); risky folders (row 14)."""

from __future__ import annotations

import hashlib
import shutil
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from gsmeet.domain.errors import DatabaseError, LockedError
from gsmeet.storage.backup import backup_database, check_backup
from gsmeet.storage.db import Store, open_store
from gsmeet.storage.models import Person
from gsmeet.storage.paths import is_risky_location
from gsmeet.storage.recovery import (
    BackupFromNewerGsmeet,
    BackupUnusable,
    NoBackupToRestore,
    NoSuchBackupFile,
    restore,
    undo,
)

from ..conftest import sqlite_only
from .rows import compare_rows, read_rows


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def damage(path: Path, how: str = "zeroed header") -> None:
    data = bytearray(path.read_bytes())
    if how == "zeroed header":
        data[:100] = bytes(100)
    elif how == "garbage page":
        data[4096 * 3 : 4096 * 4] = bytes(range(256)) * 16
    else:
        data = data[: len(data) // 2]
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("how", ["zeroed header", "garbage page", "truncated"])
def test_a_damaged_file_is_detected_moved_aside_unchanged_and_the_backup_restored(
    demo_db: Path, how: str
) -> None:
    made = backup_database(demo_db, "daily")
    damage(demo_db, how)
    damaged_hash = sha256(demo_db)
    with pytest.raises(DatabaseError):
        open_store(demo_db)
    assert sha256(demo_db) == damaged_hash  # detecting it moved nothing
    restored = restore(demo_db)
    assert restored.source == made.path and restored.check.count("meeting") == 3
    aside = restored.kept.moved_aside
    assert aside is not None and aside.name.startswith("demo.db.damaged-")
    assert sha256(aside) == damaged_hash
    assert compare_rows(read_rows(made.path), read_rows(demo_db)) > 300
    open_store(demo_db).close()


@sqlite_only
def test_restoring_over_a_sound_file_keeps_it_as_a_verified_backup_and_is_undoable(
    demo_store: Store, demo_db: Path
) -> None:
    first = backup_database(demo_db, "daily")
    with demo_store.session() as session:  # a change that lives only in the -wal
        session.add(Person(name="복원 전 위원"))
    before = read_rows(demo_db)
    demo_store.close()
    restored = restore(demo_db, first.path)
    assert restored.kept.backup is not None and restored.kept.backup.reason == "before-restore"
    assert check_backup(demo_db).count("person") == 57
    assert check_backup(restored.kept.backup.path).count("person") == 58
    undone = undo(restored)
    assert compare_rows(before, read_rows(demo_db)) == sum(
        len(rows) for table, (_, rows) in before.items() if table != "alembic_version"
    )
    assert undone.kept.backup is not None  # the undo kept what it replaced too


def test_undoing_the_restore_of_a_damaged_file_puts_it_back_byte_for_byte(
    demo_db: Path,
) -> None:
    backup_database(demo_db, "daily")
    damage(demo_db)
    damaged_hash = sha256(demo_db)
    restored = restore(demo_db)
    undo(restored)
    assert sha256(demo_db) == damaged_hash


def test_a_damaged_or_newer_backup_is_refused_and_nothing_changes(
    demo_db: Path, tmp_path: Path
) -> None:
    before = sha256(demo_db)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"SQLite format 3\x00" + bytes(5000))
    with pytest.raises(BackupUnusable):
        restore(demo_db, junk)
    newer = backup_database(demo_db, "x").path
    connection = sqlite3.connect(newer)
    connection.execute("UPDATE alembic_version SET version_num = '9999'")
    connection.commit()
    connection.close()
    with pytest.raises(BackupFromNewerGsmeet):
        restore(demo_db, newer)
    with pytest.raises(NoSuchBackupFile):
        restore(demo_db, tmp_path / "missing.db")
    assert sha256(demo_db) == before
    assert not list(demo_db.parent.glob(".demo.db.*"))


def test_restore_is_refused_while_another_gsmeet_holds_the_database(demo_db: Path) -> None:
    made = backup_database(demo_db, "daily")
    before = sha256(demo_db)
    store = open_store(demo_db, exclusive=True)
    try:
        with pytest.raises(LockedError):
            restore(demo_db, made.path)
    finally:
        store.close()
    assert sha256(demo_db) == before


def test_with_no_backup_there_is_nothing_to_restore(demo_db: Path) -> None:
    with pytest.raises(NoBackupToRestore):
        restore(demo_db)


def test_a_full_disk_while_keeping_the_current_file_replaces_nothing(
    demo_db: Path, tmp_path: Path
) -> None:
    """The old gsmeet, on ENOSPC while backing up before ``demo --force``, called the
    healthy file damaged and moved it aside; now the replacement is refused."""
    new = demo_db.with_name(".demo.db.x.building")
    shutil.copyfile(demo_db, new)
    before = sha256(demo_db)
    result = subprocess.run(
        [sys.executable, "-c", KEEP_ON_FULL_DISK, str(demo_db), str(new)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0 and "CannotKeepCurrent" in result.stderr, result.stderr
    assert sha256(demo_db) == before
    assert not list(demo_db.parent.glob("demo.db.damaged-*"))


KEEP_ON_FULL_DISK = """
import resource, sys
from pathlib import Path
from gsmeet.storage.recovery import swap_in
resource.setrlimit(resource.RLIMIT_FSIZE, (64 * 1024, resource.RLIM_INFINITY))
swap_in(Path(sys.argv[1]), Path(sys.argv[2]))
"""


HOLDER = """
import sys, time
from pathlib import Path
from gsmeet.storage.db import open_store
store = open_store(Path(sys.argv[1]), exclusive=True)
print("holding", flush=True)
time.sleep(60)
"""


def test_second_instance_is_refused_and_a_dead_holders_lock_is_reclaimed(demo_db: Path) -> None:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(demo_db)], stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        with pytest.raises(LockedError, match=f"process {holder.pid}"):
            open_store(demo_db, exclusive=True)
    finally:
        holder.send_signal(signal.SIGKILL)
        holder.wait()
        assert holder.stdout is not None
        holder.stdout.close()
    store = open_store(demo_db, exclusive=True)  # the crash left the lock file behind
    store.close()


@pytest.mark.parametrize(
    ("path", "risky"),
    [
        ("/home/간사/문서/gsmeet.db", False),
        ("/home/user/Dropbox/gsmeet.db", True),
        ("/home/user/OneDrive - 경산시/gsmeet.db", True),
        ("//server/share/gsmeet.db", True),
        ("/mnt/office/gsmeet.db", True),
        ("/mnt/usb/gsmeet.db", False),
    ],
)
def test_network_shares_and_sync_folders_are_recognised(path: str, risky: bool) -> None:
    mounts = (
        "/dev/vda / ext4 rw 0 0\n"
        "//nas/office /mnt/office cifs rw 0 0\n"
        "/dev/sdb1 /mnt/usb vfat rw 0 0\n"
    )
    assert is_risky_location(Path(path), mounts) is risky
