"""Check-ins and the quorum."""

from __future__ import annotations

import pytest

from gsmeet.domain.enums import (
    AttendanceStatus,
    Role,
)
from gsmeet.domain.errors import NotFoundError
from gsmeet.services.live.attendance import check_in, undo_check_in
from gsmeet.services.live.session import (
    live_state,
    start_session,
)
from gsmeet.services.record import meeting_record

from .conftest import Session, at


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
