"""Undo journals: rows as they were, put back exactly (the machinery behind the undo
of the registers, the agenda builder and the roster import).

An edit snapshots the rows it is about to change or remove (all columns, id included),
notes the rows it creates and the references it clears; the :class:`Journal` it hands
out (as an opaque :class:`~gsmeet.domain.edits.Undo`) is all :func:`roll_back` needs to
make the database as it was, ids and all.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlalchemy import delete, inspect, select, update
from sqlalchemy.orm import Session

from gsmeet.domain.edits import Undo
from gsmeet.domain.errors import InvalidInputError
from gsmeet.storage.models import Base, is_tracking


class RowHasNoId(InvalidInputError):
    text = "A new {table} row has no id yet"


class NotAnUndo(InvalidInputError):
    text = "Nothing to undo with: {kind}"


class UnknownTable(InvalidInputError):
    text = "Cannot restore rows of unknown table '{table}'"


@dataclass(frozen=True, slots=True)
class RowSnapshot:
    """One database row as it was: its table and its column values, ids included."""

    table: str
    values: tuple[tuple[str, object], ...]

    def value(self, column: str) -> object:
        return dict(self.values)[column]


@dataclass(frozen=True, slots=True)
class RowRef:
    """A row an edit created."""

    table: str
    id: int


@dataclass(frozen=True, slots=True)
class ClearedRef:
    """A reference an edit set to NULL, and what it held."""

    table: str
    id: int
    column: str
    value: int


@dataclass(frozen=True, slots=True)
class Journal(Undo):
    """What undoes an edit: the rows it created (deleted again, newest first), the rows
    it changed or removed as they were (put back, parents first) and the references
    it cleared (set again)."""

    created: tuple[RowRef, ...] = ()
    before: tuple[RowSnapshot, ...] = ()
    cleared: tuple[ClearedRef, ...] = ()


def snapshot(row: Base) -> RowSnapshot:
    """A row's column values, id included, to put it back later exactly."""
    columns = inspect(type(row)).column_attrs
    return RowSnapshot(
        type(row).__tablename__, tuple((c.key, getattr(row, c.key)) for c in columns)
    )


def ref(row: Base) -> RowRef:
    """A created row, to delete it again (flushed, so that it has its id)."""
    identity = inspect(row).identity
    if identity is None:
        raise RowHasNoId(table=type(row).__tablename__)
    return RowRef(type(row).__tablename__, identity[0])


def journal_of(undo: Undo) -> Journal:
    """The journal behind ``undo``; anything else is not what a service handed out."""
    if not isinstance(undo, Journal):
        raise NotAnUndo(kind=type(undo).__name__)
    return undo


def clear_and_remember(
    session: Session, model: type[Base], column: str, ids: Sequence[int]
) -> tuple[ClearedRef, ...]:
    """Set ``column`` to NULL where it points at ``ids``; return what it held."""
    field, key = getattr(model, column), inspect(model).primary_key[0]
    found = session.execute(select(key, field).where(field.in_(ids))).all()
    if found:
        session.execute(update(model).where(field.in_(ids)).values({column: None}))
    return tuple(ClearedRef(model.__tablename__, row_id, column, value) for row_id, value in found)


def roll_back(session: Session, undo: Undo) -> None:
    """Undo an edit from its journal: the rows it created go (newest first), the rows
    it changed or removed are put back as they were, the references it cleared are
    set again."""
    journal = journal_of(undo)
    for created in reversed(journal.created):
        model = _model(created.table)
        session.execute(delete(model).where(inspect(model).primary_key[0] == created.id))
    _put_back(session, journal.before)
    for cleared in journal.cleared:
        row = session.get(_model(cleared.table), cleared.id)
        if row is not None:
            setattr(row, cleared.column, cleared.value)


def _model(table: str) -> type[Base]:
    for mapper in Base.registry.mappers:
        if mapper.class_.__tablename__ == table:
            return mapper.class_
    raise UnknownTable(table=table)


def _put_back(session: Session, rows: Iterable[RowSnapshot]) -> None:
    """Insert snapshot rows again (in their order: parents first), or overwrite the
    row that has their id."""
    for row in rows:
        model, values = _model(row.table), dict(row.values)
        existing = session.get(model, values["id"])
        if existing is None:
            session.add(model(**values))
            session.flush()  # parents reach the table before their children
        else:  # putting it back is a change of its own: a new version, noted
            table = model.__table__
            for key, value in values.items():
                if not is_tracking(table.c[key]):
                    setattr(existing, key, value)
