"""Opening a database file: checks, backup, migration, then an engine for the app."""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, event
from sqlalchemy.exc import OperationalError

from gsmeet.domain.errors import (
    CorruptDatabaseError,
    DatabaseError,
    NewerSchemaError,
    NotFoundError,
)
from gsmeet.domain.files import DiskFailed, DiskFull, FileBusy, ReadOnlyDisk
from gsmeet.domain.files import reason as file_reason
from gsmeet.domain.messages import Message
from gsmeet.storage.backup import backup_database, backup_if_due
from gsmeet.storage.engine import Purpose, raw_execute, sqlite_engine
from gsmeet.storage.lock import DatabaseLock
from gsmeet.storage.migrate import upgrade
from gsmeet.storage.opening import Opening
from gsmeet.storage.paths import create_private_file, make_private_dir
from gsmeet.storage.probe import inspect_revision, read_only
from gsmeet.storage.problems import FileDamaged, sqlite_reason
from gsmeet.storage.schema import HEAD_REVISION, KNOWN_REVISIONS

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker


class Store:
    """An open gsmeet database. Services get one and open short sessions on it.

    ``read_only``: opened by :func:`open_reader`; SQLite refuses every write. With
    ``backups`` (the window, the commands that write) a verified backup is made when
    the store closes after any change (:mod:`gsmeet.storage.backup`);
    :attr:`backup_problem` says why the last automatic backup failed, if it did."""

    def __init__(
        self,
        path: Path,
        engine: Engine,
        lock: DatabaseLock | None = None,
        *,
        read_only: bool = False,
        backups: bool = False,
        owns_lock: bool = True,
        scratch: Path | None = None,
    ) -> None:
        self.path = path
        self._scratch = scratch  # a folder of this store's own, removed on close
        self.engine = engine
        self.read_only = read_only
        self.backup_problem: DatabaseError | None = None
        self.changed = False
        self._lock = lock
        self._owns_lock = owns_lock
        self._backups = backups
        self._sessions: sessionmaker[Session] | None = None  # made by the first session
        if backups:
            event.listen(engine, "after_cursor_execute", self._note_change)

    def _note_change(self, _conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if not self.changed and statement.lstrip()[:6].upper() in _WRITES:
            self.changed = True

    @property
    def location(self) -> Path:
        """The database file (what :class:`~gsmeet.services.store.Database` names)."""
        return self.path

    @property
    def lock(self) -> DatabaseLock | None:
        """The single-instance lock this store holds (None: it holds none)."""
        return self._lock

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on error.

        SQLite's I/O failures (disk full, file made read-only, locked by another
        program) come out as a one-line :class:`DatabaseError`; the transaction is
        rolled back, so nothing is half-written and the same work can be retried."""
        with explained(self.path), self._session_maker().begin() as session:
            yield session

    def _session_maker(self) -> sessionmaker[Session]:
        """The ORM's sessions, set up when the first one is wanted: opening the store
        and reading its session list (:meth:`connection`) need no mapped class, so the
        window is ready for use before SQLAlchemy's ORM has loaded."""
        if self._sessions is None:
            from sqlalchemy.orm import sessionmaker

            from gsmeet.storage import versions
            from gsmeet.storage.guard import check_lengths

            self._sessions = sessionmaker(self.engine, expire_on_commit=False)
            if not self.read_only:
                event.listen(self._sessions, "before_flush", check_lengths)
            versions.install()
        return self._sessions

    @contextmanager
    def connection(self) -> Iterator[Connection]:
        """A plain (Core) connection in one transaction, committed when the block ends:
        for the reads that need no mapped class (:mod:`gsmeet.storage.listing`)."""
        with explained(self.path), self.engine.begin() as connection:
            yield connection

    def checkpoint(self, *, truncate: bool = False) -> None:
        """Copy the write-ahead log into the database file now. PASSIVE (the default)
        never waits for, nor blocks, a reader or a writer; ``truncate`` copies all of
        it and empties the log (for a file about to be moved)."""
        if self.read_only:
            return
        mode = "TRUNCATE" if truncate else "PASSIVE"
        with explained(self.path):
            raw_execute(self.engine, f"PRAGMA wal_checkpoint({mode})")

    def let_go(self) -> None:
        """Close every pooled connection (the store stays usable: the next session
        connects again), so that the file can be replaced under this store."""
        self.engine.dispose()
        self.changed = False

    def bring_up_to_date(self) -> None:
        """After the file was replaced: upgrade it if it is of an older schema (backed
        up first), as opening it would."""
        revision = inspect_revision(self.path)
        if revision is not None and revision not in KNOWN_REVISIONS:
            raise SchemaIsNewer(path=self.path, revision=revision)
        if revision != HEAD_REVISION:
            self.let_go()
            if revision is not None:
                backup_database(self.path, f"before-{HEAD_REVISION}")
            with explained(self.path):
                upgrade(self.path)

    def close(self) -> None:
        """Close; first back up the file when it changed (and backups are on). A lock
        handed over by the caller (``open_store(lock=…)``) stays the caller's."""
        if self._backups and self.changed:
            self.changed = False
            try:
                backup_database(self.path, "on-close")
            except DatabaseError as error:
                self.backup_problem = error
        self.engine.dispose()
        if self._lock is not None and self._owns_lock:
            self._lock.release()
        if self._scratch is not None:
            shutil.rmtree(self._scratch, ignore_errors=True)
            self._scratch = None


_WRITES = frozenset({"INSERT", "UPDATE", "DELETE", "REPLAC"})


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


