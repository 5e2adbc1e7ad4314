"""Backups as a user works with them: make one now, list them with what they hold,
restore one (and undo that), and what to offer for a database that will not open.

Backups work on files, not on an open database: the window hands over the lock it
holds (``lock``) so that a restore happens under the same single-instance lock."""

from __future__ import annotations

from pathlib import Path

from gsmeet.domain.backups import Backup, BackupCheck, Restored, VerifiedBackup
from gsmeet.domain.changes import AGENDA, MEMBERS, RECORD, SESSIONS, STRATEGIES
from gsmeet.services.changes import touches
from gsmeet.services.store import Database
from gsmeet.storage.backup import backup_database, check_backup, list_backups
from gsmeet.storage.backup import newest_verified_backup as newest
from gsmeet.storage.db import Store
from gsmeet.storage.lock import DatabaseLock
from gsmeet.storage.recovery import restore, undo


def backup_now(database: Path) -> VerifiedBackup:
    """A verified backup of ``database`` made now (works while the window has it open:
    the copy is one consistent snapshot)."""
    backup = backup_database(database, "manual")
    return VerifiedBackup(backup, check_backup(backup.path))


def backups_of(database: Path) -> list[tuple[Backup, BackupCheck]]:
    """Every backup of ``database``, newest first, each checked now."""
    return [(backup, check_backup(backup.path)) for backup in list_backups(database)]


def newest_verified_backup(database: Path) -> VerifiedBackup | None:
    return newest(database)


def restore_database(
    database: Path, source: Path | None = None, *, lock: DatabaseLock | None = None
) -> Restored:
    """Put ``source`` (default: the newest verified backup) in place of ``database``;
    what was there is kept (a backup, or moved aside when damaged)."""
    return restore(database, source, lock=lock)


def undo_restore(restored: Restored, *, lock: DatabaseLock | None = None) -> Restored:
    """Put back what ``restored`` replaced (the backup it was kept as, or the damaged
    file, byte for byte, from where it was moved aside)."""
    return undo(restored, lock=lock)


@touches(SESSIONS, AGENDA, RECORD, MEMBERS, STRATEGIES)
def restore_in_place(store: Database, source: Path | None = None) -> Restored:
    """For the window: restore ``source`` (default: the newest verified backup) over
    the database ``store`` has open, under the lock it holds; ``store`` goes on working,
    on the restored file (an older schema is first upgraded, backed up before)."""
    assert isinstance(store, Store)
    store.let_go()  # no connection may keep the file being replaced open
    restored = restore(store.path, source, lock=store.lock)
    store.bring_up_to_date()
    return restored


@touches(SESSIONS, AGENDA, RECORD, MEMBERS, STRATEGIES)
def undo_restore_in_place(store: Database, restored: Restored) -> Restored:
    """For the window: :func:`undo_restore` on the database ``store`` has open."""
    assert isinstance(store, Store)
    store.let_go()
    again = undo(restored, lock=store.lock)
    store.bring_up_to_date()
    return again
