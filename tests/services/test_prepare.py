"""Preparing 제3차 from the session of 2019-08-22: the standing agenda, presenters as
they stand on the new date, planned times learned, open actions, invitees, and undo."""

from __future__ import annotations

from datetime import date, time
from typing import Any

import pytest

from gsmeet.domain.enums import (
    ActionStatus,
    AgendaKind,
    AttendanceStatus,
    MeetingKind,
    MeetingStatus,
    Role,
)
from gsmeet.domain.errors import InvalidInputError, NotFoundError
from gsmeet.services.admin.transfer import export_data
from gsmeet.services.agenda import agenda
from gsmeet.services.listing import list_meetings
from gsmeet.services.meetings import open_actions_before
from gsmeet.services.numbering import BadNumber, NumberTaken
from gsmeet.services.prepare import (
    AlreadyHeldThatDay,
    NotAfter,
    NotHeld,
    PlannedThatDay,
    next_session_date,
    prepare_next,
    source_meeting_id,
    unprepare,
)
from gsmeet.services.record import meeting_record
from gsmeet.storage.db import Store
from gsmeet.storage.models import Meeting

ISSUED, HELD, PLANNED = 1, 2, 3
NEXT_DAY = date(2019, 11, 28)
STRATEGIES = (
    "4차 산업혁명 선도도시",
    "청색기술 중심도시",
    "美-뷰티도시",
    "휴먼의료도시",
    "청년희망도시",
    "착한나눔도시",
    "행복건강도시",
    "창의문화도시",
    "중소기업경제특별시",
    "스마트농업도시",
)
# The chairs on 2019-11-28: 서지현 took over 행복건강도시 from 임정호 on 2019-05-01.
CHAIRS = (
    *("김태형", "정은주", "이수진", "한상우", "윤재석"),
    *("송미경", "서지현", "문성철", "배영철", "권혁준"),
)
# Minutes the items of 2019-08-22 actually took (see the demo's times).
LEARNED = [5, 8, 17, 6, 7, 6, 5, 6, 6, 7, 5, 6, 6, 26, 7]


def everything(store: Store) -> Any:
    return export_data(store)["tables"]


def test_prepare_fills_the_planned_meeting_with_the_standing_agenda(bare_demo_store: Store) -> None:
    prepared = prepare_next(bare_demo_store, from_meeting_id=HELD, held_on=NEXT_DAY)
    assert prepared.meeting.id == PLANNED and prepared.filled is not None
    assert prepared.meeting.number == 3 and prepared.meeting.kind.code == MeetingKind.REGULAR
    assert (prepared.agenda_items, prepared.open_actions, prepared.invitees) == (15, 11, 55)
    items = [p.item for p in agenda(bare_demo_store, PLANNED).items]
    assert [i.kind for i in items] == [
        AgendaKind.OPENING,
        AgendaKind.ACTION_REVIEW,
        AgendaKind.OVERVIEW,
        *[AgendaKind.BRIEFING] * 10,
        AgendaKind.DISCUSSION,
        AgendaKind.CLOSING,
    ]
    assert [i.title for i in items] == [
        "개회",
        "이전 조치사항 점검",
        "총괄개요",
        *[f"{name} 추진상황 보고" for name in STRATEGIES],
        "자율토론",
        "폐회",
    ]
    presenters = [i.presenter.name if i.presenter else "" for i in items]
    assert presenters[:3] == ["정수민", "정수민", "이동근"]
    assert presenters[3:13] == list(CHAIRS)
    assert presenters[13:] == ["", "최영조"]
    assert all(i.presenter and i.presenter.role is Role.SUBCOMMITTEE_CHAIR for i in items[3:13])
    assert [i.planned_minutes for i in items] == LEARNED
    assert len({i.strategy_id for i in items[3:13]}) == 10


def test_forecast_of_the_prepared_agenda_warns_of_overrun(bare_demo_store: Store) -> None:
    prepare_next(bare_demo_store, from_meeting_id=HELD, held_on=NEXT_DAY)
    plan = agenda(bare_demo_store, PLANNED)
    assert plan.forecast_end.time() == time(16, 3)  # 14:00 + 123 minutes
    assert plan.runs_over and plan.overrun_minutes == 3


def test_open_actions_are_listed_for_review(bare_demo_store: Store) -> None:
    prepare_next(bare_demo_store, from_meeting_id=HELD, held_on=NEXT_DAY)
    actions = open_actions_before(bare_demo_store, PLANNED)
    assert len(actions) == 11
    assert all(a.status.is_open for a in actions)
    assert [a.meeting_number for a in actions] == [1, 1, *[2] * 9]
    owners = {a.title: a.owner for a in actions}
    assert owners["핵심선도사업 국책사업화 대상 발굴"] == "이재훈"
    assert owners["자율주행트램 부품기업 수요조사"] == "4차 산업혁명 선도도시 분과"
    assert owners["청년 일자리 매칭 플랫폼 대학 연계 방안 마련"] == "일자리경제과"
    assert "분과별 운영계획 수립·제출" not in owners  # done at 제2차
    assert {a.status for a in actions} == {ActionStatus.OPEN, ActionStatus.IN_PROGRESS}
    # The review at 2019-08-22 looks back to 제1차 only, at its items as they stood when it
    # began: all three open (it marked one done).
    assert [a.meeting_number for a in open_actions_before(bare_demo_store, HELD)] == [1, 1, 1]
    with pytest.raises(NotFoundError):
        open_actions_before(bare_demo_store, 999)


