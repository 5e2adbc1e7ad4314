"""The strategy register: reads, edits, and undo that puts the database back exactly
as it was."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from gsmeet.domain.enums import DatePrecision, TaskStatus
from gsmeet.domain.errors import InvalidInputError, LockedError, NotFoundError
from gsmeet.services.register import (
    add_achievement,
    add_task,
    delete_achievement,
    delete_task,
    move_task,
    restore_achievement,
    restore_task,
    revert_update,
    strategy_tree,
    update_achievement,
    update_task,
)
from gsmeet.storage.db import Store
from gsmeet.storage.journal import journal_of

from .conftest import COMMITTEE, DAY, PLANNED, everything


def test_strategy_tree(demo_store: Store) -> None:
    tree = strategy_tree(demo_store, COMMITTEE, today=DAY)
    assert [t.name for t in tree] == ["희망산업 5대전략", "희망정책 5대전략"]
    strategies = [s for t in tree for s in t.strategies]
    assert [s.number for s in strategies] == list(range(1, 11))
    assert sum(len(s.tasks) for s in strategies) == 39
    tasks = {n.task.title: n for s in strategies for n in s.tasks}
    assert tasks["뷰티산업 특화거리 조성"].overdue
    assert tasks["대학 연계 문화예술 축제 개최"].overdue  # on hold, past its date
    assert not tasks["글로벌코스메틱비즈니스센터 준공"].overdue  # done
    assert not tasks["경산지식산업지구 4차 산업 앵커기업 유치"].overdue  # due 2019-12-31
    assert len(tasks["착한가게·착한일터 확대"].achievements) == 1
    assert strategies[7].subcommittee == "창의문화도시 분과"
    assert len(strategies[7].achievements) == 1  # the one tied to no task


def test_task_edits_and_their_undo(demo_store: Store) -> None:
    before = everything(demo_store)
    task = add_task(demo_store, 1, title="새 과제", owner="미래전략과", index=0)
    tree = strategy_tree(demo_store, COMMITTEE, today=DAY)
    assert tree[0].strategies[0].tasks[0].task.id == task.id
    assert [n.position for n in tree[0].strategies[0].tasks] == [1, 2, 3, 4, 5, 6]
    with_task = everything(demo_store)
    update = update_task(
        demo_store,
        task.id,
        status=TaskStatus.IN_PROGRESS,
        progress=10,
        meeting_id=PLANNED,
        status_note="착수",
        changed_at=datetime(2019, 11, 28, 15, 0),
    )
    assert update.previous == task and update.task.status is TaskStatus.IN_PROGRESS
    assert len(journal_of(update.undo).created) == 1
    revert_update(demo_store, update)
    assert everything(demo_store) == with_task
    move = move_task(demo_store, task.id, 2, 2)  # into 청색기술 중심도시, third place
    tree = strategy_tree(demo_store, COMMITTEE, today=DAY)
    assert tree[0].strategies[1].tasks[2].task.id == task.id
    move_task(demo_store, move.id, move.old_index, move.old_parent_id)
    assert everything(demo_store) == with_task
    removal = delete_task(demo_store, task.id)
    assert everything(demo_store) == before
    restore_task(demo_store, removal)
    assert everything(demo_store) == with_task
    with pytest.raises(InvalidInputError, match="0 to 100"):
        update_task(demo_store, task.id, progress=120)
    with pytest.raises(NotFoundError, match="No meeting"):
        update_task(demo_store, task.id, status=TaskStatus.DONE, meeting_id=999)
    with pytest.raises(LockedError, match="minutes were issued"):
        update_task(demo_store, task.id, status=TaskStatus.DONE, meeting_id=1)
    assert everything(demo_store) == with_task


def test_deleting_a_task_with_history_and_achievements_restores_them(demo_store: Store) -> None:
    before = everything(demo_store)
    node = next(
        n
        for t in strategy_tree(demo_store, COMMITTEE, today=DAY)
        for s in t.strategies
        for n in s.tasks
        if n.task.title == "도심형 자율주행트램 부품/모듈 기반조성"
    )
    assert node.achievements
    removal = delete_task(demo_store, node.task.id)
    journal = journal_of(removal.undo)
    assert len(journal.before) == 2 and len(journal.cleared) == 1  # a change, an achievement
    restore_task(demo_store, removal)
    assert everything(demo_store) == before


def test_achievement_edits_and_their_undo(demo_store: Store) -> None:
    before = everything(demo_store)
    record = add_achievement(
        demo_store,
        6,
        occurred_on=date(2019, 10, 1),
        precision=DatePrecision.MONTH,
        text="나눔 캠페인 개최",
        figure="참여 1,200명",
        meeting_id=PLANNED,
    )
    added = everything(demo_store)
    update = update_achievement(demo_store, record.id, text="나눔 캠페인 2회 개최", figure="")
    assert update.previous == record and update.achievement.figure == ""
    revert_update(demo_store, update)
    assert everything(demo_store) == added
    removal = delete_achievement(demo_store, record.id)
    assert everything(demo_store) == before
    restore_achievement(demo_store, removal)
    assert everything(demo_store) == added
    with pytest.raises(NotFoundError, match="No task"):
        update_achievement(demo_store, record.id, task_id=1)  # a task of strategy 1
    with pytest.raises(InvalidInputError, match="cannot be blank"):
        update_achievement(demo_store, record.id, text="")


def test_what_issued_minutes_recorded_cannot_be_deleted(demo_store: Store) -> None:
    """Achievement 3 (2018 국제 청색경제포럼) was recorded at 제1차, whose minutes are
    issued: deleting it would change them when rendered again."""
    before = everything(demo_store)
    with pytest.raises(LockedError, match="minutes were issued"):
        delete_achievement(demo_store, 3)
    assert everything(demo_store) == before