class DatabaseCannotOpen(DatabaseError):
    text = "{path} cannot be opened ({reason})"


class NeedsUpgrade(DatabaseError):
    text = "{path} needs an upgrade to schema {head}"


class DatabaseNotFound(NotFoundError):
    text = "{path}: no such database"


_PROBLEMS: dict[type[Message], type[DatabaseError]] = {
    DiskFull: DatabaseDiskFull,
    ReadOnlyDisk: DatabaseReadOnly,
    FileBusy: DatabaseBusy,
    DiskFailed: DatabaseDiskError,
    FileDamaged: DatabaseMalformed,
}


@contextmanager
def explained(path: Path, *, opening: bool = False) -> Iterator[None]:
    """SQLite's I/O failures (disk full, file made read-only, locked by another program)
    as a one-line :class:`DatabaseError` naming ``path`` (SQLite's own text is kept,
    unshown, as ``detail``); while ``opening``, the system's refusals too."""
    try:
        yield
    except (OperationalError, sqlite3.OperationalError) as error:
        reason = sqlite_reason(error, path.parent)
        problem = _PROBLEMS.get(type(reason), DatabaseRefused)
        raise problem(path=path, detail=reason.fields.get("detail")) from error
    except OSError as error:
        if not opening:
            raise
        if isinstance(file_reason(error), DiskFull):
            raise DatabaseDiskFull(path=path, detail=error.strerror) from error
        raise DatabaseCannotOpen(path=path, reason=file_reason(error)) from error


def open_store(
    path: Path,
    *,
    migrate: bool = True,
    exclusive: bool = False,
    lock: DatabaseLock | None = None,
    backups: bool = False,
    opening: Opening | None = None,
) -> Store:
    """Open (creating if missing) the database at ``path`` for writing, migrated to
    this version.

    A database stamped by a newer gsmeet, a corrupt file or a read-only one raises a
    :class:`DatabaseError` and is left byte-for-byte as it was. Before a migration the
    file is backed up. ``exclusive`` (the application, every command that writes)
    takes the single-instance lock first and raises :class:`LockedError` while another
    gsmeet holds it (``lock``: one already held, handed over). ``backups``: a daily
    backup when due, and one on close after changes. ``opening``: those first steps
    already under way (:class:`gsmeet.storage.opening.Opening`).
    """
    path = Path(path)
    if opening is None:
        opening = Opening(path, exclusive=exclusive, lock=lock)
    try:
        with explained(path, opening=True):
            store = _open(path, migrate, opening, backups=backups)
    except BaseException:
        opening.abandon()
        raise
    if backups:
        try:
            backup_if_due(path)
        except DatabaseError as error:
            store.backup_problem = error
    return store


def open_reader(path: Path) -> Store:
    """Open the database at ``path`` read-only: nothing in the file can change, no lock
    is taken (the window may hold it), and a read-only file or disk is fine. A file of
    an older schema is upgraded first when it may be written (under the lock, backed
    up); one that may not (a copy on a read-only disk) is read through an upgraded
    private copy of it, removed on close."""
    path = Path(path)
    if not path.exists():
        raise DatabaseNotFound(path=path)
    revision = inspect_revision(path)
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise SchemaIsNewer(path=path, revision=revision)
    if revision != HEAD_REVISION:
        if revision is None:
            raise NeedsUpgrade(path=path, head=HEAD_REVISION)
        if not _writable(path):
            return _upgraded_copy(path)
        open_store(path, exclusive=True).close()
    return Store(path, sqlite_engine(path, Purpose.READ), read_only=True)


def _upgraded_copy(path: Path) -> Store:
    """``path`` (of an older schema, not writable) read through a copy in a private
    temporary folder, upgraded there; the store names ``path``."""
    scratch = Path(tempfile.mkdtemp(prefix="gsmeet-read-"))  # 0700
    try:
        copy = scratch / path.name
        with explained(path, opening=True):
            source = read_only(path)
            target = sqlite3.connect(copy)
            try:
                source.backup(target)
            finally:
                target.close()
                source.close()
            upgrade(copy)
        return Store(path, sqlite_engine(copy, Purpose.READ), read_only=True, scratch=scratch)
    except BaseException:
        shutil.rmtree(scratch, ignore_errors=True)
        raise


def _open(path: Path, migrate: bool, opening: Opening, *, backups: bool) -> Store:
    revision = opening.revision()
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise SchemaIsNewer(path=path, revision=revision)
    created = not path.exists()
    if created:
        make_private_dir(path.parent)
        create_private_file(path)
    elif not _writable(path):
        raise DatabaseNotWritable(path=path)
    if revision != HEAD_REVISION:
        if not migrate:
            raise NeedsUpgrade(path=path, head=HEAD_REVISION)
        if revision is not None:
            backup_database(path, f"before-{HEAD_REVISION}")
        try:
            upgrade(path)
        except BaseException:
            if created:  # (a full disk): the new file holds nothing yet, it goes
                _remove_unused(path)
            raise
    return Store(
        path, sqlite_engine(path), opening.lock, backups=backups, owns_lock=opening.owns_lock
    )


def _remove_unused(path: Path) -> None:
    """Remove the file this open created, and its companions, if it is still empty
    (the schema's one transaction did not commit)."""
    try:
        if inspect_revision(path, verify=False) is not None:
            return
    except DatabaseError:
        return  # not empty after all: kept
    for name in (f"{path}-wal", f"{path}-shm", f"{path}-journal", str(path)):
        with suppress(OSError):
            os.unlink(name)


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
