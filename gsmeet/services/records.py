"""Records built from database rows: one builder per record, shared by every service
that hands that record out (the meeting record, the live screen, the agenda, the
registers, the minutes)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

from gsmeet.domain.enums import AttendanceStatus, TaskStatus
from gsmeet.domain.kinds import KindInfo
from gsmeet.domain.quorum import QuorumRule
from gsmeet.domain.records import (
    AchievementRecord,
    ActionRecord,
    ActionReviewRecord,
    AgendaItemRecord,
    AttendanceRecord,
    CommitteeInfo,
    DecisionRecord,
    MeetingSummary,
    MinutesVersionRecord,
    PersonAtDate,
    RemarkRecord,
    TaskRecord,
)
from gsmeet.domain.sessions import SessionRef
from gsmeet.domain.terms import departed

if TYPE_CHECKING:  # (the plain-SQL record reader builds from its rows without the ORM)
    from sqlalchemy.orm import Session

    from gsmeet.domain.live import TaskChangeRecord
    from gsmeet.storage.models import (
        Achievement,
        ActionItem,
        ActionReview,
        AgendaItem,
        Attendance,
        Committee,
        Decision,
        Meeting,
        MinutesVersion,
        Remark,
        SessionKind,
        Task,
        TaskStatusChange,
    )
    from gsmeet.storage.record import (
        AchievementRow,
        ActionRow,
        AgendaRow,
        DecisionRow,
        RemarkRow,
        ReviewRow,
        TaskRow,
        VersionRow,
    )


def achievement_record(a: Achievement | AchievementRow) -> AchievementRecord:
    return AchievementRecord(
        id=a.id,
        strategy_id=a.strategy_id,
        task_id=a.task_id,
        occurred_on=a.occurred_on,
        precision=a.precision,
        text=a.text,
        figure=a.figure,
        meeting_id=a.meeting_id,
        version=a.version,
    )


def agenda_record(
    item: AgendaItem | AgendaRow, people: Mapping[int, PersonAtDate]
) -> AgendaItemRecord:
    presenter = people.get(item.presenter_id) if item.presenter_id is not None else None
    return AgendaItemRecord(
        id=item.id,
        parent_id=item.parent_id,
        position=item.position,
        kind=item.kind,
        title=item.title,
        presenter=presenter,
        strategy_id=item.strategy_id,
        planned_minutes=item.planned_minutes,
        started_at=item.started_at,
        ended_at=item.ended_at,
        version=item.version,
    )


def remark_record(remark: Remark | RemarkRow, speaker: PersonAtDate | None) -> RemarkRecord:
    return RemarkRecord(
        id=remark.id,
        agenda_item_id=remark.agenda_item_id,
        speaker=speaker,
        text=remark.text,
        spoken_at=remark.spoken_at,
    )


def decision_record(d: Decision | DecisionRow) -> DecisionRecord:
    return DecisionRecord(
        id=d.id,
        agenda_item_id=d.agenda_item_id,
        text=d.text,
        vote_mode=d.vote_mode,
        votes_for=d.votes_for,
        votes_against=d.votes_against,
        abstentions=d.abstentions,
    )


def action_records(
    session: Session, actions: Sequence[ActionItem], *, on: date | None = None
) -> list[ActionRecord]:
    """Records of ``actions`` with their owner written out, their meeting's number and
    whether the owner had left the committee (해촉) by ``on`` (default: today), in at
    most four small queries whatever their number."""
    if not actions:
        return []
    from sqlalchemy import select

    from gsmeet.services.lookups import pairs
    from gsmeet.storage.models import Meeting, Membership, Person, Subcommittee

    person_ids = {a.owner_person_id for a in actions if a.owner_person_id is not None}
    sub_ids = {a.owner_subcommittee_id for a in actions if a.owner_subcommittee_id is not None}
    meeting_ids = {a.meeting_id for a in actions}
    names = (
        pairs(session, select(Person.id, Person.name).where(Person.id.in_(person_ids)))
        if person_ids
        else {}
    )
    subs = (
        pairs(
            session, select(Subcommittee.id, Subcommittee.name).where(Subcommittee.id.in_(sub_ids))
        )
        if sub_ids
        else {}
    )
    origins = {
        row[0]: (row[1], row[2], row[3])
        for row in session.execute(
            select(Meeting.id, Meeting.number, Meeting.held_on, Meeting.committee_id).where(
                Meeting.id.in_(meeting_ids)
            )
        )
    }
    gone: set[tuple[int, int | None]] = set()
    if person_ids:
        memberships = session.execute(
            select(Membership.committee_id, Membership.person_id, Membership.left_on)
            .where(Membership.person_id.in_(person_ids))
            .order_by(Membership.term_start, Membership.id)
        )
        gone = departed(memberships, on or date.today())
    return [
        action_record(
            a,
            owner=names.get(a.owner_person_id or -1) or subs.get(a.owner_subcommittee_id or -1),
            number=origins[a.meeting_id][0],
            held_on=origins[a.meeting_id][1],
            owner_left=(origins[a.meeting_id][2], a.owner_person_id) in gone,
        )
        for a in actions
    ]


def action_record(
    a: ActionItem | ActionRow,
    *,
    owner: str | None,
    number: int | None,
    held_on: date,
    owner_left: bool,
) -> ActionRecord:
    """An action item's record: ``owner``, its owner's name (a person's, else a
    sub-committee's; else the item's own owner text is printed), the number and date
    of the session that decided it."""
    return ActionRecord(
        id=a.id,
        meeting_id=a.meeting_id,
        meeting_number=number,
        agenda_item_id=a.agenda_item_id,
        title=a.title,
        detail=a.detail,
        owner=owner or a.owner_text,
        owner_person_id=a.owner_person_id,
        strategy_id=a.strategy_id,
        due_on=a.due_on,
        status=a.status,
        meeting_held_on=held_on,
        owner_left=owner_left,
    )


def committee_info(committee: Committee) -> CommitteeInfo:
    return CommitteeInfo(
        id=committee.id,
        name=committee.name,
        host_body=committee.host_body,
        department=committee.department,
        quorum_rule=QuorumRule(
            kind=committee.quorum_kind,
            numerator=committee.quorum_numerator,
            denominator=committee.quorum_denominator,
            count=committee.quorum_count,
            proxies_count=committee.quorum_counts_proxies,
        ),
        is_sample=committee.is_sample,
        default_disclosure=committee.default_disclosure,
    )


def kind_info(kind: SessionKind) -> KindInfo:
    return KindInfo(
        id=kind.id,
        code=kind.code,
        name_ko=kind.name_ko,
        name_en=kind.name_en,
        series=kind.series,
        quorum_applies=kind.quorum_applies,
        for_subcommittee=kind.for_subcommittee,
        position=kind.position,
        retired=kind.retired,
    )


def session_ref(meeting: Meeting) -> SessionRef:
    """The session as a message names it (``제2차 간담회(2019. 8. 22.)``)."""
    sub = meeting.subcommittee
    return SessionRef(
        number=meeting.number,
        kind=kind_info(meeting.kind),
        held_on=meeting.held_on,
        title=meeting.title,
        subcommittee=sub.name if sub is not None else "",
    )


def summary(meeting: Meeting, postponed_from: date | None = None) -> MeetingSummary:
    """A session as lists show it (its kind and sub-committee come joined with it);
    ``postponed_from``, the date it was first planned for, when the caller read it."""
    sub = meeting.subcommittee
    return MeetingSummary(
        id=meeting.id,
        committee_id=meeting.committee_id,
        number=meeting.number,
        kind=kind_info(meeting.kind),
        title=meeting.title,
        held_on=meeting.held_on,
        start_time=meeting.start_time,
        end_time=meeting.end_time,
        place=meeting.place,
        status=meeting.status,
        subcommittee_id=meeting.subcommittee_id,
        subcommittee=sub.name if sub is not None else "",
        cancel_reason=meeting.cancel_reason,
        postponed_from=postponed_from,
    )


AttendanceValues = tuple[AttendanceStatus, datetime | None, str, str]  # status, arrival, why, proxy


def row_values(row: Attendance) -> AttendanceValues:
    """An attendance row as the plain values :func:`attendance_record` takes."""
    return (row.status, row.arrived_at, row.reason, row.proxy_name)


def attendance_record(person: PersonAtDate, values: AttendanceValues | None) -> AttendanceRecord:
    """A person's attendance; no row yet means invited, not checked in."""
    if values is None:
        return AttendanceRecord(person, AttendanceStatus.INVITED, None, "", "")
    return AttendanceRecord(person, *values)