def test_invitees_are_the_members_in_office_on_the_new_date(bare_demo_store: Store) -> None:
    prepare_next(bare_demo_store, from_meeting_id=HELD, held_on=NEXT_DAY)
    record = meeting_record(bare_demo_store, PLANNED)
    names = {a.person.name for a in record.attendance}
    assert len(record.attendance) == 55
    assert {a.status for a in record.attendance} == {AttendanceStatus.INVITED}
    assert {"정수민", "김상철", "최영조", "도승민", "서지현"} <= names  # secretary, observer...
    assert not names & {"양소희", "임정호"}  # left before the date


def test_an_agenda_is_not_prepared_twice(bare_demo_store: Store) -> None:
    """Preparing a session that has its agenda already keeps it and says so."""
    prepare_next(bare_demo_store, from_meeting_id=HELD, held_on=NEXT_DAY)
    before = everything(bare_demo_store)
    again = prepare_next(bare_demo_store, from_meeting_id=HELD, held_on=NEXT_DAY)
    assert (again.kept_items, again.agenda_items, again.invitees) == (15, 0, 0)
    assert everything(bare_demo_store) == before


@pytest.mark.parametrize(
    ("held_on", "number", "error"),
    [
        (date(2019, 8, 1), None, NotAfter),
        (date(2019, 11, 28), 7, PlannedThatDay),
        (date(2020, 2, 20), 1, NumberTaken),
        (date(2020, 2, 20), 0, BadNumber),
    ],
)
def test_refusals(
    bare_demo_store: Store, held_on: date, number: int | None, error: type[InvalidInputError]
) -> None:
    before = everything(bare_demo_store)
    with pytest.raises(error):
        prepare_next(bare_demo_store, from_meeting_id=HELD, held_on=held_on, number=number)
    assert everything(bare_demo_store) == before


def test_a_planned_session_is_no_source(bare_demo_store: Store) -> None:
    """`prepare` copies a held session; a planned one (제3차) is refused, naming it."""
    before = everything(bare_demo_store)
    with pytest.raises(NotHeld) as refused:
        prepare_next(bare_demo_store, from_meeting_id=PLANNED, held_on=date(2020, 2, 20))
    assert refused.value.fields["meeting"].number == 3
    assert everything(bare_demo_store) == before


def test_a_meeting_already_held_that_day_is_refused(bare_demo_store: Store) -> None:
    with pytest.raises(AlreadyHeldThatDay):
        prepare_next(bare_demo_store, from_meeting_id=ISSUED, held_on=date(2019, 8, 22))


def test_a_new_meeting_copies_the_source(bare_demo_store: Store) -> None:
    prepared = prepare_next(
        bare_demo_store,
        from_meeting_id=HELD,
        held_on=date(2020, 2, 20),
        start_time=time(10, 0),
        place=" 경산시청 소회의실 ",
    )
    m = prepared.meeting
    assert prepared.filled is None and m.number == 4
    assert m.kind.code == MeetingKind.ROUND_TABLE  # as the source
    assert (m.start_time, m.end_time, m.place) == (time(10, 0), time(12, 0), "경산시청 소회의실")
    record = meeting_record(bare_demo_store, m.id)
    assert record.chair is not None and record.chair.name == "최영조"
    assert record.secretary is not None and record.secretary.name == "정수민"
    assert prepared.open_actions == 11 and prepared.invitees == 55


def test_without_actual_times_the_defaults_apply(bare_demo_store: Store) -> None:
    """A session held but entered afterwards without its times (제3차 here)."""
    with bare_demo_store.session() as session:
        session.get_one(Meeting, PLANNED).status = MeetingStatus.HELD
    prepared = prepare_next(
        bare_demo_store, from_meeting_id=PLANNED, held_on=date(2020, 2, 20), lang="en"
    )
    items = [p.item for p in agenda(bare_demo_store, prepared.meeting.id).items]
    assert [i.planned_minutes for i in items] == [5, 10, 10, *[7] * 10, 30, 5]
    assert items[0].title == "Opening" and items[3].title.endswith(": status briefing")
    assert items[0].presenter is not None and items[0].presenter.name == "정수민"  # secretary
    assert items[-1].presenter is not None and items[-1].presenter.name == "최영조"  # chair


def test_unprepare_restores_the_database(bare_demo_store: Store) -> None:
    before = everything(bare_demo_store)
    filled = prepare_next(
        bare_demo_store, from_meeting_id=HELD, held_on=NEXT_DAY, start_time=time(15, 0), place="x"
    )
    assert filled.meeting.start_time == time(15, 0) and filled.meeting.end_time == time(17, 0)
    assert unprepare(bare_demo_store, filled) == filled.filled
    created = prepare_next(bare_demo_store, from_meeting_id=HELD, held_on=date(2020, 2, 20))
    assert unprepare(bare_demo_store, created) is None
    assert everything(bare_demo_store) == before


def test_source_references(bare_demo_store: Store) -> None:
    assert source_meeting_id(bare_demo_store, "latest") == HELD
    assert source_meeting_id(bare_demo_store, "2019. 8. 22.") == HELD
    assert source_meeting_id(bare_demo_store, "19.08.22") == HELD
    assert source_meeting_id(bare_demo_store, " 1 ") == ISSUED
    with pytest.raises(InvalidInputError, match="month 2 has only 28 days"):
        source_meeting_id(bare_demo_store, "2019-02-30")
    with pytest.raises(NotFoundError):
        source_meeting_id(bare_demo_store, "9")
    assert next_session_date(bare_demo_store, HELD) == NEXT_DAY
    assert next_session_date(bare_demo_store, PLANNED) is None
    assert len(list_meetings(bare_demo_store, 1)) == 3
