"""The committee register and the strategy register: reads, edits, and undo that puts
the database back exactly as it was."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

import pytest

from gsmeet.domain.enums import DatePrecision, Role, TaskStatus
from gsmeet.domain.errors import InvalidInputError, LockedError, NotFoundError
from gsmeet.domain.register import MemberRow
from gsmeet.services.admin.transfer import export_data
from gsmeet.services.meetings import meeting_record
from gsmeet.services.register import (
    add_achievement,
    add_member,
    add_task,
    deactivate_member,
    delete_achievement,
    delete_task,
    list_members,
    move_task,
    reactivate_member,
    remove_member,
    restore_achievement,
    restore_member,
    restore_task,
    revert_update,
    strategy_tree,
    update_achievement,
    update_member,
    update_task,
)
from gsmeet.storage.db import Store
from gsmeet.storage.journal import journal_of

COMMITTEE, HELD, PLANNED = 1, 2, 3
DAY = date(2019, 11, 28)
LATER = date(2019, 12, 2)


def everything(store: Store) -> Any:
    return export_data(store)["tables"]


def member(store: Store, name: str, on: date = DAY) -> MemberRow:
    rows = list_members(store, COMMITTEE, on=on, include_former=True)
    return next(r for r in rows if r.name == name)


# ---------------------------------------------------------------- members


def test_members_in_office_and_former(demo_store: Store) -> None:
    rows = list_members(demo_store, COMMITTEE, on=DAY)
    assert len(rows) == 55 and all(r.active for r in rows)
    assert [r.role for r in rows[:2]] == [Role.CO_CHAIR, Role.CO_CHAIR]
    assert rows[-1].role is Role.OBSERVER
    everyone = list_members(demo_store, COMMITTEE, on=DAY, include_former=True)
    former = {r.name: r for r in everyone if not r.active}
    assert set(former) == {"양소희", "임정호"}
    assert former["양소희"].left_on == date(2019, 6, 30)
    chair = member(demo_store, "서지현")
    assert chair.role is Role.SUBCOMMITTEE_CHAIR and chair.subcommittee == "행복건강도시 분과"
    assert member(demo_store, "반소영").position == "경영학과 부교수"
    assert member(demo_store, "반소영", on=date(2019, 2, 1)).position == "경영학과 조교수"


def test_term_expiry_is_flagged_against_the_session_date(demo_store: Store) -> None:
    rows = list_members(demo_store, COMMITTEE, on=DAY, session_date=date(2020, 11, 5))
    flagged = {r.name for r in rows if r.term_expiring}
    assert "김태형" in flagged and "이재훈" in flagged  # terms end 2020-10-31
    assert "최영조" not in flagged and "정수민" not in flagged  # ex officio, no end
    assert not any(r.term_expiring for r in list_members(demo_store, COMMITTEE, on=DAY))


def test_search_filters_members(demo_store: Store) -> None:
    found = list_members(demo_store, COMMITTEE, on=DAY, query="ㄱㅌㅎ")
    assert [r.name for r in found] == ["김태형"]
    by_org = {r.name for r in list_members(demo_store, COMMITTEE, on=DAY, query="ㅇㄴㄷ")}
    assert {"김태형", "장민석", "권혁준"} <= by_org


def test_dated_change_keeps_history_and_reverts_exactly(demo_store: Store) -> None:
    before = everything(demo_store)
    row = member(demo_store, "김도윤")
    update = update_member(
        demo_store, row.membership_id, on=LATER, position="센터장", reason="승진"
    )
    assert update.new_membership and update.row.position == "센터장"
    assert update.previous == row
    assert member(demo_store, "김도윤", on=LATER).position == "센터장"
    assert member(demo_store, "김도윤", on=DAY).position == "책임연구원"  # history kept
    people = {a.person.name: a.person for a in meeting_record(demo_store, HELD).attendance}
    assert people["김도윤"].position == "책임연구원"
    revert_update(demo_store, update)
    assert everything(demo_store) == before


def test_contact_changes_in_place_and_reverts(demo_store: Store) -> None:
    before = everything(demo_store)
    row = member(demo_store, "김도윤")
    update = update_member(
        demo_store, row.membership_id, on=LATER, email=" new@example.org ", allowance=True
    )
    assert not update.new_membership and update.row.email == "new@example.org"
    revert_update(demo_store, update)
    assert everything(demo_store) == before
    with pytest.raises(InvalidInputError, match="malformed e-mail"):
        update_member(demo_store, row.membership_id, on=LATER, email="x@")
    with pytest.raises(InvalidInputError, match="cannot be blank"):
        update_member(demo_store, row.membership_id, on=LATER, name=" ")
    assert everything(demo_store) == before


def test_deactivated_member_stays_in_old_minutes(demo_store: Store) -> None:
    before_db, before_record = everything(demo_store), meeting_record(demo_store, HELD)
    row = member(demo_store, "김도윤")
    was = deactivate_member(demo_store, row.membership_id, on=LATER, reason="본인 사임")
    assert was == row
    assert "김도윤" not in {r.name for r in list_members(demo_store, COMMITTEE, on=LATER)}
    assert member(demo_store, "김도윤", on=LATER).left_reason == "본인 사임"
    assert meeting_record(demo_store, HELD) == before_record  # still named, as he stood
    with pytest.raises(InvalidInputError, match="already left"):
        deactivate_member(demo_store, row.membership_id, on=LATER, reason="")
    gone = reactivate_member(demo_store, row.membership_id)
    assert gone.left_on == LATER
    assert everything(demo_store) == before_db
    with pytest.raises(InvalidInputError, match="has not left"):
        reactivate_member(demo_store, row.membership_id)


def test_reactivating_a_member_with_a_successor_membership_is_refused(demo_store: Store) -> None:
    old = next(
        r for r in list_members(demo_store, COMMITTEE, on=date(2019, 4, 1)) if r.name == "서지현"
    )
    with pytest.raises(InvalidInputError, match="later membership"):
        reactivate_member(demo_store, old.membership_id)


def test_add_remove_restore_member(demo_store: Store) -> None:
    before = everything(demo_store)
    row = add_member(
        demo_store,
        COMMITTEE,
        name=" 홍 길동 ",
        term_start=DAY,
        organisation="경산시",
        subcommittee_id=1,
        email="hong@example.org",
    )
    assert row.name == "홍 길동" and row.active and row.role is Role.MEMBER
    after = everything(demo_store)
    removal = remove_member(demo_store, row.membership_id)
    assert everything(demo_store) == before
    restore_member(demo_store, removal)
    assert everything(demo_store) == after
    with pytest.raises(LockedError, match="deactivate it instead"):
        remove_member(demo_store, member(demo_store, "김도윤").membership_id)
    with pytest.raises(InvalidInputError, match="ends before"):
        add_member(demo_store, COMMITTEE, name="x", term_start=DAY, term_end=date(2019, 1, 1))
    with pytest.raises(NotFoundError, match="sub-committee"):
        add_member(demo_store, COMMITTEE, name="x", term_start=DAY, subcommittee_id=999)


# ---------------------------------------------------------------- strategy register


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


def test_a_member_who_leaves_on_their_first_day_can_be_reactivated(demo_store: Store) -> None:
    """Undo of a 해촉 on the day the membership began (the window's 'edit, then 해촉')."""
    row = add_member(demo_store, COMMITTEE, name="첫날위원", term_start=LATER, subcommittee_id=1)
    deactivate_member(demo_store, row.membership_id, on=LATER, reason="착오")
    reactivate_member(demo_store, row.membership_id)
    assert member(demo_store, "첫날위원", on=LATER).left_on is None


def test_what_issued_minutes_recorded_cannot_be_deleted(demo_store: Store) -> None:
    """Achievement 3 (2018 국제 청색경제포럼) was recorded at 제1차, whose minutes are
    issued: deleting it would change them when rendered again."""
    before = everything(demo_store)
    with pytest.raises(LockedError, match="minutes were issued"):
        delete_achievement(demo_store, 3)
    assert everything(demo_store) == before
