"""Reading rows with plain SQL through whichever connection a caller has: the standard
library's ``sqlite3`` (before SQLAlchemy has loaded, or without it at all), psycopg's
own (a server, without SQLAlchemy) or a SQLAlchemy Core connection (the open store, on
either engine; a Session's own connection inside its transaction). The same statement
runs on all, so a record read by plain SQL has one home whoever reads it.

Statements name their parameters ``:name``. A value comes back as SQLite gives it
(dates and times as ISO text, booleans as 0/1) or as PostgreSQL does (``date``, ``time``,
``datetime``, ``bool``); the converters below read both alike.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Mapping, Sequence
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any, TypeAlias, cast

if TYPE_CHECKING:
    import psycopg
    from sqlalchemy import Connection

Reading: TypeAlias = "sqlite3.Connection | Connection | psycopg.Connection[Any]"
Row = Sequence[Any]
_NAMED = re.compile(r"(?<![:\w]):(\w+)")  # a ``:name`` parameter (not a ``::`` cast)


def read_rows(connection: Reading, sql: str, parameters: Mapping[str, Any]) -> list[Row]:
    """Every row ``sql`` gives with ``parameters``, as plain tuples."""
    if isinstance(connection, sqlite3.Connection):
        return connection.execute(sql, dict(parameters)).fetchall()
    if type(connection).__module__.startswith("psycopg"):  # (not imported unless in use)
        plain = cast("psycopg.Connection[Any]", connection)
        return plain.execute(_NAMED.sub(r"%(\1)s", sql), dict(parameters)).fetchall()
    from sqlalchemy import text

    core = cast("Connection", connection)
    return [tuple(row) for row in core.execute(text(sql), dict(parameters))]


def day(value: date | str) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


def maybe_day(value: date | str | None) -> date | None:
    return None if value is None else day(value)


def clock(value: time | str) -> time:
    return value if isinstance(value, time) else time.fromisoformat(value)


def moment(value: datetime | str) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)


def maybe_moment(value: datetime | str | None) -> datetime | None:
    return None if value is None else moment(value)
