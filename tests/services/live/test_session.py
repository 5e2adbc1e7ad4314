"""The session itself: start, moving through the agenda, end, the lock, reading back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from sqlalchemy import select

from gsmeet.domain.enums import (
    AttendanceStatus,
    MeetingStatus,
    ReviewOutcome,
    TaskStatus,
)
from gsmeet.domain.errors import InvalidInputError, LockedError, NotFoundError
from gsmeet.services.live import briefings
from gsmeet.services.live.attendance import check_in
from gsmeet.services.live.briefings import (
    change_task_status,
    record_achievement,
)
from gsmeet.services.live.entries import (
    add_entry,
    add_remark,
    delete_remark,
    update_remark,
)
from gsmeet.services.live.reviews import actions_to_review, review_action
from gsmeet.services.live.session import (
    end_session,
    go_to_item,
    idle_checkpoint,
    live_state,
    records_by_item,
    reopen_session,
    restore_times,
    start_session,
)
from gsmeet.services.record import meeting_record
from gsmeet.storage.models import (
    Meeting,
)

from ...conftest import sqlite_only
from .conftest import DAY, Session, at, following


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
    # as it stood when reviewed here: the old due date, and the new one the review gave it
    redated_here = reviews[redated.item.action.id]
    assert (redated_here.action.due_on, redated_here.new_due_on) == (
        date(2019, 10, 31),
        date(2020, 2, 28),
    )
    strategy = next(s for s in record.strategies if s.id == planned.strategy_id)
    changed = next(t for t in strategy.tasks if t.id == task.id)
    assert (changed.status, changed.previous_status) == (TaskStatus.IN_PROGRESS, TaskStatus.PLANNED)
    assert "공모 선정" in {a.text for a in strategy.achievements}


@sqlite_only
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


def test_the_record_of_every_item_and_which_items_have_one(planned: Session) -> None:
    store, mid = planned.store, planned.meeting_id
    start_session(store, mid, now=at(0))
    opening, closing = planned.items["opening"], planned.items["closing"]
    add_entry(store, mid, opening, "개회를 선언합니다", speaker_id=None, now=at(1))
    add_entry(store, mid, opening, "결정: 원안 가결", speaker_id=None, now=at(2))
    add_entry(store, mid, closing, "조치: 자료 배포 @미래전략과", speaker_id=None, now=at(3))
    found = records_by_item(store, mid)
    assert set(found) == {opening, closing}
    assert [r.text for r in found[opening].remarks] == ["개회를 선언합니다"]
    assert [d.text for d in found[opening].decisions] == ["원안 가결"]
    assert [a.title for a in found[closing].actions] == ["자료 배포"]
    state = live_state(store, mid)
    assert state.recorded == {opening, closing}
    assert (state.remarks, state.decisions) == found[opening][:2]  # as the item shows it
