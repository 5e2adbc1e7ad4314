"""Services say what they change: each function that writes is marked with the
:class:`~gsmeet.domain.changes.Changes` it makes, beside its code, and whoever ran it
asks :func:`changes_of` what to refresh."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from gsmeet.domain.changes import NOTHING, Changes

F = TypeVar("F", bound=Callable[..., Any])

_MARK = "gsmeet_changes"


def touches(*what: Changes) -> Callable[[F], F]:
    """Mark a service function with what it changes."""
    changes = NOTHING
    for part in what:
        changes |= part

    def mark(function: F) -> F:
        setattr(function, _MARK, changes)
        return function

    return mark


def changes_of(*functions: Callable[..., Any]) -> Changes:
    """What running these services changes (:class:`TypeError` for one not marked: a
    writing service that says nothing would leave a screen stale)."""
    changes = NOTHING
    for function in functions:
        mark = getattr(function, _MARK, None)
        if not isinstance(mark, Changes):
            raise TypeError(f"{function.__qualname__} does not say what it changes")
        changes |= mark
    return changes
