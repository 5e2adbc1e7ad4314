"""Small pieces the register edits share: finding a row, applying an update's fields,
and checking typed text."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from gsmeet.domain.edits import ChangedMeanwhile, Keep
from gsmeet.domain.enums import Field, Thing
from gsmeet.domain.errors import InvalidInputError, NoSuchRecord
from gsmeet.storage.models import Base, Versioned


class BlankField(InvalidInputError):
    text = "The {what} cannot be blank"


def get_row(session: Session, model: type[Any], row_id: int, what: Thing) -> Any:
    """The row with ``row_id``, or :class:`NoSuchRecord` naming ``what``."""
    row = session.get(model, row_id)
    if row is None:
        raise NoSuchRecord(what=what, id=row_id)
    return row


def refuse_stale(rows: Sequence[Versioned], expected: int | None, what: Thing, name: str) -> None:
    """Raise :class:`ChangedMeanwhile` when ``rows`` (read with :func:`for_edit`) are
    no longer at the version the screen showed (``expected``: the sum of their
    versions, as the record carries it; None: no screen to compare with), naming who
    changed them last, when, and which fields."""
    if expected is None or sum(row.version for row in rows) == expected:
        return
    last = max(rows, key=lambda row: (row.changed_at or datetime.min, row.version))
    raise ChangedMeanwhile(
        what=what,
        name=name,
        by=last.changed_by or "?",
        at=last.changed_at,
        fields=[
            field_of(str(getattr(type(last), "__tablename__", "")), column)
            for column in last.changed_fields.split(",")
            if column
        ],
    )


def for_edit(session: Session, model: type[Any], row_id: int, what: Thing) -> Any:
    """:func:`get_row`, locked until the edit commits (on a server: a concurrent edit of
    the same row waits, then finds the new version; SQLite writes one at a time)."""
    row = session.get(model, row_id, with_for_update=True)
    if row is None:
        raise NoSuchRecord(what=what, id=row_id)
    return row


# Columns as a person names them in a message (others by their own name).
_FIELDS = {
    "name": Field.NAME,
    "organisation": Field.ORGANISATION,
    "role": Field.ROLE,
    "subcommittee_id": Field.SUBCOMMITTEE,
    "email": Field.EMAIL,
    "phone": Field.PHONE,
    "term_start": Field.TERM_START,
    "term_end": Field.TERM_END,
    "left_on": Field.TERM_END,
    "allowance": Field.ALLOWANCE,
    "text": Field.ACHIEVEMENT_TEXT,
    "title": Field.TITLE,
    "kind": Field.KIND,
    "status": Field.STATUS,
    "planned_minutes": Field.PLANNED_MINUTES,
    "presenter_id": Field.PRESENTER,
    "parent_id": Field.ORDER,
    "position": Field.ORDER,  # where a row stands among its siblings …
}
_PERSONAL = {"position": Field.POSITION}  # … but a member's 직위


def field_of(table: str, column: str) -> Field | str:
    if table in ("membership", "person") and column in _PERSONAL:
        return _PERSONAL[column]
    return _FIELDS.get(column, column)


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
