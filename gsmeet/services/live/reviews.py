"""The review of earlier action items at a session: each is done, continued,
re-dated or dropped, with a comment, recorded as an action review of this meeting and
written back to the action item as a change made at this meeting (so the documents of
earlier sessions keep showing the item as it stood then: :mod:`gsmeet.services.history`).
``undo_review`` on the returned change undoes it."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import and_, or_, select
from sqlalchemy.orm import Session

from gsmeet.domain.changes import RECORD
from gsmeet.domain.enums import ActionStatus, ReviewOutcome, Thing
from gsmeet.domain.errors import InvalidInputError, NoSuchRecord
from gsmeet.domain.live import ReviewChange, ReviewItem
from gsmeet.services.changes import touches
from gsmeet.services.history import change_at, record_change
from gsmeet.services.live.common import ensure_due, get_meeting
from gsmeet.services.meetings import OPEN_STATES, reviewed_at
from gsmeet.services.records import action_records, review_record
from gsmeet.services.store import Database
from gsmeet.storage.models import ActionItem, ActionReview, Meeting


class RedateNeedsDate(InvalidInputError):
    text = "A re-dated action item needs its new due date"


class DateWithoutRedate(InvalidInputError):
    text = "A new due date goes with re-dating the action item"


class NotAnEarlierAction(InvalidInputError):
    text = (
        "Action item '{title}' was not decided at an earlier meeting of this committee, "
        "so it is not reviewed here"
    )


STATUS_AFTER = {
    ReviewOutcome.DONE: ActionStatus.DONE,
    ReviewOutcome.CONTINUE: ActionStatus.IN_PROGRESS,
    ReviewOutcome.REDATE: ActionStatus.IN_PROGRESS,
    ReviewOutcome.DROP: ActionStatus.DROPPED,
}


def actions_to_review(store: Database, meeting_id: int) -> list[ReviewItem]:
    """Action items of earlier meetings of the committee that are open, or that were
    reviewed at this meeting already (with that review), oldest first.

    "Open" is the item's status now: for the session being held, that is its status as
    of this meeting. (An older meeting looked at later lists what it reviewed, and
    what is still open today.)
    """
    with store.session() as session:
        meeting = get_meeting(session, meeting_id, editing=False)
        rows = session.execute(
            select(ActionItem, ActionReview)
            .join(Meeting, Meeting.id == ActionItem.meeting_id)
            .outerjoin(
                ActionReview,
                and_(
                    ActionReview.action_item_id == ActionItem.id,
                    ActionReview.meeting_id == meeting.id,
                ),
            )
            .where(
                reviewed_at(meeting),
                or_(ActionItem.status.in_(OPEN_STATES), ActionReview.id.is_not(None)),
            )
            .order_by(Meeting.held_on, Meeting.start_time, Meeting.id, ActionItem.id)
        ).all()
        records = action_records(session, [action for action, _ in rows], on=meeting.held_on)
        return [
            ReviewItem(record, review_record(record, review) if review else None)
            for record, (_, review) in zip(records, rows, strict=True)
        ]


@touches(RECORD)
def review_action(
    store: Database,
    meeting_id: int,
    action_id: int,
    outcome: ReviewOutcome,
    *,
    comment: str = "",
    new_due_on: date | None = None,
) -> ReviewChange:
    """Record the review of an earlier action item at this meeting (reviewing it again
    replaces the review). The item becomes done, dropped or in progress; a re-date
    needs ``new_due_on``, which becomes its due date."""
    if outcome is ReviewOutcome.REDATE and new_due_on is None:
        raise RedateNeedsDate()
    if outcome is not ReviewOutcome.REDATE and new_due_on is not None:
        raise DateWithoutRedate()
    with store.session() as session:
        meeting = get_meeting(session, meeting_id, editing=True)
        ensure_due(new_due_on, meeting.held_on)
        action = _earlier_action(session, meeting, action_id)
        review = _review_of(session, meeting.id, action.id)
        before = action_records(session, [action])[0]
        previous_review = review_record(before, review) if review else None
        previous_status, previous_due_on = action.status, action.due_on
        if review is None:
            review = ActionReview(action_item_id=action.id, meeting_id=meeting.id)
            session.add(review)
        review.outcome = outcome
        review.new_due_on = new_due_on
        review.comment = comment.strip()
        _rewrite_change(
            session,
            meeting,
            action,
            status=STATUS_AFTER[outcome],
            new_due_on=new_due_on,
            note=review.comment,
        )
        session.flush()
        after = action_records(session, [action])[0]
        return ReviewChange(
            meeting_id=meeting.id,
            previous_review=previous_review,
            previous_status=previous_status,
            previous_due_on=previous_due_on,
            item=ReviewItem(after, review_record(after, review)),
        )


@touches(RECORD)
def undo_review(store: Database, change: ReviewChange) -> ReviewItem:
    """Put the review and the action item back as they were before ``change``."""
    with store.session() as session:
        meeting = get_meeting(session, change.meeting_id, editing=True)
        action = _earlier_action(session, meeting, change.item.action.id)
        review = _review_of(session, meeting.id, action.id)
        wanted = change.previous_review
        if wanted is None:
            if review is not None:
                session.delete(review)
            review = None
        else:
            if review is None:
                review = ActionReview(action_item_id=action.id, meeting_id=meeting.id)
                session.add(review)
            review.outcome = wanted.outcome
            review.new_due_on = wanted.new_due_on
            review.comment = wanted.comment
        if wanted is None:
            _rewrite_change(session, meeting, action, status=None, new_due_on=None, note="")
        else:
            _rewrite_change(
                session,
                meeting,
                action,
                status=change.previous_status,
                new_due_on=wanted.new_due_on,
                note=wanted.comment,
            )
        action.status = change.previous_status
        action.due_on = change.previous_due_on
        session.flush()
        record = action_records(session, [action])[0]
        return ReviewItem(record, review_record(record, review) if review else None)


def _rewrite_change(
    session: Session,
    meeting: Meeting,
    action: ActionItem,
    *,
    status: ActionStatus | None,
    new_due_on: date | None,
    note: str,
) -> None:
    """The one change this meeting's review makes to ``action``, from the item as it
    stood before any review here: replaced by a new review, removed with none
    (``status`` None)."""
    earlier = change_at(session, meeting.id, action.id)
    if earlier is not None:
        action.status, action.due_on = earlier.old_status, earlier.old_due_on
        session.delete(earlier)
        session.flush()
    if status is not None:
        record_change(
            session,
            action,
            meeting.id,
            status=status,
            due_on=new_due_on if new_due_on is not None else action.due_on,
            note=note,
            at=datetime.now().replace(microsecond=0),
        )


def _earlier_action(session: Session, meeting: Meeting, action_id: int) -> ActionItem:
    action = session.get(ActionItem, action_id)
    if action is None:
        raise NoSuchRecord(what=Thing.ACTION_ITEM, id=action_id)
    decided = session.scalars(
        select(Meeting)
        .join(ActionItem, ActionItem.meeting_id == Meeting.id)
        .where(ActionItem.id == action.id, reviewed_at(meeting))
    ).first()
    if decided is None or decided.committee_id != meeting.committee_id:
        raise NotAnEarlierAction(title=action.title)
    return action


def _review_of(session: Session, meeting_id: int, action_id: int) -> ActionReview | None:
    return session.scalars(
        select(ActionReview).where(
            ActionReview.meeting_id == meeting_id, ActionReview.action_item_id == action_id
        )
    ).first()
