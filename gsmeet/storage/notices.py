"""Changes on a server database announced as they commit (PostgreSQL's LISTEN/NOTIFY),
so that a screen showing what another screen writes (the live screen watching a
session someone else runs) reads it again at once instead of every few seconds.

Every transaction of a :class:`~gsmeet.storage.server.ServerStore` that wrote rows
sends, as it commits, one notification on :data:`CHANNEL` naming the tables it wrote
(``pg_notify`` is transactional: a rolled-back change announces nothing). A
:class:`Listener` is a connection of its own that LISTENs; its :meth:`~Listener.take`
never blocks, so a window can call it whenever the connection's socket is readable.
"""

from __future__ import annotations

import select
from typing import Any

import psycopg
from psycopg import pq
from sqlalchemy import event, text
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

CHANNEL = "gsmeet_changes"
_WRITTEN = "gsmeet_written"  # the Session.info key of the tables a transaction wrote
# A lease renewed every few seconds is no change to watch.
QUIET = frozenset({"live_lease"})


def install(sessions: sessionmaker[Session]) -> None:
    """Announce what every Session of ``sessions`` writes (a server store's)."""
    event.listen(sessions, "after_flush", _flushed)
    event.listen(sessions, "do_orm_execute", _executed)
    event.listen(sessions, "before_commit", _announce)


def _note(session: Session, tables: set[str]) -> None:
    session.info.setdefault(_WRITTEN, set()).update(tables)


def _flushed(session: Session, _context: Any) -> None:
    rows = (*session.new, *session.dirty, *session.deleted)
    _note(session, {type(row).__tablename__ for row in rows})


def _executed(state: ORMExecuteState) -> None:
    # (The live screen's remark is one INSERT of its own, written without a flush.)
    if state.is_insert or state.is_update or state.is_delete:
        table = getattr(state.statement, "table", None)
        if table is not None:
            _note(state.session, {str(table.name)})


def _announce(session: Session) -> None:
    session.flush()  # (what the commit would flush after this hook: noted first)
    tables = session.info.pop(_WRITTEN, set()) - QUIET
    if tables:
        session.execute(
            text("SELECT pg_notify(:channel, :tables)"),
            {"channel": CHANNEL, "tables": ",".join(sorted(tables))},
        )


class Listener:
    """A connection of its own, listening on :data:`CHANNEL`."""

    def __init__(self, connection: psycopg.Connection[Any]) -> None:
        self._connection = connection

    def fileno(self) -> int:
        """The socket to wait on: readable when a notification (or the end) came."""
        return self._connection.fileno()

    def take(self) -> frozenset[str] | None:
        """The tables written by the changes committed since the last call (empty:
        none yet), without waiting; None: the connection is lost (the caller falls
        back to reading again now and then)."""
        pgconn = self._connection.pgconn
        try:
            pgconn.consume_input()
            for _more in range(8):  # a lost connection's last words, then its end
                if not select.select([pgconn.socket], [], [], 0)[0]:
                    break
                pgconn.consume_input()
        except psycopg.OperationalError:
            return None
        if pgconn.status != pq.ConnStatus.OK:
            return None
        found: set[str] = set()
        while (notice := pgconn.notifies()) is not None:
            found.update(notice.extra.decode("utf-8", "replace").split(","))
        return frozenset(found)

    def close(self) -> None:
        self._connection.close()


def listen(engine: Any) -> Listener:
    """A :class:`Listener` on a connection of ``engine``'s own (the same address,
    password and settings as its pool's), taken out of the pool."""
    raw = engine.raw_connection()
    connection: psycopg.Connection[Any] = raw.driver_connection
    raw.detach()  # (closed by the listener, never handed back to the pool)
    connection.rollback()
    connection.autocommit = True
    connection.execute(f"LISTEN {CHANNEL}")
    return Listener(connection)
