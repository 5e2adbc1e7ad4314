"""The few things services ask for that each engine does its own way, in one place.

Services are written once, in portable SQLAlchemy, and do not know whether they run on
a SQLite file or a PostgreSQL server; where the two differ, they call a function here
with the Session they were given (its dialect decides). Opening and migrating are
elsewhere: :mod:`gsmeet.storage.db` and :mod:`gsmeet.storage.engine` (SQLite),
:mod:`gsmeet.storage.server` (PostgreSQL).
"""

from __future__ import annotations

import getpass
from collections.abc import Iterable

from sqlalchemy import Connection, Table, func, select, text
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session


def dialect(session: Session | Connection) -> str:
    """``"sqlite"`` or ``"postgresql"``."""
    bind = session.get_bind() if isinstance(session, Session) else session
    return bind.dialect.name


def on_server(session: Session | Connection) -> bool:
    return dialect(session) == "postgresql"


def after_rows_with_ids(session: Session, tables: Iterable[Table]) -> None:
    """After rows were written with ids of their own (an import, a check-in): each
    table's next id comes after the largest there (PostgreSQL's sequences do not follow
    by themselves; SQLite takes the largest id + 1 anyway)."""
    if not on_server(session):
        return
    for table in tables:
        column = table.c.get("id")
        if column is None or not column.autoincrement:
            continue
        sequence = session.execute(
            text("SELECT pg_get_serial_sequence(:table, 'id')"), {"table": table.name}
        ).scalar()
        if sequence is None:
            continue
        largest = session.execute(select(func.max(column))).scalar()
        session.execute(
            text("SELECT setval(:sequence, :value, :called)"),
            {"sequence": sequence, "value": largest or 1, "called": largest is not None},
        )


def broken_rule(error: IntegrityError) -> str:
    """What a unique rule an insert broke names (columns on SQLite, the constraint on
    PostgreSQL), for a message."""
    orig = error.orig
    constraint = getattr(getattr(orig, "diag", None), "constraint_name", None)
    if constraint:
        return str(constraint)
    return str(orig).replace("UNIQUE constraint failed: ", "")


def who(session: Session) -> str:
    """Who is making a change, as the records say it: the server's role (one per
    secretary), or the account of this computer for a file."""
    if on_server(session):
        return str(session.execute(text("SELECT current_user")).scalar_one())
    try:
        return getpass.getuser()
    except OSError:  # no name for this account (a container without /etc/passwd entry)
        return "?"
