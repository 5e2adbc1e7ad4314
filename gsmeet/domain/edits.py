"""What every undoable edit speaks: an update argument left as it is (:data:`KEEP`),
a move among ordered siblings, and what a delete took away."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Keep(Enum):
    """An update argument left as it is. ``None`` cannot say this: for many fields
    (an end date, a presenter) it is a value of its own."""

    KEEP = "keep"


KEEP = Keep.KEEP


@dataclass(frozen=True, slots=True)
class RowSnapshot:
    """One database row as it was: its table and its column values, ids included, so
    that it can be put back exactly."""

    table: str
    values: tuple[tuple[str, object], ...]


@dataclass(frozen=True, slots=True)
class Removal:
    """What a delete took away, to restore it with the same ids and place: the rows
    (parents first), the references that were cleared (table, row id, column, value),
    and the index the removed thing had among its siblings."""

    kind: str  # "agenda_item", "task", "achievement", "member"
    id: int
    index: int
    rows: tuple[RowSnapshot, ...]
    cleared: tuple[tuple[str, int, str, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Move:
    """A move among ordered siblings; moving ``id`` back to ``old_parent_id`` at
    ``old_index`` undoes it. ``old_order`` is the former order of the old siblings."""

    id: int
    old_parent_id: int | None
    old_index: int
    new_parent_id: int | None
    new_index: int
    old_order: tuple[int, ...]
