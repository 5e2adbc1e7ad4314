"""Records of the live session: what the live screen shows, and what each live edit
returns to be undone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple

from gsmeet.domain.edits import Undo
from gsmeet.domain.enums import ActionStatus, TaskStatus
from gsmeet.domain.quorum import QuorumCount
from gsmeet.domain.records import (
    AchievementRecord,
    ActionRecord,
    ActionReviewRecord,
    AgendaItemRecord,
    AttendanceRecord,
    CommitteeInfo,
    DecisionRecord,
    MeetingSummary,
    RemarkRecord,
    TaskRecord,
)


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
    # The items with anything recorded under them: a move to any other shows its (empty)
    # record at once, without waiting for the worker to read it.
    recorded: frozenset[int] = frozenset()


class ItemRecords(NamedTuple):
    """What was recorded under one agenda item."""

    remarks: tuple[RemarkRecord, ...] = ()
    decisions: tuple[DecisionRecord, ...] = ()
    actions: tuple[ActionRecord, ...] = ()


@dataclass(frozen=True, slots=True)
class AttendanceChange:
    """A check-in: the row before (None: there was none) and after, and the quorum.
    An undo that deleted the row (the check-in had made it) also holds what brings
    the same row back (``undo``: its id and ``uid``), for the redo."""

    meeting_id: int
    previous: AttendanceRecord | None
    current: AttendanceRecord
    quorum: QuorumCount
    undo: Undo | None = None


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
class Draft:
    """Text still being typed when it was last saved (see :mod:`gsmeet.storage.drafts`)."""

    database: str  # the committee database, as an absolute path
    meeting_id: int
    field: str  # the UI's name for the field, e.g. "remark" or "decision:12"
    text: str
    saved_at: datetime


@dataclass(frozen=True, slots=True)
class LeaseHolder:
    """Who runs a session live on a shared database (services.live.lease)."""

    holder: str  # the server's role
    host: str  # the computer
    taken_at: datetime
    renewed_at: datetime
    stale: bool  # not renewed for a while: its screen crashed or lost the server
