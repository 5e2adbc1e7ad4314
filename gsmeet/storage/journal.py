"""Small pieces every edit uses: rows as they were, put back (the machinery behind the
undo of the registers, the agenda builder and the roster import), and applying and
checking the fields of an update.

An edit snapshots the rows it is about to change or remove (all columns, id included)
and notes the ids of the rows it creates; undoing it deletes the created rows and puts
the snapshots back, so the database is as it was, ids and all.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import delete, inspect, select, update
from sqlalchemy.orm import Session

from gsmeet.domain.edits import Keep, RowSnapshot
from gsmeet.domain.errors import InvalidInputError, NotFoundError
from gsmeet.storage.models import Base


def snapshot(row: Base) -> RowSnapshot:
    """A row's column values, id included, to put it back later exactly."""
    columns = inspect(type(row)).column_attrs
    return RowSnapshot(
        type(row).__tablename__, tuple((c.key, getattr(row, c.key)) for c in columns)
    )


def _model(table: str) -> type[Base]:
    for mapper in Base.registry.mappers:
        if mapper.class_.__tablename__ == table:
            return mapper.class_
    raise InvalidInputError(f"Cannot restore rows of unknown table '{table}'")


def put_back(session: Session, rows: Iterable[RowSnapshot]) -> None:
    """Insert snapshot rows again (in their order: parents first), or overwrite the
    row that has their id."""
    for row in rows:
        model, values = _model(row.table), dict(row.values)
        existing = session.get(model, values["id"])
        if existing is None:
            session.add(model(**values))
            session.flush()  # parents reach the table before their children
        else:
            for key, value in values.items():
                setattr(existing, key, value)


def undo_rows(
    session: Session, created: Iterable[tuple[str, int]], before: Iterable[RowSnapshot]
) -> None:
    """Delete the rows an edit created (newest first), then put back the rows it
    changed or removed, as they were."""
    for table, row_id in reversed(list(created)):
        model = _model(table)
        session.execute(delete(model).where(inspect(model).primary_key[0] == row_id))
    put_back(session, before)


def clear_and_remember(
    session: Session, model: type[Base], column: str, ids: Sequence[int]
) -> tuple[tuple[str, int, str, int], ...]:
    """Set ``column`` to NULL where it points at ``ids``; return what it held."""
    field, key = getattr(model, column), inspect(model).primary_key[0]
    found = session.execute(select(key, field).where(field.in_(ids))).all()
    if found:
        session.execute(update(model).where(field.in_(ids)).values({column: None}))
    return tuple((model.__tablename__, row_id, column, value) for row_id, value in found)


def restore_cleared(session: Session, cleared: Iterable[tuple[str, int, str, int]]) -> None:
    """Set again the references :func:`clear_and_remember` cleared."""
    for table, row_id, column, value in cleared:
        row = session.get(_model(table), row_id)
        if row is not None:
            setattr(row, column, value)


def get_row(session: Session, model: type[Any], row_id: int, what: str) -> Any:
    """The row with ``row_id``, or :class:`NotFoundError` naming ``what``."""
    row = session.get(model, row_id)
    if row is None:
        raise NotFoundError(f"No {what} with id {row_id}")
    return row


def apply_changes(row: Base, **values: object) -> bool:
    """Set the values that are not KEEP; whether anything changed."""
    changed = False
    for key, value in values.items():
        if not isinstance(value, Keep) and getattr(row, key) != value:
            setattr(row, key, value)
            changed = True
    return changed


def clean_text(value: str | Keep, what: str, *, required: bool = False) -> str | Keep:
    """Typed text with its runs of spaces collapsed; blank refused if ``required``."""
    if isinstance(value, Keep):
        return value
    cleaned = " ".join(value.split())
    if required and not cleaned:
        raise InvalidInputError(f"{what} cannot be blank")
    return cleaned
