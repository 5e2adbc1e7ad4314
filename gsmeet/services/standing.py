"""A new session's agenda: the standing agenda of the committee (opening, review of
open action items, overview, one status briefing per strategy, free discussion,
closing), or a copy of another session's agenda, with presenters as they stand on the
new date and planned minutes learned from a session actually held."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from gsmeet.domain.agenda_plan import DEFAULT_MINUTES
from gsmeet.domain.enums import AgendaKind, Role
from gsmeet.domain.labels import Lang
from gsmeet.services.meetings import standing_on
from gsmeet.services.people import memberships_on
from gsmeet.storage.models import AgendaItem, Meeting, Strategy, Track

TITLES: dict[Lang, dict[AgendaKind, str]] = {
    "ko": {
        AgendaKind.OPENING: "개회",
        AgendaKind.ACTION_REVIEW: "이전 조치사항 점검",
        AgendaKind.OVERVIEW: "총괄개요",
        AgendaKind.BRIEFING: "{} 추진상황 보고",
        AgendaKind.DISCUSSION: "자율토론",
        AgendaKind.CLOSING: "폐회",
    },
    "en": {
        AgendaKind.OPENING: "Opening",
        AgendaKind.ACTION_REVIEW: "Review of previous actions",
        AgendaKind.OVERVIEW: "Overview",
        AgendaKind.BRIEFING: "{}: status briefing",
        AgendaKind.DISCUSSION: "Free discussion",
        AgendaKind.CLOSING: "Closing",
    },
}
HEAD = (AgendaKind.OPENING, AgendaKind.ACTION_REVIEW, AgendaKind.OVERVIEW)
TAIL = (AgendaKind.DISCUSSION, AgendaKind.CLOSING)


def items_of(session: Session, meeting_id: int) -> list[AgendaItem]:
    return list(
        session.scalars(
            select(AgendaItem)
            .where(AgendaItem.meeting_id == meeting_id)
            .order_by(AgendaItem.position, AgendaItem.id)
        )
    )


def _actual_minutes(item: AgendaItem) -> int | None:
    if item.started_at is None or item.ended_at is None or item.ended_at < item.started_at:
        return None
    return max(1, int((item.ended_at - item.started_at).total_seconds() / 60 + 0.5))


def _learned(source_items: list[AgendaItem]) -> tuple[dict[object, int], int | None]:
    """Minutes the source session actually took: by kind (summed, for a session with
    two discussion items spent the time of both on discussion) and by briefed strategy;
    and the average briefing, for a strategy the source did not brief."""
    by_key: dict[object, int] = defaultdict(int)
    briefings = []
    for item in source_items:
        minutes = _actual_minutes(item)
        if minutes is None or item.parent_id is not None:
            continue
        if item.kind is AgendaKind.BRIEFING and item.strategy_id is not None:
            by_key[("strategy", item.strategy_id)] = minutes
            briefings.append(minutes)
        else:
            by_key[item.kind] += minutes
    average = round(sum(briefings) / len(briefings)) if briefings else None
    return dict(by_key), average


def standing_agenda(
    session: Session, meeting: Meeting, source: Meeting | None, lang: Lang
) -> list[AgendaItem]:
    """Opening, review, overview, a briefing per strategy standing on the day (a
    sub-committee's: its own), discussion, closing; the times and presenters learned
    from ``source`` (a session held before), the defaults without one."""
    source_items = [] if source is None else items_of(session, source.id)
    learned, average_briefing = _learned(source_items)
    memberships = memberships_on(session, meeting.committee_id, meeting.held_on)
    in_office = {m.person_id for m in memberships}
    chairs: dict[int | None, int] = {
        m.subcommittee_id: m.person_id
        for m in memberships
        if m.role is Role.SUBCOMMITTEE_CHAIR and m.subcommittee_id is not None
    }
    # The source's presenter of each standing item, if still in office; else the
    # secretary opens and reviews, and the chair closes.
    presenters: dict[AgendaKind, int | None] = {
        AgendaKind.OPENING: meeting.secretary_id,
        AgendaKind.ACTION_REVIEW: meeting.secretary_id,
        AgendaKind.CLOSING: meeting.chair_id,
    }
    for old in reversed(source_items):
        if old.parent_id is None and old.presenter_id in in_office:
            presenters[old.kind] = old.presenter_id
    titles = TITLES[lang]

    def item(
        kind: AgendaKind,
        minutes: int | None,
        title: str,
        presenter_id: int | None,
        strategy_id: int | None = None,
    ) -> AgendaItem:
        return AgendaItem(
            meeting_id=meeting.id,
            kind=kind,
            title=title,
            presenter_id=presenter_id,
            strategy_id=strategy_id,
            planned_minutes=minutes or DEFAULT_MINUTES[kind],
        )

    def standing(kind: AgendaKind) -> AgendaItem:
        return item(kind, learned.get(kind), titles[kind], presenters.get(kind))

    items = [standing(kind) for kind in HEAD]
    query = (
        select(Strategy.id, Strategy.name, Strategy.subcommittee_id)
        .join(Track, Track.id == Strategy.track_id)
        .where(Track.committee_id == meeting.committee_id, standing_on(meeting.held_on))
        .order_by(Track.position, Strategy.position, Strategy.number)
    )
    if meeting.subcommittee_id is not None:  # a 분과회의 hears its own strategies
        query = query.where(Strategy.subcommittee_id == meeting.subcommittee_id)
    strategies = session.execute(query).all()
    for strategy_id, name, subcommittee_id in strategies:
        minutes = learned.get(("strategy", strategy_id)) or average_briefing
        items.append(
            item(
                AgendaKind.BRIEFING,
                minutes,
                titles[AgendaKind.BRIEFING].format(name),
                chairs.get(subcommittee_id),
                strategy_id,
            )
        )
    items += [standing(kind) for kind in TAIL]
    for position, row in enumerate(items, start=1):
        row.position = position
    return items


def copied_agenda(session: Session, meeting: Meeting, source: Meeting) -> list[AgendaItem]:
    """The items of ``source`` for ``meeting``, nesting kept, flushed: titles, kinds,
    strategies and planned minutes; a presenter only if in office on the new date
    (else none: the secretary names one). Nothing recorded is copied."""
    in_office = {
        m.person_id for m in memberships_on(session, meeting.committee_id, meeting.held_on)
    }
    new_ids: dict[int, int] = {}
    copies: list[AgendaItem] = []
    pending = items_of(session, source.id)
    while pending:  # parents first, whatever the order of the rows
        ready = [old for old in pending if old.parent_id is None or old.parent_id in new_ids]
        if not ready:  # a damaged nesting (a cycle): the rest at the top level
            ready, orphans = pending, True
        else:
            orphans = False
        for old in ready:
            copy = AgendaItem(
                meeting_id=meeting.id,
                parent_id=None if orphans or old.parent_id is None else new_ids[old.parent_id],
                position=old.position,
                kind=old.kind,
                title=old.title,
                presenter_id=old.presenter_id if old.presenter_id in in_office else None,
                strategy_id=old.strategy_id,
                planned_minutes=old.planned_minutes,
            )
            session.add(copy)
            copies.append(copy)
        session.flush()
        for old, copy in zip(ready, copies[-len(ready) :], strict=True):
            new_ids[old.id] = copy.id
        pending = [old for old in pending if old.id not in new_ids]
    return copies
