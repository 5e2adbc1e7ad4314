"""What to do with a database that cannot be opened: keep it, and bring back a backup.

A damaged file is never deleted or written over: it is renamed aside, byte for byte,
together with its -wal and -shm companions, and the newest backup that verifies is
copied into its place.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

from gsmeet.domain.errors import DatabaseError
from gsmeet.storage.backup import backup_database, list_backups
from gsmeet.storage.probe import read_only


class RestoreFailed(DatabaseError):
    text = "{backup} did not restore cleanly"


def move_aside(database: Path) -> Path:
    """Rename ``database`` (and its -wal/-shm) to ``<name>.damaged-<time>``; return it."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = database.with_name(f"{database.name}.damaged-{stamp}")
    os.replace(database, target)
    for suffix in ("-wal", "-shm"):
        companion = Path(f"{database}{suffix}")
        if companion.exists():
            os.replace(companion, Path(f"{target}{suffix}"))
    return target


def newest_good_backup(database: Path) -> Path | None:
    for candidate in list_backups(database):
        try:
            connection = read_only(candidate)
            try:
                if connection.execute("PRAGMA quick_check").fetchone()[0] == "ok":
                    return candidate
            finally:
                connection.close()
        except sqlite3.DatabaseError:
            continue
    return None


def restore_backup(database: Path, backup: Path) -> None:
    """Put ``backup`` in place of ``database``; whatever is there is kept aside first."""
    if database.exists():
        if _opens(database):
            backup_database(database, "before-restore")
        else:
            move_aside(database)
    temporary = database.with_name(f".{database.name}.restoring")
    shutil.copyfile(backup, temporary)
    os.chmod(temporary, 0o600)
    for suffix in ("-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    os.replace(temporary, database)
    if not _opens(database):
        raise RestoreFailed(backup=backup)


def _opens(database: Path) -> bool:
    try:
        connection = read_only(database)
        try:
            return bool(connection.execute("PRAGMA quick_check").fetchone()[0] == "ok")
        finally:
            connection.close()
    except sqlite3.DatabaseError:
        return False
