"""Small pieces the edits share: finding a row, applying an update's fields, checking
typed text, making edits on what a screen showed (:func:`based_on`), and deleting a
row so that its undo brings back the same row (:func:`delete_row`, :func:`bring_back`)."""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Any

from sqlalchemy.orm import Session

from gsmeet.domain.edits import Keep, Seen, Undo
from gsmeet.domain.enums import Field, Thing
from gsmeet.domain.errors import AlreadyThere, InvalidInputError, NoSuchRecord
from gsmeet.storage import versions
from gsmeet.storage.journal import Journal, journal_of, roll_back, snapshot
from gsmeet.storage.models import Base
from gsmeet.storage.versions import Watch


class BlankField(InvalidInputError):
    text = "The {what} cannot be blank"


def get_row(session: Session, model: type[Any], row_id: int, what: Thing) -> Any:
    """The row with ``row_id``, or :class:`NoSuchRecord` naming ``what``."""
    row = session.get(model, row_id)
    if row is None:
        raise NoSuchRecord(what=what, id=row_id)
    return row


def based_on(seen: Seen) -> AbstractContextManager[Watch]:
    """The edits of the block are made on the rows as ``seen`` (a screen's, or what the
    previous edit left): a versioned row changed by someone else since is not written
    over (:class:`~gsmeet.domain.edits.ChangedMeanwhile`; the rule:
    :mod:`gsmeet.storage.versions`). The watch it yields says what they left."""
    return versions.based_on(seen)


def for_edit(session: Session, model: type[Any], row_id: int, what: Thing) -> Any:
    """:func:`get_row`, locked until the edit commits (on a server: a concurrent edit of
    the same row waits, then finds the new version; SQLite writes one at a time)."""
    row = session.get(model, row_id, with_for_update=True)
    if row is None:
        raise NoSuchRecord(what=what, id=row_id)
    return row


def apply_changes(row: Base, **values: object) -> bool:
    """Set the values that are not KEEP; whether anything changed."""
    changed = False
    for key, value in values.items():
        if not isinstance(value, Keep) and getattr(row, key) != value:
            setattr(row, key, value)
            changed = True
    return changed


def clean_text(value: str | Keep, what: Field, *, required: bool = False) -> str | Keep:
    """Typed text with its runs of spaces collapsed; blank refused if ``required``."""
    if isinstance(value, Keep):
        return value
    cleaned = " ".join(value.split())
    if required and not cleaned:
        raise BlankField(what=what)
    return cleaned


def delete_row(session: Session, row: Base, *going_with: Base) -> Journal:
    """Delete ``row`` (the database deletes ``going_with``, its dependent rows, with
    it) and return what :func:`bring_back` needs to put back the very same rows: every
    column, the ``uid`` and the place among its siblings included."""
    journal = Journal(before=tuple(snapshot(r) for r in (row, *going_with)))
    session.delete(row)
    return journal


def bring_back(session: Session, undo: Undo, model: type[Any], what: Thing) -> Any:
    """Undo a delete from its journal (:func:`delete_row`, or a service's own that
    snapshots the deleted row first): the rows as they were, ids and ``uid`` and all;
    returns that first row. :class:`~gsmeet.domain.errors.AlreadyThere` when it is
    back already."""
    row_id = journal_of(undo).before[0].value("id")
    if session.get(model, row_id) is not None:
        raise AlreadyThere(what=what, id=row_id)
    roll_back(session, undo)
    return session.get_one(model, row_id)
