"""The demo's two held sessions: the launch (제1차) and the round-table session of
2019-08-22 (제2차), with their agendas, attendance, remarks, decisions and action items,
and the session planned after them."""

from __future__ import annotations

import hashlib
from datetime import datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from gsmeet.demo.data import (
    ABSENT_1,
    ABSENT_2,
    ACTIONS_1,
    ACTIONS_2,
    AGENDA_1,
    AGENDA_2_HEAD,
    AGENDA_2_TAIL,
    BRIEFING_MINUTES,
    BRIEFING_TIMES,
    BRIEFINGS,
    DECISIONS_1,
    DECISIONS_2,
    LATE_ARRIVALS_2,
    LAUNCH_DAY,
    MAYOR,
    NEXT_DAY,
    PLACE,
    REFERENCE_DAY,
    REMARKS_1,
    REMARKS_2,
    SECRETARY,
    STATUS_AFTER_REVIEW,
    STRATEGIES,
    TASK_CHANGES_2,
    Absence,
    AgendaRow,
    RemarkRow,
)
from gsmeet.demo.world import World, at
from gsmeet.domain.enums import (
    ActionStatus,
    AgendaKind,
    AttendanceStatus,
    Disclosure,
    MeetingKind,
    MeetingStatus,
    Role,
    VoteMode,
)
from gsmeet.domain.kinds import MAIN_SERIES
from gsmeet.domain.terms import in_force
from gsmeet.storage.models import (
    ActionChange,
    ActionItem,
    ActionReview,
    AgendaItem,
    Attendance,
    Decision,
    Meeting,
    MinutesVersion,
    Remark,
    TaskStatusChange,
)


def add_meetings(s: Session, world: World) -> tuple[Meeting, Meeting, Meeting]:
    """The three sessions; the first with its issued minutes, the third only planned."""
    common = {
        "committee_id": world.committee.id,
        "place": PLACE,
        "start_time": time(14, 0),
        "chair_id": world.people[MAYOR].id,
        "secretary_id": world.people[SECRETARY[0]].id,
        "disclosure": Disclosure.PUBLIC,
        "series": MAIN_SERIES,
    }
    launch = Meeting(
        number=1,
        kind=world.kinds[MeetingKind.REGULAR],
        title="경산발전전략위원회 출범식",
        held_on=LAUNCH_DAY,
        end_time=time(15, 30),
        started_at=at(LAUNCH_DAY, "14:00"),
        ended_at=at(LAUNCH_DAY, "15:28"),
        status=MeetingStatus.MINUTES_ISSUED,
        **common,
    )
    reference = Meeting(
        number=2,
        kind=world.kinds[MeetingKind.ROUND_TABLE],
        title="민선7기 1주년 경산발전전략위원회 간담회",
        held_on=REFERENCE_DAY,
        end_time=time(16, 0),
        started_at=at(REFERENCE_DAY, "14:02"),
        ended_at=at(REFERENCE_DAY, "16:05"),
        status=MeetingStatus.HELD,
        **common,
    )
    planned = Meeting(
        number=3,
        kind=world.kinds[MeetingKind.REGULAR],
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
    return launch, reference, planned


def add_agenda(
    s: Session, world: World, meeting: Meeting, rows: list[tuple[AgendaRow, int]]
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
            started_at=at(meeting.held_on, start),
            ended_at=at(meeting.held_on, end),
        )
    s.add_all(items.values())
    s.flush()
    return items


def add_remarks(
    s: Session, world: World, items: dict[str, AgendaItem], rows: list[RemarkRow]
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
                spoken_at=at(item.started_at.date(), hhmm),
                position=counts[key],
            )
        )


