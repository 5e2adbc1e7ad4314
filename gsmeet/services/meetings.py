"""Finding meetings and reading everything recorded for one."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date, datetime, time

from sqlalchemy import ColumnElement, and_, exists, func, or_, select
from sqlalchemy.orm import Session

from gsmeet.domain.dates import parse_date
from gsmeet.domain.enums import (
    ActionStatus,
    AttendanceStatus,
    MeetingStatus,
    Role,
    TaskStatus,
    Thing,
)
from gsmeet.domain.errors import InvalidInputError, NoSuchRecord, NotFoundError
from gsmeet.domain.quorum import count_quorum
from gsmeet.domain.records import (
    AchievementRecord,
    ActionRecord,
    GuestRecord,
    MeetingRecord,
    PersonAtDate,
    StrategyRecord,
    TaskRecord,
)
from gsmeet.domain.sessions import SessionRef
from gsmeet.services.confirmations import with_confirmations
from gsmeet.services.history import as_of, states_at
from gsmeet.services.lookups import pairs, subcommittee_names
from gsmeet.services.people import memberships_on, people_on
from gsmeet.services.records import (
    achievement_record,
    agenda_record,
    attendance_record,
    committee_info,
    decision_record,
    minutes_version_record,
    remark_record,
    review_record,
    row_values,
    session_ref,
    summary,
    task_record,
)
from gsmeet.services.store import Database
from gsmeet.storage.models import (
    Achievement,
    ActionChange,
    ActionItem,
    ActionReview,
    AgendaItem,
    Attendance,
    Committee,
    Decision,
    Guest,
    Meeting,
    Membership,
    MinutesFile,
    MinutesVersion,
    Postponement,
    Remark,
    Strategy,
    Task,
    TaskStatusChange,
    Track,
)

HELD_STATES = (MeetingStatus.HELD, MeetingStatus.MINUTES_ISSUED)
NOT_OVER = (MeetingStatus.PLANNED, MeetingStatus.IN_PROGRESS, MeetingStatus.CANCELLED)
OPEN_STATES = tuple(s for s in ActionStatus if s.is_open)


class NoneHeldYet(NotFoundError):
    text = "No meeting has been held yet (--meeting latest)"


class NoMeetingNumbered(NotFoundError):
    text = "No meeting number {number}"


class NoMeetingOn(NotFoundError):
    text = "No meeting on {on}"


class SeveralNumbered(InvalidInputError):
    text = (
        "More than one meeting number {number} ({sessions:;}); add its sub-committee or "
        "kind, as in '{number} {example}'"
    )


class SeveralOn(InvalidInputError):
    text = (
        "More than one meeting on {on} ({sessions:;}); add its sub-committee or kind, "
        "as in '{day} {example}'"
    )


class NoneOfThese(NotFoundError):
    text = "No meeting '{text}': none of {sessions:;} is '{which}'"


class NotAMeetingReference(InvalidInputError):
    text = "--meeting '{text}' is not a meeting number, a date or 'latest'"


def earlier_than(meeting: Meeting) -> ColumnElement[bool]:
    """The committee's sessions before ``meeting``, cancelled ones left out: by date,
    then start time, then the order they were entered in (the order of the carry-over
    and of the reviews)."""
    return and_(
        Meeting.committee_id == meeting.committee_id,
        Meeting.status != MeetingStatus.CANCELLED,
        Meeting.id != meeting.id,
        or_(
            Meeting.held_on < meeting.held_on,
            and_(
                Meeting.held_on == meeting.held_on,
                or_(
                    Meeting.start_time < meeting.start_time,
                    and_(Meeting.start_time == meeting.start_time, Meeting.id < meeting.id),
                ),
            ),
        ),
    )


def same_scope(meeting: Meeting) -> ColumnElement[bool]:
    """Sessions of the same body: the whole committee's, or one sub-committee's."""
    if meeting.subcommittee_id is None:
        return Meeting.subcommittee_id.is_(None)
    return Meeting.subcommittee_id == meeting.subcommittee_id


def previous_held(session: Session, meeting: Meeting) -> Meeting | None:
    """직전 회의: the latest session of the same body before ``meeting`` that was held
    (a session only planned, or cancelled, never is)."""
    return session.scalars(
        select(Meeting)
        .where(earlier_than(meeting), same_scope(meeting), Meeting.status.in_(HELD_STATES))
        .order_by(Meeting.held_on.desc(), Meeting.start_time.desc(), Meeting.id.desc())
        .limit(1)
    ).first()


def reviewed_at(meeting: Meeting) -> ColumnElement[bool]:
    """The action items a session reviews (joined with the session that decided them):
    those of earlier sessions (:func:`earlier_than`) of the same body; a sub-committee
    also reviews the actions given to it elsewhere."""
    scope = same_scope(meeting)
    if meeting.subcommittee_id is not None:
        scope = or_(scope, ActionItem.owner_subcommittee_id == meeting.subcommittee_id)
    return and_(earlier_than(meeting), scope)


def open_actions_of_earlier(session: Session, meeting: Meeting) -> list[ActionItem]:
    """The action items ``meeting`` reviews (:func:`reviewed_at`) that were open as it
    began (a later session's review does not change that)."""
    changed = exists().where(ActionChange.action_item_id == ActionItem.id)
    candidates = list(
        session.scalars(
            select(ActionItem)
            .join(Meeting, Meeting.id == ActionItem.meeting_id)
            .where(reviewed_at(meeting), ActionItem.status.in_(OPEN_STATES) | changed)
            .order_by(Meeting.held_on, Meeting.start_time, Meeting.id, ActionItem.id)
        )
    )
    then = states_at(session, meeting, [a.id for a in candidates], own=False)
    return [a for a in candidates if then.get(a.id, (a.status, None))[0].is_open]


def standing_on(day: date) -> ColumnElement[bool]:
    """Tracks and strategies not yet retired on ``day`` (the query joins both)."""
    return and_(
        or_(Track.retired_on.is_(None), Track.retired_on > day),
        or_(Strategy.retired_on.is_(None), Strategy.retired_on > day),
    )


def body_of(session: Session, meeting: Meeting) -> list[Membership]:
    """The memberships in force on the session's date of the body that meets: the
    whole committee, or one sub-committee's members."""
    memberships = memberships_on(session, meeting.committee_id, meeting.held_on)
    if meeting.subcommittee_id is None:
        return memberships
    return [m for m in memberships if m.subcommittee_id == meeting.subcommittee_id]


def invitees_of(session: Session, meeting: Meeting) -> list[int]:
    """Who is invited by default: everyone in office on the day (a sub-committee's
    session: its members, and the session's secretary)."""
    people = [m.person_id for m in body_of(session, meeting)]
    if meeting.subcommittee_id is not None and meeting.secretary_id is not None:
        people.append(meeting.secretary_id)
    return sorted(set(people))


def open_actions_before(store: Database, meeting_id: int) -> list[ActionRecord]:
    """Action items decided at the committee's earlier meetings and still open, oldest
    first: what the session's review goes through, and its agenda and packets list."""
    with store.session() as session:
        meeting = session.get(Meeting, meeting_id)
        if meeting is None:
            raise NoSuchRecord(what=Thing.MEETING, id=meeting_id)
        return as_of(session, meeting, open_actions_of_earlier(session, meeting), own=False)


def first_dates(session: Session, committee_id: int) -> dict[int, date]:
    """Sessions that were postponed: the date each was first planned for."""
    return pairs(
        session,
        select(Postponement.meeting_id, func.min(Postponement.from_date))
        .join(Meeting, Meeting.id == Postponement.meeting_id)
        .where(Meeting.committee_id == committee_id)
        .group_by(Postponement.meeting_id),
    )


def resolve_meeting(session: Session, ref: str, committee_id: int | None = None) -> Meeting:
    """The meeting ``ref`` names: its number, its date (YYYY-MM-DD) or ``latest``
    (the most recent one held). Raises :class:`NotFoundError` / :class:`InvalidInputError`."""
    query = select(Meeting)
    if committee_id is not None:
        query = query.where(Meeting.committee_id == committee_id)
    text = ref.strip()
    if text == "latest":
        query = query.where(Meeting.status.in_(HELD_STATES)).order_by(
            Meeting.held_on.desc(), Meeting.start_time.desc(), Meeting.id.desc()
        )
        found = session.scalars(query.limit(1)).first()
        if found is None:
            raise NoneHeldYet()
        return found
    qualified = QUALIFIED.fullmatch(text)
    head, which = (qualified.group(1), qualified.group(2)) if qualified else (text, "")
    if head.isascii() and head.isdigit():
        number = int(head)
        if number > 2**31:
            raise NoMeetingNumbered(number=head)
        matches = list(session.scalars(query.where(Meeting.number == number)))
        if not matches:
            raise NoMeetingNumbered(number=head)
        several: InvalidInputError = SeveralNumbered(
            number=head, sessions=_refs(matches), example=_example(matches)
        )
    else:
        try:
            day = parse_date(head)
        except InvalidInputError:
            raise NotAMeetingReference(text=text) from None
        matches = list(session.scalars(query.where(Meeting.held_on == day)))
        if not matches:
            raise NoMeetingOn(on=day)
        several = SeveralOn(
            on=day, day=day.isoformat(), sessions=_refs(matches), example=_example(matches)
        )
    if which:
        chosen = [m for m in matches if _is_of(m, which)]
        if not chosen:
            raise NoneOfThese(text=text, sessions=_refs(matches), which=which)
        matches = chosen
    if len(matches) > 1:
        raise several
    return matches[0]


# A number or an ISO date, then what tells sessions of that day or number apart: the
# sub-committee (행복건강도시 분과, or 행복건강도시) or the kind (분과회의, subcommittee).
QUALIFIED = re.compile(r"(\d+|\d{4}-\d{1,2}-\d{1,2})\s+(\S.*)")


def _squeezed(text: str) -> str:
    return "".join(text.split()).casefold()


def _is_of(meeting: Meeting, which: str) -> bool:
    kind, sub = meeting.kind, meeting.subcommittee
    names = [kind.code, kind.name_ko, kind.name_en, meeting.title]
    if sub is not None:
        names += [sub.name, sub.name.removesuffix("분과")]
    return _squeezed(which) in {_squeezed(name) for name in names if name}


def _refs(matches: list[Meeting]) -> tuple[SessionRef, ...]:
    return tuple(session_ref(m) for m in matches)


def _example(matches: list[Meeting]) -> str:
    """What to add to tell the last of ``matches`` apart (its sub-committee, or kind)."""
    last = matches[-1]
    return last.subcommittee.name if last.subcommittee is not None else last.kind.name_ko


def find_meeting_id(store: Database, ref: str, committee_id: int | None = None) -> int:
    with store.session() as session:
        return resolve_meeting(session, ref, committee_id).id


def meeting_record(store: Database, meeting_id: int) -> MeetingRecord:
    """Everything recorded for one meeting, with people as they stood on its date."""
    with store.session() as session:
        meeting = session.get(Meeting, meeting_id)
        if meeting is None:
            raise NoSuchRecord(what=Thing.MEETING, id=meeting_id)
        return _build_record(session, meeting)


def _build_record(session: Session, meeting: Meeting) -> MeetingRecord:
    committee = session.get_one(Committee, meeting.committee_id)
    info = committee_info(committee)
    day = meeting.held_on
    people = people_on(session, committee.id, day)
    previous = previous_held(session, meeting)

    attendance = tuple(
        attendance_record(people[row.person_id], row_values(row))
        for row in session.scalars(
            select(Attendance).where(Attendance.meeting_id == meeting.id).order_by(Attendance.id)
        )
    )
    enrolled_ids = {m.person_id for m in body_of(session, meeting) if m.role.counts_for_quorum}
    by_status: dict[AttendanceStatus, int] = defaultdict(int)
    for row in attendance:
        if row.person.id in enrolled_ids:
            by_status[row.status] += 1
    checked = sum(n for status, n in by_status.items() if status is not AttendanceStatus.INVITED)
    quorum = count_quorum(
        info.quorum_rule,
        enrolled=len(enrolled_ids),
        present=by_status[AttendanceStatus.PRESENT],
        proxies=by_status[AttendanceStatus.PROXY],
        applies=meeting.kind.quorum_applies,
        unchecked=len(enrolled_ids) - checked if meeting.status in NOT_OVER else 0,
    )
    guests = tuple(
        GuestRecord(g.id, g.name, g.organisation, g.position)
        for g in session.scalars(
            select(Guest).where(Guest.meeting_id == meeting.id).order_by(Guest.ordinal, Guest.id)
        )
    )

    def person(person_id: int | None) -> PersonAtDate | None:
        return None if person_id is None else people.get(person_id)

    items = list(
        session.scalars(
            select(AgendaItem)
            .where(AgendaItem.meeting_id == meeting.id)
            .order_by(AgendaItem.position, AgendaItem.id)
        )
    )
    item_ids = [item.id for item in items]
    agenda = tuple(agenda_record(item, people) for item in items)
    remarks = tuple(
        remark_record(r, person(r.speaker_id))
        for r in session.scalars(
            select(Remark)
            .where(Remark.agenda_item_id.in_(item_ids))
            .order_by(Remark.spoken_at, Remark.position, Remark.id)
        )
    )
    decisions = tuple(
        decision_record(d)
        for d in session.scalars(
            select(Decision)
            .where(Decision.agenda_item_id.in_(item_ids))
            .order_by(Decision.position, Decision.id)
        )
    )
    actions = tuple(
        as_of(
            session,
            meeting,
            list(
                session.scalars(
                    select(ActionItem)
                    .where(ActionItem.meeting_id == meeting.id)
                    .order_by(ActionItem.id)
                )
            ),
        )
    )
    reviewed = list(
        session.execute(
            select(ActionReview, ActionItem)
            .join(ActionItem, ActionItem.id == ActionReview.action_item_id)
            .where(ActionReview.meeting_id == meeting.id)
            .order_by(ActionItem.meeting_id, ActionItem.id)
        )
    )
    # Each item as it stood when this session reviewed it: due date before a re-date.
    reviews = tuple(
        review_record(action, review)
        for (review, _), action in zip(
            reviewed, as_of(session, meeting, [a for _, a in reviewed], own=False), strict=True
        )
    )
    versions = tuple(
        minutes_version_record(v, kept=kept is not None)
        for v, kept in session.execute(
            select(MinutesVersion, MinutesFile.id)
            .outerjoin(MinutesFile, MinutesFile.version_id == MinutesVersion.id)
            .where(MinutesVersion.meeting_id == meeting.id)
            .order_by(MinutesVersion.version)
        )
    )
    record = MeetingRecord(
        committee=info,
        meeting=summary(meeting, first_dates(session, committee.id).get(meeting.id)),
        started_at=meeting.started_at,
        ended_at=meeting.ended_at,
        disclosure=meeting.disclosure,
        chair=person(meeting.chair_id),
        secretary=person(meeting.secretary_id),
        attendance=attendance,
        quorum=quorum,
        agenda=agenda,
        remarks=remarks,
        decisions=decisions,
        actions=actions,
        reviews=reviews,
        strategies=_strategies_at(session, committee.id, meeting, previous, people),
        previous=summary(previous) if previous else None,
        minutes_versions=versions,
        guests=guests,
        headcount=meeting.headcount,
    )
    return with_confirmations(session, meeting, record)


def _strategies_at(
    session: Session,
    committee_id: int,
    meeting: Meeting,
    previous: Meeting | None,
    people: dict[int, PersonAtDate],
) -> tuple[StrategyRecord, ...]:
    """The strategy register as it stood at ``meeting``: task statuses replayed back
    from later changes, and each task's status before the changes made since
    ``previous`` (or at this meeting)."""
    day = meeting.held_on
    meeting_end = datetime.combine(day, time.max)
    since = datetime.combine(previous.held_on, time.max) if previous else datetime.min
    tracks = pairs(session, select(Track.id, Track.name).where(Track.committee_id == committee_id))
    query = (
        select(Strategy)
        .where(Strategy.track_id.in_(tracks), standing_on(day))
        .join(Track, Track.id == Strategy.track_id)
        .order_by(Track.position, Strategy.position, Strategy.number)
    )
    if meeting.subcommittee_id is not None:  # a 분과회의: its own strategies
        query = query.where(Strategy.subcommittee_id == meeting.subcommittee_id)
    strategies = list(session.scalars(query))
    strategy_ids = [s.id for s in strategies]
    tasks_by_strategy: dict[int, list[Task]] = defaultdict(list)
    for task in session.scalars(
        select(Task).where(Task.strategy_id.in_(strategy_ids)).order_by(Task.position, Task.id)
    ):
        tasks_by_strategy[task.strategy_id].append(task)
    changes: dict[int, list[TaskStatusChange]] = defaultdict(list)
    for change in session.scalars(
        select(TaskStatusChange)
        .join(Task, Task.id == TaskStatusChange.task_id)
        .where(Task.strategy_id.in_(strategy_ids))
        .order_by(TaskStatusChange.changed_at, TaskStatusChange.id)
    ):
        changes[change.task_id].append(change)
    achievements: dict[int, list[AchievementRecord]] = defaultdict(list)
    for a in session.scalars(
        select(Achievement)
        .where(Achievement.strategy_id.in_(strategy_ids), Achievement.occurred_on <= day)
        .order_by(Achievement.occurred_on, Achievement.id)
    ):
        achievements[a.strategy_id].append(achievement_record(a))
    chairs = {
        m.subcommittee_id: people.get(m.person_id)
        for m in memberships_on(session, committee_id, day)
        if m.role is Role.SUBCOMMITTEE_CHAIR and m.subcommittee_id is not None
    }
    names = subcommittee_names(session, committee_id)

    def is_after(change: TaskStatusChange) -> bool:
        if change.meeting_id is not None and change.meeting_id == meeting.id:
            return False
        return change.changed_at > meeting_end

    def is_recent(change: TaskStatusChange) -> bool:
        return change.meeting_id == meeting.id or since < change.changed_at <= meeting_end

    def as_it_stood(task: Task) -> TaskRecord:
        history = changes.get(task.id, [])
        later = [c for c in history if is_after(c)]
        status: TaskStatus = later[0].old_status if later else task.status
        recent = [c for c in history if is_recent(c) and not is_after(c)]
        before = recent[0].old_status if recent else None
        note = next((c.note for c in reversed(recent) if c.note.strip()), "")
        return task_record(task, status=status, previous=before, change_note=note)

    return tuple(
        StrategyRecord(
            id=s.id,
            track_id=s.track_id,
            track_name=tracks[s.track_id],
            number=s.number,
            name=s.name,
            summary=s.summary,
            subcommittee=names.get(s.subcommittee_id or -1, ""),
            chair=chairs.get(s.subcommittee_id) if s.subcommittee_id else None,
            tasks=tuple(as_it_stood(t) for t in tasks_by_strategy[s.id]),
            achievements=tuple(achievements[s.id]),
        )
        for s in strategies
    )


def count_rows(store: Database) -> dict[str, int]:
    """How many rows each table holds (for ``gsmeet check`` and the status bar)."""
    from gsmeet.storage.models import Base

    with store.session() as session:
        return {
            table.name: session.execute(select(func.count()).select_from(table)).scalar_one()
            for table in Base.metadata.sorted_tables
        }
