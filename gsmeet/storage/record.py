"""The rows a meeting record is made of, read with plain SQL (:mod:`gsmeet.storage.rows`):
through ``sqlite3`` by the commands that only write a document (no SQLAlchemy loaded),
or through the open store's Core connection (the window, every other caller). The
rules that turn them into the record — people as they stood, actions and tasks as
they stood, the quorum — are the services' (:mod:`gsmeet.services.record`); each row
type carries the mapped class's attribute names, so those rules read either.

Every statement is keyed by the meeting or its committee (no lists of ids to bind),
so each runs the same on SQLite and PostgreSQL. The rows are named tuples (made at
import in a fraction of a frozen dataclass's time: this module is on every document's
path).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time
from typing import Any, NamedTuple

from gsmeet.domain.enums import (
    ActionStatus,
    AgendaKind,
    AttendanceStatus,
    DatePrecision,
    Disclosure,
    ReviewOutcome,
    Role,
    TaskStatus,
    VoteMode,
)
from gsmeet.domain.records import CorrectionRecord, MeetingSummary
from gsmeet.storage.listing import SUMMARY, SUMMARY_FROM, meeting_summary
from gsmeet.storage.rows import (
    Reading,
    clock,
    day,
    maybe_day,
    maybe_moment,
    moment,
    read_rows,
)


class MeetingRow(NamedTuple):
    """A session with what its record needs beyond its summary."""

    summary: MeetingSummary
    started_at: datetime | None
    ended_at: datetime | None
    chair_id: int | None
    secretary_id: int | None
    disclosure: Disclosure
    headcount: int | None

    @property
    def id(self) -> int:
        return self.summary.id

    @property
    def committee_id(self) -> int:
        return self.summary.committee_id

    @property
    def held_on(self) -> date:
        return self.summary.held_on

    @property
    def start_time(self) -> time:
        return self.summary.start_time


def read_meeting(connection: Reading, meeting_id: int) -> MeetingRow | None:
    sql = (
        SUMMARY + ", m.started_at, m.ended_at, m.chair_id, m.secretary_id, m.disclosure,"
        " m.headcount" + SUMMARY_FROM + " WHERE m.id = :meeting"
    )
    found = read_rows(connection, sql, {"meeting": meeting_id})
    if not found:
        return None
    row = found[0]
    return MeetingRow(
        summary=meeting_summary(row),
        started_at=maybe_moment(row[22]),
        ended_at=maybe_moment(row[23]),
        chair_id=row[24],
        secretary_id=row[25],
        disclosure=Disclosure(row[26]),
        headcount=row[27],
    )


class MembershipRow(NamedTuple):
    id: int
    person_id: int
    role: Role
    organisation: str
    position: str
    subcommittee: str  # its name
    subcommittee_id: int | None
    term_start: date
    term_end: date | None
    left_on: date | None


class PlacingRow(NamedTuple):
    """A person with one of their memberships in the committee (or None)."""

    person_id: int
    name: str
    is_public_official: bool
    email: str
    membership: MembershipRow | None


def read_placings(connection: Reading, committee_id: int) -> list[PlacingRow]:
    """Everyone, each with their memberships in the committee, by person, then start
    of term: what people as they stood on a date are made from
    (:func:`gsmeet.domain.terms.placed`)."""
    sql = (
        "SELECT p.id, p.name, p.is_public_official, p.email, ms.id, ms.role,"
        " ms.organisation, ms.position, s.name, ms.subcommittee_id, ms.term_start,"
        " ms.term_end, ms.left_on"
        " FROM person p"
        " LEFT JOIN membership ms ON ms.person_id = p.id AND ms.committee_id = :committee"
        " LEFT JOIN subcommittee s ON s.id = ms.subcommittee_id"
        " ORDER BY p.id, ms.term_start, ms.id"
    )
    return [
        PlacingRow(
            person_id=r[0],
            name=r[1],
            is_public_official=bool(r[2]),
            email=r[3],
            membership=None
            if r[4] is None
            else MembershipRow(
                id=r[4],
                person_id=r[0],
                role=Role(r[5]),
                organisation=r[6],
                position=r[7],
                subcommittee=r[8] or "",
                subcommittee_id=r[9],
                term_start=day(r[10]),
                term_end=maybe_day(r[11]),
                left_on=maybe_day(r[12]),
            ),
        )
        for r in read_rows(connection, sql, {"committee": committee_id})
    ]


# Whose attendance, and its status, arrival, why absent, who came instead.
AttendanceRow = tuple[int, tuple[AttendanceStatus, datetime | None, str, str]]


def read_attendance(connection: Reading, meeting_id: int) -> list[AttendanceRow]:
    sql = (
        "SELECT person_id, status, arrived_at, reason, proxy_name FROM attendance"
        " WHERE meeting_id = :meeting ORDER BY id"
    )
    return [
        (r[0], (AttendanceStatus(r[1]), maybe_moment(r[2]), r[3], r[4]))
        for r in read_rows(connection, sql, {"meeting": meeting_id})
    ]


GuestRow = tuple[int, str, str, str]  # id, name, organisation, position


def read_guests(connection: Reading, meeting_id: int) -> list[GuestRow]:
    sql = (
        "SELECT id, name, organisation, position FROM guest WHERE meeting_id = :meeting"
        " ORDER BY ordinal, id"
    )
    return [(r[0], r[1], r[2], r[3]) for r in read_rows(connection, sql, {"meeting": meeting_id})]


class AgendaRow(NamedTuple):
    id: int
    parent_id: int | None
    position: int
    kind: AgendaKind
    title: str
    presenter_id: int | None
    strategy_id: int | None
    planned_minutes: int
    started_at: datetime | None
    ended_at: datetime | None
    version: int


def read_agenda(connection: Reading, meeting_id: int) -> list[AgendaRow]:
    sql = (
        "SELECT id, parent_id, position, kind, title, presenter_id, strategy_id,"
        " planned_minutes, started_at, ended_at, version FROM agenda_item"
        " WHERE meeting_id = :meeting ORDER BY position, id"
    )
    return [
        AgendaRow(
            r[0],
            r[1],
            r[2],
            AgendaKind(r[3]),
            r[4],
            r[5],
            r[6],
            r[7],
            maybe_moment(r[8]),
            maybe_moment(r[9]),
            r[10],
        )
        for r in read_rows(connection, sql, {"meeting": meeting_id})
    ]


class RemarkRow(NamedTuple):
    id: int
    agenda_item_id: int
    speaker_id: int | None
    text: str
    spoken_at: datetime


def read_remarks(connection: Reading, meeting_id: int) -> list[RemarkRow]:
    sql = (
        "SELECT r.id, r.agenda_item_id, r.speaker_id, r.text, r.spoken_at FROM remark r"
        " JOIN agenda_item a ON a.id = r.agenda_item_id WHERE a.meeting_id = :meeting"
        " ORDER BY r.spoken_at, r.position, r.id"
    )
    return [
        RemarkRow(r[0], r[1], r[2], r[3], moment(r[4]))
        for r in read_rows(connection, sql, {"meeting": meeting_id})
    ]


class DecisionRow(NamedTuple):
    id: int
    agenda_item_id: int
    text: str
    vote_mode: VoteMode
    votes_for: int | None
    votes_against: int | None
    abstentions: int | None


def read_decisions(connection: Reading, meeting_id: int) -> list[DecisionRow]:
    sql = (
        "SELECT d.id, d.agenda_item_id, d.text, d.vote_mode, d.votes_for, d.votes_against,"
        " d.abstentions FROM decision d JOIN agenda_item a ON a.id = d.agenda_item_id"
        " WHERE a.meeting_id = :meeting ORDER BY d.position, d.id"
    )
    return [
        DecisionRow(r[0], r[1], r[2], VoteMode(r[3]), r[4], r[5], r[6])
        for r in read_rows(connection, sql, {"meeting": meeting_id})
    ]


class ActionRow(NamedTuple):
    """An action item with its owner's names and the session that decided it."""

    id: int
    meeting_id: int
    agenda_item_id: int | None
    title: str
    detail: str
    owner_person_id: int | None
    owner_subcommittee_id: int | None
    owner_text: str
    strategy_id: int | None
    due_on: date | None
    status: ActionStatus
    person_name: str | None
    subcommittee_name: str | None
    meeting_number: int | None
    meeting_held_on: date
    meeting_committee_id: int