def add_attendance(
    s: Session,
    world: World,
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
            early = at(day, "13:40") + timedelta(minutes=(index * 7) % 20)
            arrived = at(day, late[name]) if name in late else early
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


def owner_of(world: World, owner: str) -> dict[str, object]:
    if owner.startswith("@"):
        return {"owner_person_id": world.people[owner[1:]].id}
    if owner.startswith("#"):
        return {"owner_subcommittee_id": world.subcommittees[int(owner[1:])].id}
    return {"owner_text": owner}


def record_launch(s: Session, world: World, launch: Meeting, reference: Meeting) -> None:
    """제1차 출범식: agenda, remarks, a decision, three action items reviewed at 제2차."""
    items = add_agenda(s, world, launch, [(row, 0) for row in AGENDA_1])
    add_remarks(s, world, items, list(REMARKS_1))
    discussion = items["discussion"].id
    for position, (text, mode) in enumerate(DECISIONS_1, start=1):
        s.add(Decision(agenda_item_id=discussion, text=text, vote_mode=mode, position=position))
    add_attendance(s, world, launch, ABSENT_1, {})
    for title, detail, owner, due, outcome, new_due, comment in ACTIONS_1:
        action = ActionItem(
            meeting_id=launch.id,
            agenda_item_id=discussion,
            title=title,
            detail=detail,
            due_on=new_due or due,
            status=STATUS_AFTER_REVIEW[outcome],
            **owner_of(world, owner),
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
        s.add(  # the review's change, so 제1차's documents keep the item as it stood
            ActionChange(
                action_item_id=action.id,
                meeting_id=reference.id,
                changed_at=reference.ended_at,
                old_status=ActionStatus.OPEN,
                new_status=action.status,
                old_due_on=due,
                new_due_on=action.due_on,
                note=comment,
            )
        )


def record_reference(s: Session, world: World, meeting: Meeting) -> None:
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
    items = add_agenda(s, world, meeting, head + briefings + [(row, 0) for row in AGENDA_2_TAIL])

    remarks = list(REMARKS_2)
    for number, text in enumerate(BRIEFINGS, start=1):
        remarks.append((f"b{number}", shift(BRIEFING_TIMES[number - 1], 1), chairs[number], text))
    add_remarks(s, world, items, remarks)

    attendance = add_attendance(s, world, meeting, ABSENT_2, LATE_ARRIVALS_2)
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
                **owner_of(world, owner),
            )
        )

    strategy_numbers = {strategy.id: n for n, strategy in world.strategies.items()}
    for title, old, new, note in TASK_CHANGES_2:
        task = world.tasks[title]
        number = strategy_numbers[task.strategy_id]
        changed_at = at(day, shift(BRIEFING_TIMES[number - 1], 3))
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


def prepare_planned(s: Session, world: World, reference: Meeting, planned: Meeting) -> None:
    """제3차 comes prepared, as 'prepare' would leave it: the agenda of 제2차 item by
    item, planned at the minutes each actually took, presented by whoever holds the
    same place on the new date (a 분과위원장 who left is followed by their successor);
    everyone in office invited. The open action items of 제2차 wait for its review."""
    day = planned.held_on
    in_office = {m.person_id for m in world.memberships if in_force(m, day)}
    chairs = {
        m.subcommittee_id: m.person_id
        for m in world.memberships
        if m.role is Role.SUBCOMMITTEE_CHAIR and in_force(m, day)
    }
    strategy_subs = {st.id: st.subcommittee_id for st in world.strategies.values()}
    old_items = s.scalars(
        select(AgendaItem)
        .where(AgendaItem.meeting_id == reference.id, AgendaItem.parent_id.is_(None))
        .order_by(AgendaItem.position)
    ).all()
    for item in old_items:
        presenter = item.presenter_id if item.presenter_id in in_office else None
        if item.strategy_id is not None:
            presenter = chairs.get(strategy_subs[item.strategy_id], presenter)
        elif presenter is None and item.kind in (AgendaKind.DISCUSSION, AgendaKind.CLOSING):
            presenter = planned.chair_id  # the chair leads discussion and closes
        assert item.started_at is not None and item.ended_at is not None
        minutes = round((item.ended_at - item.started_at).total_seconds() / 60)
        s.add(
            AgendaItem(
                meeting_id=planned.id,
                position=item.position,
                kind=item.kind,
                title=item.title,
                presenter_id=presenter,
                strategy_id=item.strategy_id,
                planned_minutes=max(minutes, 1),
            )
        )
    s.add_all(Attendance(meeting_id=planned.id, person_id=pid) for pid in sorted(in_office))


def shift(hhmm: str, minutes: int) -> str:
    moment = at(REFERENCE_DAY, hhmm) + timedelta(minutes=minutes)
    return f"{moment.hour:02d}:{moment.minute:02d}"
