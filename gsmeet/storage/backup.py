"""Consistent, verified, thinned copies of a database (SQLite's online backup API).

A backup is written under a temporary name (``.<name>.partial``) in the database's
backup folder (``<stem>-backups`` beside it), checked — ``integrity_check``, the row
count of every table equal to the database's at the moment of the copy, a schema
stamp — flushed to disk, and only then renamed to its final name. So a file with a
backup's name is always complete and verified: a full disk or a kill mid-copy leaves
at most a ``.partial`` file, which the next start removes
(:func:`gsmeet.storage.cleanup.remove_stale_files`).
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

from gsmeet.domain.backups import Backup, BackupCheck, VerifiedBackup, to_keep
from gsmeet.domain.errors import DatabaseError
from gsmeet.domain.files import reason as file_reason
from gsmeet.storage.fulltext import is_index_table
from gsmeet.storage.paths import create_private_file, make_private_dir, sync_folder
from gsmeet.storage.probe import read_only
from gsmeet.storage.problems import FileDamaged, NoGsmeetSchema, sqlite_reason

DAILY = timedelta(days=1)
PARTIAL_SUFFIX = ".partial"
_STAMP = "%Y%m%d-%H%M%S-%f"
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6}-\d{6})-(?P<reason>[A-Za-z0-9_-]+)\.db$")


class BackupDidNotVerify(DatabaseError):
    text = "The backup of {database} did not verify"


class BackupFailed(DatabaseError):
    text = "{database} could not be backed up: {reason}"


def backup_dir(database: Path) -> Path:
    return database.parent / f"{database.stem}-backups"


def backup_database(database: Path, reason: str, *, now: datetime | None = None) -> Backup:
    """Copy ``database`` into its backup folder, verify the copy, then thin the folder.

    The copy is taken with the backup API inside one read transaction, so it is
    consistent even while another connection writes. Raises :class:`BackupFailed`
    (the disk is full, the folder cannot be written) or :class:`BackupDidNotVerify`;
    then no file with a backup's name was made."""
    moment = now or datetime.now()
    folder = backup_dir(database)
    final = folder / f"{database.stem}-{moment.strftime(_STAMP)}-{reason}.db"
    partial = folder / f".{final.name}{PARTIAL_SUFFIX}"
    try:
        make_private_dir(folder)
        create_private_file(partial)
    except OSError as error:
        raise BackupFailed(database=database, reason=file_reason(error)) from None
    try:
        expected = _copy(database, partial)
        check = check_backup(partial)
        if not check.ok or dict(check.rows) != expected:
            raise BackupDidNotVerify(database=database, detail=str(check.problem or "row counts"))
        _sync(partial)
        os.replace(partial, final)
        sync_folder(folder)
    except sqlite3.Error as error:
        raise BackupFailed(database=database, reason=sqlite_reason(error, folder)) from None
    except OSError as error:
        raise BackupFailed(database=database, reason=file_reason(error)) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()
        with contextlib.suppress(FileNotFoundError):
            Path(f"{partial}-journal").unlink()
    thin_backups(database, moment)
    return _describe(final)


def _copy(database: Path, target: Path) -> dict[str, int]:
    """Copy ``database`` into ``target``; the row counts the copy must have."""
    source = read_only(database)
    source.isolation_level = None
    dest = sqlite3.connect(target)
    try:
        source.execute("BEGIN")  # one snapshot for the counts and the copy
        expected = row_counts(source)
        source.backup(dest)
        source.execute("COMMIT")
        dest.execute("PRAGMA journal_mode=DELETE")  # a single self-contained file
        return expected
    finally:
        dest.close()
        source.close()


def row_counts(connection: sqlite3.Connection) -> dict[str, int]:
    tables = [
        row[0]
        for row in connection.execute(
            "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
        )
    ]
    return {t: int(connection.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]) for t in tables}


def check_backup(path: Path) -> BackupCheck:
    """Whether ``path`` is a sound gsmeet database: SQLite's ``integrity_check``, a
    schema stamp, and its rows counted. Never changes the file."""
    try:
        connection = read_only(path)
    except sqlite3.Error as error:
        return BackupCheck(False, problem=sqlite_reason(error, path.parent))
    try:
        verdict = connection.execute("PRAGMA integrity_check").fetchone()[0]
        if verdict != "ok":
            return BackupCheck(False, problem=FileDamaged(detail=str(verdict)))
        rows = row_counts(connection)
        if "alembic_version" not in rows:
            return BackupCheck(False, rows, problem=NoGsmeetSchema())
        stamp = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return BackupCheck(True, rows, None if stamp is None else str(stamp[0]))
    except sqlite3.DatabaseError as error:
        return BackupCheck(False, problem=sqlite_reason(error, path.parent))
    finally:
        connection.close()


def list_backups(database: Path) -> list[Backup]:
    """Backups of ``database``, newest first (files under a backup's name only: a
    ``.partial`` left by an interrupted backup is not one)."""
    folder = backup_dir(database)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match and match["stem"] == database.stem and path.is_file():
            found.append(_describe(path))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def newest_verified_backup(database: Path) -> VerifiedBackup | None:
    """The newest backup of ``database`` that checks out now (a backup damaged since
    it was taken is passed over)."""
    for backup in list_backups(database):
        check = check_backup(backup.path)
        if check.ok:
            return VerifiedBackup(backup, check)
    return None


def backup_if_due(database: Path, *, now: datetime | None = None) -> Backup | None:
    """A daily backup: made when the newest is older than a day and the database holds
    any data; else None."""
    moment = now or datetime.now()
    newest = list_backups(database)
    if newest and moment - newest[0].taken_at < DAILY:
        return None
    if not _holds_data(database):
        return None
    return backup_database(database, "daily", now=moment)


def thin_backups(database: Path, now: datetime) -> list[Path]:
    """Remove the backups thinning does not keep (:func:`gsmeet.domain.backups.to_keep`)."""
    backups = list_backups(database)
    keep = to_keep((b.taken_at for b in backups), now)
    removed = []
    for backup in backups:
        if backup.taken_at not in keep:
            with contextlib.suppress(OSError):
                backup.path.unlink()
                removed.append(backup.path)
    return removed


def _holds_data(database: Path) -> bool:
    try:
        connection = read_only(database)
    except sqlite3.Error:
        return False
    try:
        counts = row_counts(connection)
    except sqlite3.DatabaseError:
        return False
    finally:
        connection.close()
    # The schema stamp and the search index's settings are there in an empty database.
    return any(
        n for table, n in counts.items() if table != "alembic_version" and not is_index_table(table)
    )


def _describe(path: Path) -> Backup:
    match = _NAME.match(path.name)
    assert match is not None
    taken = datetime.strptime(match["stamp"], _STAMP)
    return Backup(path, taken, match["reason"], path.stat().st_size)


def _sync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
