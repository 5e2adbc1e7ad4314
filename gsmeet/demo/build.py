"""The built-in demo: 경산발전전략위원회 as it stood around its session of 2019-08-22.

Facts come from the seed report (the committee, its two co-chairs, the ten strategies in
two tracks, the achievements, the round-table session of 2019-08-22). Everything the
report does not say - members, tasks, times, remarks, decisions - is invented, plausible,
and marked as sample data (``is_sample`` on the committee and on every invented person).
The data sits in plain tables at the top; small builders below turn it into rows, all in
one transaction.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from gsmeet.demo.data import (
    ABSENT_1,
    ABSENT_2,
    ACHIEVEMENTS,
    ACTIONS_1,
    ACTIONS_2,
    AGENDA_1,
    AGENDA_2_HEAD,
    AGENDA_2_TAIL,
    BRIEFING_MINUTES,
    BRIEFING_TIMES,
    BRIEFINGS,
    CHAIR_CHANGE,
    CO_CHAIRS,
    COMMITTEE_NAME,
    DECISIONS_1,
    DECISIONS_2,
    LATE_ARRIVALS_2,
    LAUNCH_DAY,
    MAYOR,
    MEMBERS,
    NEXT_DAY,
    OBSERVERS,
    PLACE,
    PROMOTION,
    REFERENCE_DAY,
    REMARKS_1,
    REMARKS_2,
    REPLACEMENT,
    REPLACEMENT_START,
    RESIGNATION,
    SECRETARY,
    STATUS_AFTER_REVIEW,
    STRATEGIES,
    SUBCOMMITTEE_CHAIRS,
    TASK_CHANGES_2,
    TASK_CHANGES_BETWEEN,
    TASKS,
    TERM_END,
    TERM_START,
    TRACKS,
    Absence,
    AgendaRow,
    RemarkRow,
)
from gsmeet.domain.enums import (
    AgendaKind,
    AttendanceStatus,
    Disclosure,
    MeetingKind,
    MeetingStatus,
    QuorumKind,
    Role,
    VoteMode,
)
from gsmeet.domain.errors import GsmeetError
from gsmeet.domain.register import in_force
from gsmeet.storage.db import Store
from gsmeet.storage.models import (
    Achievement,
    ActionItem,
    ActionReview,
    AgendaItem,
    Attendance,
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

# ---------------------------------------------------------------- builders


@dataclass
class _World:
    """What the builders have made so far, found by the keys the tables use."""

    committee: Committee
    subcommittees: dict[int, Subcommittee] = field(default_factory=dict)  # strategy number
    people: dict[str, Person] = field(default_factory=dict)  # name
    memberships: list[Membership] = field(default_factory=list)
    strategies: dict[int, Strategy] = field(default_factory=dict)  # number
    tasks: dict[str, Task] = field(default_factory=dict)  # title


def build_demo(store: Store) -> int:
    """Fill an empty database with 경산발전전략위원회 (sample data); return the committee id."""
    with store.session() as s:
        if s.scalar(select(Committee.id).where(Committee.name == COMMITTEE_NAME)) is not None:
            raise GsmeetError(f"The database already holds the committee {COMMITTEE_NAME}")
        committee = Committee(
            name=COMMITTEE_NAME,
            host_body="경산시",
            department="미래전략과",
            quorum_kind=QuorumKind.MAJORITY,
            is_sample=True,
        )
        s.add(committee)
        s.flush()
        world = _World(committee)
        _add_people(s, world)
        _add_register(s, world)
        launch, reference = _add_meetings(s, world)
        _record_launch(s, world, launch, reference)
        _record_reference(s, world, reference)
        meeting_ids = {1: launch.id, 2: reference.id}
        for number, task, day, precision, text, figure, meeting in ACHIEVEMENTS:
            s.add(
                Achievement(
                    strategy_id=world.strategies[number].id,
                    task_id=world.tasks[task].id if task else None,
                    occurred_on=day,
                    precision=precision,
                    text=text,
                    figure=figure,
                    meeting_id=meeting_ids[meeting],
                )
            )
        return committee.id


def _at(day: date, hhmm: str) -> datetime:
    hours, minutes = hhmm.split(":")
    return datetime.combine(day, time(int(hours), int(minutes)))


def _serve(
    world: _World,
    name: str,
    role: Role,
    organisation: str,
    position: str,
    *,
    subcommittee_id: int | None = None,
    start: date = TERM_START,
    end: date | None = TERM_END,
    allowance: bool = True,
) -> Membership:
    """A membership for ``name``, by default for the launch term."""
    membership = Membership(
        committee_id=world.committee.id,
        person_id=world.people[name].id,
        role=role,
        subcommittee_id=subcommittee_id,
        organisation=organisation,
        position=position,
        term_start=start,
        term_end=end,
        allowance=allowance,
    )
    world.memberships.append(membership)
    return membership


def _change(
    before: Membership, on: date, reason: str, *, role: Role | None = None, position: str = ""
) -> Membership:
    """End ``before`` on ``on`` and start its successor with a new role or 직위."""
    before.left_on, before.left_reason = on, reason
    return Membership(
        committee_id=before.committee_id,
        person_id=before.person_id,
        role=role or before.role,
        subcommittee_id=before.subcommittee_id,
        organisation=before.organisation,
        position=position or before.position,
        term_start=on,
        term_end=before.term_end,
        allowance=before.allowance,
    )


def _add_people(s: Session, world: _World) -> None:
    """Sub-committees, people and their memberships, with the dated history."""
    for number, _track, name, _summary in STRATEGIES:
        world.subcommittees[number] = Subcommittee(
            committee_id=world.committee.id, name=f"{name} 분과", position=number
        )
    s.add_all(world.subcommittees.values())
    rows = (*SUBCOMMITTEE_CHAIRS, *MEMBERS, REPLACEMENT)
    people = [Person(name=n, is_public_official=o, is_sample=False) for n, _, _, o in CO_CHAIRS]
    people.append(Person(name=SECRETARY[0], is_public_official=True, is_sample=True))
    people += [Person(name=n, is_public_official=True, is_sample=True) for n, _ in OBSERVERS]
    people += [Person(name=r[1], email=r[4], phone=r[5], is_sample=True) for r in rows]
    world.people = {person.name: person for person in people}
    s.add_all(people)
    s.flush()

    # Officials sit ex officio, without a term end, and are not paid; nor is either co-chair.
    for name, org, position, official in CO_CHAIRS:
        end = None if official else TERM_END
        _serve(world, name, Role.CO_CHAIR, org, position, end=end, allowance=False)
    name, org, position = SECRETARY
    _serve(world, name, Role.SECRETARY, org, position, end=None, allowance=False)
    for name, position in OBSERVERS:
        _serve(world, name, Role.OBSERVER, "경산시", position, end=None, allowance=False)
    by_name: dict[str, Membership] = {}
    for role, group in ((Role.SUBCOMMITTEE_CHAIR, SUBCOMMITTEE_CHAIRS), (Role.MEMBER, MEMBERS)):
        for number, name, org, position, _email, _phone, allowance in group:
            sub_id = world.subcommittees[number].id
            by_name[name] = _serve(
                world, name, role, org, position, subcommittee_id=sub_id, allowance=allowance
            )

    name, left_on, reason = RESIGNATION
    by_name[name].left_on, by_name[name].left_reason = left_on, reason
    number, name, org, position, _email, _phone, allowance = REPLACEMENT
    sub_id, start = world.subcommittees[number].id, REPLACEMENT_START
    _serve(
        world,
        name,
        Role.MEMBER,
        org,
        position,
        subcommittee_id=sub_id,
        start=start,
        allowance=allowance,
    )
    old_chair, successor, change_on, chair_reason, member_reason = CHAIR_CHANGE
    by_name[old_chair].left_on, by_name[old_chair].left_reason = change_on, chair_reason
    promoted = _change(by_name[successor], change_on, member_reason, role=Role.SUBCOMMITTEE_CHAIR)
    name, change_on, new_position, reason = PROMOTION
    world.memberships += [
        promoted,
        _change(by_name[name], change_on, reason, position=new_position),
    ]
    s.add_all(world.memberships)
    s.flush()


def _add_register(s: Session, world: _World) -> None:
    """Tracks, strategies and their tasks."""
    tracks = [
        Track(committee_id=world.committee.id, name=name, position=index)
        for index, name in enumerate(TRACKS, start=1)
    ]
    s.add_all(tracks)
    s.flush()
    for number, track, name, summary in STRATEGIES:
        world.strategies[number] = Strategy(
            track_id=tracks[track].id,
            number=number,
            name=name,
            summary=summary,
            subcommittee_id=world.subcommittees[number].id,
            position=number,
        )
    s.add_all(world.strategies.values())
    s.flush()
    for number, rows in TASKS.items():
        for position, (title, status, owner, target, progress) in enumerate(rows, start=1):
            world.tasks[title] = Task(
                strategy_id=world.strategies[number].id,
                title=title,
                status=status,
                owner=owner,
                target_date=target,
                progress=progress,
                position=position,
            )
    s.add_all(world.tasks.values())
    s.flush()
    for title, day, old, new, note in TASK_CHANGES_BETWEEN:
        changed_at = datetime.combine(day, time(10, 0))
        s.add(
            TaskStatusChange(
                task_id=world.tasks[title].id,
                changed_at=changed_at,
                old_status=old,
                new_status=new,
                note=note,
            )
        )


def _add_meetings(s: Session, world: _World) -> tuple[Meeting, Meeting]:
    """The three sessions; the first with its issued minutes, the third only planned."""
    common = {
        "committee_id": world.committee.id,
        "place": PLACE,
        "start_time": time(14, 0),
        "chair_id": world.people[MAYOR].id,
        "secretary_id": world.people[SECRETARY[0]].id,
        "disclosure": Disclosure.PUBLIC,
    }
    launch = Meeting(
        number=1,
        kind=MeetingKind.REGULAR,
        title="경산발전전략위원회 출범식",
        held_on=LAUNCH_DAY,
        end_time=time(15, 30),
        started_at=_at(LAUNCH_DAY, "14:00"),
        ended_at=_at(LAUNCH_DAY, "15:28"),
        status=MeetingStatus.MINUTES_ISSUED,
        **common,
    )
    reference = Meeting(
        number=2,
        kind=MeetingKind.ROUND_TABLE,
        title="민선7기 1주년 경산발전전략위원회 간담회",
        held_on=REFERENCE_DAY,
        end_time=time(16, 0),
        started_at=_at(REFERENCE_DAY, "14:02"),
        ended_at=_at(REFERENCE_DAY, "16:05"),
        status=MeetingStatus.HELD,
        **common,
    )
    planned = Meeting(
        number=3,
        kind=MeetingKind.REGULAR,
        title="2019년 하반기 정기회의",
        held_on=NEXT_DAY,
        end_time=time(16, 0),
        status=MeetingStatus.PLANNED,
        **common,
    )
    s.add_all([launch, reference, planned])
    s.flush()
    digest = hashlib.sha256(b"demo").hexdigest()
    issued_at = datetime(2018, 12, 4, 10, 0)
    s.add(MinutesVersion(meeting_id=launch.id, version=1, issued_at=issued_at, sha256=digest))
    return launch, reference


def _agenda(
    s: Session, world: _World, meeting: Meeting, rows: list[tuple[AgendaRow, int]]
) -> dict[str, AgendaItem]:
    """Agenda items by key, from (row, strategy number or 0) pairs."""
    items: dict[str, AgendaItem] = {}
    for position, (row, number) in enumerate(rows, start=1):
        key, kind, title, presenter, minutes, start, end = row
        items[key] = AgendaItem(
            meeting_id=meeting.id,
            position=position,
            kind=kind,
            title=title,
            presenter_id=world.people[presenter].id if presenter else None,
            strategy_id=world.strategies[number].id if number else None,
            planned_minutes=minutes,
            started_at=_at(meeting.held_on, start),
            ended_at=_at(meeting.held_on, end),
        )
    s.add_all(items.values())
    s.flush()
    return items


def _remarks(
    s: Session, world: _World, items: dict[str, AgendaItem], rows: list[RemarkRow]
) -> None:
    """Remarks numbered in order within their item."""
    counts: dict[str, int] = {}
    for key, hhmm, speaker, text in rows:
        item = items[key]
        assert item.started_at is not None
        counts[key] = counts.get(key, 0) + 1
        s.add(
            Remark(
                agenda_item_id=item.id,
                speaker_id=world.people[speaker].id,
                text=text,
                spoken_at=_at(item.started_at.date(), hhmm),
                position=counts[key],
            )
        )


def _attendance(
    s: Session,
    world: _World,
    meeting: Meeting,
    absences: dict[str, Absence],
    late: dict[str, str],
) -> list[Attendance]:
    """One row per person in office on the meeting's date; present unless listed."""
    names = {person.id: name for name, person in world.people.items()}
    day = meeting.held_on
    rows = []
    in_office = [m for m in world.memberships if in_force(m, day)]
    for index, membership in enumerate(in_office):
        name = names[membership.person_id]
        status, reason, proxy = absences.get(name, (AttendanceStatus.PRESENT, "", ""))
        arrived = None
        if status in (AttendanceStatus.PRESENT, AttendanceStatus.PROXY):
            early = _at(day, "13:40") + timedelta(minutes=(index * 7) % 20)
            arrived = _at(day, late[name]) if name in late else early
        rows.append(
            Attendance(
                meeting_id=meeting.id,
                person_id=membership.person_id,
                status=status,
                arrived_at=arrived,
                reason=reason,
                proxy_name=proxy,
            )
        )
    s.add_all(rows)
    return rows


