"""Errors the user can act on. Their message is one plain line, shown as is."""

from __future__ import annotations


class GsmeetError(Exception):
    """A problem to report to the user in one line, without a traceback."""


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