_ACTION = (
    "SELECT a.id, a.meeting_id, a.agenda_item_id, a.title, a.detail, a.owner_person_id,"
    " a.owner_subcommittee_id, a.owner_text, a.strategy_id, a.due_on, a.status, p.name,"
    " s.name, m.number, m.held_on, m.committee_id"
)
_ACTION_FROM = (
    " FROM action_item a JOIN meeting m ON m.id = a.meeting_id"
    " LEFT JOIN person p ON p.id = a.owner_person_id"
    " LEFT JOIN subcommittee s ON s.id = a.owner_subcommittee_id"
)


def _action(r: Sequence[Any]) -> ActionRow:
    return ActionRow(
        id=r[0],
        meeting_id=r[1],
        agenda_item_id=r[2],
        title=r[3],
        detail=r[4],
        owner_person_id=r[5],
        owner_subcommittee_id=r[6],
        owner_text=r[7],
        strategy_id=r[8],
        due_on=maybe_day(r[9]),
        status=ActionStatus(r[10]),
        person_name=r[11],
        subcommittee_name=r[12],
        meeting_number=r[13],
        meeting_held_on=day(r[14]),
        meeting_committee_id=r[15],
    )


def read_actions(connection: Reading, meeting_id: int) -> list[ActionRow]:
    """The action items decided at the session."""
    sql = _ACTION + _ACTION_FROM + " WHERE a.meeting_id = :meeting ORDER BY a.id"
    return [_action(r) for r in read_rows(connection, sql, {"meeting": meeting_id})]


