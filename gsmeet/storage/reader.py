"""A database file read with the standard library's ``sqlite3`` alone: what the commands
that only write a document (``gsmeet minutes``, ``signin``) open, so that they never load
SQLAlchemy (its import and its first statements cost more than the rest of the command).

Only a file that needs nothing but reading is opened so: one of this gsmeet's schema,
not damaged. Anything else — missing, of an older schema (to upgrade), damaged, a
folder, not a gsmeet database — gets None, and the caller opens it the full way
(:func:`gsmeet.storage.db.open_reader`), which says what is wrong exactly as it always
has. The connection is read-only, as that reader's (:func:`~gsmeet.storage.probe.read_only`).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from gsmeet.domain.errors import GsmeetError
from gsmeet.storage.probe import BUSY_TIMEOUT_MS, inspect_revision, read_only
from gsmeet.storage.schema import HEAD_REVISION


class ReadingFailed(Exception):
    """Reading with ``sqlite3`` alone failed half-way (a disk or lock problem): the
    caller takes the full way, which names it."""


class FileReader:
    """An open database file, for reading records (:mod:`gsmeet.services.record`)."""

    def __init__(self, path: Path, connection: sqlite3.Connection) -> None:
        self.path = path
        self._connection = connection

    @property
    def location(self) -> Path:
        return self.path

    @contextmanager
    def connection(self) -> Iterator[sqlite3.Connection]:
        """The connection in one read transaction (what it reads is one state). Raises
        :class:`ReadingFailed` for SQLite's errors."""
        try:
            began = not self._connection.in_transaction
            if began:
                self._connection.execute("BEGIN")
            try:
                yield self._connection
            finally:
                if began:
                    self._connection.rollback()
        except sqlite3.Error as error:
            raise ReadingFailed(str(error)) from error

    def close(self) -> None:
        self._connection.close()


def open_file_reader(path: Path) -> FileReader | None:
    """``path`` read with ``sqlite3``, or None when it needs more than reading."""
    try:
        if not path.is_file() or inspect_revision(path) != HEAD_REVISION:
            return None
        connection = read_only(path)
    except (GsmeetError, sqlite3.Error, OSError):
        return None
    connection.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    connection.execute("PRAGMA query_only=ON")
    return FileReader(path, connection)
