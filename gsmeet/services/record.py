"""The meeting record — everything recorded for one session, as it stood then — and
finding the session a reference names: read with plain SQL (:mod:`gsmeet.storage.record`,
:mod:`gsmeet.storage.listing`) through whichever connection the caller has, so one
home serves the window, the services and the commands that only write a document
(those read the file with ``sqlite3`` alone: no SQLAlchemy loaded).

The rules applied to the rows are the ones every reader shares: people as they stood
(:func:`gsmeet.domain.terms.placed`, :func:`~gsmeet.domain.terms.in_force`),
action items and tasks as they stood (:mod:`gsmeet.domain.asof`), the quorum
(:func:`gsmeet.domain.quorum.count_quorum`), the confirmations
(:func:`gsmeet.services.confirmations.confirmed`).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from contextlib import AbstractContextManager
from dataclasses import replace
from datetime import date, datetime, time
from typing import Protocol

from gsmeet.domain.asof import (
    Position,
    TaskChange,
    action_states,
    session_end,
    task_as_it_stood,
)
from gsmeet.domain.dates import parse_date
from gsmeet.domain.enums import AttendanceStatus, MeetingStatus, Role, Thing
from gsmeet.domain.errors import InvalidInputError, NoSuchRecord, NotFoundError
from gsmeet.domain.locations import Location
from gsmeet.domain.presence import speakers_present
from gsmeet.domain.quorum import QuorumCount, QuorumRule, count_quorum
from gsmeet.domain.records import (
    AchievementRecord,
    ActionRecord,
    AttendanceRecord,
    GuestRecord,
    MeetingRecord,
    MeetingSummary,
    PersonAtDate,
    StrategyRecord,
    TaskRecord,
)
from gsmeet.domain.sessions import SessionRef
from gsmeet.domain.terms import departed, in_force, placed
from gsmeet.services.confirmations import confirmed
from gsmeet.services.records import (
    achievement_record,
    action_record,
    agenda_record,
    attendance_record,
    decision_record,
    minutes_version_record,
    remark_record,
    review_record,
    task_record,
)
from gsmeet.storage import record as rows
from gsmeet.storage.listing import read_committees, read_meetings
from gsmeet.storage.rows import Reading

HELD_STATES = (MeetingStatus.HELD, MeetingStatus.MINUTES_ISSUED)
NOT_OVER = (MeetingStatus.PLANNED, MeetingStatus.IN_PROGRESS, MeetingStatus.CANCELLED)


class Reader(Protocol):
    """What reading a record needs of an open database: its location and a plain
    connection (every :class:`~gsmeet.services.store.Database` is one; so is the
    commands' ``sqlite3`` reader, :class:`gsmeet.storage.reader.FileReader`)."""

    @property
    def location(self) -> Location: ...

    def connection(self) -> AbstractContextManager[Reading]: ...


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


# A number or an ISO date, then what tells sessions of that day or number apart: the
# sub-committee (행복건강도시 분과, or 행복건강도시) or the kind (분과회의, subcommittee).
QUALIFIED = re.compile(r"(\d+|\d{4}-\d{1,2}-\d{1,2})\s+(\S.*)")


def ref(meeting: MeetingSummary) -> SessionRef:
    """The session as a message names it (``제2차 간담회(2019. 8. 22.)``)."""
    return SessionRef(
        number=meeting.number,
        kind=meeting.kind,
        held_on=meeting.held_on,
        title=meeting.title,
        subcommittee=meeting.subcommittee,
    )


def position(meeting: MeetingSummary) -> Position:
    return (meeting.held_on, meeting.start_time, meeting.id)


def previous_of(
    sessions: Iterable[MeetingSummary], here: Position, subcommittee_id: int | None
) -> MeetingSummary | None:
    """직전 회의: the latest of the committee's ``sessions`` of the same body (the whole
    committee, or the sub-committee ``subcommittee_id``) before the one at ``here``
    that was held (a session only planned, or cancelled, never is)."""
    earlier = [
        m
        for m in sessions
        if m.status in HELD_STATES and m.subcommittee_id == subcommittee_id and position(m) < here
    ]
    return max(earlier, key=position, default=None)


def find_meeting_id(store: Reader, text: str, committee_id: int | None = None) -> int:
    """The meeting ``text`` names (see :func:`resolve`)."""
    with store.connection() as connection:
        return resolve(connection, text, committee_id).id


def resolve(connection: Reading, text: str, committee_id: int | None = None) -> MeetingSummary:
    """The meeting ``text`` names: its number, its date (YYYY-MM-DD) or ``latest``
    (the most recent one held), of the committee (of any, when None). Raises
    :class:`NotFoundError` / :class:`InvalidInputError`."""
    if committee_id is not None:
        sessions = read_meetings(connection, committee_id)
    else:
        every = [m for c in read_committees(connection) for m in read_meetings(connection, c.id)]
        sessions = sorted(every, key=position, reverse=True)
    return resolve_in(sessions, text)


def resolve_in(sessions: Sequence[MeetingSummary], ref_text: str) -> MeetingSummary:
    """The one of ``sessions`` (newest first) that ``ref_text`` names."""
    text = ref_text.strip()
    if text == "latest":
        held = [m for m in sessions if m.status in HELD_STATES]
        if not held:
            raise NoneHeldYet()
        return held[0]
    by_id = sorted(sessions, key=lambda m: m.id)  # as they were entered
    qualified = QUALIFIED.fullmatch(text)
    head, which = (qualified.group(1), qualified.group(2)) if qualified else (text, "")
    if head.isascii() and head.isdigit():
        number = int(head)
        if number > 2**31:
            raise NoMeetingNumbered(number=head)
        matches = [m for m in by_id if m.number == number]
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
        matches = [m for m in by_id if m.held_on == day]
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


def _squeezed(text: str) -> str:
    return "".join(text.split()).casefold()


def _is_of(meeting: MeetingSummary, which: str) -> bool:
    kind = meeting.kind
    names = [kind.code, kind.name_ko, kind.name_en, meeting.title]
    if meeting.subcommittee_id is not None:
        names += [meeting.subcommittee, meeting.subcommittee.removesuffix("분과")]
    return _squeezed(which) in {_squeezed(name) for name in names if name}


def _refs(matches: list[MeetingSummary]) -> tuple[SessionRef, ...]:
    return tuple(ref(m) for m in matches)


def _example(matches: list[MeetingSummary]) -> str:
    """What to add to tell the last of ``matches`` apart (its sub-committee, or kind)."""
    last = matches[-1]
    return last.subcommittee if last.subcommittee_id is not None else last.kind.name_ko


def meeting_record(store: Reader, meeting_id: int) -> MeetingRecord:
    """Everything recorded for one meeting, with people as they stood on its date."""
    with store.connection() as connection:
        return read_record(connection, meeting_id)


def read_record(connection: Reading, meeting_id: int) -> MeetingRecord:
    """:func:`meeting_record` through ``connection`` (a Session's own, inside its
    transaction, reads what that Session wrote)."""
    meeting = rows.read_meeting(connection, meeting_id)
    if meeting is None:
        raise NoSuchRecord(what=Thing.MEETING, id=meeting_id)
    here = meeting.summary
    committee_id, day = here.committee_id, here.held_on
    info = next(c for c in read_committees(connection) if c.id == committee_id)
    placings = rows.read_placings(connection, committee_id)
    people = placed(
        (
            p.person_id,
            p.name,
            p.is_public_official,
            p.email,
            p.membership.id if p.membership else None,
            p.membership.role if p.membership else None,
            p.membership.organisation if p.membership else "",
            p.membership.position if p.membership else "",
            p.membership.subcommittee if p.membership else "",
            p.membership is not None and in_force(p.membership, day),
        )
        for p in placings
    )
    memberships = sorted(
        (p.membership for p in placings if p.membership and in_force(p.membership, day)),
        key=lambda m: m.id,
    )
    sessions = read_meetings(connection, committee_id)
    previous = previous_of(sessions, position(here), here.subcommittee_id)

    def person(person_id: int | None) -> PersonAtDate | None:
        return None if person_id is None else people.get(person_id)

    remarks = rows.read_remarks(connection, meeting_id)
    # Someone who spoke was there (gsmeet.domain.presence), in every document.
    attendance = speakers_present(
        (
            attendance_record(people[pid], values)
            for pid, values in rows.read_attendance(connection, meeting_id)
        ),
        {r.speaker_id for r in remarks if r.speaker_id is not None},
    )
    body = [
        m
        for m in memberships
        if here.subcommittee_id is None or m.subcommittee_id == here.subcommittee_id
    ]
    enrolled = {m.person_id for m in body if m.role.counts_for_quorum}
    quorum = _quorum(info.quorum_rule, enrolled, attendance, here)

    gone = departed(
        ((committee_id, p.person_id, p.membership.left_on) for p in placings if p.membership),
        day,
    )
    changes = [
        (c.id, c.action_item_id, c.changed_at, c.old_status, c.old_due_on, c.at)
        for c in rows.read_action_changes(connection, meeting_id)
    ]
    end = session_end(day, meeting.ended_at)

    def as_of(actions: Sequence[rows.ActionRow], own: bool) -> list[ActionRecord]:
        states = action_states(position(here), end, changes, own=own)
        records = [
            action_record(
                a,
                owner=a.person_name or a.subcommittee_name,
                number=a.meeting_number,
                held_on=a.meeting_held_on,
                owner_left=(a.meeting_committee_id, a.owner_person_id) in gone,
            )
            for a in actions
        ]
        return [
            replace(r, status=states[r.id][0], due_on=states[r.id][1]) if r.id in states else r
            for r in records
        ]

    reviewed = rows.read_reviews(connection, meeting_id)
    # Each item as it stood when this session reviewed it: due date before a re-date.
    reviews = tuple(
        review_record(action, review)
        for review, action in zip(
            reviewed, as_of([r.action for r in reviewed], own=False), strict=True
        )
    )
    record = MeetingRecord(
        committee=info,
        meeting=here,
        started_at=meeting.started_at,
        ended_at=meeting.ended_at,
        disclosure=meeting.disclosure,
        chair=person(meeting.chair_id),
        secretary=person(meeting.secretary_id),
        attendance=attendance,
        quorum=quorum,
        agenda=tuple(agenda_record(i, people) for i in rows.read_agenda(connection, meeting_id)),
        remarks=tuple(remark_record(r, person(r.speaker_id)) for r in remarks),
        decisions=tuple(decision_record(d) for d in rows.read_decisions(connection, meeting_id)),
        actions=tuple(as_of(rows.read_actions(connection, meeting_id), own=True)),
        reviews=reviews,
        strategies=_strategies_at(connection, meeting, previous, people, memberships),
        previous=replace(previous, postponed_from=None) if previous else None,
        minutes_versions=tuple(
            minutes_version_record(v, kept=v.kept)
            for v in rows.read_versions(connection, meeting_id)
        ),
        guests=tuple(GuestRecord(*g) for g in rows.read_guests(connection, meeting_id)),
        headcount=meeting.headcount,
    )
    return confirmed(
        record,
        rows.read_confirmations(connection, meeting_id),
        rows.corrected_versions(connection, meeting_id),
    )


def _quorum(
    rule: QuorumRule,
    enrolled: set[int],
    attendance: Sequence[AttendanceRecord],
    meeting: MeetingSummary,
) -> QuorumCount:
    """The quorum the minutes print: of the members enrolled (재적) on the day, those
    present and represented; while the session is not over, those not checked yet."""
    by_status: dict[AttendanceStatus, int] = defaultdict(int)
    for row in attendance:
        if row.person.id in enrolled:
            by_status[row.status] += 1
    checked = sum(n for status, n in by_status.items() if status is not AttendanceStatus.INVITED)
    return count_quorum(
        rule,
        enrolled=len(enrolled),
        present=by_status[AttendanceStatus.PRESENT],
        proxies=by_status[AttendanceStatus.PROXY],
        applies=meeting.kind.quorum_applies,
        unchecked=len(enrolled) - checked if meeting.status in NOT_OVER else 0,
    )


def _strategies_at(
    connection: Reading,
    meeting: rows.MeetingRow,
    previous: MeetingSummary | None,
    people: dict[int, PersonAtDate],
    memberships: Sequence[rows.MembershipRow],
) -> tuple[StrategyRecord, ...]:
    """The strategy register as it stood at ``meeting``: task statuses replayed back
    from later changes, and each task's status before the changes made since
    ``previous`` (or at this meeting)."""
    committee_id, day = meeting.committee_id, meeting.held_on
    meeting_end = datetime.combine(day, time.max)
    since = datetime.combine(previous.held_on, time.max) if previous else datetime.min
    sub = meeting.summary.subcommittee_id
    strategies = [
        s
        for s in rows.read_strategies(connection, committee_id)
        if _standing(s.track_retired_on, day)
        and _standing(s.retired_on, day)
        and (sub is None or s.subcommittee_id == sub)  # a 분과회의: its own strategies
    ]
    tasks: dict[int, list[rows.TaskRow]] = defaultdict(list)
    for task in rows.read_tasks(connection, committee_id):
        tasks[task.strategy_id].append(task)
    history: dict[int, list[TaskChange]] = defaultdict(list)
    for c in rows.read_task_changes(connection, committee_id):
        history[c.task_id].append((c.meeting_id, c.changed_at, c.old_status, c.note))
    achievements: dict[int, list[AchievementRecord]] = defaultdict(list)
    for a in rows.read_achievements(connection, committee_id):
        if a.occurred_on <= day:
            achievements[a.strategy_id].append(achievement_record(a))
    chairs = {
        m.subcommittee_id: people.get(m.person_id)
        for m in memberships
        if m.role is Role.SUBCOMMITTEE_CHAIR and m.subcommittee_id is not None
    }
    names = rows.read_subcommittee_names(connection, committee_id)

    def as_it_stood(task: rows.TaskRow) -> TaskRecord:
        status, before, note = task_as_it_stood(
            task.status, history.get(task.id, []), meeting.id, since, meeting_end
        )
        return task_record(task, status=status, previous=before, change_note=note)

    return tuple(
        StrategyRecord(
            id=s.id,
            track_id=s.track_id,
            track_name=s.track_name,
            number=s.number,
            name=s.name,
            summary=s.summary,
            subcommittee=names.get(s.subcommittee_id or -1, ""),
            chair=chairs.get(s.subcommittee_id) if s.subcommittee_id else None,
            tasks=tuple(as_it_stood(t) for t in tasks[s.id]),
            achievements=tuple(achievements[s.id]),
        )
        for s in strategies
    )


def _standing(retired_on: date | None, day: date) -> bool:
    """Not yet retired on ``day`` (a track, a strategy)."""
    return retired_on is None or retired_on > day
