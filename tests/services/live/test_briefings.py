"""A strategy's status briefing: status changes and achievements."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from gsmeet.domain.enums import (
    TaskStatus,
)
from gsmeet.domain.errors import InvalidInputError
from gsmeet.services.edits import BlankField
from gsmeet.services.live import briefings
from gsmeet.services.live.briefings import (
    TaskAlreadyAt,
    change_task_status,
    delete_achievement,
    record_achievement,
    restore_achievement,
    undo_task_status_change,
)
from gsmeet.services.record import meeting_record
from gsmeet.storage.models import (
    Task,
    TaskStatusChange,
)

from .conftest import DAY, Session, at


def test_briefing_status_change_undo_and_achievement(planned: Session) -> None:
    store, mid, item = planned.store, planned.meeting_id, planned.items["briefing"]
    with store.session() as s:
        # Between the sessions: one task slipped in the register (not at a meeting);
        # two more are past their target date, one of them finished.
        late = Task(
            strategy_id=planned.strategy_id,
            title="late",
            status=TaskStatus.IN_PROGRESS,
            target_date=date(2019, 10, 31),
            position=90,
        )
        done = Task(
            strategy_id=planned.strategy_id,
            title="done",
            status=TaskStatus.DONE,
            target_date=date(2019, 10, 31),
            position=91,
        )
        s.add_all([late, done])
        s.flush()
        s.add(
            TaskStatusChange(
                task_id=late.id,
                changed_at=datetime(2019, 10, 1, 9, 0),
                old_status=TaskStatus.PLANNED,
                new_status=TaskStatus.IN_PROGRESS,
            )
        )
    view = briefings.briefing(store, mid, item)
    assert view.strategy_number == 1 and view.subcommittee == "4차 산업혁명 선도도시 분과"
    assert view.previous is not None and view.previous.number == 2
    titles = {t.title: t for t in view.tasks}
    assert [t.title for t in view.overdue] == ["late"]
    # Changes entered before 제2차 (2019-07-10 and earlier in the demo) are old news.
    assert [(c.task_title, c.meeting_id) for c in view.changes] == [("late", None)]
    assert titles["late"].previous_status is TaskStatus.PLANNED
    assert titles["done"].previous_status is None
    task = titles["스마트시티 통합플랫폼 구축"]
    assert task.status is TaskStatus.PLANNED

    edit = change_task_status(
        store, mid, task.id, TaskStatus.IN_PROGRESS, now=at(20), note="공모 선정"
    )
    assert (edit.change.old_status, edit.change.new_status, edit.change.meeting_id) == (
        TaskStatus.PLANNED,
        TaskStatus.IN_PROGRESS,
        mid,
    )
    assert edit.task.status is TaskStatus.IN_PROGRESS
    view = briefings.briefing(store, mid, item)
    assert [c.id for c in view.changes][-1] == edit.change.id
    changed = next(t for t in view.tasks if t.id == task.id)
    assert (changed.status, changed.previous_status) == (TaskStatus.IN_PROGRESS, TaskStatus.PLANNED)
    with pytest.raises(TaskAlreadyAt):
        change_task_status(store, mid, task.id, TaskStatus.IN_PROGRESS, now=at(21))

    second = change_task_status(store, mid, task.id, TaskStatus.DELAYED, now=at(22))
    with pytest.raises(InvalidInputError, match="changed again"):
        undo_task_status_change(store, edit.change.id)
    undo_task_status_change(store, second.change.id)
    assert undo_task_status_change(store, edit.change.id).status is TaskStatus.PLANNED
    with store.session() as s:
        assert s.get(TaskStatusChange, edit.change.id) is None
        assert s.get_one(Task, task.id).status is TaskStatus.PLANNED
    assert [c.task_title for c in briefings.briefing(store, mid, item).changes] == ["late"]

    achievement = record_achievement(
        store,
        mid,
        planned.strategy_id,
        "스마트시티 국가공모 선정",
        occurred_on=date(2019, 11, 1),
        figure="국비 50억",
        task_id=task.id,
    )
    assert achievement.meeting_id == mid
    assert achievement in briefings.briefing(store, mid, item).achievements
    deleted = delete_achievement(store, achievement.id)
    assert achievement not in briefings.briefing(store, mid, item).achievements
    assert restore_achievement(store, deleted) == achievement
    record = meeting_record(store, mid)
    strategy = next(s for s in record.strategies if s.id == planned.strategy_id)
    assert achievement in strategy.achievements

    with pytest.raises(InvalidInputError, match="not a status briefing"):
        briefings.briefing(store, mid, planned.items["opening"])
    with pytest.raises(BlankField):
        record_achievement(store, mid, planned.strategy_id, " ", occurred_on=DAY)
