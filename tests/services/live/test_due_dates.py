"""A due date before the session's day is refused wherever an action item gets one: the
small form, a typed entry (``조치: … ~2019-08-01``), an edit, a review's re-date."""

from __future__ import annotations

from datetime import date

import pytest

from gsmeet.services.live.actions import add_action, update_action
from gsmeet.services.live.common import DueBeforeMeeting
from gsmeet.services.live.entries import add_entry
from gsmeet.services.record import meeting_record

from .conftest import Session, at


def test_a_due_date_before_the_session_is_refused(planned: Session) -> None:
    item = planned.items["discussion"]
    with pytest.raises(DueBeforeMeeting):
        add_action(planned.store, item, "수요조사", due_on=date(2019, 11, 27))
    with pytest.raises(DueBeforeMeeting):
        add_entry(
            planned.store,
            planned.meeting_id,
            item,
            "조치: 수요조사 @김태형 ~2019-08-01",
            speaker_id=None,
            now=at(30),
        )
    assert meeting_record(planned.store, planned.meeting_id).actions == ()
    kept = add_action(planned.store, item, "수요조사", due_on=date(2019, 11, 28))  # the day
    with pytest.raises(DueBeforeMeeting):
        update_action(planned.store, kept.id, due_on=date(2019, 1, 31))
    assert meeting_record(planned.store, planned.meeting_id).actions[0].due_on == date(2019, 11, 28)
