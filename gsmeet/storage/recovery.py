"""Bringing a backup back, and keeping whatever it replaces.

A database file is never deleted or written over. Before a backup takes its place,
the file there is kept: as a verified backup when it is sound, otherwise renamed aside
byte for byte (``<name>.damaged-<time>``, with its -wal and -shm). A restore can be
undone by restoring what was kept.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

from gsmeet.domain.backups import BackupCheck, Kept, Restored
from gsmeet.domain.errors import DatabaseError, NotFoundError
from gsmeet.domain.files import reason as file_reason
from gsmeet.domain.messages import Message
from gsmeet.storage.backup import backup_database, check_backup, newest_verified_backup
from gsmeet.storage.lock import DatabaseLock
from gsmeet.storage.paths import create_private_file, sync_folder
from gsmeet.storage.probe import recover_if_interrupted
from gsmeet.storage.problems import sqlite_reason
from gsmeet.storage.schema import KNOWN_REVISIONS

COMPANIONS = ("-wal", "-shm", "-journal")
DAMAGED = ".damaged-"
RESTORING = ".restoring"


class RestoreFailed(DatabaseError):
    text = "{backup} did not restore cleanly"


class BackupUnusable(DatabaseError):
    text = "{backup} cannot be restored: it is not a sound gsmeet database ({problem})"


class BackupFromNewerGsmeet(DatabaseError):
    text = "{backup} was made by a newer gsmeet (schema {revision}); update gsmeet to restore it"


class NoSuchBackupFile(NotFoundError):
    text = "{backup}: no such file"


class MovedBack(Message):
    text = "the file moved aside, put back as it was"


class NothingToUndo(NotFoundError):
    text = "{database}: the restore kept nothing to put back"


class NoBackupToRestore(NotFoundError):
    text = "{database} has no verified backup to restore"


class CannotKeepCurrent(DatabaseError):
    text = "{database} was not replaced: keeping a copy of it first failed ({problem})"


def move_aside(database: Path) -> Path:
    """Rename ``database`` and its companions to ``<name>.damaged-<time>``; return it.

    The companions go first: a ``-wal`` must never be left beside a missing database
    (the next file made at that name would replay it)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = database.with_name(f"{database.name}{DAMAGED}{stamp}")
    for suffix in COMPANIONS:
        companion = Path(f"{database}{suffix}")
        if companion.exists():
            os.replace(companion, Path(f"{target}{suffix}"))
    os.replace(database, target)
    sync_folder(database.parent)
    return target


def restore(
    database: Path, source: Path | None = None, *, lock: DatabaseLock | None = None
) -> Restored:
    """Put ``source`` (default: the newest verified backup) in place of ``database``.

    The source is checked first (a damaged or newer-schema file is refused and nothing
    changes); the file at ``database`` is kept (:func:`keep_current`). Holds the
    database's single-instance lock throughout (``lock``: one the caller holds)."""
    with _locked(database, lock) as held:
        if source is None:
            newest = newest_verified_backup(database)
            if newest is None:
                raise NoBackupToRestore(database=database)
            source, check = newest.backup.path, newest.check
        else:
            if not source.is_file():
                raise NoSuchBackupFile(backup=source)
            check = check_backup(source)
        if not check.ok:
            raise BackupUnusable(backup=source, problem=check.problem)
        if check.revision not in KNOWN_REVISIONS:
            raise BackupFromNewerGsmeet(backup=source, revision=check.revision)
        staged = database.with_name(f".{database.name}{RESTORING}")
        try:
            with contextlib.suppress(FileNotFoundError):
                staged.unlink()
            create_private_file(staged)
            with source.open("rb") as reading, staged.open("r+b") as writing:
                shutil.copyfileobj(reading, writing)
                writing.flush()
                os.fsync(writing.fileno())
        except OSError as error:
            with contextlib.suppress(FileNotFoundError):
                staged.unlink()
            raise RestoreFailed(backup=source, detail=str(file_reason(error))) from None
        try:
            kept = swap_in(database, staged, lock=held, reason="before-restore")
        finally:
            with contextlib.suppress(FileNotFoundError):
                staged.unlink()
        return Restored(database, source, check, kept)


@contextlib.contextmanager
def _locked(database: Path, lock: DatabaseLock | None) -> Iterator[DatabaseLock]:
    """``lock`` when the caller holds one, else the database's, held for the block."""
    if lock is not None:
        yield lock
        return
    own = DatabaseLock(database)
    own.acquire()
    try:
        yield own
    finally:
        own.release()


def swap_in(
    database: Path, new: Path, *, lock: DatabaseLock | None = None, reason: str = "before-replace"
) -> Kept:
    """Rename the complete database file ``new`` over ``database``, keeping what is
    there first; under the database's lock (taken here unless ``lock`` is given)."""
    with _locked(database, lock):
        kept = keep_current(database, reason) if database.exists() else Kept()
        # A -wal left beside the new file would be replayed into it. The current file's
        # is empty now (checkpointed into the backup's source) or moved aside with it.
        for suffix in COMPANIONS:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(f"{database}{suffix}")
        os.replace(new, database)
        sync_folder(database.parent)
        return kept


def keep_current(database: Path, reason: str) -> Kept:
    """Keep the file about to be replaced: a sound gsmeet database as a verified backup
    (its write-ahead log first copied into it, so nothing lives only there), anything
    else renamed aside byte for byte. A sound file that cannot be backed up (the disk is
    full) is not replaced: :class:`CannotKeepCurrent`."""
    recover_if_interrupted(database)
    check = check_backup(database)
    if not check.ok:
        return Kept(moved_aside=move_aside(database))
    try:
        _checkpoint(database)
        return Kept(backup=backup_database(database, reason))
    except DatabaseError as error:
        raise CannotKeepCurrent(database=database, problem=error) from None
    except sqlite3.Error as error:
        problem = sqlite_reason(error, database.parent)
        raise CannotKeepCurrent(database=database, problem=problem) from None


def _checkpoint(database: Path) -> None:
    """Copy the write-ahead log into the file and empty it (the caller holds the lock,
    so no gsmeet writes meanwhile)."""
    connection = sqlite3.connect(database)
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    finally:
        connection.close()


def undo(restored: Restored, *, lock: DatabaseLock | None = None) -> Restored:
    """Put back the file ``restored`` replaced: restore the backup it was kept as, or
    rename the moved-aside file (and its companions) back. What is in place now is
    kept in turn, so an undo can itself be undone."""
    kept = restored.kept
    database = restored.database
    if kept.backup is not None:
        return restore(database, kept.backup.path, lock=lock)
    if kept.moved_aside is None:
        raise NothingToUndo(database=database)
    aside = kept.moved_aside
    with _locked(database, lock) as held:
        if not aside.exists():
            raise NoSuchBackupFile(backup=aside)
        staged = database.with_name(f".{database.name}{RESTORING}")
        for suffix in COMPANIONS:
            companion = Path(f"{aside}{suffix}")
            if companion.exists():
                os.replace(companion, Path(f"{staged}{suffix}"))
        os.replace(aside, staged)
        now_kept = swap_in(database, staged, lock=held, reason="before-undo")
        for suffix in COMPANIONS:  # the moved file's own journal goes back beside it
            companion = Path(f"{staged}{suffix}")
            if companion.exists():
                os.replace(companion, Path(f"{database}{suffix}"))
        return Restored(database, aside, BackupCheck(False, problem=MovedBack()), now_kept)
