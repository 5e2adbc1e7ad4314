"""Session numbers (제N차): one home for the rule.

A number runs in a series (the kind's, kept on the session) and, for a session of one
sub-committee, within that sub-committee. Cancelled sessions and kinds that are not
numbered hold no number. By default a new session takes the next number of its series
in date order; when that number is already held by a later session (a session entered
between others), the secretary gives one (``--number``, or confirms it in the window),
and no existing number ever changes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from gsmeet.domain.enums import MeetingStatus
from gsmeet.domain.errors import InvalidInputError
from gsmeet.domain.kinds import KindInfo
from gsmeet.services.records import session_ref
from gsmeet.storage.models import Meeting


class NumberTaken(InvalidInputError):
    text = "No. {number} of this series is already {other}; choose another number ({free} is free)"


class NumberNeeded(InvalidInputError):
    text = (
        "A session on {held_on} comes before {other}, which holds No. {number}: "
        "give it a number ({free} is free)"
    )


class BadNumber(InvalidInputError):
    text = "{number} is not a session number: numbers start at 1"


class NotNumbered(InvalidInputError):
    text = "{kind} sessions have no number; leave the number out"


@dataclass(frozen=True, slots=True)
class Scope:
    """Where a session's number runs."""

    committee_id: int
    series: str
    subcommittee_id: int | None


def scope_of(meeting: Meeting) -> Scope:
    return Scope(meeting.committee_id, meeting.series, meeting.subcommittee_id)


def _in_scope(scope: Scope, exclude_id: int | None = None) -> list[ColumnElement[bool]]:
    conditions: list[ColumnElement[bool]] = [
        Meeting.committee_id == scope.committee_id,
        Meeting.series == scope.series,
        Meeting.number.is_not(None),
        Meeting.status != MeetingStatus.CANCELLED,
        Meeting.subcommittee_id.is_(None)
        if scope.subcommittee_id is None
        else Meeting.subcommittee_id == scope.subcommittee_id,
    ]
    if exclude_id is not None:
        conditions.append(Meeting.id != exclude_id)
    return conditions


def holder(
    session: Session, scope: Scope, number: int, exclude_id: int | None = None
) -> Meeting | None:
    """The session holding ``number`` in ``scope``, if any."""
    return session.scalars(
        select(Meeting).where(*_in_scope(scope, exclude_id), Meeting.number == number)
    ).first()


def first_free(session: Session, scope: Scope, exclude_id: int | None = None) -> int:
    """One more than the highest number held in ``scope``."""
    top = session.scalar(select(func.max(Meeting.number)).where(*_in_scope(scope, exclude_id)))
    return (top or 0) + 1


def in_date_order(
    session: Session, scope: Scope, held_on: date, start: time, exclude_id: int | None = None
) -> int:
    """The number a session on ``held_on`` at ``start`` takes in date order: one more
    than the highest number held by a session before it."""
    before = or_(
        Meeting.held_on < held_on, and_(Meeting.held_on == held_on, Meeting.start_time <= start)
    )
    top = session.scalar(
        select(func.max(Meeting.number)).where(*_in_scope(scope, exclude_id), before)
    )
    return (top or 0) + 1


def assign(
    session: Session,
    scope: Scope,
    *,
    held_on: date,
    start: time,
    number: int | None = None,
    exclude_id: int | None = None,
    kind: KindInfo | None = None,
) -> int | None:
    """The number for a session in ``scope`` on ``held_on``: ``number`` when given and
    free, else the next in date order when free; raises when the secretary must choose."""
    if not scope.series:
        if number is not None:
            raise NotNumbered(kind=kind)
        return None
    name = session_ref
    if number is not None:
        if number < 1:
            raise BadNumber(number=number)
        taken = holder(session, scope, number, exclude_id)
        if taken is not None:
            raise NumberTaken(
                number=number, other=name(taken), free=first_free(session, scope, exclude_id)
            )
        return number
    proposed = in_date_order(session, scope, held_on, start, exclude_id)
    taken = holder(session, scope, proposed, exclude_id)
    if taken is not None:
        raise NumberNeeded(
            held_on=held_on,
            other=name(taken),
            number=proposed,
            free=first_free(session, scope, exclude_id),
        )
    return proposed


def proposal(
    session: Session, scope: Scope, held_on: date, start: time, exclude_id: int | None = None
) -> tuple[int | None, bool]:
    """The number the window offers, and whether the secretary must confirm it (the
    date-order number is held by a later session, so a free one is offered instead)."""
    if not scope.series:
        return None, False
    proposed = in_date_order(session, scope, held_on, start, exclude_id)
    if holder(session, scope, proposed, exclude_id) is None:
        return proposed, False
    return first_free(session, scope, exclude_id), True
