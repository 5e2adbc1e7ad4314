"""Errors the user can act on: one line each, in the user's language, no traceback.

Every error is a :class:`~gsmeet.domain.messages.Message`: a class per thing that can go
wrong, with a stable key (its name), named fields, an English ``text`` and a Korean
translation (``messages_ko.ts``). Raise it with its fields::

    raise InvalidEmail(name=person.name, value=person.email)

``str(error)`` is the English line (logs, tests); the window (``ui.kit.wording.describe``)
and the command line (``translations.say``) render it in the user's language. The base
classes below say what *kind* of problem it is, so callers can catch a kind (``except
InvalidInputError``) without knowing every message; a kind is never raised itself.
"""

from __future__ import annotations

from typing import Any, ClassVar

from gsmeet.domain.messages import Message


class GsmeetError(Message, Exception):
    """A problem to report to the user in one line, without a traceback.

    Only message classes are raised: ``InvalidEmail(name=…, value=…)``, never a kind
    itself with a sentence (``InvalidInputError("…")``), so no English text can reach
    a Korean screen. Both are refused with :class:`TypeError`."""

    text: ClassVar[str] = ""

    def __init__(self, *args: object, **fields: object) -> None:
        if args:
            raise TypeError(
                f"{type(self).__name__} takes named fields only; give the text a message class"
            )
        if type(self) in KINDS:
            raise TypeError(f"{type(self).__name__} is a kind: raise a message class under it")
        Message.__init__(self, **fields)
        Exception.__init__(self, self.render("en"))

    def __str__(self) -> str:
        return self.render("en")

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), self.fields))

    __eq__ = object.__eq__  # two errors are the same only if they are one raise
    __hash__ = object.__hash__


def _rebuild(cls: type[GsmeetError], fields: dict[str, object]) -> GsmeetError:
    return cls(**fields)


class NotFoundError(GsmeetError):
    pass


class InvalidInputError(GsmeetError):
    """Input (a file, an argument, a field) that cannot be accepted; says what and where."""


class DatabaseError(GsmeetError):
    pass


class NewerSchemaError(DatabaseError):
    """The database was written by a newer gsmeet; it is left untouched."""


class CorruptDatabaseError(DatabaseError):
    pass


class LockedError(GsmeetError):
    """A record that may no longer change (e.g. a meeting whose minutes were issued)."""


# The kinds above are abstract: a message class under them says what happened.
KINDS: tuple[type[GsmeetError], ...] = (
    GsmeetError,
    NotFoundError,
    InvalidInputError,
    DatabaseError,
    NewerSchemaError,
    CorruptDatabaseError,
    LockedError,
)


class NoSuchRecord(NotFoundError):
    """A record asked for by its id is not there (deleted meanwhile, or a stale view).
    ``what`` is a :class:`~gsmeet.domain.enums.Thing`."""

    text = "No {what} with id {id}"


class AlreadyThere(InvalidInputError):
    """Undoing a removal of a record that is back already (undone twice)."""

    text = "That {what} is already there (id {id})"
