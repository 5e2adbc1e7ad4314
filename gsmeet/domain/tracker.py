"""The action tracker: every action item of a committee with where it came from and
where it stands, and the rules of its filters and its order.

An action is *open* while it is 미착수 or 진행중; it is *overdue on* a day when it is
open and its due date lies before that day (due that day is not late yet). The owner
filter takes part of a name or its initial consonants, as every name search does.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from typing import Any

from gsmeet.domain.enums import ActionStatus, ReviewOutcome
from gsmeet.domain.records import ActionRecord
from gsmeet.domain.search import matcher
from gsmeet.domain.sessions import SessionRef


@dataclass(frozen=True, slots=True)
class LastReview:
    """The latest review of an action at a later session (이전 조치사항 점검)."""

    meeting_id: int
    session: SessionRef
    outcome: ReviewOutcome
    new_due_on: date | None
    comment: str


@dataclass(frozen=True, slots=True)
class TrackedAction:
    action: ActionRecord  # owner written out; owner_left: the owner has left (해촉)
    subcommittee: str  # 분과: the owning sub-committee, else the strategy's; "" for none
    origin: SessionRef  # the session that decided it
    item_number: str  # its agenda item's number in that session ("" without one)
    item_title: str
    last_review: LastReview | None

    @property
    def is_open(self) -> bool:
        return self.action.status.is_open

    def overdue_on(self, day: date) -> bool:
        due = self.action.due_on
        return self.is_open and due is not None and due < day


@dataclass(frozen=True, slots=True)
class TrackerFilter:
    open_only: bool = False
    overdue_on: date | None = None  # only the actions overdue on this day
    owner: str = ""  # part of the owner's name, or its initial consonants
    subcommittee: str = ""  # one 분과 by name ("" every one)

    def keeps(self) -> Callable[[TrackedAction], bool]:
        owner = matcher(self.owner) if self.owner.strip() else None

        def keep(row: TrackedAction) -> bool:
            if self.open_only and not row.is_open:
                return False
            if self.overdue_on is not None and not row.overdue_on(self.overdue_on):
                return False
            if self.subcommittee and row.subcommittee != self.subcommittee:
                return False
            return owner is None or owner(row.action.owner)

        return keep


def filtered(rows: Iterable[TrackedAction], wanted: TrackerFilter) -> list[TrackedAction]:
    keep = wanted.keeps()
    return [row for row in rows if keep(row)]


class SortBy(StrEnum):
    DUE = "due"
    OWNER = "owner"
    SUBCOMMITTEE = "subcommittee"
    STATUS = "status"
    ORIGIN = "origin"
    REVIEW = "review"
    TITLE = "title"


_NEVER = date.max  # no date sorts after every date
_STATUS_ORDER = (
    ActionStatus.OPEN,
    ActionStatus.IN_PROGRESS,
    ActionStatus.DONE,
    ActionStatus.DROPPED,
)


def _key(by: SortBy) -> Callable[[TrackedAction], Any]:
    """Each key ends with the origin and the id, so equal rows keep a stable order."""

    def tail(row: TrackedAction) -> tuple[date, int, int]:
        return (row.origin.held_on, row.action.meeting_id, row.action.id)

    keys: dict[SortBy, Callable[[TrackedAction], Any]] = {
        SortBy.DUE: lambda r: (r.action.due_on or _NEVER, *tail(r)),
        SortBy.OWNER: lambda r: (r.action.owner == "", r.action.owner, *tail(r)),
        SortBy.SUBCOMMITTEE: lambda r: (r.subcommittee == "", r.subcommittee, *tail(r)),
        SortBy.STATUS: lambda r: (
            not r.is_open,
            list(type(r.action.status)).index(r.action.status),
            *tail(r),
        ),
        SortBy.ORIGIN: tail,
        SortBy.REVIEW: lambda r: (
            r.last_review.session.held_on if r.last_review is not None else _NEVER,
            *tail(r),
        ),
        SortBy.TITLE: lambda r: (r.action.title, *tail(r)),
    }
    return keys[by]


def in_order(
    rows: Sequence[TrackedAction], by: SortBy = SortBy.DUE, *, descending: bool = False
) -> list[TrackedAction]:
    """``rows`` by ``by``; rows without the value (no due date, no owner, never
    reviewed) last either way."""
    key = _key(by)
    present = [r for r in rows if not _missing(r, by)]
    absent = [r for r in rows if _missing(r, by)]
    return sorted(present, key=key, reverse=descending) + sorted(absent, key=key)


def _missing(row: TrackedAction, by: SortBy) -> bool:
    if by is SortBy.DUE:
        return row.action.due_on is None
    if by is SortBy.OWNER:
        return not row.action.owner
    if by is SortBy.SUBCOMMITTEE:
        return not row.subcommittee
    if by is SortBy.REVIEW:
        return row.last_review is None
    return False
