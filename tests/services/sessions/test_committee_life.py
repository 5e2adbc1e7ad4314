"""A committee's life through the services: from nothing to its first issued minutes;
sub-committee sessions; history entered before existing sessions; cancelled and
postponed sessions; a ceremony with guests and a headcount; terms that end; an owner
who left."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest

from gsmeet.domain.edits import MinutesIssued
from gsmeet.domain.enums import ActionStatus, AttendanceStatus, MeetingStatus
from gsmeet.domain.setup import GuestSpec, SessionEdit, SessionSpec, Template
from gsmeet.domain.signoff import confirmers
from gsmeet.services.listing import list_meetings
from gsmeet.services.live.entries import add_remark
from gsmeet.services.meetings import open_actions_before
from gsmeet.services.minutes.confirm import confirm_minutes
from gsmeet.services.minutes.documents import write_minutes
from gsmeet.services.minutes.issue import issue_minutes
from gsmeet.services.numbering import NumberNeeded, NumberTaken
from gsmeet.services.owners import departed_owners, reassign_action, undo_reassign
from gsmeet.services.prepare import NotHeld, prepare_next
from gsmeet.services.record import meeting_record
from gsmeet.services.register.terms import check_terms, leave_by_name, renew_terms
from gsmeet.services.session_edits import (
    HasRecords,
    NumberMovedOnUndo,
    cancel_session,
    delete_session,
    edit_session,
    postpone_session,
    undo_session_change,
)
from gsmeet.services.sessions import SubcommitteeNeeded, new_session
from gsmeet.storage.models import ActionItem

from ...report.readback import pdf_text
from .conftest import HEALTH, SHARING, Founded


def spec(world: Founded, day: date, **fields: object) -> SessionSpec:
    return SessionSpec(committee_id=world.committee_id, held_on=day, **fields)  # type: ignore[arg-type]


def test_a_committee_from_nothing_to_its_first_issued_minutes(
    founded: Founded, tmp_path: Path
) -> None:
    first = new_session(founded.store, spec(founded, date(2020, 3, 5), place="경산시청 대회의실"))
    m = first.meeting
    assert (m.number, m.kind.code, m.status) == (1, "regular", MeetingStatus.PLANNED)
    # the standing agenda: opening, review, overview, a briefing per strategy, discussion, closing
    assert first.agenda_items == 7 and first.open_actions == 0
    assert first.invitees == 10  # 2 co-chairs, 6 members, the observer, the secretary
    record = meeting_record(founded.store, m.id)
    assert record.chair is not None and record.chair.name == "최영조"  # the first co-chair
    assert record.secretary is not None and record.secretary.name == "정수민"
    assert record.previous is None
    assert (record.quorum.enrolled, record.quorum.unchecked, record.quorum.absent) == (8, 8, 0)
    founded.hold(m.id, date(2020, 3, 5), ["최영조", "이재훈", "김나눔", "박나눔", "정건강"])
    add_remark(
        founded.store,
        record.agenda[0].id,
        "위원회 첫 회의를 시작하겠습니다.",
        speaker_id=founded.people["최영조"],
        now=datetime(2020, 3, 5, 14, 1),
    )
    out = tmp_path / "minutes.pdf"
    for person in confirmers(meeting_record(founded.store, m.id)):  # the chair's 확인
        confirm_minutes(
            founded.store, m.id, person.name, date(2020, 3, 6), now=datetime(2020, 3, 6)
        )
    version = issue_minutes(founded.store, m.id, out)
    assert version.version == 1
    text = pdf_text(out)
    assert "경산발전전략위원회 제1차 정기회의 회의록" in text
    assert "재적 8명 / 출석 5명 / 불참 3명 — 정족수 충족(의사정족수 5명)" in text
    assert "위원회 첫 회의를 시작하겠습니다." in text
    with pytest.raises(MinutesIssued):
        edit_session(founded.store, m.id, SessionEdit(title="바뀐 제목"))


def test_a_subcommittee_session_counts_its_own_members(founded: Founded, tmp_path: Path) -> None:
    sharing = founded.subs[SHARING]
    with pytest.raises(SubcommitteeNeeded):
        new_session(
            founded.store, spec(founded, date(2020, 4, 2), kind_id=founded.kinds["subcommittee"])
        )
    one = new_session(
        founded.store,
        spec(
            founded,
            date(2020, 4, 2),
            kind_id=founded.kinds["subcommittee"],
            subcommittee_id=sharing,
        ),
    )
    other = new_session(  # the other sub-committee meets the same day
        founded.store,
        spec(
            founded,
            date(2020, 4, 2),
            kind_id=founded.kinds["subcommittee"],
            subcommittee_id=founded.subs[HEALTH],
        ),
    )
    second = new_session(
        founded.store,
        spec(
            founded,
            date(2020, 6, 4),
            kind_id=founded.kinds["subcommittee"],
            subcommittee_id=sharing,
        ),
    )
    assert (one.meeting.number, other.meeting.number, second.meeting.number) == (1, 1, 2)
    assert one.invitees == 4  # its three members and the secretary
    assert one.agenda_items == 6  # its own strategy's briefing only
    founded.hold(second.meeting.id, date(2020, 6, 4), ["김나눔", "박나눔"])
    record = meeting_record(founded.store, second.meeting.id)
    assert record.chair is not None and record.chair.name == "김나눔"  # the 분과위원장
    assert (record.quorum.enrolled, record.quorum.present, record.quorum.required) == (3, 2, 2)
    assert [s.name for s in record.strategies] == ["착한나눔도시"]
    out = tmp_path / "sub.pdf"
    write_minutes(founded.store, second.meeting.id, out)
    text = pdf_text(out)
    assert "경산발전전략위원회 착한나눔도시 분과 제2차 분과회의 회의록" in text
    assert "재적 3명 / 출석 2명 / 불참 1명 — 정족수 충족(의사정족수 2명)" in text
    signoff = text[text.index("작성·확인") :]
    assert "김나눔" in signoff and "최영조" not in signoff  # its chair confirms


def test_a_past_session_entered_before_issued_ones_keeps_their_numbers(
    founded: Founded, tmp_path: Path
) -> None:
    store = founded.store
    a = new_session(store, spec(founded, date(2020, 3, 5))).meeting
    b = new_session(store, spec(founded, date(2020, 6, 4))).meeting
    for meeting in (a, b):
        founded.hold(
            meeting.id, meeting.held_on, ["최영조", "김나눔", "정건강", "한건강", "박나눔"]
        )
        issue_minutes(store, meeting.id, tmp_path / f"{meeting.id}.pdf", unconfirmed_ok=True)
    with pytest.raises(NumberNeeded) as needed:  # date order says 2, which 6월 holds
        new_session(store, spec(founded, date(2020, 4, 16), template=Template.EMPTY))
    assert needed.value.fields["free"] == 3
    with pytest.raises(NumberTaken):
        new_session(store, spec(founded, date(2020, 4, 16), number=1))
    inserted = new_session(store, spec(founded, date(2020, 4, 16), number=3)).meeting
    numbers = {m.held_on: m.number for m in list_meetings(store, founded.committee_id)}
    assert numbers == {date(2020, 3, 5): 1, date(2020, 4, 16): 3, date(2020, 6, 4): 2}
    # a launch ceremony before everything: not numbered, nothing moves
    launch = new_session(
        store, spec(founded, date(2020, 2, 1), kind_id=founded.kinds["ceremony"], title="출범식")
    ).meeting
    assert launch.number is None
    assert (
        meeting_record(store, inserted.id).previous
        == list_meetings(store, founded.committee_id)[-2]
    )


def test_a_session_before_anyones_term_is_written_by_todays_secretary(founded: Founded) -> None:
    # The committee's history, entered now: nobody's membership held on that day.
    early = new_session(store := founded.store, spec(founded, date(2019, 11, 1))).meeting
    record = meeting_record(store, early.id)
    assert record.secretary is not None and record.secretary.name == "정수민"


def test_a_cancelled_session_is_skipped_by_previous_carry_over_and_numbering(
    founded: Founded,
) -> None:
    store = founded.store
    first = new_session(store, spec(founded, date(2020, 3, 5))).meeting
    founded.hold(first.id, first.held_on, ["최영조", "김나눔", "정건강", "한건강", "박나눔"])
    with store.session() as s:
        s.add(ActionItem(meeting_id=first.id, title="분과별 계획 제출", status=ActionStatus.OPEN))
    planned = new_session(store, spec(founded, date(2020, 6, 4))).meeting
    assert planned.number == 2
    moved = postpone_session(store, planned.id, date(2020, 6, 11))
    assert moved.meeting.postponed_from == date(2020, 6, 4) and moved.meeting.number == 2
    cancelled = cancel_session(store, planned.id, "코로나19 확산")
    assert (cancelled.meeting.status, cancelled.meeting.number) == (MeetingStatus.CANCELLED, None)
    listed = {m.id: m for m in list_meetings(store, founded.committee_id)}
    assert listed[planned.id].cancel_reason == "코로나19 확산"  # kept in the list, marked
    with pytest.raises(NotHeld):
        prepare_next(store, from_meeting_id=planned.id, held_on=date(2020, 9, 3))
    after = new_session(store, spec(founded, date(2020, 9, 3))).meeting
    assert after.number == 2  # the number the cancelled one gave up
    record = meeting_record(store, after.id)
    assert record.previous is not None and record.previous.id == first.id
    assert [a.title for a in open_actions_before(store, after.id)] == ["분과별 계획 제출"]
    (note,) = undo_session_change(store, cancelled.undo, planned.id)  # brought back: 제2차 is taken
    assert isinstance(note, NumberMovedOnUndo) and note.fields["new"] == 3
    back = {m.id: m for m in list_meetings(store, founded.committee_id)}[planned.id]
    assert (back.status, back.number, back.held_on) == (MeetingStatus.PLANNED, 3, date(2020, 6, 11))


def test_a_ceremony_with_guests_and_a_headcount_has_no_quorum_line(
    founded: Founded, tmp_path: Path
) -> None:
    store = founded.store
    guests = (GuestSpec("이철우", "경상북도", "도지사"), GuestSpec("윤두현", "", "국회의원"))
    made = new_session(
        store,
        spec(
            founded,
            date(2020, 2, 1),
            kind_id=founded.kinds["ceremony"],
            title="경산발전전략위원회 출범식",
            guests=guests,
            headcount=250,
            template=Template.EMPTY,
        ),
    ).meeting
    founded.hold(made.id, made.held_on, ["최영조", "이재훈", "김상철"])
    record = meeting_record(store, made.id)
    assert not record.quorum.applies and record.headcount == 250
    assert [g.name for g in record.guests] == ["이철우", "윤두현"]
    out = tmp_path / "ceremony.pdf"
    write_minutes(store, made.id, out)
    text = pdf_text(out)
    assert "경산발전전략위원회 출범식 회의록" in text and "제1차" not in text
    assert "경산발전전략위원회 경산발전전략위원회" not in text  # the title names it already
    assert "정족수" not in text
    assert "참석 인원 약 250명" in text and "내빈" in text
    attendance = text[text.index("참석 현황") : text.index("진행순서")]
    assert attendance.count("이철우") == 1 and "참석자" not in attendance


def test_a_planned_sessions_sign_in_copy_says_not_checked_in(
    founded: Founded, tmp_path: Path
) -> None:
    # As its attendance counts say (미확인): nobody is marked absent before the day.
    store = founded.store
    planned = new_session(store, spec(founded, date(2020, 3, 5))).meeting
    out = tmp_path / "planned.pdf"
    write_minutes(store, planned.id, out)
    text = pdf_text(out)
    annex = text[text.index("참석자 서명부", text.index("붙임 1")) :]
    assert annex.count("(미확인)") == 10 and "(불참)" not in annex
    assert "불참 0명 / 미확인 8명" in text  # the 8 members; the sheet adds 배석 and 간사


def test_delete_only_what_has_nothing_recorded(founded: Founded) -> None:
    store = founded.store
    held = new_session(store, spec(founded, date(2020, 3, 5))).meeting
    founded.hold(held.id, held.held_on, ["최영조"])
    with pytest.raises(HasRecords):
        delete_session(store, held.id)
    planned = new_session(store, spec(founded, date(2020, 6, 4))).meeting
    gone = delete_session(store, planned.id)
    assert planned.id not in {m.id for m in list_meetings(store, founded.committee_id)}
    assert undo_session_change(store, gone.undo, planned.id) == []
    record = meeting_record(store, planned.id)
    assert len(record.agenda) == 7 and len(record.attendance) == 10


def test_terms_that_end_before_the_session_are_named_and_renewed(founded: Founded) -> None:
    store, cid = founded.store, founded.committee_id
    assert check_terms(store, cid, date(2021, 6, 1)) is None
    notice = check_terms(store, cid, date(2022, 3, 3))
    assert notice is not None and notice.fields["count"] == 8  # everyone but the officials
    later = new_session(store, spec(founded, date(2022, 3, 3)))
    assert later.invitees == 2 and later.agenda_items == 7  # the observer and the secretary
    briefings = [i for i in meeting_record(store, later.meeting.id).agenda if i.strategy_id]
    assert all(i.presenter is None for i in briefings)  # their chairs' terms are over
    renewal = renew_terms(store, cid, date(2023, 12, 31))
    assert len(renewal.renewed) == 8
    assert check_terms(store, cid, date(2022, 3, 3)) is None


def test_a_departed_owner_is_flagged_and_the_action_given_to_another(founded: Founded) -> None:
    store, cid = founded.store, founded.committee_id
    first = new_session(store, spec(founded, date(2020, 3, 5))).meeting
    founded.hold(first.id, first.held_on, ["최영조", "박나눔"])
    with store.session() as s:
        action = ActionItem(
            meeting_id=first.id, title="나눔 플랫폼 기획", owner_person_id=founded.people["박나눔"]
        )
        s.add(action)
        s.flush()
        action_id = action.id
    assert departed_owners(store, cid) == []
    assert leave_by_name(store, cid, "박나눔", date(2020, 5, 1), "사임") == "박나눔"
    flagged = departed_owners(store, cid)
    assert [a.id for a in flagged] == [action_id] and flagged[0].owner_left
    nxt = new_session(store, spec(founded, date(2020, 6, 4))).meeting
    (reviewed,) = open_actions_before(store, nxt.id)
    assert reviewed.owner_left  # as of the session that reviews it
    change = reassign_action(store, action_id, founded.people["윤나눔"], on=date(2020, 6, 1))
    assert change.action.owner == "윤나눔" and not change.action.owner_left
    assert departed_owners(store, cid, date(2020, 6, 1)) == []
    undo_reassign(store, change)
    assert [a.owner for a in departed_owners(store, cid, date(2020, 6, 1))] == ["박나눔"]


def test_edits_move_a_session_between_series_and_bodies(founded: Founded) -> None:
    store = founded.store
    planned = new_session(store, spec(founded, date(2020, 6, 4))).meeting
    assert planned.number == 1
    made = edit_session(
        store,
        planned.id,
        SessionEdit(
            kind_id=founded.kinds["subcommittee"],
            subcommittee_id=founded.subs[HEALTH],
            title="건강도시 분과회의",
            start_time=time(10, 0),
            end_time=time(12, 0),
        ),
    )
    assert (made.meeting.subcommittee, made.meeting.number) == (HEALTH, 1)
    record = meeting_record(store, planned.id)
    assert {a.person.name for a in record.attendance} == {"정건강", "한건강", "오건강", "정수민"}
    assert {a.status for a in record.attendance} == {AttendanceStatus.INVITED}
    assert undo_session_change(store, made.undo, planned.id) == []
    back = meeting_record(store, planned.id)
    assert (back.meeting.kind.code, back.meeting.subcommittee, len(back.attendance)) == (
        "regular",
        "",
        10,
    )


def test_the_committee_adds_its_own_kinds_and_says_where_a_quorum_applies(
    founded: Founded, tmp_path: Path
) -> None:
    from gsmeet.domain.kinds import KindSpec
    from gsmeet.services.kinds import KindEdit, KindExists, apply_kinds, list_kinds, undo_kinds

    store, cid = founded.store, founded.committee_id
    before = list_kinds(store, cid)
    change = apply_kinds(
        store,
        cid,
        [KindEdit(founded.kinds["roundtable"], quorum_applies=True)],
        [
            KindSpec("", "추진상황보고회", "progress report meeting", "", False),
            KindSpec("", "전략회의", "strategy meeting", "main", True),
        ],
    )
    codes = {k.code: k for k in change.kinds}
    assert codes["progress-report-meet"].series == "progress-report-meet"
    assert codes["strategy-meeting"].series == "main"  # shares the committee's numbers
    with pytest.raises(KindExists):
        apply_kinds(store, cid, [], [KindSpec("", "간담회", "", "", False)])
    first = new_session(store, spec(founded, date(2020, 3, 5))).meeting
    strategy = new_session(
        store, spec(founded, date(2020, 4, 2), kind_id=codes["strategy-meeting"].id)
    ).meeting
    report = new_session(
        store, spec(founded, date(2020, 5, 7), kind_id=codes["progress-report-meet"].id)
    ).meeting
    assert (first.number, strategy.number, report.number) == (1, 2, 1)
    assert meeting_record(store, strategy.id).quorum.applies
    assert not meeting_record(store, report.id).quorum.applies
    for meeting in (report, strategy):
        delete_session(store, meeting.id)
    undo_kinds(store, change)
    assert list_kinds(store, cid) == before
