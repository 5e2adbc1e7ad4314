"""The length limits (:mod:`gsmeet.domain.limits`) on every ORM write: whatever the
window or a command saves through a Session is checked before it reaches SQLite, so
no entry point can store a value the documents could not lay out."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Enum, String, inspect
from sqlalchemy.orm import Session

from gsmeet.domain.limits import check_length
from gsmeet.storage.models import is_tracking


def check_lengths(session: Session, _context: Any, _instances: Any) -> None:
    """``before_flush``: raise :class:`~gsmeet.domain.limits.TextTooLong` for a new or
    changed text attribute over its limit (the transaction then rolls back)."""
    for instance in (*session.new, *session.dirty):
        state = inspect(instance)
        table = state.mapper.local_table.name
        fresh = state.pending
        for attribute in state.mapper.column_attrs:
            column = attribute.columns[0]
            if not isinstance(column.type, String) or isinstance(column.type, Enum):
                continue
            if is_tracking(column):  # the database's own bookkeeping: never typed
                continue
            if fresh:
                check_length(table, column.name, state.dict.get(attribute.key))
                continue
            for value in state.attrs[attribute.key].history.added:
                check_length(table, column.name, value)
