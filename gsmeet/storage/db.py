"""Opening a database file: checks, backup, migration, then an engine for the app."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from gsmeet.domain.errors import CorruptDatabaseError, DatabaseError, NewerSchemaError
from gsmeet.storage.backup import backup_database
from gsmeet.storage.engine import raw_execute, sqlite_engine
from gsmeet.storage.lock import DatabaseLock
from gsmeet.storage.migrate import upgrade
from gsmeet.storage.paths import create_private_file, make_private_dir
from gsmeet.storage.probe import inspect_revision
from gsmeet.storage.schema import HEAD_REVISION, KNOWN_REVISIONS


class Store:
    """An open gsmeet database. Services get one and open short sessions on it."""

    def __init__(self, path: Path, engine: Engine, lock: DatabaseLock | None = None) -> None:
        self.path = path
        self.engine = engine
        self._lock = lock
        self._sessions = sessionmaker(engine, expire_on_commit=False)

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on error.

        SQLite's I/O failures (disk full, file made read-only, locked by another
        program) come out as a one-line :class:`DatabaseError`; the transaction is
        rolled back, so nothing is half-written and the same work can be retried."""
        try:
            with self._sessions.begin() as session:
                yield session
        except OperationalError as error:
            raise _explain(self.path, error) from error

    def checkpoint(self, *, truncate: bool = False) -> None:
        """Copy the write-ahead log into the database file now. PASSIVE (the default)
        never waits for, nor blocks, a reader or a writer; ``truncate`` copies all of
        it and empties the log (for a file about to be moved)."""
        mode = "TRUNCATE" if truncate else "PASSIVE"
        raw_execute(self.engine, f"PRAGMA wal_checkpoint({mode})")

    def close(self) -> None:
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()


class DatabaseDiskFull(DatabaseError):
    text = "{path}: the disk is full; free some space and try again"


class DatabaseReadOnly(DatabaseError):
    text = "{path}: the file is read-only; nothing was saved"


class DatabaseBusy(DatabaseError):
    text = "{path}: the file is busy in another program; try again"


class DatabaseDiskError(DatabaseError):
    text = "{path}: the disk reported an error; nothing was saved"


class DatabaseRefused(DatabaseError):
    text = "{path}: the database refused the change; nothing was saved"


class DatabaseMalformed(CorruptDatabaseError):
    text = "{path} is damaged; nothing was saved"


class SchemaIsNewer(NewerSchemaError):
    text = "{path} was written by a newer gsmeet (schema {revision}); update gsmeet to open it"


class DatabaseNotWritable(DatabaseError):
    text = "{path} is read-only; gsmeet needs to write to it and its folder"


class NeedsUpgrade(DatabaseError):
    text = "{path} needs an upgrade to schema {head}"


_SQLITE_PROBLEMS: tuple[tuple[str, type[DatabaseError]], ...] = (
    ("disk is full", DatabaseDiskFull),
    ("readonly", DatabaseReadOnly),
    ("locked", DatabaseBusy),
    ("disk i/o error", DatabaseDiskError),
    ("malformed", DatabaseMalformed),
)


def _explain(path: Path, error: OperationalError) -> DatabaseError:
    """The message for what SQLite said (its own text is kept, unshown, as ``detail``)."""
    text = str(error.orig)
    for needle, problem in _SQLITE_PROBLEMS:
        if needle in text.lower():
            return problem(path=path, detail=text)
    return DatabaseRefused(path=path, detail=text)


def open_store(path: Path, *, migrate: bool = True, exclusive: bool = False) -> Store:
    """Open (creating if missing) the database at ``path``, migrated to this version.

    A database stamped by a newer gsmeet, a corrupt file or a read-only one raises a
    :class:`DatabaseError` and is left byte-for-byte as it was. Before a migration the
    file is backed up. ``exclusive`` (the application) takes the single-instance lock
    first and raises :class:`LockedError` while another gsmeet holds it.
    """
    path = Path(path)
    lock = None
    if exclusive:
        make_private_dir(path.parent)
        lock = DatabaseLock(path)
        lock.acquire()
    try:
        return _open(path, migrate, lock)
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def _open(path: Path, migrate: bool, lock: DatabaseLock | None) -> Store:
    revision = inspect_revision(path)
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise SchemaIsNewer(path=path, revision=revision)
    if not path.exists():
        make_private_dir(path.parent)
        create_private_file(path)
    elif not _writable(path):
        raise DatabaseNotWritable(path=path)
    if revision != HEAD_REVISION:
        if not migrate:
            raise NeedsUpgrade(path=path, head=HEAD_REVISION)
        if revision is not None:
            backup_database(path, f"before-{HEAD_REVISION}")
        upgrade(path)
    return Store(path, sqlite_engine(path), lock)


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