class ReviewRow(NamedTuple):
    action: ActionRow
    outcome: ReviewOutcome
    new_due_on: date | None
    comment: str


def read_reviews(connection: Reading, meeting_id: int) -> list[ReviewRow]:
    """The session's reviews of earlier sessions' action items, with the items."""
    sql = (
        _ACTION + ", r.outcome, r.new_due_on, r.comment" + _ACTION_FROM + " JOIN action_review r"
        " ON r.action_item_id = a.id WHERE r.meeting_id = :meeting ORDER BY a.meeting_id, a.id"
    )
    return [
        ReviewRow(_action(r), ReviewOutcome(r[16]), maybe_day(r[17]), r[18])
        for r in read_rows(connection, sql, {"meeting": meeting_id})
    ]


class ActionChangeRow(NamedTuple):
    """A change of an action item, with the place of the session it was made at
    (``at``: date, start time, id), None for one made outside any."""

    id: int
    action_item_id: int
    changed_at: datetime
    old_status: ActionStatus
    old_due_on: date | None
    at: tuple[date, time, int] | None


def read_action_changes(connection: Reading, meeting_id: int) -> list[ActionChangeRow]:
    """The changes of the action items the session decided or reviewed."""
    sql = (
        "SELECT c.id, c.action_item_id, c.changed_at, c.old_status, c.old_due_on,"
        " m.held_on, m.start_time, m.id FROM action_change c"
        " LEFT JOIN meeting m ON m.id = c.meeting_id"
        " WHERE c.action_item_id IN (SELECT id FROM action_item WHERE meeting_id = :meeting)"
        " OR c.action_item_id IN"
        " (SELECT action_item_id FROM action_review WHERE meeting_id = :meeting)"
    )
    return [
        ActionChangeRow(
            r[0],
            r[1],
            moment(r[2]),
            ActionStatus(r[3]),
            maybe_day(r[4]),
            (day(r[5]), clock(r[6]), r[7]) if r[7] is not None else None,
        )
        for r in read_rows(connection, sql, {"meeting": meeting_id})
    ]


