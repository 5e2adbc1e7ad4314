"""The meeting record read by plain SQL is the record the ORM builder made, for a
committee built from nothing: its sub-committees' sessions, a postponed and a cancelled
session, a ceremony with guests and a headcount."""

from __future__ import annotations

from datetime import date, time

from gsmeet.domain.setup import GuestSpec, SessionSpec
from gsmeet.services.session_edits import cancel_session, postpone_session
from gsmeet.services.sessions import new_session

from ..minutes.test_record_paths import every_record_alike
from .conftest import HEALTH, SHARING, Founded


def test_a_committee_from_nothing_reads_alike(founded: Founded) -> None:
    kinds, subs = founded.kinds, founded.subs
    spec = {"committee_id": founded.committee_id}
    first = new_session(founded.store, SessionSpec(held_on=date(2020, 3, 5), **spec))  # type: ignore[arg-type]
    founded.hold(first.meeting.id, date(2020, 3, 5), ["최영조", "김나눔", "정건강"])
    for sub, present in ((SHARING, ["김나눔", "박나눔"]), (HEALTH, ["정건강"])):
        one = new_session(
            founded.store,
            SessionSpec(
                held_on=date(2020, 4, 2),
                kind_id=kinds["subcommittee"],
                subcommittee_id=subs[sub],
                **spec,  # type: ignore[arg-type]
            ),
        )
        founded.hold(one.meeting.id, date(2020, 4, 2), present)
    moved = new_session(founded.store, SessionSpec(held_on=date(2020, 5, 7), **spec))  # type: ignore[arg-type]
    postpone_session(founded.store, moved.meeting.id, date(2020, 5, 14), time(15, 0))
    gone = new_session(founded.store, SessionSpec(held_on=date(2020, 6, 4), **spec))  # type: ignore[arg-type]
    cancel_session(founded.store, gone.meeting.id, "코로나19")
    new_session(
        founded.store,
        SessionSpec(
            held_on=date(2020, 7, 1),
            kind_id=kinds["ceremony"],
            guests=(GuestSpec("홍길동", "경상북도", "도지사"),),
            headcount=120,
            **spec,  # type: ignore[arg-type]
        ),
    )
    assert every_record_alike(founded.store, "founded") == 6
