"""Records of the committee register (members) and the strategy register (tracks,
strategies, tasks, achievements), as their editors show them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Protocol

from gsmeet.domain.edits import Seen, Undo
from gsmeet.domain.enums import Role, Thing
from gsmeet.domain.records import AchievementRecord, PersonAtDate, TaskRecord


class Term(Protocol):
    """A membership's dates."""

    @property
    def term_start(self) -> date: ...

    @property
    def term_end(self) -> date | None: ...

    @property
    def left_on(self) -> date | None: ...


def in_force(term: Term, day: date) -> bool:
    """Whether a membership holds on ``day``: begun, not left (``left_on`` is the first
    day out) and its term not over (``term_end`` is its last day). Services ask the
    database the same in SQL (:func:`gsmeet.services.people.in_force_on`)."""
    return (
        term.term_start <= day
        and (term.left_on is None or term.left_on > day)
        and (term.term_end is None or term.term_end >= day)
    )


_Placing = tuple[Role, str, str, str]  # role, organisation, position, sub-committee


def placed(rows: Iterable[Sequence[Any]]) -> dict[int, PersonAtDate]:
    """People as they stood on a day, keyed by id, from rows of a person with one of
    their memberships in the committee (by person, then start of term): id, name,
    public official, e-mail, membership id (None: no membership), role, organisation,
    position, sub-committee, and whether the membership was in force that day.

    People without a membership on that day (former members, guests) have
    ``role=None`` and their most recent organisation and position, so old records
    still name them."""
    persons: dict[int, tuple[str, bool, str]] = {}
    current: dict[int, tuple[int, _Placing]] = {}
    latest: dict[int, _Placing] = {}
    for row in rows:
        pid, name, public, email, membership_id, role, organisation, position, sub, active = row
        persons[pid] = (name, public, email)
        if membership_id is None:
            continue
        # The in-force membership with the highest id, else the one begun last (rows
        # come by start date).
        latest[pid] = (role, organisation, position, sub or "")
        if active and membership_id > current.get(pid, (-1,))[0]:
            current[pid] = (membership_id, latest[pid])
    result: dict[int, PersonAtDate] = {}
    for pid, (name, public, email) in persons.items():
        found = current.get(pid)
        placing = found[1] if found is not None else latest.get(pid)
        if placing is None:
            result[pid] = PersonAtDate(pid, name, None, "", "", "", public, email)
        else:
            role, organisation, position, subcommittee = placing
            result[pid] = PersonAtDate(
                pid,
                name,
                role if found is not None else None,
                organisation,
                position,
                subcommittee,
                public,
                email,
            )
    return result


def departed(
    memberships: Iterable[tuple[int, int, date | None]], on: date
) -> set[tuple[int, int | None]]:
    """(committee, person) pairs whose latest membership was left (해촉) by ``on``, from
    (committee, person, left on) of memberships by start of term, then id."""
    latest: dict[tuple[int, int | None], date | None] = {}
    for committee_id, person_id, left_on in memberships:
        latest[(committee_id, person_id)] = left_on
    return {k for k, left_on in latest.items() if left_on is not None and left_on <= on}


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
