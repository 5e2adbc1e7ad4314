"""Damaged files kept aside and backups brought back (row 5); one gsmeet per file
(row 8); risky folders (row 14)."""

from __future__ import annotations

import hashlib
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from gsmeet.domain.errors import CorruptDatabaseError, LockedError
from gsmeet.storage.backup import backup_database
from gsmeet.storage.db import open_store
from gsmeet.storage.paths import is_risky_location
from gsmeet.storage.recovery import move_aside, newest_good_backup, restore_backup


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_damaged_file_is_moved_aside_unchanged_and_backup_restored(demo_db: Path) -> None:
    backup_database(demo_db, "daily")
    data = bytearray(demo_db.read_bytes())
    data[:100] = bytes(100)
    demo_db.write_bytes(bytes(data))
    damaged_hash = sha256(demo_db)
    with pytest.raises(CorruptDatabaseError):
        open_store(demo_db)
    aside = move_aside(demo_db)
    assert sha256(aside) == damaged_hash and not demo_db.exists()
    backup = newest_good_backup(demo_db)
    assert backup is not None
    restore_backup(demo_db, backup)
    store = open_store(demo_db)
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM meeting").scalar() == 3
    store.close()


def test_a_damaged_backup_is_skipped(demo_db: Path) -> None:
    good = backup_database(demo_db, "a")
    bad = backup_database(demo_db, "b")
    bad.write_bytes(b"not a database at all" * 100)
    assert newest_good_backup(demo_db) == good


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
