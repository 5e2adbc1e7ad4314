"""Records built from database rows: one builder per record, shared by every service
that hands that record out (the meeting record, the live screen, the registers)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from gsmeet.domain.records import (
    AchievementRecord,
    ActionRecord,
    AgendaItemRecord,
    DecisionRecord,
    PersonAtDate,
    RemarkRecord,
)
from gsmeet.services.lookups import pairs
from gsmeet.storage.models import (
    Achievement,
    ActionItem,
    AgendaItem,
    Decision,
    Meeting,
    Person,
    Remark,
    Subcommittee,
)


def achievement_record(a: Achievement) -> AchievementRecord:
    return AchievementRecord(
        id=a.id,
        strategy_id=a.strategy_id,
        task_id=a.task_id,
        occurred_on=a.occurred_on,
        precision=a.precision,
        text=a.text,
        figure=a.figure,
        meeting_id=a.meeting_id,
    )


def agenda_record(item: AgendaItem, people: Mapping[int, PersonAtDate]) -> AgendaItemRecord:
    presenter = people.get(item.presenter_id) if item.presenter_id is not None else None
    return AgendaItemRecord(
        id=item.id,
        parent_id=item.parent_id,
        position=item.position,
        kind=item.kind,
        title=item.title,
        presenter=presenter,
        strategy_id=item.strategy_id,
        planned_minutes=item.planned_minutes,
        started_at=item.started_at,
        ended_at=item.ended_at,
    )


def remark_record(remark: Remark, speaker: PersonAtDate | None) -> RemarkRecord:
    return RemarkRecord(
        id=remark.id,
        agenda_item_id=remark.agenda_item_id,
        speaker=speaker,
        text=remark.text,
        spoken_at=remark.spoken_at,
    )


def decision_record(d: Decision) -> DecisionRecord:
    return DecisionRecord(
        id=d.id,
        agenda_item_id=d.agenda_item_id,
        text=d.text,
        vote_mode=d.vote_mode,
        votes_for=d.votes_for,
        votes_against=d.votes_against,
        abstentions=d.abstentions,
    )


def action_records(session: Session, actions: Sequence[ActionItem]) -> list[ActionRecord]:
    """Records of ``actions`` with their owner written out and their meeting's number,
    in at most three small queries whatever their number."""
    if not actions:
        return []
    person_ids = {a.owner_person_id for a in actions if a.owner_person_id is not None}
    sub_ids = {a.owner_subcommittee_id for a in actions if a.owner_subcommittee_id is not None}
    meeting_ids = {a.meeting_id for a in actions}
    names = (
        pairs(session, select(Person.id, Person.name).where(Person.id.in_(person_ids)))
        if person_ids
        else {}
    )
    subs = (
        pairs(
            session, select(Subcommittee.id, Subcommittee.name).where(Subcommittee.id.in_(sub_ids))
        )
        if sub_ids
        else {}
    )
    numbers = pairs(session, select(Meeting.id, Meeting.number).where(Meeting.id.in_(meeting_ids)))
    return [
        ActionRecord(
            id=a.id,
            meeting_id=a.meeting_id,
            meeting_number=numbers.get(a.meeting_id, 0),
            agenda_item_id=a.agenda_item_id,
            title=a.title,
            detail=a.detail,
            owner=names.get(a.owner_person_id or -1)
            or subs.get(a.owner_subcommittee_id or -1)
            or a.owner_text,
            owner_person_id=a.owner_person_id,
            strategy_id=a.strategy_id,
            due_on=a.due_on,
            status=a.status,
        )
        for a in actions
    ]