def _owner(world: _World, owner: str) -> dict[str, object]:
    if owner.startswith("@"):
        return {"owner_person_id": world.people[owner[1:]].id}
    if owner.startswith("#"):
        return {"owner_subcommittee_id": world.subcommittees[int(owner[1:])].id}
    return {"owner_text": owner}


def _record_launch(s: Session, world: _World, launch: Meeting, reference: Meeting) -> None:
    """제1차 출범식: agenda, remarks, a decision, three action items reviewed at 제2차."""
    items = _agenda(s, world, launch, [(row, 0) for row in AGENDA_1])
    _remarks(s, world, items, list(REMARKS_1))
    discussion = items["discussion"].id
    for position, (text, mode) in enumerate(DECISIONS_1, start=1):
        s.add(Decision(agenda_item_id=discussion, text=text, vote_mode=mode, position=position))
    _attendance(s, world, launch, ABSENT_1, {})
    for title, detail, owner, due, outcome, new_due, comment in ACTIONS_1:
        action = ActionItem(
            meeting_id=launch.id,
            agenda_item_id=discussion,
            title=title,
            detail=detail,
            due_on=new_due or due,
            status=STATUS_AFTER_REVIEW[outcome],
            **_owner(world, owner),
        )
        s.add(action)
        s.flush()
        s.add(
            ActionReview(
                action_item_id=action.id,
                meeting_id=reference.id,
                outcome=outcome,
                new_due_on=new_due,
                comment=comment,
            )
        )