def task_record(
    task: Task | TaskRow,
    *,
    status: TaskStatus | None = None,
    previous: TaskStatus | None = None,
    change_note: str = "",
) -> TaskRecord:
    """A task, with ``status`` as it stood then when given (the meeting record shows
    the register as of its session) and ``previous``, the status before a change at
    the meeting being looked at (kept only where it differs), with the note typed with
    that change."""
    shown = status if status is not None else task.status
    changed = previous is not None and previous != shown
    return TaskRecord(
        id=task.id,
        strategy_id=task.strategy_id,
        title=task.title,
        status=shown,
        owner=task.owner,
        target_date=task.target_date,
        progress=task.progress,
        note=task.note,
        previous_status=previous if changed else None,
        change_note=change_note.strip() if changed else "",
        version=task.version,
    )


def task_change_record(c: TaskStatusChange, title: str) -> TaskChangeRecord:
    from gsmeet.domain.live import TaskChangeRecord  # (the live screen's alone)

    return TaskChangeRecord(
        id=c.id,
        task_id=c.task_id,
        task_title=title,
        meeting_id=c.meeting_id,
        changed_at=c.changed_at,
        old_status=c.old_status,
        new_status=c.new_status,
        note=c.note,
    )


def review_record(action: ActionRecord, review: ActionReview | ReviewRow) -> ActionReviewRecord:
    return ActionReviewRecord(
        action=action, outcome=review.outcome, new_due_on=review.new_due_on, comment=review.comment
    )


def minutes_version_record(
    v: MinutesVersion | VersionRow, *, kept: bool = False
) -> MinutesVersionRecord:
    """A minutes version; ``kept``: its issued file is kept in the database."""
    return MinutesVersionRecord(
        version=v.version,
        issued_at=v.issued_at,
        sha256=v.sha256,
        changes=v.changes,
        lang=v.lang,
        kept=kept,
    )
