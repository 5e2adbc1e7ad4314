"""Records of the committee register (members) and the strategy register (tracks,
strategies, tasks, achievements), as their editors show them."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date

from gsmeet.domain.edits import Seen, Undo
from gsmeet.domain.enums import Role, Thing
from gsmeet.domain.records import AchievementRecord, TaskRecord


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
    # Its person's and membership's row versions, as read: an edit made on this row is
    # refused if someone changed either since (storage.versions).
    seen: Seen = field(default=Seen(), compare=False)


@dataclass(frozen=True, slots=True)
class MemberUpdate:
    """An edit of a member: the row after and before. When role, sub-committee, 소속
    or 직위 changed, ``row.membership_id`` is a new membership and the old one ended."""

    row: MemberRow
    previous: MemberRow
    undo: Undo  # the new membership goes, the old one reopens

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
    retired_on: date | None = None  # no longer stands from this day
    version: int = field(default=0, compare=False)  # the row's, as read


@dataclass(frozen=True, slots=True)
class TrackNode:
    id: int
    name: str
    position: int
    strategies: tuple[StrategyNode, ...]
    retired_on: date | None = None
    version: int = field(default=0, compare=False)


def seen_in(tracks: Iterable[TrackNode]) -> Seen:
    """Every row of the strategy register as read (an edit made on what a screen
    showed of it is refused where a row changed since)."""
    rows: list[tuple[Thing, int, int]] = []
    for track in tracks:
        rows.append((Thing.TRACK, track.id, track.version))
        for strategy in track.strategies:
            rows.append((Thing.STRATEGY, strategy.id, strategy.version))
            found = list(strategy.achievements)
            for node in strategy.tasks:
                rows.append((Thing.TASK, node.task.id, node.task.version))
                found.extend(node.achievements)
            rows.extend((Thing.ACHIEVEMENT, a.id, a.version) for a in found)
    return Seen(tuple(rows))


@dataclass(frozen=True, slots=True)
class TaskUpdate:
    """A task edit: the task after and before, and the status change it recorded."""

    task: TaskRecord
    previous: TaskRecord
    undo: Undo  # the status change it recorded, if any, goes too


@dataclass(frozen=True, slots=True)
class AchievementUpdate:
    achievement: AchievementRecord
    previous: AchievementRecord
    undo: Undo