class VersionRow(NamedTuple):
    version: int
    issued_at: datetime
    sha256: str
    changes: str
    lang: str
    kept: bool


def read_versions(connection: Reading, meeting_id: int) -> list[VersionRow]:
    """The issued versions of the session's minutes; ``kept``: its file is kept."""
    sql = (
        "SELECT v.version, v.issued_at, v.sha256, v.changes, v.lang, f.id FROM minutes_version v"
        " LEFT JOIN minutes_file f ON f.version_id = v.id WHERE v.meeting_id = :meeting"
        " ORDER BY v.version"
    )
    return [
        VersionRow(r[0], moment(r[1]), r[2], r[3], r[4], r[5] is not None)
        for r in read_rows(connection, sql, {"meeting": meeting_id})
    ]


class KeptRow(NamedTuple):
    """An issued version with its kept file (as stored: not yet checked)."""

    version: VersionRow
    content: bytes
    record: str
    pages: str


def read_kept(connection: Reading, meeting_id: int, version: int) -> KeptRow | None:
    sql = (
        "SELECT v.version, v.issued_at, v.sha256, v.changes, v.lang, f.content, f.record,"
        " f.pages FROM minutes_version v JOIN minutes_file f ON f.version_id = v.id"
        " WHERE v.meeting_id = :meeting AND v.version = :version"
    )
    found = read_rows(connection, sql, {"meeting": meeting_id, "version": version})
    if not found:
        return None
    r = found[0]
    entry = VersionRow(r[0], moment(r[1]), r[2], r[3], r[4], True)
    return KeptRow(entry, bytes(r[5]), r[6], r[7] or "{}")


class ConfirmationRow(NamedTuple):
    id: int
    version: int
    person_id: int | None
    name: str
    confirmed_on: date
    digest: str


def read_confirmations(connection: Reading, meeting_id: int) -> list[ConfirmationRow]:
    sql = (
        "SELECT id, version, person_id, name, confirmed_on, digest FROM minutes_confirmation"
        " WHERE meeting_id = :meeting ORDER BY id"
    )
    return [
        ConfirmationRow(r[0], r[1], r[2], r[3], day(r[4]), r[5])
        for r in read_rows(connection, sql, {"meeting": meeting_id})
    ]


def corrected_versions(connection: Reading, meeting_id: int) -> set[int]:
    """The versions corrections of the session's minutes go into."""
    sql = "SELECT DISTINCT version FROM minutes_correction WHERE meeting_id = :meeting"
    return {r[0] for r in read_rows(connection, sql, {"meeting": meeting_id})}


class StrategyRow(NamedTuple):
    id: int
    track_id: int
    track_name: str
    number: int
    name: str
    summary: str
    subcommittee_id: int | None
    retired_on: date | None
    track_retired_on: date | None


def read_strategies(connection: Reading, committee_id: int) -> list[StrategyRow]:
    """The committee's strategies (retired ones too), in register order."""
    sql = (
        "SELECT s.id, s.track_id, t.name, s.number, s.name, s.summary, s.subcommittee_id,"
        " s.retired_on, t.retired_on FROM strategy s JOIN track t ON t.id = s.track_id"
        " WHERE t.committee_id = :committee ORDER BY t.position, s.position, s.number, s.id"
    )
    return [
        StrategyRow(r[0], r[1], r[2], r[3], r[4], r[5], r[6], maybe_day(r[7]), maybe_day(r[8]))
        for r in read_rows(connection, sql, {"committee": committee_id})
    ]


