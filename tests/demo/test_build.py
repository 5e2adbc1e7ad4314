"""The built-in demo committee: complete, consistent and true to the seed report."""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from datetime import date, datetime, time
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, or_, select, text
from sqlalchemy.orm import Session

from gsmeet.demo.build import build_demo
from gsmeet.domain.enums import (
    ActionStatus,
    AgendaKind,
    AttendanceStatus,
    DatePrecision,
    Disclosure,
    MeetingKind,
    MeetingStatus,
    QuorumKind,
    ReviewOutcome,
    Role,
    TaskStatus,
    VoteMode,
)
from gsmeet.domain.errors import GsmeetError
from gsmeet.storage.db import Store, open_store
from gsmeet.storage.models import (
    Achievement,
    ActionItem,
    ActionReview,
    AgendaItem,
    Attendance,
    Base,
    Committee,
    Decision,
    Meeting,
    Membership,
    MinutesVersion,
    Person,
    Remark,
    Strategy,
    Subcommittee,
    Task,
    TaskStatusChange,
    Track,
)

from ..conftest import sqlite_only

REFERENCE_DAY = date(2019, 8, 22)
MAYOR = "최영조"
TP_DIRECTOR = "이재훈"
STRATEGY_NAMES = (
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


@pytest.fixture
def store(demo_store: Store) -> Store:
    """A copy of the demo database built once per run (see ``tests/conftest.py``)."""
    return demo_store


@pytest.fixture
def s(store: Store) -> Any:
    with store.session() as session:
        yield session


def in_force(day: date) -> Any:
    """Memberships in force on ``day`` (``left_on`` is the first day out)."""
    return select(Membership).where(
        Membership.term_start <= day,
        or_(Membership.left_on.is_(None), Membership.left_on > day),
        or_(Membership.term_end.is_(None), Membership.term_end >= day),
    )


def meeting(s: Session, number: int) -> Meeting:
    return s.scalars(select(Meeting).where(Meeting.number == number)).one()


def names(s: Session) -> dict[int, str]:
    return {p.id: p.name for p in s.scalars(select(Person))}


def agenda(s: Session, meeting_id: int) -> list[AgendaItem]:
    query = select(AgendaItem).where(AgendaItem.meeting_id == meeting_id)
    return list(s.scalars(query.order_by(AgendaItem.position)))


# ---------------------------------------------------------------- building


def test_build_returns_the_committee_and_refuses_a_second_build(tmp_path: Path) -> None:
    store = open_store(tmp_path / "demo.db")
    try:
        committee_id = build_demo(store)
        with pytest.raises(GsmeetError, match="경산발전전략위원회"):
            build_demo(store)
        with store.session() as s:
            committee = s.get_one(Committee, committee_id)
            assert committee.name == "경산발전전략위원회"
            assert (committee.host_body, committee.department) == ("경산시", "미래전략과")
            assert committee.quorum_kind is QuorumKind.MAJORITY
            assert committee.is_sample
            assert s.scalar(select(func.count()).select_from(Committee)) == 1
            assert s.scalar(select(func.count()).select_from(Meeting)) == 3
    finally:
        store.close()


def test_build_is_deterministic(tmp_path: Path) -> None:
    dumps = []
    for name in ("one.db", "two.db"):
        store = open_store(tmp_path / name)
        build_demo(store)
        with store.engine.connect() as connection:
            dumps.append(
                {
                    table.name: connection.execute(select(table).order_by(*table.c)).all()
                    for table in Base.metadata.sorted_tables
                }
            )
        store.close()
    assert dumps[0] == dumps[1]


@sqlite_only
def test_the_database_is_sound(store: Store) -> None:
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").all() == []
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert connection.execute(text("PRAGMA foreign_keys")).scalar() == 1


# ---------------------------------------------------------------- register


def test_tracks_strategies_and_tasks(s: Session) -> None:
    tracks = list(s.scalars(select(Track).order_by(Track.position)))
    assert [(t.name, t.position) for t in tracks] == [
        ("희망산업 5대전략", 1),
        ("희망정책 5대전략", 2),
    ]
    strategies = list(s.scalars(select(Strategy).order_by(Strategy.number)))
    assert [st.number for st in strategies] == list(range(1, 11))
    assert tuple(st.name for st in strategies) == STRATEGY_NAMES
    assert [st.position for st in strategies] == list(range(1, 11))
    assert [st.track_id for st in strategies] == [tracks[0].id] * 5 + [tracks[1].id] * 5
    subcommittees = {sub.id: sub for sub in s.scalars(select(Subcommittee))}
    assert len(subcommittees) == 10
    for st in strategies:
        assert st.summary.endswith("다.")
        assert st.subcommittee_id is not None
        sub = subcommittees[st.subcommittee_id]
        assert (sub.name, sub.position) == (f"{st.name} 분과", st.number)

    tasks_per_strategy = Counter(s.scalars(select(Task.strategy_id)))
    assert set(tasks_per_strategy) == {st.id for st in strategies}
    assert all(3 <= n <= 6 for n in tasks_per_strategy.values())
    tasks = list(s.scalars(select(Task)))
    assert {t.status for t in tasks} == set(TaskStatus)
    for task in tasks:
        assert task.owner and task.target_date is not None
        assert 0 <= task.progress <= 100
        if task.status is TaskStatus.DONE:
            assert task.progress == 100
    by_strategy = defaultdict(list)
    for task in tasks:
        by_strategy[task.strategy_id].append(task.position)
    assert all(sorted(p) == list(range(1, len(p) + 1)) for p in by_strategy.values())


SEED_ACHIEVEMENTS = (
    # text fragment, strategy, date, precision
    ("도심형 자율주행트램 부품/모듈 기반조성사업 2020년", 1, date(2019, 1, 1), DatePrecision.YEAR),
    ("패션테크(생활소비재) 융복합산업 기반구축 2019년", 1, date(2019, 1, 1), DatePrecision.YEAR),
    ("2018 국제 청색경제포럼", 2, date(2018, 10, 1), DatePrecision.MONTH),
    ("글로벌코스메틱비즈니스센터 준공", 3, date(2018, 10, 1), DatePrecision.MONTH),
    ("인촨시 화장품전시체험관", 3, date(2019, 5, 1), DatePrecision.MONTH),
    ("6차산업 창업문화센터 개소", 10, date(2019, 5, 1), DatePrecision.MONTH),
    ("착한가게", 6, date(2019, 1, 1), DatePrecision.YEAR),
    ("동남권역 노인복지회관", 7, date(2019, 1, 1), DatePrecision.YEAR),
    ("팔공산 에코파크 오토캠핑장, 갓바위 소원길", 8, date(2019, 1, 1), DatePrecision.YEAR),
)


def test_the_seed_achievements_are_present_with_their_strategies(s: Session) -> None:
    numbers = dict(s.execute(select(Strategy.id, Strategy.number)).all())
    task_strategy = dict(s.execute(select(Task.id, Task.strategy_id)).all())
    achievements = list(s.scalars(select(Achievement)))
    for fragment, number, day, precision in SEED_ACHIEVEMENTS:
        found = [a for a in achievements if fragment in a.text]
        assert len(found) == 1, fragment
        (a,) = found
        assert (numbers[a.strategy_id], a.occurred_on, a.precision) == (number, day, precision)
        if a.task_id is not None:
            assert task_strategy[a.task_id] == a.strategy_id
    good = next(a for a in achievements if "착한가게" in a.text)
    assert good.figure == "착한가게 478곳, 착한일터 71곳"
    assert {a.precision for a in achievements} == set(DatePrecision)
    for a in achievements:
        if a.precision is not DatePrecision.DAY:
            assert a.occurred_on.day == 1
        if a.precision is DatePrecision.YEAR:
            assert a.occurred_on.month == 1


# ---------------------------------------------------------------- people


def test_roster_on_the_reference_date(s: Session) -> None:
    people = {p.id: p for p in s.scalars(select(Person))}
    assert len({p.name for p in people.values()}) == len(people)
    current = list(s.scalars(in_force(REFERENCE_DAY)))
    per_person = Counter(m.person_id for m in current)
    assert set(per_person.values()) == {1}
    by_role = defaultdict(list)
    for m in current:
        by_role[m.role].append(m)

    co_chairs = {people[m.person_id].name: m for m in by_role[Role.CO_CHAIR]}
    assert set(co_chairs) == {MAYOR, TP_DIRECTOR}
    assert (co_chairs[MAYOR].organisation, co_chairs[MAYOR].position) == ("경산시", "시장")
    assert (co_chairs[TP_DIRECTOR].organisation, co_chairs[TP_DIRECTOR].position) == (
        "경북테크노파크",
        "원장",
    )
    assert people[co_chairs[MAYOR].person_id].is_public_official
    assert not people[co_chairs[TP_DIRECTOR].person_id].is_public_official

    subcommittee_ids = set(s.scalars(select(Subcommittee.id)))
    chairs = Counter(m.subcommittee_id for m in by_role[Role.SUBCOMMITTEE_CHAIR])
    assert set(chairs) == subcommittee_ids
    assert set(chairs.values()) == {1}
    members = Counter(m.subcommittee_id for m in by_role[Role.MEMBER])
    assert set(members) == subcommittee_ids
    assert all(3 <= n <= 4 for n in members.values())
    assert sum(members.values()) >= 36
    assert sum(1 for m in current if m.role.counts_for_quorum) >= 40

    (secretary,) = by_role[Role.SECRETARY]
    assert "미래전략과" in secretary.organisation
    assert 4 <= len(by_role[Role.OBSERVER]) <= 6
    for m in [secretary, *by_role[Role.OBSERVER]]:
        assert people[m.person_id].is_public_official
        assert m.subcommittee_id is None
    assert {m.organisation for m in by_role[Role.OBSERVER]} == {"경산시"}

    for m in current:
        assert m.organisation and m.position
        assert (m.subcommittee_id is not None) == (m.role in (Role.SUBCOMMITTEE_CHAIR, Role.MEMBER))
    assert any(p.email.endswith("@example.org") for p in people.values())
    assert any(p.phone.startswith("010-") for p in people.values())
    assert any(not m.allowance for m in by_role[Role.MEMBER])


def test_dated_history(s: Session) -> None:
    people = names(s)
    memberships = list(s.scalars(select(Membership)))
    resigned = [m for m in memberships if m.left_reason == "사임"]
    assert len(resigned) == 1
    (left,) = resigned
    assert left.left_on == date(2019, 6, 30)
    successors = [
        m
        for m in memberships
        if m.subcommittee_id == left.subcommittee_id
        and m.role is Role.MEMBER
        and m.term_start == date(2019, 7, 1)
    ]
    assert len(successors) == 1
    assert successors[0].person_id != left.person_id

    # Someone changed role, someone changed 직위: two memberships, back to back.
    by_person = defaultdict(list)
    for m in memberships:
        by_person[m.person_id].append(m)
    changed = [sorted(ms, key=lambda m: m.term_start) for ms in by_person.values() if len(ms) > 1]
    assert any(old.role is not new.role for old, new in changed)
    assert any(old.role is new.role and old.position != new.position for old, new in changed)
    for old, new in changed:
        assert old.left_on == new.term_start
        assert old.left_reason

    # The roster of the launch differs from the roster of 2019-08-22.
    launch = {people[m.person_id] for m in s.scalars(in_force(date(2018, 11, 27)))}
    reference = {people[m.person_id] for m in s.scalars(in_force(REFERENCE_DAY))}
    assert launch - reference and reference - launch


def test_only_the_co_chairs_are_real_people(s: Session) -> None:
    real = {p.name for p in s.scalars(select(Person).where(Person.is_sample.is_(False)))}
    assert real == {MAYOR, TP_DIRECTOR}


# ---------------------------------------------------------------- the session of 2019-08-22


def test_reference_meeting(s: Session) -> None:
    m = meeting(s, 2)
    people = names(s)
    assert (m.kind.code, m.status, m.disclosure) == (
        MeetingKind.ROUND_TABLE,
        MeetingStatus.HELD,
        Disclosure.PUBLIC,
    )
    assert "간담회" in m.title
    assert (m.held_on, m.start_time, m.end_time) == (REFERENCE_DAY, time(14, 0), time(16, 0))
    assert (m.started_at, m.ended_at) == (
        datetime(2019, 8, 22, 14, 2),
        datetime(2019, 8, 22, 16, 5),
    )
    assert m.place == "경산시청 대회의실"
    assert m.chair_id is not None and people[m.chair_id] == MAYOR
    secretary = s.scalars(
        in_force(REFERENCE_DAY).where(Membership.person_id == m.secretary_id)
    ).one()
    assert secretary.role is Role.SECRETARY
    assert s.scalar(select(func.count()).where(MinutesVersion.meeting_id == m.id)) == 0


def test_reference_agenda(s: Session) -> None:
    m = meeting(s, 2)
    items = agenda(s, m.id)
    assert [i.kind for i in items] == [
        AgendaKind.OPENING,
        AgendaKind.ACTION_REVIEW,
        AgendaKind.OVERVIEW,
        *[AgendaKind.BRIEFING] * 10,
        AgendaKind.DISCUSSION,
        AgendaKind.CLOSING,
    ]
    assert [i.position for i in items] == list(range(1, 16))
    assert items[-2].title == "세부과제 및 위원회 활성화 방안 자율토론"
    assert items[-1].presenter_id == s.scalar(select(Person.id).where(Person.name == MAYOR))
    assert items[0].presenter_id == m.secretary_id

    # one briefing per strategy, in order, presented by the strategy's sub-committee chair
    strategies = {st.id: st for st in s.scalars(select(Strategy))}
    chairs = {
        mm.subcommittee_id: mm.person_id
        for mm in s.scalars(in_force(REFERENCE_DAY))
        if mm.role is Role.SUBCOMMITTEE_CHAIR
    }
    briefings = items[3:13]
    assert [strategies[b.strategy_id].number for b in briefings if b.strategy_id] == list(
        range(1, 11)
    )
    for b in briefings:
        assert b.strategy_id is not None
        strategy = strategies[b.strategy_id]
        assert b.title == f"{strategy.name} 추진상황 보고"
        assert b.presenter_id == chairs[strategy.subcommittee_id]

    # times: planned to fill 14:00-16:00, actual back to back from start to end
    assert sum(i.planned_minutes for i in items) == 120
    assert all(i.planned_minutes > 0 for i in items)
    assert items[0].started_at == m.started_at
    assert items[-1].ended_at == m.ended_at
    for before, after in pairwise(items):
        assert before.ended_at == after.started_at
    for i in items:
        assert i.started_at is not None and i.ended_at is not None
        assert i.started_at < i.ended_at


def test_reference_remarks(s: Session) -> None:
    m = meeting(s, 2)
    people = names(s)
    items = {i.id: i for i in agenda(s, m.id)}
    remarks = list(
        s.scalars(
            select(Remark)
            .where(Remark.agenda_item_id.in_(items))
            .order_by(Remark.agenda_item_id, Remark.position)
        )
    )
    by_item = defaultdict(list)
    for r in remarks:
        item = items[r.agenda_item_id]
        assert item.started_at is not None and item.ended_at is not None
        assert item.started_at <= r.spoken_at <= item.ended_at
        by_item[item.kind].append(r)
        assert r.text.strip()
    for item_id in items:
        in_item = [r for r in remarks if r.agenda_item_id == item_id]
        assert [r.position for r in in_item] == list(range(1, len(in_item) + 1))
        assert [r.spoken_at for r in in_item] == sorted(r.spoken_at for r in in_item)

    assert any(people[r.speaker_id or 0] == MAYOR for r in by_item[AgendaKind.OPENING])
    briefings = [i for i in items.values() if i.kind is AgendaKind.BRIEFING]
    for b in briefings:
        in_item = [r for r in remarks if r.agenda_item_id == b.id]
        assert [r.speaker_id for r in in_item] == [b.presenter_id]
    discussion = by_item[AgendaKind.DISCUSSION]
    assert len(discussion) >= 8
    speakers = {people[r.speaker_id or 0] for r in discussion}
    assert len(speakers) >= 5
    assert TP_DIRECTOR in speakers
    closing = [r for r in by_item[AgendaKind.CLOSING] if people[r.speaker_id or 0] == MAYOR]
    assert len(closing) == 1
    assert "지속가능한" in closing[0].text and "변화와 혁신" in closing[0].text

    # every speaker was in the room when speaking
    attendance = {
        a.person_id: a for a in s.scalars(select(Attendance).where(Attendance.meeting_id == m.id))
    }
    for r in remarks:
        assert r.speaker_id is not None
        a = attendance[r.speaker_id]
        assert a.status is AttendanceStatus.PRESENT
        assert a.arrived_at is not None and a.arrived_at <= r.spoken_at


def test_reference_attendance(s: Session) -> None:
    m = meeting(s, 2)
    rows = list(s.scalars(select(Attendance).where(Attendance.meeting_id == m.id)))
    current = {mm.person_id: mm for mm in s.scalars(in_force(REFERENCE_DAY))}
    assert {a.person_id for a in rows} == set(current)
    assert len(rows) == len(current)
    statuses = Counter(a.status for a in rows)
    assert statuses[AttendanceStatus.PROXY] == 1
    assert statuses[AttendanceStatus.ABSENT] + statuses[AttendanceStatus.EXCUSED] >= 3
    assert statuses[AttendanceStatus.INVITED] == 0
    for a in rows:
        role = current[a.person_id].role
        if role in (Role.CO_CHAIR, Role.SUBCOMMITTEE_CHAIR, Role.OBSERVER, Role.SECRETARY):
            assert a.status is AttendanceStatus.PRESENT
        if a.status in (AttendanceStatus.PRESENT, AttendanceStatus.PROXY):
            assert a.arrived_at is not None and a.arrived_at.date() == REFERENCE_DAY
        else:
            assert a.arrived_at is None and a.reason
        assert bool(a.proxy_name) == (a.status is AttendanceStatus.PROXY)
    assert {a.reason for a in rows if a.reason} >= {"출장", "개인 사정"}
    enrolled = [a for a in rows if current[a.person_id].role.counts_for_quorum]
    present = sum(a.status is AttendanceStatus.PRESENT for a in enrolled)
    assert present > len(enrolled) // 2


def test_every_attendee_had_one_membership_on_the_day(s: Session) -> None:
    for m in s.scalars(select(Meeting).order_by(Meeting.number)):
        counts = Counter(mm.person_id for mm in s.scalars(in_force(m.held_on)))
        for a in s.scalars(select(Attendance).where(Attendance.meeting_id == m.id)):
            assert counts[a.person_id] == 1


def test_reference_decisions(s: Session) -> None:
    m = meeting(s, 2)
    items = agenda(s, m.id)
    decisions = list(
        s.scalars(
            select(Decision)
            .where(Decision.agenda_item_id.in_([i.id for i in items]))
            .order_by(Decision.position)
        )
    )
    assert len(decisions) >= 3
    assert {d.vote_mode for d in decisions} == set(VoteMode)
    assert any("워크숍" in d.text and d.vote_mode is VoteMode.NO_OBJECTION for d in decisions)
    assert any("국책사업화" in d.text and d.vote_mode is VoteMode.VOTE for d in decisions)
    current = {mm.person_id: mm for mm in s.scalars(in_force(REFERENCE_DAY))}
    present = sum(
        1
        for a in s.scalars(select(Attendance).where(Attendance.meeting_id == m.id))
        if a.status is AttendanceStatus.PRESENT and current[a.person_id].role.counts_for_quorum
    )
    for d in decisions:
        counts = (d.votes_for, d.votes_against, d.abstentions)
        if d.vote_mode is VoteMode.VOTE:
            assert None not in counts
            assert sum(c or 0 for c in counts) == present
            assert (d.votes_for or 0) > present // 2
        else:
            assert counts == (None, None, None)


def test_reference_action_items(s: Session) -> None:
    m = meeting(s, 2)
    item_ids = {i.id for i in agenda(s, m.id)}
    actions = list(s.scalars(select(ActionItem).where(ActionItem.meeting_id == m.id)))
    assert len(actions) >= 6
    for a in actions:
        assert a.agenda_item_id in item_ids
        assert a.title and a.detail
        assert a.due_on is not None and REFERENCE_DAY < a.due_on <= date(2019, 12, 31)
        owners = [a.owner_person_id, a.owner_subcommittee_id, a.owner_text or None]
        assert sum(o is not None for o in owners) == 1
    assert any(a.owner_person_id for a in actions)
    assert any(a.owner_subcommittee_id for a in actions)
    assert any(a.owner_text for a in actions)
    assert sum(a.strategy_id is not None for a in actions) >= 4
    statuses = Counter(a.status for a in actions)
    assert statuses[ActionStatus.IN_PROGRESS] == 1
    assert statuses[ActionStatus.OPEN] == len(actions) - 1


def test_previous_actions_reviewed(s: Session) -> None:
    launch, reference = meeting(s, 1), meeting(s, 2)
    actions = {
        a.id: a for a in s.scalars(select(ActionItem).where(ActionItem.meeting_id == launch.id))
    }
    assert 2 <= len(actions) <= 3
    reviews = list(s.scalars(select(ActionReview).where(ActionReview.meeting_id == reference.id)))
    assert {r.action_item_id for r in reviews} == set(actions)
    outcomes = {r.outcome: r for r in reviews}
    assert set(outcomes) == {ReviewOutcome.DONE, ReviewOutcome.CONTINUE, ReviewOutcome.REDATE}
    assert actions[outcomes[ReviewOutcome.DONE].action_item_id].status is ActionStatus.DONE
    assert actions[outcomes[ReviewOutcome.CONTINUE].action_item_id].status.is_open
    redated = outcomes[ReviewOutcome.REDATE]
    assert redated.new_due_on is not None and redated.new_due_on > REFERENCE_DAY
    assert actions[redated.action_item_id].due_on == redated.new_due_on
    assert all(r.comment for r in reviews)


def test_what_changed_since_last_time(s: Session) -> None:
    reference = meeting(s, 2)
    tasks = {t.id: t for t in s.scalars(select(Task))}
    at_meeting = list(
        s.scalars(select(TaskStatusChange).where(TaskStatusChange.meeting_id == reference.id))
    )
    assert 3 <= len(at_meeting) <= 5
    assert all(c.changed_at.date() == REFERENCE_DAY for c in at_meeting)
    # each task's history is a chain ending in its present status
    history = defaultdict(list)
    for c in s.scalars(select(TaskStatusChange).order_by(TaskStatusChange.changed_at)):
        history[c.task_id].append(c)
        assert c.old_status is not c.new_status
        assert c.changed_at.date() > date(2018, 11, 27)
    for task_id, changes in history.items():
        assert changes[-1].new_status is tasks[task_id].status
        for before, after in pairwise(changes):
            assert before.new_status is after.old_status
    # the briefing of a changed task's strategy was under way when the change was made
    briefings = {i.strategy_id: i for i in agenda(s, reference.id) if i.strategy_id}
    for c in at_meeting:
        b = briefings[tasks[c.task_id].strategy_id]
        assert b.started_at is not None and b.ended_at is not None
        assert b.started_at <= c.changed_at <= b.ended_at

    reported = list(s.scalars(select(Achievement).where(Achievement.meeting_id == reference.id)))
    assert len(reported) >= 2
    assert all(a.occurred_on <= REFERENCE_DAY for a in reported)


# ---------------------------------------------------------------- the other sessions


def test_launch_meeting_has_issued_minutes(s: Session) -> None:
    launch = meeting(s, 1)
    assert launch.kind.code == MeetingKind.REGULAR
    assert launch.status is MeetingStatus.MINUTES_ISSUED
    assert launch.held_on.year == 2018 and launch.held_on.month == 11
    assert launch.place == "경산시청 대회의실"
    (version,) = s.scalars(select(MinutesVersion).where(MinutesVersion.meeting_id == launch.id))
    assert version.version == 1
    assert version.sha256 == hashlib.sha256(b"demo").hexdigest()
    assert version.issued_at.date() > launch.held_on
    kinds = [i.kind for i in agenda(s, launch.id)]
    assert kinds[0] is AgendaKind.OPENING and kinds[-1] is AgendaKind.CLOSING
    assert AgendaKind.OVERVIEW in kinds
    attendees = s.scalar(select(func.count()).where(Attendance.meeting_id == launch.id))
    assert attendees == len(list(s.scalars(in_force(launch.held_on))))


def test_next_meeting_is_planned(s: Session) -> None:
    reference, planned = meeting(s, 2), meeting(s, 3)
    assert planned.kind.code == MeetingKind.REGULAR
    assert planned.status is MeetingStatus.PLANNED
    assert (planned.held_on, planned.start_time, planned.end_time) == (
        date(2019, 11, 28),
        time(14, 0),
        time(16, 0),
    )
    assert (planned.started_at, planned.ended_at) == (None, None)
    assert planned.place == "경산시청 대회의실"
    assert (planned.chair_id, planned.secretary_id) == (
        reference.chair_id,
        reference.secretary_id,
    )
    # It comes prepared (a newcomer's Ctrl+L finds an agenda to run): everyone in office
    # on its date invited, nobody checked in, and 제2차's agenda planned at the minutes
    # each item took, presented by whoever holds that place on the new date.
    invited = s.scalars(select(Attendance).where(Attendance.meeting_id == planned.id)).all()
    assert {a.person_id for a in invited} == {
        m.person_id for m in s.scalars(in_force(planned.held_on))
    }
    assert {a.status for a in invited} == {AttendanceStatus.INVITED}
    before, after = agenda(s, reference.id), agenda(s, planned.id)
    assert [(i.kind, i.title, i.strategy_id) for i in after] == [
        (i.kind, i.title, i.strategy_id) for i in before if i.parent_id is None
    ]
    assert all(i.started_at is None and i.planned_minutes > 0 for i in after)
    presenters = {i.presenter_id for i in after}
    assert None not in presenters
    on_the_day = {m.person_id for m in s.scalars(in_force(planned.held_on))}
    assert presenters <= on_the_day
    remarks = s.scalar(
        select(func.count())
        .select_from(Remark)
        .join(AgendaItem)
        .where(AgendaItem.meeting_id == planned.id)
    )
    assert remarks == 0
