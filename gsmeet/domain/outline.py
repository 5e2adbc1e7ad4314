"""The agenda as an outline: the order its items are taken in, their numbers, which one
is current, and what moving to another item does to the items' times.

One rule for every place that walks an agenda: the forecast (:mod:`.agenda_plan`),
the live session's services, the session browser's tables and the live screen. Pure
functions over anything with an ``id``, a ``parent_id`` and a ``position`` (database
rows and records alike); the timing rules also need ``started_at`` and ``ended_at``.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Generic, NamedTuple, Protocol, TypeVar


class Node(Protocol):
    @property
    def id(self) -> int: ...

    @property
    def parent_id(self) -> int | None: ...

    @property
    def position(self) -> int: ...


class Timed(Protocol):
    @property
    def id(self) -> int: ...

    @property
    def started_at(self) -> datetime | None: ...

    @property
    def ended_at(self) -> datetime | None: ...


N = TypeVar("N", bound=Node)
T = TypeVar("T", bound=Timed)


@dataclass(frozen=True, slots=True)
class Entry(Generic[N]):
    """An item in its place in the outline."""

    item: N
    depth: int  # 0 for a top-level item
    number: str  # "3", "3.1", "3.1.2"


def outline(items: Iterable[N]) -> list[Entry[N]]:
    """Items in outline order - each item, then its children; siblings by position,
    then id - numbered 1, 2, ... with children 3.1, 3.2, ... at any depth.

    Positions count within a parent, so a flat sort by position would interleave
    items. Damaged data still shows every item once: an item whose parent is missing
    is top-level, and items caught in a parent cycle (reachable from no top-level
    item) come last, numbered on from the top level."""
    ordered = sorted(items, key=lambda i: (i.position, i.id))
    known = {i.id for i in ordered}
    children: dict[int | None, list[N]] = defaultdict(list)
    for item in ordered:
        children[item.parent_id if item.parent_id in known else None].append(item)
    result: list[Entry[N]] = []
    seen: set[int] = set()

    def walk(level: Sequence[N], prefix: str, depth: int, first: int = 1) -> None:
        number = first
        for item in level:
            if item.id in seen:
                continue
            seen.add(item.id)
            label = f"{prefix}{number}"
            result.append(Entry(item, depth, label))
            walk(children.get(item.id, []), f"{label}.", depth + 1)
            number += 1

    top = children.get(None, [])
    walk(top, "", 0)
    walk([i for i in ordered if i.id not in seen], "", 0, first=len(top) + 1)
    return result


def in_order(items: Iterable[N]) -> list[N]:
    """The items of :func:`outline`, without their places."""
    return [entry.item for entry in outline(items)]


def numbers(items: Iterable[N]) -> dict[int, str]:
    """Each item's outline number, by id."""
    return {entry.item.id: entry.number for entry in outline(items)}


def current(items: Iterable[T]) -> T | None:
    """The item started and not ended (the latest started, should data hold several)."""
    running = [i for i in items if i.started_at is not None and i.ended_at is None]
    return max(running, key=lambda i: (i.started_at or datetime.min, i.id)) if running else None


def step(items: Sequence[T], here: int | None, *, forward: bool) -> int | None:
    """The item after (or before) ``here`` in the order given (give outline order).
    With no item current, forward is the first item not yet started and backward is
    nothing; None past either end."""
    if here is None:
        fresh = [item.id for item in items if item.started_at is None]
        return fresh[0] if forward and fresh else None
    ids = [item.id for item in items]
    index = ids.index(here) + (1 if forward else -1)
    return ids[index] if 0 <= index < len(ids) else None


class Times(NamedTuple):
    started_at: datetime | None
    ended_at: datetime | None


def ended(start: datetime | None, now: datetime) -> datetime:
    """When something that started at ``start`` ends if it ends ``now``: never before
    it started (a clock set back during the session must not give a negative span)."""
    return now if start is None or now >= start else start


def switch(items: Iterable[T], target_id: int, now: datetime) -> dict[int, Times]:
    """The times that change, by item id, when ``target_id`` becomes the current item
    ``now``: the current item ends now (see :func:`ended`); the target starts now
    unless it started before (a revisited item keeps its first start) and runs until
    the next move. Nothing changes when it is current already."""
    items = list(items)
    running = current(items)
    target = next((i for i in items if i.id == target_id), None)
    if target is None or running is target:
        return {}
    changes: dict[int, Times] = {}
    if running is not None:
        changes[running.id] = Times(running.started_at, ended(running.started_at, now))
    changes[target.id] = Times(target.started_at or now, None)
    return changes