class TaskRow(NamedTuple):
    id: int
    strategy_id: int
    title: str
    status: TaskStatus
    owner: str
    target_date: date | None
    progress: int
    note: str
    version: int


def read_tasks(connection: Reading, committee_id: int) -> list[TaskRow]:
    sql = (
        "SELECT k.id, k.strategy_id, k.title, k.status, k.owner, k.target_date, k.progress,"
        " k.note, k.version FROM task k JOIN strategy s ON s.id = k.strategy_id"
        " JOIN track t ON t.id = s.track_id WHERE t.committee_id = :committee"
        " ORDER BY k.position, k.id"
    )
    return [
        TaskRow(r[0], r[1], r[2], TaskStatus(r[3]), r[4], maybe_day(r[5]), r[6], r[7], r[8])
        for r in read_rows(connection, sql, {"committee": committee_id})
    ]


class TaskChangeRow(NamedTuple):
    id: int
    task_id: int
    meeting_id: int | None
    changed_at: datetime
    old_status: TaskStatus
    note: str


def read_task_changes(connection: Reading, committee_id: int) -> list[TaskChangeRow]:
    sql = (
        "SELECT c.id, c.task_id, c.meeting_id, c.changed_at, c.old_status, c.note"
        " FROM task_status_change c JOIN task k ON k.id = c.task_id"
        " JOIN strategy s ON s.id = k.strategy_id JOIN track t ON t.id = s.track_id"
        " WHERE t.committee_id = :committee ORDER BY c.changed_at, c.id"
    )
    return [
        TaskChangeRow(r[0], r[1], r[2], moment(r[3]), TaskStatus(r[4]), r[5])
        for r in read_rows(connection, sql, {"committee": committee_id})
    ]


class AchievementRow(NamedTuple):
    id: int
    strategy_id: int
    task_id: int | None
    occurred_on: date
    precision: DatePrecision
    text: str
    figure: str
    meeting_id: int | None
    version: int


def read_achievements(connection: Reading, committee_id: int) -> list[AchievementRow]:
    sql = (
        "SELECT a.id, a.strategy_id, a.task_id, a.occurred_on, a.precision, a.text, a.figure,"
        " a.meeting_id, a.version FROM achievement a JOIN strategy s ON s.id = a.strategy_id"
        " JOIN track t ON t.id = s.track_id WHERE t.committee_id = :committee"
        " ORDER BY a.occurred_on, a.id"
    )
    return [
        AchievementRow(r[0], r[1], r[2], day(r[3]), DatePrecision(r[4]), r[5], r[6], r[7], r[8])
        for r in read_rows(connection, sql, {"committee": committee_id})
    ]


def read_subcommittee_names(connection: Reading, committee_id: int) -> dict[int, str]:
    sql = "SELECT id, name FROM subcommittee WHERE committee_id = :committee"
    return {r[0]: r[1] for r in read_rows(connection, sql, {"committee": committee_id})}


def has_meeting(connection: Reading, meeting_id: int) -> bool:
    sql = "SELECT id FROM meeting WHERE id = :meeting"
    return bool(read_rows(connection, sql, {"meeting": meeting_id}))


def read_corrections(connection: Reading, meeting_id: int) -> list[CorrectionRecord]:
    """The corrections of the session's issued minutes, in the order recorded."""
    sql = (
        "SELECT id, version, target, target_id, before, after, asked_by, reason,"
        " changes_meaning, confirmed_by, confirmed_on FROM minutes_correction"
        " WHERE meeting_id = :meeting ORDER BY id"
    )
    return [
        CorrectionRecord(
            id=r[0],
            version=r[1],
            target=r[2],
            target_id=r[3],
            before=r[4],
            after=r[5],
            asked_by=r[6],
            reason=r[7],
            changes_meaning=bool(r[8]),
            confirmed_by=r[9],
            confirmed_on=maybe_day(r[10]),
        )
        for r in read_rows(connection, sql, {"meeting": meeting_id})
    ]
