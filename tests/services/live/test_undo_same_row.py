"""Undoing a delete brings back the same row, not a copy: the same ``uid`` (the row's
identity for offline copies, exports and checkin), the same links from and to other
rows, the same place in the minutes' order — for every kind of row the main window and
the live screen delete with an undo (each through the services its operation calls)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from sqlalchemy import inspect, select

from gsmeet.domain.enums import AgendaKind, AttendanceStatus, VoteMode
from gsmeet.services import agenda
from gsmeet.services.live import actions, attendance, briefings, entries
from gsmeet.services.register import members, strategies
from gsmeet.storage.models import (
    Achievement,
    ActionItem,
    AgendaItem,
    Attendance,
    Base,
    Decision,
    Membership,
    Person,
    Remark,
    Task,
    is_tracking,
)

from .conftest import Session, at

Rows = dict[tuple[str, int], dict[str, Any]]


def rows_of(planned: Session, *models: type[Base]) -> Rows:
    """Every row of ``models`` with every column but the bookkeeping ones."""
    found: Rows = {}
    with planned.store.session() as s:
        for model in models:
            columns = [c for c in inspect(model).column_attrs if not is_tracking(c.columns[0])]
            for row in s.scalars(select(model)):
                key = (model.__tablename__, row.id)
                found[key] = {c.key: getattr(row, c.key) for c in columns}
    return found


def deleted_and_undone(
    planned: Session, models: tuple[type[Base], ...], delete: Callable[[], Any], undo: Any
) -> None:
    """Delete, undo the delete: every row of ``models`` as it was (the deleted ones
    back with their own uid and place; nobody else's changed)."""
    before = rows_of(planned, *models)
    gone = delete()
    assert rows_of(planned, *models) != before
    undo(gone)
    assert rows_of(planned, *models) == before


def test_a_remark_comes_back_as_itself_in_its_place(planned: Session) -> None:
    store, item, speaker = planned.store, planned.items["discussion"], planned.people["김태형"]
    said = [
        entries.add_remark(store, item, text, speaker_id=speaker, now=at(n))
        for n, text in enumerate(("첫 발언", "가운데 발언", "끝 발언"))
    ]
    deleted_and_undone(
        planned,
        (Remark,),
        lambda: entries.delete_remark(store, said[1].id),
        lambda gone: entries.restore_remark(store, gone),
    )
    with store.session() as s:
        texts = s.scalars(
            select(Remark.text)
            .where(Remark.agenda_item_id == item)
            .order_by(Remark.position, Remark.id)
        ).all()
    assert texts == ["첫 발언", "가운데 발언", "끝 발언"]  # the minutes' order


def test_a_decision_comes_back_as_itself_in_its_place(planned: Session) -> None:
    store, item = planned.store, planned.items["discussion"]
    first = entries.add_decision(store, item, "원안 가결", vote_mode=VoteMode.NO_OBJECTION)
    entries.add_decision(store, item, "수정안 부결", vote_mode=VoteMode.NO_OBJECTION)
    deleted_and_undone(
        planned,
        (Decision,),
        lambda: entries.delete_decision(store, first.id),
        lambda gone: entries.restore_decision(store, gone),
    )


def test_an_action_item_comes_back_as_itself(planned: Session) -> None:
    store, item = planned.store, planned.items["discussion"]
    action = actions.add_action(
        store, item, "수요조사", owner="청색기술 중심도시", due_on=date(2020, 1, 31), detail="기업"
    )
    deleted_and_undone(
        planned,
        (ActionItem,),
        lambda: actions.delete_action(store, action.id),
        lambda gone: actions.restore_action(store, gone),
    )


def test_an_achievement_reported_live_comes_back_as_itself(planned: Session) -> None:
    store = planned.store
    recorded = briefings.record_achievement(
        store,
        planned.meeting_id,
        planned.strategy_id,
        "스마트 공장 3곳 준공",
        occurred_on=date(2019, 11, 1),
        figure="3곳",
    )
    deleted_and_undone(
        planned,
        (Achievement,),
        lambda: briefings.delete_achievement(store, recorded.id),
        lambda gone: briefings.restore_achievement(store, gone),
    )


def test_an_agenda_item_comes_back_with_its_notes_and_links(planned: Session) -> None:
    store, item = planned.store, planned.items["discussion"]
    entries.add_remark(store, item, "토론 발언", speaker_id=None, now=at(1))
    entries.add_decision(store, item, "건의문 채택")
    actions.add_action(store, item, "건의문 송부", owner="미래전략과")
    deleted_and_undone(
        planned,
        (AgendaItem, Remark, Decision, ActionItem),
        lambda: agenda.delete_item(store, item),
        lambda gone: agenda.restore_item(store, gone),
    )


def test_an_agenda_item_added_undone_and_redone_is_one_row(planned: Session) -> None:
    store = planned.store
    added = agenda.add_item(
        store, planned.meeting_id, kind=AgendaKind.DISCUSSION, title="기타 토의"
    )
    with store.session() as s:
        uid = s.get_one(AgendaItem, added.id).uid
    agenda.restore_item(store, agenda.delete_item(store, added.id))
    with store.session() as s:
        assert s.get_one(AgendaItem, added.id).uid == uid


def test_a_task_and_an_achievement_of_the_register_come_back_as_themselves(
    planned: Session,
) -> None:
    store, strategy = planned.store, planned.strategy_id
    task = strategies.add_task(store, strategy, title="실증 사업", owner="미래전략과")
    strategies.add_achievement(
        store, strategy, occurred_on=date(2019, 10, 1), text="실증 착수", task_id=task.id
    )
    deleted_and_undone(
        planned,
        (Task, Achievement),
        lambda: strategies.delete_task(store, task.id),
        lambda gone: strategies.restore_task(store, gone),
    )
    achievement = strategies.add_achievement(
        store, strategy, occurred_on=date(2019, 10, 2), text="협약 체결"
    )
    deleted_and_undone(
        planned,
        (Achievement,),
        lambda: strategies.delete_achievement(store, achievement.id),
        lambda gone: strategies.restore_achievement(store, gone),
    )


def test_a_member_added_undone_and_redone_is_one_row(planned: Session) -> None:
    store = planned.store
    with store.session() as s:
        committee_id = s.scalars(select(Membership.committee_id)).first()
    assert committee_id is not None
    row = members.add_member(
        store, committee_id, name="신입위원", term_start=date(2019, 11, 1), organisation="시민"
    )
    deleted_and_undone(
        planned,
        (Membership, Person),
        lambda: members.remove_member(store, row.membership_id),
        lambda gone: members.restore_member(store, gone),
    )


def test_a_check_in_undone_and_redone_is_one_row(planned: Session) -> None:
    """(제3차 has no invitations yet: the check-in makes the row, its undo deletes it.)"""
    store = planned.store
    checked = attendance.check_in(
        store, planned.meeting_id, planned.people["김태형"], status=AttendanceStatus.PRESENT,
        now=at(0),
    )  # fmt: skip
    assert checked.previous is None
    deleted_and_undone(
        planned,
        (Attendance,),
        lambda: attendance.undo_check_in(store, checked),
        lambda gone: attendance.undo_check_in(store, gone),
    )
