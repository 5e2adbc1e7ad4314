"""Looking into a database file with the standard library only: no SQLAlchemy, so
the window can show what is in a file before the database layer has loaded."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from gsmeet.domain.errors import CorruptDatabaseError, DatabaseError
from gsmeet.storage.problems import sqlite_reason

SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000  # how long a connection waits for a writer before it gives up


class DatabaseIsAFolder(DatabaseError):
    text = "{path} is a folder, not a database file"


class NoSqliteHeader(CorruptDatabaseError):
    text = "{path} is not a gsmeet database (no SQLite header)"


class DatabaseWillNotOpen(DatabaseError):
    text = "{path} cannot be opened"


class DatabaseDamaged(CorruptDatabaseError):
    text = "{path} is damaged"


class DatabaseUnreadableNow(DatabaseError):
    text = "{path} cannot be read now ({reason}); nothing in it was changed"


class NotAGsmeetDatabase(DatabaseError):
    text = "{path} is an SQLite file but not a gsmeet database"


class LeftMidWriteReadOnly(DatabaseError):
    text = (
        "{path} was left in the middle of a change (a crash) and is on a read-only disk "
        "or folder, so it cannot be recovered here; open it once where it can be written"
    )


def read_only(path: Path, *, any_thread: bool = False) -> sqlite3.Connection:
    """A connection that cannot change ``path`` — also on a read-only disk or folder
    (see :func:`immutable`). ``any_thread``: for a connection pool."""
    uri = read_only_uri(path) + ("&immutable=1" if immutable(path) else "")
    return sqlite3.connect(uri, uri=True, check_same_thread=not any_thread)


def immutable(path: Path) -> bool:
    """Whether ``path`` must be read as immutable: its folder cannot be written (a
    read-only disk, a CD, a write-protected share), so SQLite could not make the
    ``-shm`` index a WAL database needs even to be read, and nothing a crash left
    (a ``-wal`` or ``-journal`` with changes) has to be read with it."""
    if os.access(path.parent, os.W_OK) or Path(f"{path}-shm").exists():
        return False
    return not any(_has_content(Path(f"{path}{suffix}")) for suffix in ("-wal", "-journal"))


def _has_content(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


def read_only_uri(path: Path) -> str:
    """An SQLite URI opening ``path`` read-only. Built with ``as_uri`` so a ``?``, ``%``
    or ``#`` in a folder name is part of the path, not the start of URI options."""
    return f"{Path(path).resolve().as_uri()}?mode=ro"


def recover_if_interrupted(path: Path) -> None:
    """Let SQLite roll back a transaction a crash left half-done in a rollback journal
    (``<db>-journal``; in gsmeet only while a new file switches to WAL, or a restored
    backup does): a read-only connection cannot, and would call the file damaged.
    This is SQLite's own crash recovery, which any connection that may write performs
    before its first read; it restores the file's last committed state."""
    if not _has_content(Path(f"{path}-journal")):
        return
    if not (os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)):
        raise LeftMidWriteReadOnly(path=path)
    connection = sqlite3.connect(path)
    try:
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError:
        pass  # the read-only probe that follows says what is wrong
    finally:
        connection.close()


def inspect_revision(path: Path, *, verify: bool = True) -> str | None:
    """The schema revision stamped in ``path`` (None for a missing or empty file).

    Reads through a read-only connection so nothing in the file can change. ``verify``
    runs SQLite's ``quick_check`` first, which reads the whole file.
    """
    if path.is_dir():
        raise DatabaseIsAFolder(path=path)
    if path.exists():
        recover_if_interrupted(path)
    if not path.exists() or path.stat().st_size == 0:
        return None
    with path.open("rb") as handle:
        if handle.read(16) != SQLITE_HEADER:
            raise NoSqliteHeader(path=path)
    try:
        connection = read_only(path)
    except sqlite3.Error as error:
        raise DatabaseWillNotOpen(path=path, detail=str(error)) from None
    try:
        if verify:
            verdict = connection.execute("PRAGMA quick_check").fetchone()[0]
            if verdict != "ok":
                raise DatabaseDamaged(path=path, detail=verdict)
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master")}
        if "alembic_version" not in tables:
            if tables - {"sqlite_sequence"}:
                raise NotAGsmeetDatabase(path=path)
            return None
        row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        return None if row is None else str(row[0])
    except sqlite3.OperationalError as error:  # the disk, not the file (a full disk)
        reason = sqlite_reason(error, path.parent)
        raise DatabaseUnreadableNow(path=path, reason=reason) from None
    except sqlite3.DatabaseError as error:
        raise DatabaseDamaged(path=path, detail=str(error)) from None
    finally:
        connection.close()
