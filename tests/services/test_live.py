"""The live session on the demo's planned 제3차 (2019-11-28), through the services only,
read back afterwards through ``meeting_record``."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from gsmeet.domain.entry import EntryKind
from gsmeet.domain.enums import (
    ActionStatus,
    AgendaKind,
    AttendanceStatus,
    MeetingStatus,
    ReviewOutcome,
    Role,
    TaskStatus,
    VoteMode,
)
from gsmeet.domain.errors import InvalidInputError, LockedError, NotFoundError
from gsmeet.domain.live import LiveState
from gsmeet.domain.outline import step
from gsmeet.services.live import briefings
from gsmeet.services.live.actions import (
    add_action,
    delete_action,
    restore_action,
    revert_action,
    update_action,
)
from gsmeet.services.live.attendance import check_in, undo_check_in
from gsmeet.services.live.briefings import (
    change_task_status,
    delete_achievement,
    record_achievement,
    restore_achievement,
    undo_task_status_change,
)
from gsmeet.services.live.entries import (
    add_decision,
    add_entry,
    add_remark,
    delete_decision,
    delete_remark,
    restore_decision,
    restore_remark,
    update_decision,
    update_remark,
)
from gsmeet.services.live.reviews import actions_to_review, review_action, undo_review
from gsmeet.services.live.session import (
    end_session,
    go_to_item,
    idle_checkpoint,
    live_state,
    reopen_session,
    restore_times,
    start_session,
)
from gsmeet.services.meetings import meeting_record
from gsmeet.storage.db import Store, open_store
from gsmeet.storage.models import (
    AgendaItem,
    Meeting,
    Person,
    Strategy,
    Subcommittee,
    Task,
    TaskStatusChange,
)

DAY = date(2019, 11, 28)
T0 = datetime(2019, 11, 28, 14, 0)


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


@dataclass
class Session:
    store: Store
    meeting_id: int
    items: dict[str, int]  # key -> agenda item id
    people: dict[str, int]  # name -> person id
    strategy_id: int


def following(state: LiveState, *, forward: bool = True) -> int | None:
    """The item a step forward (or back) on the live screen goes to."""
    return step(state.agenda, state.current_item_id, forward=forward)


@pytest.fixture
def planned(demo_db: Path) -> Iterator[Session]:
    """제3차 with a small agenda: opening, review, one briefing (with a sub-item),
    discussion, closing."""
    store = open_store(demo_db)
    with store.session() as s:
        meeting = s.scalars(select(Meeting).where(Meeting.number == 3)).one()
        strategy = s.scalars(select(Strategy).where(Strategy.number == 1)).one()
        rows = [
            ("opening", AgendaKind.OPENING, "개회", None, 1, 5),
            ("review", AgendaKind.ACTION_REVIEW, "이전 조치사항 점검", None, 2, 10),
            ("briefing", AgendaKind.BRIEFING, "4차 산업혁명 선도도시 추진상황", strategy.id, 3, 8),
            ("discussion", AgendaKind.DISCUSSION, "자율토론", None, 4, 30),
            ("closing", AgendaKind.CLOSING, "폐회", None, 5, 5),
        ]
        items = {}
        for key, kind, title, strategy_id, position, minutes in rows:
            item = AgendaItem(
                meeting_id=meeting.id,
                position=position,
                kind=kind,
                title=title,
                strategy_id=strategy_id,
                planned_minutes=minutes,
            )
            s.add(item)
            s.flush()
            items[key] = item.id
        # A sub-item of the briefing: outline order puts it right after its parent.
        sub = AgendaItem(
            meeting_id=meeting.id,
            parent_id=items["briefing"],
            position=1,
            kind=AgendaKind.BRIEFING,
            title="질의응답",
            strategy_id=strategy.id,
            planned_minutes=4,
        )
        s.add(sub)
        s.flush()
        items["briefing.qa"] = sub.id
        people = {p.name: p.id for p in s.scalars(select(Person))}
        session = Session(store, meeting.id, items, people, strategy.id)
    yield session
    store.close()


def test_start_records_the_start_once_and_makes_the_first_item_current(planned: Session) -> None:
    state = start_session(planned.store, planned.meeting_id, now=at(0))
    assert state.meeting.status is MeetingStatus.IN_PROGRESS
    assert state.started_at == at(0)
    assert state.current_item_id == planned.items["opening"]
    assert [i.title for i in state.agenda][2:4] == ["4차 산업혁명 선도도시 추진상황", "질의응답"]
    assert state.agenda[0].started_at == at(0) and state.agenda[0].planned_minutes == 5
    # Resuming after a crash changes nothing that was recorded.
    again = start_session(planned.store, planned.meeting_id, now=at(30))
    assert (again.started_at, again.current_item_id) == (at(0), planned.items["opening"])
    assert live_state(planned.store, planned.meeting_id) == again


def test_a_held_meeting_cannot_start_nor_two_run_at_once(planned: Session) -> None:
    with planned.store.session() as s:
        held = s.scalars(select(Meeting).where(Meeting.number == 2)).one().id
    with pytest.raises(LockedError, match="held already"):
        start_session(planned.store, held, now=at(0))
    start_session(planned.store, planned.meeting_id, now=at(0))
    with planned.store.session() as s:
        s.get_one(Meeting, held).status = MeetingStatus.PLANNED
    with pytest.raises(LockedError, match=r"no\. 3 is still in progress"):
        start_session(planned.store, held, now=at(1))
    with pytest.raises(NotFoundError):
        live_state(planned.store, 999)


def test_check_ins_recompute_the_quorum(planned: Session) -> None:
    state = start_session(planned.store, planned.meeting_id, now=at(0))
    roster = {row.person.id: row for row in state.attendance}
    assert all(row.status is AttendanceStatus.INVITED for row in roster.values())
    enrolled = [
        r.person.id
        for r in state.attendance
        if r.person.role not in (Role.SECRETARY, Role.OBSERVER)
    ]
    assert state.quorum.enrolled == len(enrolled) and state.quorum.present == 0
    assert not state.quorum.met
    assert state.attendance[0].person.role is Role.CO_CHAIR  # the roster by role

    change = None
    for minute, pid in enumerate(enrolled[: state.quorum.required]):
        change = check_in(
            planned.store, planned.meeting_id, pid, status=AttendanceStatus.PRESENT, now=at(minute)
        )
        assert change.previous is None and change.current.arrived_at == at(minute)
        assert change.quorum.present == minute + 1
    assert change is not None and change.quorum.met

    # Undo the last arrival: quorum lost again; the row is gone as it never was.
    undone = undo_check_in(planned.store, change)
    assert not undone.quorum.met and undone.current.status is AttendanceStatus.INVITED
    assert undo_check_in(planned.store, undone).quorum.met  # and redo

    # Already present: the arrival time stays. A proxy counts (the committee's rule).
    first = enrolled[0]
    kept = check_in(
        planned.store, planned.meeting_id, first, status=AttendanceStatus.PRESENT, now=at(50)
    )
    assert kept.current.arrived_at == at(0) and kept.previous is not None
    absent = check_in(
        planned.store,
        planned.meeting_id,
        enrolled[-1],
        status=AttendanceStatus.EXCUSED,
        now=at(2),
        reason="출장",
        proxy_name="ignored",
    )
    assert (absent.current.reason, absent.current.proxy_name, absent.current.arrived_at) == (
        "출장",
        "",
        None,
    )
    proxy = check_in(
        planned.store,
        planned.meeting_id,
        enrolled[-2],
        status=AttendanceStatus.PROXY,
        now=at(3),
        proxy_name="김현수(차장)",
    )
    assert proxy.quorum.present == kept.quorum.present + 1
    assert proxy.current.proxy_name == "김현수(차장)"
    left = check_in(
        planned.store, planned.meeting_id, first, status=AttendanceStatus.ABSENT, now=at(60)
    )
    assert left.quorum.present == proxy.quorum.present - 1 and left.current.arrived_at is None
    back = undo_check_in(planned.store, left)
    assert back.current.arrived_at == at(0)

    record = meeting_record(planned.store, planned.meeting_id)
    assert record.quorum == live_state(planned.store, planned.meeting_id).quorum
    with pytest.raises(NotFoundError):
        check_in(
            planned.store, planned.meeting_id, 9999, status=AttendanceStatus.PRESENT, now=at(0)
        )


def test_moving_through_the_agenda_records_times(planned: Session) -> None:
    items = planned.items
    state = start_session(planned.store, planned.meeting_id, now=at(0))
    assert following(state, forward=False) is None
    state = go_to_item(planned.store, planned.meeting_id, following(state) or 0, now=at(5))
    assert state.current_item_id == items["review"]
    times = {i.id: (i.started_at, i.ended_at) for i in state.agenda}
    assert times[items["opening"]] == (at(0), at(5)) and times[items["review"]] == (at(5), None)
    state = go_to_item(planned.store, planned.meeting_id, items["briefing"], now=at(15))
    assert following(state) == items["briefing.qa"]
    # Back to the review: its first start stays and it runs again.
    back = following(state, forward=False) or 0
    state = go_to_item(planned.store, planned.meeting_id, back, now=at(20))
    times = {i.id: (i.started_at, i.ended_at) for i in state.agenda}
    assert times[items["review"]] == (at(5), None) and times[items["briefing"]] == (at(15), at(20))
    assert go_to_item(planned.store, planned.meeting_id, items["review"], now=at(21)) == state
    state = go_to_item(planned.store, planned.meeting_id, items["closing"], now=at(25))
    assert following(state) is None
    times = {i.id: (i.started_at, i.ended_at) for i in state.agenda}
    assert times[items["review"]] == (at(5), at(25))
    with pytest.raises(NotFoundError):
        go_to_item(planned.store, planned.meeting_id, 99999, now=at(26))


def test_navigation_needs_a_running_session(planned: Session) -> None:
    with pytest.raises(InvalidInputError, match="not in progress"):
        go_to_item(planned.store, planned.meeting_id, planned.items["review"], now=at(0))


def test_typed_entries_become_remarks_decisions_and_action_items(planned: Session) -> None:
    store, mid, items, people = planned.store, planned.meeting_id, planned.items, planned.people
    start_session(store, mid, now=at(0))
    check_in(store, mid, people["김도윤"], status=AttendanceStatus.PRESENT, now=at(0))
    briefing = items["briefing"]
    go_to_item(store, mid, briefing, now=at(1))

    remark = add_entry(
        store,
        mid,
        briefing,
        " 예산 편성 시기를 앞당겨 주십시오. ",
        speaker_id=people["김태형"],
        now=at(2),
    )
    assert remark.kind is EntryKind.REMARK and remark.remark is not None
    assert remark.remark.text == "예산 편성 시기를 앞당겨 주십시오."
    assert (
        remark.remark.speaker is not None and remark.remark.speaker.role is Role.SUBCOMMITTEE_CHAIR
    )
    assert remark.remark.spoken_at == at(2)

    decision = add_entry(
        store, mid, briefing, "결정: 원안대로 의결", speaker_id=None, now=at(3)
    ).decision
    assert decision is not None and decision.vote_mode is VoteMode.NO_OBJECTION

    person = add_entry(
        store, mid, briefing, "조치: 예산안 재검토 @김도윤 ~2019-12-31", speaker_id=None, now=at(4)
    ).action
    assert person is not None
    assert (person.title, person.owner, person.owner_person_id) == (
        "예산안 재검토",
        "김도윤",
        people["김도윤"],
    )
    assert (person.due_on, person.strategy_id, person.status) == (
        date(2019, 12, 31),
        planned.strategy_id,
        ActionStatus.OPEN,
    )
    assert person.meeting_number == 3 and person.agenda_item_id == briefing

    sub = add_entry(
        store, mid, briefing, "action: survey @4차산업혁명선도도시", speaker_id=None, now=at(5)
    ).action
    assert (
        sub is not None
        and sub.owner == "4차 산업혁명 선도도시 분과"
        and sub.owner_person_id is None
    )
    department = add_entry(
        store, mid, briefing, "조치：공모 일정 확인 @미래전략과 ~12/15", speaker_id=None, now=at(6)
    ).action
    assert department is not None and (department.owner, department.due_on) == (
        "미래전략과",
        date(2019, 12, 15),
    )

    with pytest.raises(InvalidInputError, match=r"^~2019-02-30: not a real date$"):
        add_entry(store, mid, briefing, "조치: x ~2019-02-30", speaker_id=None, now=at(7))
    with pytest.raises(InvalidInputError, match="Nothing to save"):
        add_entry(store, mid, briefing, "  \n ", speaker_id=None, now=at(7))
    with pytest.raises(InvalidInputError, match="not in this meeting"):
        add_entry(store, mid + 1, briefing, "x", speaker_id=None, now=at(7))

    state = live_state(store, mid)
    assert [r.id for r in state.remarks] == [remark.remark.id]
    assert [d.text for d in state.decisions] == ["원안대로 의결"]
    assert [a.owner for a in state.actions] == [
        "김도윤",
        "4차 산업혁명 선도도시 분과",
        "미래전략과",
    ]

    record = meeting_record(store, mid)
    assert [r.text for r in record.remarks] == ["예산 편성 시기를 앞당겨 주십시오."]
    assert [a.title for a in record.actions] == ["예산안 재검토", "survey", "공모 일정 확인"]
    assert [d.text for d in record.decisions] == ["원안대로 의결"]


def test_an_owner_two_people_share_must_be_chosen(planned: Session) -> None:
    store, mid = planned.store, planned.meeting_id
    with store.session() as s:
        s.add(Person(name="김도윤"))
        s.flush()
        twin = s.scalars(
            select(Person).where(Person.name == "김도윤").order_by(Person.id.desc())
        ).first()
        assert twin is not None
        twin_id = twin.id
    # Only one of them is on the roster: that one is meant.
    action = add_action(store, planned.items["discussion"], "검토", owner="김도윤")
    assert action.owner_person_id == planned.people["김도윤"]
    check_in(store, mid, twin_id, status=AttendanceStatus.PRESENT, now=at(0))
    # Now the guest is present and the member is not: the one in the room is meant.
    assert (
        add_action(store, planned.items["discussion"], "검토", owner="김도윤").owner_person_id
        == twin_id
    )
    check_in(store, mid, planned.people["김도윤"], status=AttendanceStatus.PRESENT, now=at(0))
    with pytest.raises(InvalidInputError, match="2 people have that name"):
        add_entry(
            store,
            mid,
            planned.items["discussion"],
            "조치: 검토 @김도윤",
            speaker_id=None,
            now=at(1),
        )


def test_remark_edit_move_delete_restore(planned: Session) -> None:
    store, mid, items, people = planned.store, planned.meeting_id, planned.items, planned.people
    start_session(store, mid, now=at(0))
    saved = add_remark(
        store,
        items["opening"],
        "결정: 이건 결정이 아니라 발언",
        speaker_id=people["최영조"],
        now=at(1),
    )
    assert saved.text == "결정: 이건 결정이 아니라 발언"  # the explicit form reads no prefix

    edit = update_remark(
        store,
        saved.id,
        text="고친 발언",
        speaker_id=people["이재훈"],
        agenda_item_id=items["discussion"],
    )
    assert edit.previous == saved
    assert (edit.current.text, edit.current.agenda_item_id) == ("고친 발언", items["discussion"])
    assert edit.current.speaker is not None and edit.current.speaker.name == "이재훈"
    nobody = update_remark(store, saved.id, speaker_id=None)
    assert nobody.current.speaker is None and nobody.current.text == "고친 발언"
    undone = update_remark(
        store,
        saved.id,
        text=edit.previous.text,
        speaker_id=people["최영조"],
        agenda_item_id=edit.previous.agenda_item_id,
    )
    assert undone.current == saved

    deleted = delete_remark(store, saved.id)
    assert deleted == saved
    assert live_state(store, mid).remarks == ()
    assert restore_remark(store, deleted) == saved
    assert live_state(store, mid).remarks == (saved,)
    with pytest.raises(InvalidInputError, match="already there"):
        restore_remark(store, deleted)
    with pytest.raises(InvalidInputError, match="Nothing to save"):
        update_remark(store, saved.id, text="  ")
    with planned.store.session() as s:
        other = s.scalars(select(AgendaItem).where(AgendaItem.meeting_id != mid)).first()
        assert other is not None
        other_id = other.id
    with pytest.raises(NotFoundError):
        update_remark(store, saved.id, agenda_item_id=other_id)


def test_decision_and_action_edits_undo(planned: Session) -> None:
    store, items = planned.store, planned.items
    decision = add_decision(
        store,
        items["discussion"],
        "건의문 채택",
        vote_mode=VoteMode.VOTE,
        votes_for=20,
        votes_against=1,
        abstentions=2,
    )
    assert (decision.votes_for, decision.votes_against, decision.abstentions) == (20, 1, 2)
    edit = update_decision(store, decision.id, vote_mode=VoteMode.NO_OBJECTION)
    assert edit.current.votes_for is None and edit.previous == decision
    back = update_decision(
        store, decision.id, vote_mode=VoteMode.VOTE, votes_for=20, votes_against=1, abstentions=2
    )
    assert back.current == decision
    with pytest.raises(InvalidInputError, match="counted vote"):
        add_decision(store, items["discussion"], "x", votes_for=3)
    with pytest.raises(InvalidInputError, match="negative"):
        update_decision(store, decision.id, votes_for=-1)
    assert restore_decision(store, delete_decision(store, decision.id)) == decision

    action = add_action(
        store,
        items["discussion"],
        "수요조사",
        owner="청색기술 중심도시",
        due_on=date(2020, 1, 31),
        detail="기업 대상",
    )
    assert action.owner == "청색기술 중심도시 분과" and action.detail == "기업 대상"
    changed = update_action(
        store, action.id, owner="김도윤", due_on=None, status=ActionStatus.IN_PROGRESS
    )
    assert (changed.current.owner, changed.current.due_on) == ("김도윤", None)
    assert revert_action(store, changed.previous).current == action
    deleted = delete_action(store, action.id)
    assert restore_action(store, deleted) == action
    with pytest.raises(InvalidInputError, match="already there"):
        restore_action(store, deleted)


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
    with pytest.raises(InvalidInputError, match="already in_progress"):
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
    with pytest.raises(InvalidInputError, match="needs a text"):
        record_achievement(store, mid, planned.strategy_id, " ", occurred_on=DAY)


def test_action_review_each_outcome_and_undo(planned: Session) -> None:
    store, mid = planned.store, planned.meeting_id
    items = actions_to_review(store, mid)
    assert len(items) >= 4 and all(i.review is None for i in items)
    assert all(i.action.meeting_number < 3 and i.action.status.is_open for i in items)
    outcomes = [
        (ReviewOutcome.DONE, None, ActionStatus.DONE),
        (ReviewOutcome.CONTINUE, None, ActionStatus.IN_PROGRESS),
        (ReviewOutcome.REDATE, date(2020, 3, 31), ActionStatus.IN_PROGRESS),
        (ReviewOutcome.DROP, None, ActionStatus.DROPPED),
    ]
    changes = []
    for item, (outcome, new_due, status) in zip(items, outcomes, strict=False):
        change = review_action(
            store, mid, item.action.id, outcome, comment=f"{outcome} 의견", new_due_on=new_due
        )
        assert change.previous_review is None and change.previous_status is item.action.status
        assert change.item.action.status is status
        assert change.item.review is not None and change.item.review.comment == f"{outcome} 의견"
        if new_due:
            assert change.item.action.due_on == new_due
        changes.append(change)
    # Done and dropped items are still listed: they were reviewed here.
    reviewed = {i.action.id: i for i in actions_to_review(store, mid)}
    assert all(reviewed[c.item.action.id].review == c.item.review for c in changes)

    # Reviewing again replaces the review; undo puts the first one back.
    again = review_action(store, mid, items[0].action.id, ReviewOutcome.CONTINUE)
    assert again.previous_review == changes[0].item.review
    assert undo_review(store, again) == changes[0].item
    for change, item in zip(reversed(changes), reversed(items[: len(changes)]), strict=True):
        assert undo_review(store, change) == item
    assert actions_to_review(store, mid) == items

    with pytest.raises(InvalidInputError, match="new due date"):
        review_action(store, mid, items[0].action.id, ReviewOutcome.REDATE)
    with pytest.raises(InvalidInputError, match="goes with re-dating"):
        review_action(store, mid, items[0].action.id, ReviewOutcome.DONE, new_due_on=DAY)
    mine = add_action(store, planned.items["review"], "새 조치")
    with pytest.raises(InvalidInputError, match="earlier meeting"):
        review_action(store, mid, mine.id, ReviewOutcome.DONE)


def test_end_reopen_and_the_lock_after_the_minutes(planned: Session) -> None:
    store, mid, items = planned.store, planned.meeting_id, planned.items
    start_session(store, mid, now=at(0))
    remark = add_entry(
        store, mid, items["opening"], "개회 선언", speaker_id=planned.people["최영조"], now=at(1)
    ).remark
    assert remark is not None
    go_to_item(store, mid, items["closing"], now=at(100))
    held = end_session(store, mid, now=at(110))
    assert held.status is MeetingStatus.HELD
    record = meeting_record(store, mid)
    assert (record.started_at, record.ended_at) == (at(0), at(110))
    closing = next(i for i in record.agenda if i.id == items["closing"])
    assert (closing.started_at, closing.ended_at) == (at(100), at(110))
    with pytest.raises(InvalidInputError, match="not in progress"):
        end_session(store, mid, now=at(111))

    state = reopen_session(store, mid)  # Ctrl+Z after Ctrl+E
    assert state.meeting.status is MeetingStatus.IN_PROGRESS
    assert state.current_item_id == items["closing"] and state.ended_at is None
    end_session(store, mid, now=at(115))

    # Corrections after the session are fine until the minutes are issued.
    update_remark(store, remark.id, text="개회를 선언합니다")
    with store.session() as s:
        s.get_one(Meeting, mid).status = MeetingStatus.MINUTES_ISSUED
    locked: list[Callable[[], object]] = [
        lambda: add_entry(store, mid, items["opening"], "늦은 발언", speaker_id=None, now=at(120)),
        lambda: update_remark(store, remark.id, text="x"),
        lambda: delete_remark(store, remark.id),
        lambda: check_in(
            store, mid, planned.people["최영조"], status=AttendanceStatus.ABSENT, now=at(120)
        ),
        lambda: start_session(store, mid, now=at(120)),
        lambda: reopen_session(store, mid),
        lambda: record_achievement(store, mid, planned.strategy_id, "x", occurred_on=DAY),
    ]
    for attempt in locked:
        with pytest.raises(LockedError, match="minutes were issued"):
            attempt()
    assert meeting_record(store, mid).remarks[0].text == "개회를 선언합니다"
    assert live_state(store, mid).meeting.status is MeetingStatus.MINUTES_ISSUED


def test_times_with_a_zone_are_stored_as_local_wall_clock(planned: Session) -> None:
    aware = at(0).astimezone()
    state = start_session(planned.store, planned.meeting_id, now=aware)
    assert state.started_at == at(0) and state.started_at.tzinfo is None


def test_subcommittee_owner_is_found_without_spaces_or_suffix(planned: Session) -> None:
    with planned.store.session() as s:
        name = s.scalars(select(Subcommittee.name).where(Subcommittee.name.like("청색%"))).one()
    for typed in (name, name.replace(" ", ""), name.removesuffix(" 분과")):
        assert (
            add_action(planned.store, planned.items["discussion"], "x", owner=typed).owner == name
        )


def test_restore_times_undoes_start_moves_and_end(planned: Session) -> None:
    store, mid, items = planned.store, planned.meeting_id, planned.items
    before_start = live_state(store, mid)
    started = start_session(store, mid, now=at(0))
    assert restore_times(store, before_start) == before_start  # Ctrl+Z after Ctrl+L
    assert start_session(store, mid, now=at(1)) != started  # and again, later

    before_move = live_state(store, mid)
    go_to_item(store, mid, items["discussion"], now=at(10))
    assert restore_times(store, before_move) == before_move
    before_end = go_to_item(store, mid, items["closing"], now=at(20))
    end_session(store, mid, now=at(30))
    assert restore_times(store, before_end) == before_end


def test_the_whole_session_reads_back_through_meeting_record(planned: Session) -> None:
    """The flow of the issue, each step through the services, then the minutes' view."""
    store, mid, items, people = planned.store, planned.meeting_id, planned.items, planned.people
    start_session(store, mid, now=at(0))
    for name in ("최영조", "이재훈", "김도윤", "김태형"):
        check_in(store, mid, people[name], status=AttendanceStatus.PRESENT, now=at(0))
    check_in(
        store, mid, people["심혜원"], status=AttendanceStatus.EXCUSED, now=at(0), reason="출장"
    )
    add_entry(
        store, mid, items["opening"], "개회를 선언합니다.", speaker_id=people["최영조"], now=at(1)
    )

    go_to_item(store, mid, items["review"], now=at(5))
    to_review = actions_to_review(store, mid)
    done = review_action(store, mid, to_review[0].action.id, ReviewOutcome.DONE, comment="완료")
    redated = review_action(
        store, mid, to_review[1].action.id, ReviewOutcome.REDATE, new_due_on=date(2020, 2, 28)
    )

    go_to_item(store, mid, items["briefing"], now=at(15))
    task = next(
        t
        for t in briefings.briefing(store, mid, items["briefing"]).tasks
        if t.status is TaskStatus.PLANNED
    )
    change_task_status(store, mid, task.id, TaskStatus.IN_PROGRESS, now=at(16), note="착수")
    record_achievement(store, mid, planned.strategy_id, "공모 선정", occurred_on=date(2019, 11, 1))
    add_entry(
        store,
        mid,
        items["briefing"],
        "조치: 실증 계획 보고 @김태형 ~2020-01-31",
        speaker_id=None,
        now=at(17),
    )

    go_to_item(store, mid, items["discussion"], now=at(25))
    add_entry(
        store,
        mid,
        items["discussion"],
        "분과 워크숍을 정례화합시다.",
        speaker_id=people["김도윤"],
        now=at(26),
    )
    add_entry(
        store,
        mid,
        items["discussion"],
        "결정: 분과 워크숍 분기 1회 정례화",
        speaker_id=None,
        now=at(27),
    )
    go_to_item(store, mid, items["closing"], now=at(55))
    end_session(store, mid, now=at(60))

    record = meeting_record(store, mid)
    assert record.meeting.status is MeetingStatus.HELD
    assert (record.started_at, record.ended_at) == (at(0), at(60))
    assert {a.person.name: a.status for a in record.attendance}[
        "심혜원"
    ] is AttendanceStatus.EXCUSED
    assert sum(a.status is AttendanceStatus.PRESENT for a in record.attendance) == 4
    times = {i.id: (i.started_at, i.ended_at) for i in record.agenda}
    assert times[items["review"]] == (at(5), at(15)) and times[items["closing"]] == (at(55), at(60))
    assert [r.text for r in record.remarks] == ["개회를 선언합니다.", "분과 워크숍을 정례화합시다."]
    assert [d.text for d in record.decisions] == ["분과 워크숍 분기 1회 정례화"]
    assert [(a.title, a.owner, a.due_on) for a in record.actions] == [
        ("실증 계획 보고", "김태형", date(2020, 1, 31))
    ]
    reviews = {r.action.id: r for r in record.reviews}
    assert reviews[done.item.action.id].outcome is ReviewOutcome.DONE
    assert reviews[redated.item.action.id].action.due_on == date(2020, 2, 28)
    strategy = next(s for s in record.strategies if s.id == planned.strategy_id)
    changed = next(t for t in strategy.tasks if t.id == task.id)
    assert (changed.status, changed.previous_status) == (TaskStatus.IN_PROGRESS, TaskStatus.PLANNED)
    assert "공모 선정" in {a.text for a in strategy.achievements}


def test_idle_checkpoint_moves_the_log_into_the_database(planned: Session) -> None:
    start_session(planned.store, planned.meeting_id, now=at(0))
    saved = add_remark(
        planned.store, planned.items["opening"], "체크포인트", speaker_id=None, now=at(1)
    )
    idle_checkpoint(planned.store)
    with planned.store.engine.connect() as connection:
        busy, log, copied = connection.exec_driver_sql("PRAGMA wal_checkpoint(PASSIVE)").one()
    assert busy == 0 and log == copied  # nothing left to copy
    assert live_state(planned.store, planned.meeting_id).remarks == (saved,)
