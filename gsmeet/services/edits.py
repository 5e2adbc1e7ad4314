"""Small pieces the register edits share: finding a row, applying an update's fields,
and checking typed text."""

from __future__ import annotations

from typing import Any

from sqlalchemy.orm import Session

from gsmeet.domain.edits import Keep
from gsmeet.domain.enums import Field, Thing
from gsmeet.domain.errors import InvalidInputError, NoSuchRecord
from gsmeet.storage.models import Base


class BlankField(InvalidInputError):
    text = "The {what} cannot be blank"


def get_row(session: Session, model: type[Any], row_id: int, what: Thing) -> Any:
    """The row with ``row_id``, or :class:`NoSuchRecord` naming ``what``."""
    row = session.get(model, row_id)
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
