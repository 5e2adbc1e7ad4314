"""Every SQLAlchemy engine gsmeet makes, configured in one place: the part of storage
that knows it is talking to SQLite (PostgreSQL, issue 13, adds its own branch here).

Python's ``sqlite3`` (in its default, "legacy" mode) begins a transaction by itself only
before INSERT, UPDATE, DELETE and REPLACE: a ``CREATE TABLE`` runs and commits on its
own. Schema creation and migrations would then be dozens of separate commits, and a
kill between two of them leaves a file that can never be opened again. So every
connection is handed to SQLAlchemy with pysqlite's own transaction handling switched off
(``isolation_level = None``) and SQLAlchemy emits the ``BEGIN`` itself (the recipe in
SQLAlchemy's SQLite dialect documentation, "Using SQLAlchemy to emit BEGIN in lieu of
SQLite's transaction control"). A transaction is then exactly what the code says: a
``Session`` block, a ``connection.begin()`` — including every ``CREATE`` and ``ALTER``
inside it.

Connection-level PRAGMAs (journal mode, foreign keys) cannot change inside a transaction
(``journal_mode=WAL`` raises, ``foreign_keys=OFF`` is silently ignored), so they are
set here, on the raw connection, when it is made and before any ``BEGIN``.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Connection, Engine, create_engine, event

from gsmeet.storage.probe import BUSY_TIMEOUT_MS, read_only


class Purpose(Enum):
    """What an engine is for; each gets its own PRAGMAs and kind of ``BEGIN``."""

    APP = "app"  # the application's reads and writes
    MIGRATE = "migrate"  # schema creation and migrations: one write transaction
    READ = "read"  # read-only commands: the file is never written


def sqlite_engine(path: Path, purpose: Purpose = Purpose.APP) -> Engine:
    """An engine on the SQLite file ``path`` for ``purpose`` (a read-only one also
    reads a file on a read-only disk: :func:`gsmeet.storage.probe.read_only`)."""
    if purpose is Purpose.READ:
        engine = create_engine("sqlite://", creator=lambda: read_only(path, any_thread=True))
    else:
        engine = create_engine(URL.create("sqlite", database=str(path)))

    def configure(dbapi_connection: Any, _record: Any) -> None:
        configure_connection(dbapi_connection, purpose)

    def begin(connection: Connection) -> None:
        # IMMEDIATE: a migration takes the write lock before it reads anything, so no
        # other connection can slip a write in between its check and its change.
        connection.exec_driver_sql("BEGIN IMMEDIATE" if purpose is Purpose.MIGRATE else "BEGIN")

    event.listen(engine, "connect", configure)
    event.listen(engine, "begin", begin)
    return engine


def configure_connection(dbapi_connection: Any, purpose: Purpose) -> None:
    """The PRAGMAs of a new connection, set before it can be inside a transaction."""
    dbapi_connection.isolation_level = None  # pysqlite never BEGINs or COMMITs by itself
    execute = dbapi_connection.execute
    execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
    if purpose is Purpose.READ:
        execute("PRAGMA query_only=ON")
        return
    # Off while migrating: SQLite alters a table by copying it and dropping the old
    # one, which with foreign keys on would break or cascade into the rows that refer
    # to it. The migration checks every reference before it commits instead.
    execute(f"PRAGMA foreign_keys={'OFF' if purpose is Purpose.MIGRATE else 'ON'}")
    execute("PRAGMA journal_mode=WAL")
    # FULL: a commit the screen reports as saved survives a power cut, WAL or not.
    execute("PRAGMA synchronous=FULL")


def raw_execute(engine: Engine, statement: str) -> list[tuple[Any, ...]]:
    """Run ``statement`` on one of ``engine``'s connections outside any transaction
    (for PRAGMAs that refuse to run inside one, such as a checkpoint)."""
    with engine.connect() as connection:
        driver = connection.connection.driver_connection
        assert driver is not None
        return list(driver.execute(statement).fetchall())


def foreign_key_problems(connection: Connection) -> list[tuple[Any, ...]]:
    """Rows that refer to a row that is not there (inside the caller's transaction)."""
    return [tuple(row) for row in connection.exec_driver_sql("PRAGMA foreign_key_check")]


def in_transaction(connection: Connection) -> bool:
    """Whether SQLite itself (not only SQLAlchemy) has a transaction open."""
    driver = connection.connection.driver_connection
    return bool(driver is not None and driver.in_transaction)
