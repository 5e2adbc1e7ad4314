"""The agenda outline: order, numbers, the current item, stepping and switching."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from gsmeet.domain.outline import Times, current, ended, in_order, numbers, outline, step, switch


@dataclass(frozen=True)
class Item:
    id: int
    parent_id: int | None
    position: int
    started_at: datetime | None = None
    ended_at: datetime | None = None


def at(hhmm: str) -> datetime:
    hours, minutes = hhmm.split(":")
    return datetime(2019, 8, 22, int(hours), int(minutes))


def test_outline_order_and_numbers_at_any_depth() -> None:
    # Positions count within a parent: a flat sort by position would interleave.
    items = [
        Item(5, None, 3),
        Item(3, 2, 1),
        Item(1, None, 1),
        Item(4, 2, 2),
        Item(2, None, 2),
        Item(6, 4, 1),
    ]
    places = outline(items)
    assert [(e.item.id, e.depth, e.number) for e in places] == [
        (1, 0, "1"),
        (2, 0, "2"),
        (3, 1, "2.1"),
        (4, 1, "2.2"),
        (6, 2, "2.2.1"),
        (5, 0, "3"),
    ]
    assert [i.id for i in in_order(items)] == [1, 2, 3, 4, 6, 5]
    assert numbers(items)[6] == "2.2.1"


def test_ties_in_position_go_by_id() -> None:
    assert [i.id for i in in_order([Item(9, None, 1), Item(7, None, 1)])] == [7, 9]


def test_damaged_nesting_still_shows_every_item_once() -> None:
    # 1's parent is missing: top-level. 2 and 3 point at each other: they come last.
    items = [Item(1, 99, 1), Item(2, 3, 1), Item(3, 2, 1)]
    assert [(e.item.id, e.number) for e in outline(items)] == [(1, "1"), (2, "2"), (3, "2.1")]
    assert outline([]) == []


def test_the_current_item_is_the_latest_started_and_not_ended() -> None:
    done = Item(1, None, 1, at("14:00"), at("14:05"))
    assert current([done, Item(2, None, 2)]) is None
    older, newer = Item(2, None, 2, at("14:05")), Item(3, None, 3, at("14:07"))
    assert current([done, older, newer]) is newer


def test_step_through_the_outline() -> None:
    items = [Item(1, None, 1, at("14:00"), at("14:05")), Item(2, None, 2), Item(3, None, 3)]
    assert step(items, None, forward=True) == 2  # none current: the first not started
    assert step(items, None, forward=False) is None
    assert step(items, 2, forward=True) == 3
    assert step(items, 2, forward=False) == 1
    assert step(items, 3, forward=True) is None
    assert step(items, 1, forward=False) is None


def test_a_switch_ends_the_current_item_and_starts_the_target() -> None:
    running = Item(1, None, 1, at("14:00"))
    fresh = Item(2, None, 2)
    assert switch([running, fresh], 2, at("14:10")) == {
        1: Times(at("14:00"), at("14:10")),
        2: Times(at("14:10"), None),
    }


def test_a_revisited_item_keeps_its_first_start_and_runs_again() -> None:
    first = Item(1, None, 1, at("14:00"), at("14:10"))
    running = Item(2, None, 2, at("14:10"))
    assert switch([first, running], 1, at("14:20")) == {
        2: Times(at("14:10"), at("14:20")),
        1: Times(at("14:00"), None),
    }


def test_no_switch_to_the_current_item_or_an_unknown_one() -> None:
    running = Item(1, None, 1, at("14:00"))
    assert switch([running], 1, at("14:30")) == {}
    assert switch([running], 42, at("14:30")) == {}


def test_a_clock_set_back_never_gives_a_negative_span() -> None:
    assert ended(at("14:10"), at("14:05")) == at("14:10")
    assert ended(at("14:10"), at("14:15")) == at("14:15")
    assert ended(None, at("14:15")) == at("14:15")
    running = Item(1, None, 1, at("14:10"))
    assert switch([running, Item(2, None, 2)], 2, at("14:05"))[1] == Times(at("14:10"), at("14:10"))
