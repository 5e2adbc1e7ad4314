"""Plain, frozen records that services hand to the UI and to the report layer.

They hold no database handle: whatever a screen or a PDF needs is already in them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time
from enum import Enum, StrEnum

from gsmeet.domain.enums import (
    ActionStatus,
    AgendaKind,
    AttendanceStatus,
    DatePrecision,
    Disclosure,
    MeetingKind,
    MeetingStatus,
    ReviewOutcome,
    Role,
    TaskStatus,
    VoteMode,
)
from gsmeet.domain.quorum import QuorumCount, QuorumRule


@dataclass(frozen=True, slots=True)
class CommitteeInfo:
    id: int
    name: str
    host_body: str
    department: str
    quorum_rule: QuorumRule
    is_sample: bool


@dataclass(frozen=True, slots=True)
class MeetingSummary:
    id: int
    committee_id: int
    number: int
    kind: MeetingKind
    title: str
    held_on: date
    start_time: time
    end_time: time | None
    place: str
    status: MeetingStatus


@dataclass(frozen=True, slots=True)
class PersonAtDate:
    """A person as they stood in the committee on one date (role, 소속, 직위)."""

    id: int
    name: str
    role: Role | None  # None: not a member on that date (a guest speaker)
    organisation: str
    position: str
    subcommittee: str
    is_public_official: bool
    email: str = ""


@dataclass(frozen=True, slots=True)
class AttendanceRecord:
    person: PersonAtDate
    status: AttendanceStatus
    arrived_at: datetime | None
    reason: str
    proxy_name: str


@dataclass(frozen=True, slots=True)
class AgendaItemRecord:
    id: int
    parent_id: int | None
    position: int
    kind: AgendaKind
    title: str
    presenter: PersonAtDate | None
    strategy_id: int | None
    planned_minutes: int
    started_at: datetime | None
    ended_at: datetime | None


@dataclass(frozen=True, slots=True)
class RemarkRecord:
    id: int
    agenda_item_id: int
    speaker: PersonAtDate | None
    text: str
    spoken_at: datetime


@dataclass(frozen=True, slots=True)
class DecisionRecord:
    id: int
    agenda_item_id: int
    text: str
    vote_mode: VoteMode
    votes_for: int | None
    votes_against: int | None
    abstentions: int | None


@dataclass(frozen=True, slots=True)
class ActionRecord:
    id: int
    meeting_id: int
    meeting_number: int
    agenda_item_id: int | None
    title: str
    detail: str
    owner: str  # a person's name, a sub-committee or a department, ready to print
    owner_person_id: int | None
    strategy_id: int | None
    due_on: date | None
    status: ActionStatus


@dataclass(frozen=True, slots=True)
class ActionReviewRecord:
    action: ActionRecord
    outcome: ReviewOutcome
    new_due_on: date | None
    comment: str


@dataclass(frozen=True, slots=True)
class AchievementRecord:
    id: int
    strategy_id: int
    task_id: int | None
    occurred_on: date
    precision: DatePrecision
    text: str
    figure: str
    meeting_id: int | None


@dataclass(frozen=True, slots=True)
class TaskRecord:
    id: int
    strategy_id: int
    title: str
    status: TaskStatus
    owner: str
    target_date: date | None
    progress: int
    note: str
    # Set when the status changed at the meeting being looked at (what it was before).
    previous_status: TaskStatus | None = None


@dataclass(frozen=True, slots=True)
class StrategyRecord:
    id: int
    track_id: int
    track_name: str
    number: int
    name: str
    summary: str
    subcommittee: str
    chair: PersonAtDate | None
    tasks: tuple[TaskRecord, ...]
    achievements: tuple[AchievementRecord, ...]


@dataclass(frozen=True, slots=True)
class MinutesVersionRecord:
    version: int
    issued_at: datetime
    sha256: str
    changes: str


@dataclass(frozen=True, slots=True)
class MeetingRecord:
    """Everything recorded for one meeting, with people as they stood on its date."""

    committee: CommitteeInfo
    meeting: MeetingSummary
    started_at: datetime | None
    ended_at: datetime | None
    disclosure: Disclosure
    chair: PersonAtDate | None
    secretary: PersonAtDate | None
    attendance: tuple[AttendanceRecord, ...]
    quorum: QuorumCount
    agenda: tuple[AgendaItemRecord, ...]
    remarks: tuple[RemarkRecord, ...]
    decisions: tuple[DecisionRecord, ...]
    actions: tuple[ActionRecord, ...]  # decided at this meeting
    reviews: tuple[ActionReviewRecord, ...]  # earlier actions reviewed at this meeting
    strategies: tuple[StrategyRecord, ...]  # the register as it stood, changes marked
    previous: MeetingSummary | None
    minutes_versions: tuple[MinutesVersionRecord, ...] = field(default=())


# ---------------------------------------------------------------- before the session
# Records of the registers, the roster import and the agenda builder. Every edit
# returns what it needs to be undone (see the docstrings of the services).


class Keep(Enum):
    """An update argument left as it is. ``None`` cannot say this: for many fields
    (an end date, a presenter) it is a value of its own."""

    KEEP = "keep"


KEEP = Keep.KEEP


@dataclass(frozen=True, slots=True)
class RowSnapshot:
    """One database row as it was: its table and its column values, ids included, so
    that it can be put back exactly."""

    table: str
    values: tuple[tuple[str, object], ...]


@dataclass(frozen=True, slots=True)
class Removal:
    """What a delete took away, to restore it with the same ids and place: the rows
    (parents first), the references that were cleared (table, row id, column, value),
    and the index the removed thing had among its siblings."""

    kind: str  # "agenda_item", "task", "achievement", "member"
    id: int
    index: int
    rows: tuple[RowSnapshot, ...]
    cleared: tuple[tuple[str, int, str, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Move:
    """A move among ordered siblings; moving ``id`` back to ``old_parent_id`` at
    ``old_index`` undoes it. ``old_order`` is the former order of the old siblings."""

    id: int
    old_parent_id: int | None
    old_index: int
    new_parent_id: int | None
    new_index: int
    old_order: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class MemberRow:
    """One member of the committee register, as of the date it was read for."""

    person_id: int
    membership_id: int
    name: str
    organisation: str
    position: str
    role: Role
    subcommittee_id: int | None
    subcommittee: str
    term_start: date
    term_end: date | None
    left_on: date | None
    left_reason: str
    email: str
    phone: str
    allowance: bool
    is_public_official: bool
    active: bool  # in office on the date read for
    term_expiring: bool  # the term ends before the session date asked about


@dataclass(frozen=True, slots=True)
class MemberUpdate:
    """An edit of a member: the row after and before. When role, sub-committee, 소속
    or 직위 changed, ``row.membership_id`` is a new membership and the old one ended."""

    row: MemberRow
    previous: MemberRow
    created: tuple[tuple[str, int], ...]  # undo: delete these (table, id)...
    before: tuple[RowSnapshot, ...]  # ...and put these rows back

    @property
    def new_membership(self) -> bool:
        return self.row.membership_id != self.previous.membership_id


@dataclass(frozen=True, slots=True)
class TaskNode:
    task: TaskRecord
    position: int
    overdue: bool  # target date passed and not finished
    achievements: tuple[AchievementRecord, ...]


@dataclass(frozen=True, slots=True)
class StrategyNode:
    id: int
    track_id: int
    number: int
    name: str
    summary: str
    subcommittee_id: int | None
    subcommittee: str
    position: int
    tasks: tuple[TaskNode, ...]
    achievements: tuple[AchievementRecord, ...]  # those not tied to a task


@dataclass(frozen=True, slots=True)
class TrackNode:
    id: int
    name: str
    position: int
    strategies: tuple[StrategyNode, ...]


@dataclass(frozen=True, slots=True)
class TaskUpdate:
    """A task edit: the task after and before, and the status change it recorded."""

    task: TaskRecord
    previous: TaskRecord
    created: tuple[tuple[str, int], ...]  # the status change it recorded, if any
    before: tuple[RowSnapshot, ...]


@dataclass(frozen=True, slots=True)
class AchievementUpdate:
    achievement: AchievementRecord
    previous: AchievementRecord
    created: tuple[tuple[str, int], ...]
    before: tuple[RowSnapshot, ...]


class RosterStatus(StrEnum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    INVALID = "invalid"


@dataclass(frozen=True, slots=True)
class RosterRow:
    """One data row of a roster file, read and classified against the register."""

    row: int  # spreadsheet row number (the header is row 1)
    status: RosterStatus
    name: str
    organisation: str
    position: str
    role: Role | None  # None: cell blank (a new member becomes 위원)
    subcommittee_id: int | None
    subcommittee: str
    email: str
    phone: str
    term_start: date | None
    term_end: date | None
    allowance: bool | None
    membership_id: int | None = None  # the register entry it updates
    changes: tuple[str, ...] = ()  # what an update changes
    reason: str = ""  # why it is invalid


@dataclass(frozen=True, slots=True)
class RosterPreview:
    path: str
    committee_id: int
    today: date
    rows: tuple[RosterRow, ...]

    def count(self, status: RosterStatus) -> int:
        return sum(1 for row in self.rows if row.status is status)

    @property
    def invalid(self) -> tuple[RosterRow, ...]:
        return tuple(row for row in self.rows if row.status is RosterStatus.INVALID)


@dataclass(frozen=True, slots=True)
class RosterResult:
    """What an import wrote, and what undoing it needs: the rows it created and the
    rows it changed, as they were before."""

    new: int
    updated: int
    unchanged: int
    skipped: int
    created: tuple[tuple[str, int], ...]  # (table, id), in creation order
    before: tuple[RowSnapshot, ...]


@dataclass(frozen=True, slots=True)
class AgendaItemFields:
    """The editable fields of an agenda item; ``update_item`` returns the previous ones."""

    kind: AgendaKind
    title: str
    presenter_id: int | None
    strategy_id: int | None
    planned_minutes: int


@dataclass(frozen=True, slots=True)
class PlannedItem:
    item: AgendaItemRecord
    depth: int  # 0 for a top-level item
    number: str  # outline number: "3", "3.1"
    forecast_start: datetime
    forecast_end: datetime


@dataclass(frozen=True, slots=True)
class AgendaPlan:
    meeting: MeetingSummary
    items: tuple[PlannedItem, ...]  # outline order: each item followed by its children
    start: datetime
    forecast_end: datetime
    planned_end: datetime | None
    overrun_minutes: int  # how far the forecast runs past the planned end (0: it fits)
    locked: bool  # minutes issued: no more edits

    @property
    def runs_over(self) -> bool:
        return self.overrun_minutes > 0


@dataclass(frozen=True, slots=True)
class PreparedMeeting:
    """A session prepared from an earlier one. ``filled`` is the planned meeting that
    was there before (None when a new meeting was created); undo uses the ids."""

    meeting: MeetingSummary
    agenda_items: int
    open_actions: int
    invitees: int
    filled: MeetingSummary | None
    agenda_item_ids: tuple[int, ...]
    attendance_ids: tuple[int, ...]


# ---------------------------------------------------------------- the live session


@dataclass(frozen=True, slots=True)
class LiveState:
    """What the live screen shows: the session, its agenda with actual times, the
    current item and what was recorded under it, attendance and quorum."""

    committee: CommitteeInfo
    meeting: MeetingSummary
    started_at: datetime | None
    ended_at: datetime | None
    agenda: tuple[AgendaItemRecord, ...]  # outline order: each item, then its children
    current_item_id: int | None  # the item started and not ended
    attendance: tuple[AttendanceRecord, ...]  # the roster on the day, checked in or not
    quorum: QuorumCount
    remarks: tuple[RemarkRecord, ...]  # of the current item
    decisions: tuple[DecisionRecord, ...]  # of the current item
    actions: tuple[ActionRecord, ...]  # of the current item


@dataclass(frozen=True, slots=True)
class AttendanceChange:
    """A check-in: the row before (None: there was none) and after, and the quorum."""

    meeting_id: int
    previous: AttendanceRecord | None
    current: AttendanceRecord
    quorum: QuorumCount


@dataclass(frozen=True, slots=True)
class RemarkEdit:
    previous: RemarkRecord
    current: RemarkRecord


@dataclass(frozen=True, slots=True)
class DecisionEdit:
    previous: DecisionRecord
    current: DecisionRecord


@dataclass(frozen=True, slots=True)
class ActionEdit:
    previous: ActionRecord
    current: ActionRecord


@dataclass(frozen=True, slots=True)
class TaskChangeRecord:
    id: int
    task_id: int
    task_title: str
    meeting_id: int | None
    changed_at: datetime
    old_status: TaskStatus
    new_status: TaskStatus
    note: str


@dataclass(frozen=True, slots=True)
class TaskStatusEdit:
    change: TaskChangeRecord  # its id undoes the edit
    task: TaskRecord


@dataclass(frozen=True, slots=True)
class BriefingView:
    """A status briefing: the strategy's tasks and what changed since ``previous``."""

    meeting_id: int
    item_id: int
    strategy_id: int
    strategy_number: int
    strategy_name: str
    subcommittee: str
    previous: MeetingSummary | None
    tasks: tuple[TaskRecord, ...]  # previous_status set where it changed since
    changes: tuple[TaskChangeRecord, ...]  # since the previous session, this one's too
    achievements: tuple[AchievementRecord, ...]  # new since the previous session
    overdue: tuple[TaskRecord, ...]  # target date before the meeting, not finished


@dataclass(frozen=True, slots=True)
class ReviewItem:
    action: ActionRecord
    review: ActionReviewRecord | None  # None: not reviewed at this meeting yet


@dataclass(frozen=True, slots=True)
class ReviewChange:
    """A review as recorded, with what undoes it."""

    meeting_id: int
    previous_review: ActionReviewRecord | None
    previous_status: ActionStatus
    previous_due_on: date | None
    item: ReviewItem


@dataclass(frozen=True, slots=True)
class SearchHit:
    kind: str  # an EntryKind value: remark, decision, action
    id: int
    meeting_id: int
    meeting_number: int
    held_on: date
    agenda_item_id: int | None
    item_title: str
    speaker: str  # the speaker of a remark, the owner of an action item
    snippet: str  # the text around the first match, "…" where it was cut


@dataclass(frozen=True, slots=True)
class SearchResults:
    query: str
    hits: tuple[SearchHit, ...]  # newest first
    truncated: bool  # more matches than the limit
