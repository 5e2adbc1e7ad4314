"""Every Qt model of the window, over the demo committee's records, checked by
pytest-qt's model tester and read back cell by cell."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.modeltest import ModelTester

from gsmeet.domain.enums import AgendaKind, AttendanceStatus, MeetingStatus, Role
from gsmeet.domain.kinds import KindInfo
from gsmeet.domain.outline import outline
from gsmeet.domain.records import MeetingRecord, MeetingSummary, PersonAtDate
from gsmeet.ui.kit.table_model import ROW_ROLE
from gsmeet.ui.kit.text import person_with_role
from gsmeet.ui.sessions.meeting_list import MeetingListModel, default_meeting
from gsmeet.ui.sessions.record_models import (
    ActionModel,
    AgendaModel,
    AttendanceModel,
    DecisionModel,
    RemarkModel,
    ReviewModel,
)

REFERENCE_DAY = date(2019, 8, 22)


@pytest.fixture
def meetings(demo_store: Any) -> list[MeetingSummary]:
    from gsmeet.services.listing import list_committees, list_meetings

    committee = list_committees(demo_store)[0]
    return list_meetings(demo_store, committee.id)


@pytest.fixture
def record(demo_store: Any, meetings: list[MeetingSummary]) -> MeetingRecord:
    from gsmeet.services.record import meeting_record

    reference = next(m for m in meetings if m.held_on == REFERENCE_DAY)
    return meeting_record(demo_store, reference.id)


def cells(model: Any, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def header(model: Any) -> list[str]:
    return [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for c in range(model.columnCount())
    ]


def test_meeting_list_model(
    qtmodeltester: ModelTester, meetings: list[MeetingSummary], korean: None
) -> None:
    model = MeetingListModel("ko")
    qtmodeltester.check(model)
    model.set_rows(meetings)
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    assert cells(model, MeetingListModel.NUMBER) == ["제3차", "제2차", "제1차"]
    assert cells(model, MeetingListModel.DATE)[1] == "2019. 8. 22.(목)"
    assert cells(model, MeetingListModel.KIND)[1] == "간담회"
    assert cells(model, MeetingListModel.STATUS) == ["예정", "개최", "회의록 확정"]
    assert model.index(1, 0).data(ROW_ROLE) == meetings[1]
    assert "경산시청 대회의실" in model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert model.row_of(meetings[2].id) == 2 and model.row_of(-1) is None
    assert model.rowCount(model.index(0, 0)) == 0  # a table: rows have no children
    # a session not numbered (a ceremony) is known by its title
    ceremony = KindInfo(9, "ceremony", "행사", "ceremony", "", False, False, 5, False)
    launch = replace(meetings[2], id=99, number=None, kind=ceremony, title="출범식")
    model.set_rows([*meetings, launch])
    assert cells(model, MeetingListModel.KIND)[3] == "행사 · 출범식"
    assert cells(model, MeetingListModel.NUMBER)[3] == ""


def test_the_first_session_shown_is_the_latest_held(meetings: list[MeetingSummary]) -> None:
    first = default_meeting(meetings)
    assert first is not None and first.held_on == REFERENCE_DAY
    planned_only = [replace(m, status=MeetingStatus.PLANNED) for m in meetings]
    assert default_meeting(planned_only) == planned_only[0]
    assert default_meeting([]) is None


def test_agenda_model(qtmodeltester: ModelTester, record: MeetingRecord, korean: None) -> None:
    model = AgendaModel("ko")
    qtmodeltester.check(model)
    model.set_agenda(record.agenda)
    qtmodeltester.check(model)
    assert model.rowCount() == 15
    assert header(model) == ["순서", "구분", "안건명", "보고자", "계획", "실제 진행"]
    kinds = cells(model, 1)
    assert kinds[0] == "개회" and kinds[-1] == "폐회"
    assert kinds.count("추진상황 보고") == 10
    assert "이전 조치사항 점검" in kinds and "총괄개요" in kinds and "토의" in kinds
    titles = cells(model, 2)
    assert "4차 산업혁명 선도도시 추진상황 보고" in titles
    assert any("자율토론" in title for title in titles)
    assert cells(model, 0) == [str(n) for n in range(1, 16)]
    assert all(text.endswith("분") for text in cells(model, 4))
    assert all("∼" in text for text in cells(model, 5))  # every item has actual times


def test_attendance_model(qtmodeltester: ModelTester, record: MeetingRecord, korean: None) -> None:
    model = AttendanceModel("ko")
    qtmodeltester.check(model)
    model.set_rows(record.attendance)
    qtmodeltester.check(model)
    assert model.rowCount() == len(record.attendance) > 12
    assert header(model) == ["구분", "성명", "소속", "직위", "출결", "도착", "사유"]
    names = cells(model, 1)
    assert "최영조" in names and "이재훈" in names
    statuses = cells(model, 4)
    assert statuses.count("출석") == sum(
        1 for a in record.attendance if a.status is AttendanceStatus.PRESENT
    )
    assert cells(model, 0).count("공동위원장") == 2
    arrived = cells(model, 5)
    assert arrived[0].count(":") == 1


def test_remark_model_groups_remarks_by_agenda_item(
    qtmodeltester: ModelTester, record: MeetingRecord, korean: None
) -> None:
    model = RemarkModel("ko")
    qtmodeltester.check(model)
    model.set_remarks(record.agenda, record.remarks)
    qtmodeltester.check(model)
    assert len(model.remarks()) == len(record.remarks) > 10
    headings = model.heading_rows()
    assert headings and headings[0] == 0
    assert model.rowCount() == len(record.remarks) + len(headings)
    first = model.index(0, RemarkModel.TIME)
    assert first.data().startswith("1. ") and first.data(Qt.ItemDataRole.FontRole).bold()
    # the discussion has several speakers
    discussion = next(i for i in record.agenda if i.kind is AgendaKind.DISCUSSION)
    speakers = {
        r.speaker.id for r in record.remarks if r.agenda_item_id == discussion.id and r.speaker
    }
    assert len(speakers) >= 3
    remark_row = headings[0] + 1
    assert model.index(remark_row, RemarkModel.TEXT).data() == record.remarks[0].text


def test_decision_action_and_review_models(
    qtmodeltester: ModelTester, record: MeetingRecord, korean: None
) -> None:
    titles = {row.item.id: f"{row.number}. {row.item.title}" for row in outline(record.agenda)}
    decisions = DecisionModel("ko")
    decisions.set_decisions(record.decisions, titles)
    qtmodeltester.check(decisions)
    assert decisions.rowCount() == len(record.decisions) > 0
    resolved = cells(decisions, 2)
    assert all(text for text in resolved)
    assert any(text in ("이의 없음", "의견 수렴") or text.startswith("찬성") for text in resolved)

    actions = ActionModel("ko")
    actions.set_rows(record.actions)
    qtmodeltester.check(actions)
    assert actions.rowCount() == len(record.actions) >= 6
    assert all(owner and owner != "—" for owner in cells(actions, 1))
    assert all(due.startswith("2019.") for due in cells(actions, 2))

    reviews = ReviewModel("ko")
    reviews.set_reviews(record.reviews)
    qtmodeltester.check(reviews)
    assert reviews.rowCount() == len(record.reviews)
    assert set(cells(reviews, 0)) <= {"제1차"}


def test_english_models_and_invalid_indexes(record: MeetingRecord) -> None:
    model = AgendaModel("en")
    model.set_agenda(record.agenda)
    assert header(model) == ["No.", "Kind", "Title", "Presenter", "Planned", "Actual"]
    assert cells(model, 1)[0] == "Opening" and cells(model, 4)[0].endswith(" min")
    assert model.data(QModelIndex()) is None
    assert model.flags(QModelIndex()) == Qt.ItemFlag.NoItemFlags
    assert model.headerData(0, Qt.Orientation.Vertical) is None
    assert model.headerData(99, Qt.Orientation.Horizontal) is None


def test_people_are_named_as_the_minutes_name_them() -> None:
    chair = PersonAtDate(1, "최영조", Role.CO_CHAIR, "경산시", "시장", "", True)
    official = PersonAtDate(2, "이동근", Role.OBSERVER, "경산시", "미래전략과장", "", True)
    guest = PersonAtDate(3, "홍길동", None, "대구경북연구원", "연구위원", "", False)
    assert person_with_role(chair, "ko") == "공동위원장 최영조"
    assert person_with_role(chair, "en") == "최영조 (Co-chair)"
    assert person_with_role(official, "ko") == "미래전략과장 이동근"
    assert person_with_role(guest, "ko") == "연구위원 홍길동"
    assert person_with_role(None, "ko") == "—"
    assert datetime(2019, 8, 22).date() == REFERENCE_DAY
