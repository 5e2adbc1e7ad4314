"""The agenda forecast: starts, the end, nesting, actual times, overrun."""

from __future__ import annotations

from datetime import datetime

from gsmeet.domain.agenda_plan import PlanItem, forecast, reorder

START = datetime(2019, 11, 28, 14, 0)


def at(hhmm: str) -> datetime:
    hours, minutes = map(int, hhmm.split(":"))
    return START.replace(hour=hours, minute=minutes)


def test_flat_agenda_runs_item_after_item() -> None:
    plan = forecast(START, [PlanItem(1, None, 5), PlanItem(2, None, 10), PlanItem(3, None, 30)])
    assert [(s.id, s.number, s.start, s.end) for s in plan.slots] == [
        (1, "1", at("14:00"), at("14:05")),
        (2, "2", at("14:05"), at("14:15")),
        (3, "3", at("14:15"), at("14:45")),
    ]
    assert plan.end == at("14:45")


def test_a_parent_spans_its_own_minutes_then_its_children() -> None:
    items = [
        PlanItem(1, None, 5),
        PlanItem(2, None, 3),  # introduction of the reports
        PlanItem(21, 2, 10),
        PlanItem(22, 2, 7),
        PlanItem(3, None, 0),  # a heading without minutes of its own
        PlanItem(31, 3, 4),
    ]
    plan = forecast(START, items)
    slots = {s.id: s for s in plan.slots}
    assert [s.id for s in plan.slots] == [1, 2, 21, 22, 3, 31]
    assert [slots[i].number for i in (2, 21, 22, 31)] == ["2", "2.1", "2.2", "3.1"]
    assert (slots[2].start, slots[2].end) == (at("14:05"), at("14:25"))
    assert (slots[21].start, slots[22].start) == (at("14:08"), at("14:18"))
    assert slots[21].depth == 1 and slots[2].depth == 0
    assert (slots[3].start, slots[3].end) == (at("14:25"), at("14:29"))
    assert plan.end == at("14:29")


def test_actual_times_move_the_forecast() -> None:
    items = [
        PlanItem(1, None, 5, at("14:02"), at("14:09")),
        PlanItem(2, None, 10, at("14:09")),  # running, should end 14:19
        PlanItem(3, None, 30),
    ]
    plan = forecast(START, items)
    assert plan.slots[1].end == at("14:19") and plan.slots[2].start == at("14:19")
    late = forecast(START, items, now=at("14:25"))
    assert late.slots[2].start == at("14:25") and late.end == at("14:55")


def test_overrun() -> None:
    plan = forecast(START, [PlanItem(1, None, 121)])
    assert plan.runs_over(at("16:00")) and plan.overrun_minutes(at("16:00")) == 1
    assert not plan.runs_over(at("16:01")) and plan.overrun_minutes(at("16:01")) == 0
    assert not plan.runs_over(None) and plan.overrun_minutes(None) == 0


def test_damaged_nesting_still_shows_every_item_once() -> None:
    items = [PlanItem(1, 99, 5), PlanItem(2, 3, 5), PlanItem(3, 2, 5)]
    plan = forecast(START, items)
    assert [s.id for s in plan.slots] == [1, 2, 3]  # 2 and 3 point at each other
    assert plan.end == at("14:15")
    assert forecast(START, []).end == START


def test_reorder() -> None:
    assert reorder([1, 2, 3, 4], 1, 2) == [2, 3, 1, 4]
    assert reorder([1, 2, 3, 4], 4, 0) == [4, 1, 2, 3]
    assert reorder([1, 2, 3], 2, 99) == [1, 3, 2]
    assert reorder([1, 2, 3], 2, -5) == [2, 1, 3]
    assert reorder([1, 2], 7, 1) == [1, 7, 2]
