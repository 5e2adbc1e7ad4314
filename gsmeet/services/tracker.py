"""The action tracker: every action item of the committee in one list — owner, 분과,
due date, status, the session that decided it and its latest review — and the list
exported as an Excel workbook (filters and order: :mod:`gsmeet.domain.tracker`)."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from gsmeet.domain import calendar
from gsmeet.domain.labels import Lang
from gsmeet.domain.records import ActionRecord
from gsmeet.domain.tracker import (
    LastReview,
    SortBy,
    TrackedAction,
    TrackerFilter,
    filtered,
    in_order,
)
from gsmeet.report.actions_xlsx import workbook
from gsmeet.services.files import writable_target, write_atomically
from gsmeet.services.listing import list_meetings
from gsmeet.services.lookups import pairs
from gsmeet.services.outlines import places
from gsmeet.services.records import action_records, session_ref
from gsmeet.services.store import Database
from gsmeet.storage.models import (
    ActionItem,
    ActionReview,
    AgendaItem,
    Meeting,
    Strategy,
    Subcommittee,
)


def committee_today(store: Database, committee_id: int, today: date | None = None) -> date:
    """The committee's today as the registers read it (:mod:`gsmeet.domain.calendar`):
    for a committee whose sessions all lie in the past, the day after its last one."""
    return calendar.committee_today(list_meetings(store, committee_id), today or date.today())


def _day(store: Database, committee_id: int | None, on: date | None) -> date:
    if on is not None:
        return on
    return committee_today(store, committee_id) if committee_id is not None else date.today()


def tracked_actions(
    store: Database,
    committee_id: int | None = None,
    *,
    on: date | None = None,
    wanted: TrackerFilter | None = None,
    by: SortBy = SortBy.DUE,
    descending: bool = False,
) -> list[TrackedAction]:
    """The committee's action items (every committee's when None) as ``wanted``, in
    order ``by``; an owner who had left the committee by ``on`` (the committee's
    today) is flagged."""
    on = _day(store, committee_id, on)
    with store.session() as session:
        query = select(ActionItem).join(Meeting, Meeting.id == ActionItem.meeting_id)
        if committee_id is not None:
            query = query.where(Meeting.committee_id == committee_id)
        actions = list(session.scalars(query.order_by(Meeting.held_on, ActionItem.id)))
        rows = _tracked(session, actions, action_records(session, actions, on=on))
    return in_order(filtered(rows, wanted or TrackerFilter()), by, descending=descending)


def _tracked(
    session: Session, actions: list[ActionItem], records: list[ActionRecord]
) -> list[TrackedAction]:
    if not actions:
        return []
    origins = {a.meeting_id for a in actions}
    reviews = _last_reviews(session, [a.id for a in actions])
    meetings = origins | {r.meeting_id for r in reviews.values()}
    refs = {
        m.id: session_ref(m)
        for m in session.scalars(select(Meeting).where(Meeting.id.in_(meetings)))
    }
    numbers = places(session, origins)
    items = {a.agenda_item_id for a in actions if a.agenda_item_id is not None}
    titles = pairs(session, select(AgendaItem.id, AgendaItem.title).where(AgendaItem.id.in_(items)))
    groups = _subcommittees(session, actions)
    tracked = []
    for action, record in zip(actions, records, strict=True):
        review = reviews.get(action.id)
        item = action.agenda_item_id
        tracked.append(
            TrackedAction(
                action=record,
                subcommittee=groups.get(action.id, ""),
                origin=refs[action.meeting_id],
                item_number=numbers[item][0] if item in numbers else "",
                item_title=titles.get(item, "") if item is not None else "",
                last_review=None
                if review is None
                else LastReview(
                    meeting_id=review.meeting_id,
                    session=refs[review.meeting_id],
                    outcome=review.outcome,
                    new_due_on=review.new_due_on,
                    comment=review.comment,
                ),
            )
        )
    return tracked


def _last_reviews(session: Session, action_ids: list[int]) -> dict[int, ActionReview]:
    """Each action's review at the latest session that reviewed it."""
    query = (
        select(ActionReview)
        .join(Meeting, Meeting.id == ActionReview.meeting_id)
        .where(ActionReview.action_item_id.in_(action_ids))
        .order_by(Meeting.held_on, Meeting.id)
    )
    return {review.action_item_id: review for review in session.scalars(query)}


def _subcommittees(session: Session, actions: list[ActionItem]) -> dict[int, str]:
    """분과 of each action: the sub-committee that owns it, else its strategy's."""
    names = pairs(session, select(Subcommittee.id, Subcommittee.name))
    strategies = {a.strategy_id for a in actions if a.strategy_id is not None}
    of_strategy = pairs(
        session,
        select(Strategy.id, Strategy.subcommittee_id).where(Strategy.id.in_(strategies)),
    )
    found = {}
    for action in actions:
        group = action.owner_subcommittee_id or of_strategy.get(action.strategy_id or -1)
        if group is not None and group in names:
            found[action.id] = names[group]
    return found


def export_actions(
    store: Database,
    out: Path,
    committee_id: int | None = None,
    *,
    on: date | None = None,
    wanted: TrackerFilter | None = None,
    by: SortBy = SortBy.DUE,
    descending: bool = False,
    lang: Lang = "ko",
) -> int:
    """Write the tracker's list (as filtered and ordered) to ``out`` as .xlsx, whole or
    not at all; returns how many action items it holds. Text is written as text: a
    cell beginning with = + - @ is never read as a formula."""
    out = writable_target(out, store.location)
    day = _day(store, committee_id, on)
    rows = tracked_actions(store, committee_id, on=day, wanted=wanted, by=by, descending=descending)
    data = io.BytesIO()
    workbook(rows, lang, day, (wanted or TrackerFilter()).overdue_on).save(data)
    write_atomically(out, data.getvalue(), private=True)
    return len(rows)
