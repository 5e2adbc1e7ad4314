"""Every register and agenda edit made on what a screen showed, and every undo and redo
made on what the window's own edit left, is refused when someone changed one of the
rows it writes since — naming who, when and what — and writes nothing (one rule:
storage.versions, through services.edits.based_on); on both engines."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import pytest

from gsmeet.domain.edits import ChangedMeanwhile, Seen
from gsmeet.domain.enums import Field, TaskStatus, Thing
from gsmeet.domain.register import TrackNode, seen_in
from gsmeet.services import agenda as items
from gsmeet.services.edits import based_on
from gsmeet.services.register import (
    add_achievement,
    add_task,
    delete_achievement,
    delete_task,
    move_task,
    revert_update,
    strategy_tree,
    update_achievement,
    update_task,
)
from gsmeet.services.register import framework as frame
from gsmeet.storage.db import Store

from .register.conftest import COMMITTEE, DAY, PLANNED, everything

T = TypeVar("T")


def tree(store: Store) -> list[TrackNode]:
    return strategy_tree(store, COMMITTEE, today=DAY)


def on(seen: Seen, call: Callable[[], T]) -> tuple[T, Seen]:
    """``call`` as the window makes an edit: on ``seen``; with what it left."""
    with based_on(seen) as watch:
        result = call()
    return result, watch.left()


def refused(store: Store, seen: Seen, call: Callable[[], Any]) -> ChangedMeanwhile:
    before = everything(store)
    with pytest.raises(ChangedMeanwhile) as caught, based_on(seen):
        call()
    assert everything(store) == before  # nothing of it written
    return caught.value


def first_tasks(store: Store) -> tuple[Any, Any]:
    strategy = next(s for t in tree(store) for s in t.strategies if len(s.tasks) >= 2)
    return strategy.tasks[0].task, strategy.tasks[1].task


def test_a_task_edit_move_and_delete_on_an_older_register_are_refused(demo_store: Store) -> None:
    shown = seen_in(tree(demo_store))
    first, second = first_tasks(demo_store)
    update_task(demo_store, second.id, owner="다른 담당")  # a colleague, meanwhile
    problem = refused(demo_store, shown, lambda: update_task(demo_store, second.id, progress=40))
    assert problem.fields["what"] is Thing.TASK and problem.fields["name"] == second.title
    assert problem.fields["fields"] == [Field.TASK_OWNER]
    # Moving the first task renumbers the second: made on the old order, refused.
    refused(demo_store, shown, lambda: move_task(demo_store, first.id, 1))
    refused(demo_store, shown, lambda: delete_task(demo_store, second.id))
    # Made on the register as it now stands, each goes through.
    now = seen_in(tree(demo_store))
    on(now, lambda: update_task(demo_store, second.id, progress=40))
    assert first_tasks(demo_store)[1].progress == 40


def test_an_edit_of_another_row_is_not_refused(demo_store: Store) -> None:
    shown = seen_in(tree(demo_store))
    first, second = first_tasks(demo_store)
    update_task(demo_store, second.id, note="메모")
    on(shown, lambda: update_task(demo_store, first.id, status=TaskStatus.IN_PROGRESS))
    assert first_tasks(demo_store)[0].status is TaskStatus.IN_PROGRESS


def test_tracks_and_strategies_on_an_older_register_are_refused(demo_store: Store) -> None:
    shown = seen_in(tree(demo_store))
    track = tree(demo_store)[0]
    strategy = track.strategies[0]
    frame.rename_track(demo_store, track.id, "새 분야 이름")
    problem = refused(demo_store, shown, lambda: frame.retire_track(demo_store, track.id, DAY))
    assert problem.fields["fields"] == [Field.TRACK_NAME]
    refused(demo_store, shown, lambda: frame.move_track(demo_store, track.id, 1))
    frame.update_strategy(demo_store, strategy.id, summary="다른 요약")
    later = seen_in(tree(demo_store))
    frame.retire_strategy(demo_store, strategy.id, DAY)
    problem = refused(
        demo_store, later, lambda: frame.update_strategy(demo_store, strategy.id, name="새 이름")
    )
    assert problem.fields["what"] is Thing.STRATEGY
    assert problem.fields["fields"] == [Field.RETIRED_ON]


def test_an_achievement_deleted_on_an_older_register_is_refused(demo_store: Store) -> None:
    strategy = tree(demo_store)[0].strategies[0]
    achievement = add_achievement(demo_store, strategy.id, occurred_on=DAY, text="협약 체결")
    shown = seen_in(tree(demo_store))
    update_achievement(demo_store, achievement.id, figure="120%")
    problem = refused(demo_store, shown, lambda: delete_achievement(demo_store, achievement.id))
    assert problem.fields["what"] is Thing.ACHIEVEMENT
    assert problem.fields["fields"] == [Field.FIGURE]


def test_agenda_moves_deletes_and_inserts_on_an_older_agenda_are_refused(
    demo_store: Store,
) -> None:
    plan = items.agenda(demo_store, PLANNED)
    shown = plan.seen
    top = [p.item for p in plan.items if p.item.parent_id is None]
    items.update_item(demo_store, top[1].id, title="바뀐 제목")
    problem = refused(demo_store, shown, lambda: items.move_item(demo_store, top[0].id, 2))
    assert problem.fields["what"] is Thing.AGENDA_ITEM
    assert problem.fields["name"] == "바뀐 제목"
    refused(demo_store, shown, lambda: items.delete_item(demo_store, top[1].id))
    # An item added after the first renumbers the ones below it.
    refused(
        demo_store,
        shown,
        lambda: items.add_item(
            demo_store, PLANNED, kind=top[0].kind, title="새", after_id=top[0].id
        ),
    )
    on(items.agenda(demo_store, PLANNED).seen, lambda: items.move_item(demo_store, top[0].id, 2))


def test_a_sub_item_changed_meanwhile_keeps_its_parent_from_being_deleted(
    demo_store: Store,
) -> None:
    plan = items.agenda(demo_store, PLANNED)
    parent = next(p.item for p in plan.items if p.item.parent_id is None)
    child = items.add_item(demo_store, PLANNED, kind=parent.kind, title="하위", parent_id=parent.id)
    shown = items.agenda(demo_store, PLANNED).seen
    items.update_item(demo_store, child.id, planned_minutes=7)
    problem = refused(demo_store, shown, lambda: items.delete_item(demo_store, parent.id))
    assert problem.fields["name"] == "하위"
    assert problem.fields["fields"] == [Field.PLANNED_MINUTES]


def test_an_undo_after_someone_else_changed_the_row_is_refused(demo_store: Store) -> None:
    _first, second = first_tasks(demo_store)
    update, left = on(
        seen_in(tree(demo_store)), lambda: update_task(demo_store, second.id, progress=55)
    )
    # Undo and redo made on what the edit left go through, each on what the last left.
    _, left = on(left, lambda: revert_update(demo_store, update))
    update, left = on(left, lambda: update_task(demo_store, second.id, progress=55))
    update_task(demo_store, second.id, note="동료의 메모")  # a colleague, meanwhile
    problem = refused(demo_store, left, lambda: revert_update(demo_store, update))
    assert problem.fields["fields"] == [Field.TASK_NOTE]
    assert first_tasks(demo_store)[1].note == "동료의 메모"


def test_undoing_an_add_after_someone_edited_the_new_row_is_refused(demo_store: Store) -> None:
    strategy = tree(demo_store)[0].strategies[0]
    task, left = on(Seen(), lambda: add_task(demo_store, strategy.id, title="새 과제"))
    update_task(demo_store, task.id, owner="이재훈")  # a colleague fills it in
    problem = refused(demo_store, left, lambda: delete_task(demo_store, task.id))
    assert problem.fields["name"] == "새 과제"


def test_undoing_an_agenda_cell_edit_after_someone_else_changed_it_is_refused(
    demo_store: Store,
) -> None:
    plan = items.agenda(demo_store, PLANNED)
    item = plan.items[0].item
    old, left = on(plan.seen, lambda: items.update_item(demo_store, item.id, planned_minutes=9))
    items.update_item(demo_store, item.id, title="동료가 바꾼 제목")
    refused(demo_store, left, lambda: items.set_item_fields(demo_store, item.id, old))
    # A move undone on what it left goes through.
    move, left = on(
        items.agenda(demo_store, PLANNED).seen, lambda: items.move_item(demo_store, item.id, 1)
    )
    on(left, lambda: items.move_item(demo_store, item.id, move.old_index, move.old_parent_id))
    assert items.agenda(demo_store, PLANNED).items[0].item.id == item.id
