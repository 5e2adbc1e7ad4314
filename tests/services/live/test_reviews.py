"""Earlier action items reviewed, each outcome and its undo."""

from __future__ import annotations

from datetime import date

import pytest

from gsmeet.domain.enums import (
    ActionStatus,
    ReviewOutcome,
)
from gsmeet.domain.errors import InvalidInputError
from gsmeet.services.live.actions import (
    add_action,
)
from gsmeet.services.live.reviews import actions_to_review, review_action, undo_review

from .conftest import DAY, Session


def test_action_review_each_outcome_and_undo(planned: Session) -> None:
    store, mid = planned.store, planned.meeting_id
    items = actions_to_review(store, mid)
    assert len(items) >= 4 and all(i.review is None for i in items)
    assert all(i.action.meeting_number < 3 and i.action.status.is_open for i in items)
    outcomes = [
        (ReviewOutcome.DONE, None, ActionStatus.DONE),
        (ReviewOutcome.CONTINUE, None, ActionStatus.IN_PROGRESS),
        (ReviewOutcome.REDATE, date(2020, 3, 31), ActionStatus.IN_PROGRESS),
        (ReviewOutcome.DROP, None, ActionStatus.DROPPED),
    ]
    changes = []
    for item, (outcome, new_due, status) in zip(items, outcomes, strict=False):
        change = review_action(
            store, mid, item.action.id, outcome, comment=f"{outcome} 의견", new_due_on=new_due
        )
        assert change.previous_review is None and change.previous_status is item.action.status
        assert change.item.action.status is status
        assert change.item.review is not None and change.item.review.comment == f"{outcome} 의견"
        if new_due:
            assert change.item.action.due_on == new_due
        changes.append(change)
    # Done and dropped items are still listed: they were reviewed here.
    reviewed = {i.action.id: i for i in actions_to_review(store, mid)}
    assert all(reviewed[c.item.action.id].review == c.item.review for c in changes)

    # Reviewing again replaces the review; undo puts the first one back.
    again = review_action(store, mid, items[0].action.id, ReviewOutcome.CONTINUE)
    assert again.previous_review == changes[0].item.review
    assert undo_review(store, again) == changes[0].item
    for change, item in zip(reversed(changes), reversed(items[: len(changes)]), strict=True):
        assert undo_review(store, change) == item
    assert actions_to_review(store, mid) == items

    with pytest.raises(InvalidInputError, match="new due date"):
        review_action(store, mid, items[0].action.id, ReviewOutcome.REDATE)
    with pytest.raises(InvalidInputError, match="goes with re-dating"):
        review_action(store, mid, items[0].action.id, ReviewOutcome.DONE, new_due_on=DAY)
    mine = add_action(store, planned.items["review"], "새 조치")
    with pytest.raises(InvalidInputError, match="earlier meeting"):
        review_action(store, mid, mine.id, ReviewOutcome.DONE)
