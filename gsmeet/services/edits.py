"""Small pieces the register edits share: finding a row, applying an update's fields,
checking typed text, and making edits on what a screen showed (:func:`based_on`)."""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Any

from sqlalchemy.orm import Session

from gsmeet.domain.edits import Keep, Seen
from gsmeet.domain.enums import Field, Thing
from gsmeet.domain.errors import InvalidInputError, NoSuchRecord
from gsmeet.storage import versions
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
