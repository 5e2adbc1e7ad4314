"""Every document of a session shows the world as it stood at that session: a later
session's reviews, status changes and achievements leave an earlier session's
minutes, agenda packet, packets and sign-in sheet byte for byte as they were."""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from pathlib import Path

from gsmeet.domain.enums import ActionStatus, ReviewOutcome, TaskStatus
from gsmeet.services.live.briefings import change_task_status
from gsmeet.services.live.reviews import review_action
from gsmeet.services.meetings import open_actions_before
from gsmeet.services.minutes.documents import (
    write_agenda,
    write_minutes,
    write_packet,
    write_signin_sheet,
)
from gsmeet.services.record import find_meeting_id, meeting_record
from gsmeet.services.register.strategies import update_task
from gsmeet.storage.db import Store
from gsmeet.storage.models import ActionChange, ActionItem

from .conftest import WRITTEN_ON, Later


def documents(store: Store, meeting_id: int, folder: Path, strategy_id: int) -> dict[str, str]:
    """Each document of the session (minutes in both languages, public, editable), by
    name → SHA-256."""
    folder.mkdir()
    writers = {
        "minutes.pdf": lambda out: write_minutes(store, meeting_id, out, written_on=WRITTEN_ON),
        "minutes-en.pdf": lambda out: write_minutes(
            store, meeting_id, out, lang="en", written_on=WRITTEN_ON
        ),
        "public.pdf": lambda out: write_minutes(
            store, meeting_id, out, public=True, written_on=WRITTEN_ON
        ),
        "minutes.docx": lambda out: write_minutes(store, meeting_id, out, written_on=WRITTEN_ON),
        "minutes.hwpx": lambda out: write_minutes(store, meeting_id, out, written_on=WRITTEN_ON),
        "agenda.pdf": lambda out: write_agenda(store, meeting_id, out),
        "signin.pdf": lambda out: write_signin_sheet(store, meeting_id, out),
        "packet.pdf": lambda out: write_packet(store, meeting_id, strategy_id, out),
    }
    found = {}
    for name, write in writers.items():
        write(folder / name)
        found[name] = hashlib.sha256((folder / name).read_bytes()).hexdigest()
    return found


def test_a_later_session_leaves_an_earlier_sessions_documents_as_they_were(
    store: Store, held: int, later: Later, tmp_path: Path
) -> None:
    before = documents(store, held, tmp_path / "before", later.strategy_id)
    first = find_meeting_id(store, "2018-11-27")
    first_before = documents(store, first, tmp_path / "first-before", later.strategy_id)
    record = meeting_record(store, held)
    actions = {a.title: a for a in record.actions}
    done, redated, dropped = list(actions.values())[:3]

    # 제3차 reviews 제2차's actions, changes a task of strategy 1 and the register moves on
    review_action(store, later.meeting_id, done.id, ReviewOutcome.DONE, comment="완료 보고")
    review_action(
        store,
        later.meeting_id,
        redated.id,
        ReviewOutcome.REDATE,
        new_due_on=date(2020, 3, 31),
        comment="국비 확보 일정",
    )
    review_action(store, later.meeting_id, dropped.id, ReviewOutcome.DROP)
    task = next(s for s in record.strategies if s.id == later.strategy_id).tasks[0]
    change_task_status(
        store, later.meeting_id, task.id, TaskStatus.DONE, now=datetime(2019, 11, 28, 14, 20)
    )
    other = next(s for s in record.strategies if s.id == later.strategy_id).tasks[1]
    update_task(store, other.id, status=TaskStatus.ON_HOLD, changed_at=datetime(2019, 12, 2))

    assert documents(store, held, tmp_path / "after", later.strategy_id) == before
    assert documents(store, first, tmp_path / "first-after", later.strategy_id) == first_before
    # ... while the data itself did move on
    now = {r.action.id: r for r in meeting_record(store, later.meeting_id).reviews}
    assert now[redated.id].action.due_on == redated.due_on  # as 제3차 found it
    assert now[redated.id].new_due_on == date(2020, 3, 31)
    again = {a.id: a for a in meeting_record(store, held).actions}
    assert again[done.id].status is done.status  # as it stood at 제2차
    assert again[redated.id].due_on == redated.due_on


def test_the_agenda_of_a_session_keeps_what_was_open_as_it_began(
    store: Store, held: int, later: Later
) -> None:
    open_then = open_actions_before(store, later.meeting_id)
    assert open_then
    for action in open_then:
        review_action(store, later.meeting_id, action.id, ReviewOutcome.DONE)
    assert open_actions_before(store, later.meeting_id) == open_then
    reviewed = meeting_record(store, later.meeting_id).reviews
    assert {r.action.id for r in reviewed} == {a.id for a in open_then}
    assert all(r.action.status.is_open for r in reviewed)  # as found, before the review


def test_a_change_made_outside_any_session_counts_from_when_it_was_made(
    store: Store, held: int, later: Later
) -> None:
    """An item of 제2차 closed outside any session (its session since deleted, or an
    import) after 제3차 was held: 제3차's review lists still hold it open, as the record
    of 제2차 does."""
    action_id = next(a.id for a in meeting_record(store, held).actions if a.status.is_open)
    with store.session() as s:
        action = s.get_one(ActionItem, action_id)
        s.add(
            ActionChange(
                action_item_id=action_id,
                meeting_id=None,
                changed_at=datetime(2019, 12, 2, 10),
                old_status=action.status,
                new_status=ActionStatus.DONE,
                old_due_on=action.due_on,
                new_due_on=action.due_on,
                note="",
            )
        )
        action.status = ActionStatus.DONE
    assert action_id in {a.id for a in open_actions_before(store, later.meeting_id)}
    as_recorded = next(a for a in meeting_record(store, held).actions if a.id == action_id)
    assert as_recorded.status.is_open


def test_reviewing_again_and_undoing_keep_one_change_from_the_state_before(
    store: Store, held: int, later: Later
) -> None:
    from gsmeet.services.live.reviews import undo_review

    action = meeting_record(store, held).actions[1]
    first = review_action(
        store, later.meeting_id, action.id, ReviewOutcome.REDATE, new_due_on=date(2020, 1, 31)
    )
    second = review_action(store, later.meeting_id, action.id, ReviewOutcome.DONE)
    reviewed = meeting_record(store, later.meeting_id).reviews
    assert [(r.action.due_on, r.action.status, r.outcome) for r in reviewed] == [
        (action.due_on, action.status, ReviewOutcome.DONE)
    ]
    undo_review(store, second)
    assert meeting_record(store, later.meeting_id).reviews[0].new_due_on == date(2020, 1, 31)
    undo_review(store, first)
    assert meeting_record(store, later.meeting_id).reviews == ()
    assert meeting_record(store, held).actions[1] == action
    assert first.previous_status is ActionStatus.OPEN


def test_a_new_due_date_before_the_session_is_refused(
    store: Store, held: int, later: Later
) -> None:
    import pytest

    from gsmeet.services.live.common import DueBeforeMeeting

    action = meeting_record(store, held).actions[0]
    with pytest.raises(DueBeforeMeeting):
        review_action(
            store, later.meeting_id, action.id, ReviewOutcome.REDATE, new_due_on=date(2019, 9, 1)
        )
