"""The open database as services and the UI know it.

Services take a :class:`Database` and use the Sessions it gives them; storage's
``Store`` is one. The UI names only this protocol (to type the jobs it hands the
worker), so nothing in ui/ imports storage, and opens a database through
:func:`open_database`. Nothing here loads SQLAlchemy until a database is opened:
the window is painted first.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from gsmeet.domain.records import Glance


class Database(Protocol):
    """An open gsmeet database."""

    @property
    def path(self) -> Path: ...

    def session(self) -> AbstractContextManager[Session]:
        """One unit of work: committed when the block ends, rolled back on error."""
        ...

    def checkpoint(self, *, truncate: bool = False) -> None:
        """Copy the write-ahead log into the database file now."""
        ...

    def close(self) -> None: ...


def open_database(path: Path, *, exclusive: bool = False) -> Database:
    """Open (checking, backing up and migrating) the database at ``path``;
    ``exclusive`` (the window) holds its single-instance lock while it is open and
    makes the automatic backups: daily when due, and on close after changes."""
    from gsmeet.storage.db import open_store

    return open_store(path, exclusive=exclusive, backups=exclusive)


def default_database() -> Path:
    """The database opened when none is named."""
    from gsmeet.storage.paths import default_database as default

    return default()


def is_risky_location(path: Path) -> bool:
    """A network share or sync folder, where SQLite's locking cannot be trusted."""
    from gsmeet.storage.paths import is_risky_location as risky

    return risky(path)


def first_look(path: Path) -> Glance | None:
    """The committees and sessions in ``path`` read without SQLAlchemy (None: wait for
    the full open), so the session list shows while the database layer loads."""
    from gsmeet.storage.glance import first_look as look

    return look(path)