def _record_reference(s: Session, world: _World, meeting: Meeting) -> None:
    """제2차 간담회 of 2019-08-22, recorded in full."""
    day = meeting.held_on
    sub_numbers = {sub.id: number for number, sub in world.subcommittees.items()}
    names = {person.id: name for name, person in world.people.items()}
    chairs = {
        sub_numbers[m.subcommittee_id]: names[m.person_id]
        for m in world.memberships
        if m.role is Role.SUBCOMMITTEE_CHAIR and m.subcommittee_id and in_force(m, day)
    }
    briefings: list[tuple[AgendaRow, int]] = [
        (
            (
                f"b{number}",
                AgendaKind.BRIEFING,
                f"{name} 추진상황 보고",
                chairs[number],
                BRIEFING_MINUTES,
                BRIEFING_TIMES[number - 1],
                BRIEFING_TIMES[number],
            ),
            number,
        )
        for number, _track, name, _summary in STRATEGIES
    ]
    head = [(row, 0) for row in AGENDA_2_HEAD]
    items = _agenda(s, world, meeting, head + briefings + [(row, 0) for row in AGENDA_2_TAIL])

    remarks = list(REMARKS_2)
    for number, text in enumerate(BRIEFINGS, start=1):
        remarks.append((f"b{number}", _shift(BRIEFING_TIMES[number - 1], 1), chairs[number], text))
    _remarks(s, world, items, remarks)

    attendance = _attendance(s, world, meeting, ABSENT_2, LATE_ARRIVALS_2)
    enrolled = {
        m.person_id for m in world.memberships if in_force(m, day) and m.role.counts_for_quorum
    }
    present = sum(
        1 for a in attendance if a.person_id in enrolled and a.status is AttendanceStatus.PRESENT
    )
    discussion = items["discussion"].id
    for position, (text, mode) in enumerate(DECISIONS_2, start=1):
        votes = (present - 2, 0, 2) if mode is VoteMode.VOTE else (None, None, None)
        s.add(
            Decision(
                agenda_item_id=discussion,
                text=text,
                vote_mode=mode,
                votes_for=votes[0],
                votes_against=votes[1],
                abstentions=votes[2],
                position=position,
            )
        )

    for key, title, detail, owner, number, due, status in ACTIONS_2:
        strategy_id = world.strategies[number].id if number else None
        s.add(
            ActionItem(
                meeting_id=meeting.id,
                agenda_item_id=items[key].id,
                title=title,
                detail=detail,
                strategy_id=strategy_id,
                due_on=due,
                status=status,
                **_owner(world, owner),
            )
        )

    strategy_numbers = {strategy.id: n for n, strategy in world.strategies.items()}
    for title, old, new, note in TASK_CHANGES_2:
        task = world.tasks[title]
        number = strategy_numbers[task.strategy_id]
        changed_at = _at(day, _shift(BRIEFING_TIMES[number - 1], 3))
        s.add(
            TaskStatusChange(
                task_id=task.id,
                meeting_id=meeting.id,
                changed_at=changed_at,
                old_status=old,
                new_status=new,
                note=note,
            )
        )


def _shift(hhmm: str, minutes: int) -> str:
    moment = _at(REFERENCE_DAY, hhmm) + timedelta(minutes=minutes)
    return f"{moment.hour:02d}:{moment.minute:02d}"
