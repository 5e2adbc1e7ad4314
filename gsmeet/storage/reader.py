"""A database read with a plain DB-API connection alone — the standard library's
``sqlite3`` for a file, psycopg's own for a server —: what the commands that only write
a document (``gsmeet minutes``, ``signin``) open, so that they never load SQLAlchemy
(its import and its first statements cost more than the rest of the command).

Only a database that needs nothing but reading is opened so: one of this gsmeet's
schema, a file not damaged, a server that lets us in as we are (no password to ask
for). Anything else — missing, of an older schema (to upgrade), damaged, a folder, not
a gsmeet database, a server that wants a password — gets None, and the caller opens it
the full way (:func:`gsmeet.storage.db.open_reader`,
:func:`gsmeet.storage.server.open_server`), which says what is wrong exactly as it
always has. A server that cannot be reached, or refuses us for another reason than a
password, is said at once in the full way's words (:mod:`gsmeet.storage.refusals`):
trying again the full way would only make the user wait its time limit twice. Both
connections are read-only, as those readers' are.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from gsmeet.domain.errors import GsmeetError
from gsmeet.domain.locations import PasswordNeeded, Server, WrongPassword
from gsmeet.storage.conninfo import server_arguments
from gsmeet.storage.probe import BUSY_TIMEOUT_MS, inspect_revision, read_only
from gsmeet.storage.refusals import refusal
from gsmeet.storage.schema import HEAD_REVISION

if TYPE_CHECKING:
    import psycopg


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


class ServerReader:
    """An open server database, for reading records (:mod:`gsmeet.services.record`)."""

    def __init__(self, server: Server, connection: psycopg.Connection[Any]) -> None:
        self.server = server
        self._connection = connection

    @property
    def location(self) -> Server:
        return self.server

    @contextmanager
    def connection(self) -> Iterator[psycopg.Connection[Any]]:
        """The connection in one (read-only) transaction. Raises :class:`ReadingFailed`
        for the server's errors."""
        import psycopg

        try:
            with self._connection.transaction():
                yield self._connection
        except psycopg.Error as error:
            raise ReadingFailed(str(error)) from error

    def close(self) -> None:
        self._connection.close()


def open_server_reader(server: Server) -> ServerReader | None:
    """``server`` read through psycopg alone, or None when it needs more than reading."""
    import psycopg

    arguments = server_arguments(read_only=True)
    if server.password is not None:
        arguments["password"] = server.password
    try:
        connection = psycopg.connect(server.url, autocommit=True, **arguments)
    except psycopg.Error as error:
        problem = refusal(server, error)
        if problem is None or isinstance(problem, PasswordNeeded | WrongPassword):
            return None  # the full way asks for the password (or says what this is)
        raise problem from error  # as the full way would say it, without trying again
    try:
        found = connection.execute("SELECT version_num FROM alembic_version").fetchall()
    except psycopg.Error:
        found = []
    if [tuple(row) for row in found] != [(HEAD_REVISION,)]:
        connection.close()
        return None
    return ServerReader(server, connection)
