"""The open database as services and the UI know it.

Services take a :class:`Database` and use the Sessions it gives them; storage's
``Store`` (a SQLite file) and ``ServerStore`` (a PostgreSQL database) are the two there
are, and services do not know which one they have. The UI names only this protocol (to
type the jobs it hands the worker), so nothing in ui/ imports storage, and opens a
database through :func:`open_database`, which picks the engine from the location. Nothing
here loads SQLAlchemy until a database is opened: the window is painted first.
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from gsmeet.domain.errors import DatabaseError
from gsmeet.domain.locations import Location, Server

if TYPE_CHECKING:
    from sqlalchemy import Connection
    from sqlalchemy.orm import Session

    from gsmeet.domain.records import Glance


class Database(Protocol):
    """An open gsmeet database."""

    @property
    def location(self) -> Location:
        """The file, or the server database (its address, without a password)."""
        ...

    def session(self) -> AbstractContextManager[Session]:
        """One unit of work: committed when the block ends, rolled back on error."""
        ...

    def connection(self) -> AbstractContextManager[Connection]:
        """A plain (Core) connection in one transaction, for the reads that need no
        mapped class (the session list: :mod:`gsmeet.services.listing`)."""
        ...

    def checkpoint(self, *, truncate: bool = False) -> None:
        """Copy the write-ahead log into the database file now."""
        ...

    def close(self) -> None: ...


class ChangeListener(Protocol):
    """Hears of the changes committed to a server database (storage.notices)."""

    def fileno(self) -> int:
        """The socket to wait on: readable when a change was announced."""
        ...

    def take(self) -> frozenset[str] | None:
        """The tables written since the last call, without waiting (None: lost)."""
        ...

    def close(self) -> None: ...


def open_database(location: Location, *, exclusive: bool = False, tidy: bool = True) -> Database:
    """Open (checking, backing up and migrating) the database at ``location``;
    ``exclusive`` (the window) holds a file's single-instance lock while it is open and
    makes the automatic backups: daily when due, and on close after changes. A server
    database has neither: the server keeps several users apart, and is backed up by
    its administrator (README, "A shared database"). What an issue killed half-way
    left beside its file is removed (``tidy``; else the caller calls :func:`tidy_up`
    before anything else reads or writes)."""
    if isinstance(location, Server):
        from gsmeet.storage.server import open_server

        store: Database = open_server(location)
    else:
        store = _open_file(location, exclusive=exclusive)
    if tidy:
        tidy_up(store)
    return store


def _open_file(path: Path, *, exclusive: bool) -> Database:
    """The file opened, its check (SQLite's quick_check, storage/opening.py) running on
    a thread of its own while this one loads SQLAlchemy (at a process's first open)."""
    from gsmeet.storage.opening import Opening

    opening = Opening(path, exclusive=exclusive, ahead=True)
    try:
        from gsmeet.storage.db import open_store
    except BaseException:
        opening.abandon()
        raise
    return open_store(path, exclusive=exclusive, backups=exclusive, opening=opening)


def tidy_up(store: Database) -> None:
    """Remove what an issue killed half-way left (its temporary file and the row
    naming it). This is the first work through the ORM, so it loads it: the window
    calls it right after its session list is shown, not before."""
    from gsmeet.services.minutes.leftovers import clean_leftovers

    clean_leftovers(store)


def open_for_window(location: Location) -> Database:
    """The window's database: :func:`open_database` with the lock; a read-only file,
    folder or disk (a copy on a CD, a file the user may not write) is opened
    read-only instead, to be read and printed (its ``read_only`` is True; any save is
    refused in one line). Not tidied: the window calls :func:`tidy_up` once its
    session list is on screen. On a server, what this computer's outbox still keeps
    for it (entries typed while it did not answer) is sent first."""
    try:
        store = open_database(location, exclusive=True, tidy=False)
    except DatabaseError as error:
        if isinstance(location, Server) or not _not_writable(error):
            raise
        from gsmeet.storage.db import open_reader

        return open_reader(location)
    if isinstance(location, Server):
        from gsmeet.services.live.outbox import send_left_over

        send_left_over(store)  # entries a live screen kept while the server was away
    return store


def _not_writable(error: DatabaseError) -> bool:
    """A file, folder or disk gsmeet may read but not write (looked up only when an
    open failed: importing storage.db loads SQLAlchemy, which the open itself loads
    while its file is being checked)."""
    from gsmeet.storage.db import DatabaseNotWritable
    from gsmeet.storage.lock import DatabaseFolderReadOnly

    return isinstance(error, DatabaseNotWritable | DatabaseFolderReadOnly)


def default_database() -> Path:
    """The database opened when none is named."""
    from gsmeet.storage.paths import default_database as default

    return default()


def is_risky_location(location: Location) -> bool:
    """A file on a network share or in a sync folder, where SQLite's locking cannot be
    trusted (a server database never is)."""
    if isinstance(location, Server):
        return False
    from gsmeet.storage.paths import is_risky_location as risky

    return risky(location)


def first_look(location: Location) -> Glance | None:
    """The committees and sessions in a file read without SQLAlchemy (None: wait for
    the full open; always for a server), so the session list shows while the database
    layer loads."""
    if isinstance(location, Server):
        return None
    from gsmeet.storage.glance import first_look as look

    return look(location)
