"""What is recorded under an agenda item during the session: what is typed
(``add_entry``), remarks and decisions through their small forms, and every edit
(action items: :mod:`gsmeet.services.live.actions`).

Undo: an ``add_*`` is undone by the matching ``delete_*`` on the record's id; a
``delete_*`` returns the record, which ``restore_*`` puts back with the same id; an
``update_*`` returns the values before and after: updating back to ``previous``
undoes it (``revert_action`` for an action item, whose owner is a resolved choice).
"""

from __future__ import annotations

from datetime import datetime
from functools import cache

from sqlalchemy import Integer, bindparam, func, insert, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.dml import ReturningInsert

from gsmeet.domain.changes import RECORD
from gsmeet.domain.edits import KEEP, Deleted, Keep
from gsmeet.domain.entry import EntryKind, EntryResult, parse_entry
from gsmeet.domain.enums import Thing, VoteMode
from gsmeet.domain.errors import InvalidInputError, NoSuchRecord
from gsmeet.domain.identity import new_uid
from gsmeet.domain.limits import check_length
from gsmeet.domain.live import DecisionEdit, RemarkEdit
from gsmeet.domain.records import DecisionRecord, RemarkRecord
from gsmeet.services.changes import touches
from gsmeet.services.edits import bring_back, delete_row
from gsmeet.services.live.actions import action_record, insert_action
from gsmeet.services.live.common import (
    ItemNotInMeeting,
    Place,
    ensure_due,
    get_item,
    naive,
    place_of,
    required_text,
)
from gsmeet.services.people import person_on
from gsmeet.services.records import decision_record, remark_record
from gsmeet.services.store import Database
from gsmeet.storage.models import (
    ActionItem,
    AgendaItem,
    Decision,
    Meeting,
    Person,
    Remark,
)

# ---------------------------------------------------------------- adding


class CountsWithoutVote(InvalidInputError):
    text = "Vote counts go with a counted vote (찬성/반대/기권)"


class NegativeCount(InvalidInputError):
    text = "A vote count cannot be negative"


class UidTaken(InvalidInputError):
    text = "Entry {uid} is already stored as an entry of another kind"


@touches(RECORD)
def add_entry(
    store: Database,
    meeting_id: int,
    item_id: int,
    text: str,
    *,
    speaker_id: int | None,
    now: datetime,
    uid: str | None = None,
) -> EntryResult:
    """Save what was typed under ``item_id``: a remark by ``speaker_id``, or a
    decision (``결정:``, no objection) or an action item (``조치: … @owner ~date``, its
    strategy the item's) — see :mod:`gsmeet.domain.entry`. A problem with the text
    (nothing typed, a date that does not exist) raises :class:`InvalidInputError`.

    ``uid`` is the entry's identity as the screen gave it when it was typed (else a new
    one): an entry sent again with a uid already stored is not stored twice — what was
    stored the first time is returned."""
    with store.session() as session:
        if uid is not None and (stored := _stored_entry(session, uid)) is not None:
            return stored
        place = place_of(session, item_id, editing=True)
        if place.meeting_id != meeting_id:
            raise ItemNotInMeeting(id=item_id)
        entry = parse_entry(text, today=place.held_on)
        if entry.error is not None:
            raise entry.error
        if entry.kind is EntryKind.REMARK:
            remark = _insert_remark(
                session, place, entry.text, speaker_id=speaker_id, now=naive(now), uid=uid
            )
            return EntryResult(entry.kind, remark=remark)
        item, meeting = get_item(session, item_id, editing=True)
        if entry.kind is EntryKind.DECISION:
            decision = _insert_decision(session, item, entry.text, VoteMode.NO_OBJECTION, uid=uid)
            return EntryResult(entry.kind, decision=decision)
        ensure_due(entry.due_on, meeting.held_on)
        action = insert_action(session, item, meeting, entry.text, entry.owner_query, uid=uid)
        action.due_on = entry.due_on
        return EntryResult(entry.kind, action=action_record(session, action))


def _stored_entry(session: Session, uid: str) -> EntryResult | None:
    """The entry stored with ``uid``, if one is."""
    remark = session.scalar(select(Remark).where(Remark.uid == uid))
    if remark is not None:
        _, meeting = get_item(session, remark.agenda_item_id, editing=False)
        return EntryResult(EntryKind.REMARK, remark=_remark_record(session, remark, meeting))
    decision = session.scalar(select(Decision).where(Decision.uid == uid))
    if decision is not None:
        return EntryResult(EntryKind.DECISION, decision=decision_record(decision))
    action = session.scalar(select(ActionItem).where(ActionItem.uid == uid))
    if action is not None:
        return EntryResult(EntryKind.ACTION, action=action_record(session, action))
    return None


@touches(RECORD)
def add_remark(
    store: Database,
    item_id: int,
    text: str,
    *,
    speaker_id: int | None,
    now: datetime,
    uid: str | None = None,
) -> RemarkRecord:
    """Save ``text`` as a remark as it is (no prefix is read); ``uid`` as add_entry's."""
    with store.session() as session:
        if uid is not None and (stored := _stored_entry(session, uid)) is not None:
            if stored.remark is not None:
                return stored.remark
            raise UidTaken(uid=uid)
        place = place_of(session, item_id, editing=True)
        return _insert_remark(
            session, place, required_text(text), speaker_id=speaker_id, now=naive(now), uid=uid
        )


@touches(RECORD)
def add_decision(
    store: Database,
    item_id: int,
    text: str,
    *,
    vote_mode: VoteMode = VoteMode.NO_OBJECTION,
    votes_for: int | None = None,
    votes_against: int | None = None,
    abstentions: int | None = None,
    uid: str | None = None,
) -> DecisionRecord:
    """Record a decision under ``item_id``; vote counts go with ``VoteMode.VOTE``;
    ``uid`` as add_entry's."""
    with store.session() as session:
        if uid is not None and (stored := _stored_entry(session, uid)) is not None:
            if stored.decision is not None:
                return stored.decision
            raise UidTaken(uid=uid)
        item, _ = get_item(session, item_id, editing=True)
        return _insert_decision(
            session,
            item,
            required_text(text),
            vote_mode,
            votes_for=votes_for,
            votes_against=votes_against,
            abstentions=abstentions,
            uid=uid,
        )


@cache
def _remark_insert() -> ReturningInsert[int]:
    # Built once: the hot path of the live screen, one INSERT computing its own
    # position and returning its id, with no unit-of-work flush.
    item = bindparam("item", type_=Integer)
    position = (
        select(func.coalesce(func.max(Remark.position), -1) + 1)
        .where(Remark.agenda_item_id == item)
        .scalar_subquery()
    )
    return (
        insert(Remark)
        .values(
            agenda_item_id=item,
            speaker_id=bindparam("speaker"),
            text=bindparam("text"),
            spoken_at=bindparam("at"),
            position=position,
            uid=bindparam("uid"),
        )
        .returning(Remark.id)
    )


def _insert_remark(
    session: Session,
    place: Place,
    text: str,
    *,
    speaker_id: int | None,
    now: datetime,
    uid: str | None,
) -> RemarkRecord:
    check_length("remark", "text", text)  # (this fast INSERT bypasses the flush guard)
    speaker = None
    if speaker_id is not None:
        speaker = person_on(session, place.committee_id, place.held_on, speaker_id)
    arguments = {
        "item": place.item_id,
        "speaker": speaker_id,
        "text": text,
        "at": now,
        "uid": uid or new_uid(),
    }
    remark_id = session.execute(_remark_insert(), arguments).scalar_one()
    return RemarkRecord(remark_id, place.item_id, speaker, text, now)


def _insert_decision(
    session: Session,
    item: AgendaItem,
    text: str,
    vote_mode: VoteMode,
    *,
    votes_for: int | None = None,
    votes_against: int | None = None,
    abstentions: int | None = None,
    uid: str | None = None,
) -> DecisionRecord:
    position = session.scalar(
        select(func.coalesce(func.max(Decision.position), -1) + 1).where(
            Decision.agenda_item_id == item.id
        )
    )
    decision = Decision(
        agenda_item_id=item.id,
        text=text,
        vote_mode=vote_mode,
        position=position,
        uid=uid or new_uid(),
    )
    decision.votes_for, decision.votes_against, decision.abstentions = _votes(
        vote_mode, votes_for, votes_against, abstentions
    )
    session.add(decision)
    session.flush()
    return decision_record(decision)


def _votes(mode: VoteMode, *counts: int | None) -> tuple[int | None, int | None, int | None]:
    if mode is not VoteMode.VOTE and any(c is not None for c in counts):
        raise CountsWithoutVote()
    if any(c is not None and c < 0 for c in counts):
        raise NegativeCount()
    votes_for, against, abstentions = counts
    return votes_for, against, abstentions


# ---------------------------------------------------------------- remarks


@touches(RECORD)
def update_remark(
    store: Database,
    remark_id: int,
    *,
    text: str | Keep = KEEP,
    speaker_id: int | Keep | None = KEEP,
    agenda_item_id: int | Keep = KEEP,
) -> RemarkEdit:
    """Edit a remark's text, change its speaker (None: nobody) or move it to another
    item of the same meeting. Updating to ``previous`` undoes it."""
    with store.session() as session:
        remark, meeting = _remark(session, remark_id)
        previous = _remark_record(session, remark, meeting)
        if not isinstance(text, Keep):
            remark.text = required_text(text)
        if not isinstance(speaker_id, Keep):
            if speaker_id is not None and session.get(Person, speaker_id) is None:
                raise NoSuchRecord(what=Thing.PERSON, id=speaker_id)
            remark.speaker_id = speaker_id
        if not isinstance(agenda_item_id, Keep):
            remark.agenda_item_id = _same_meeting_item(session, agenda_item_id, meeting).id
        session.flush()
        return RemarkEdit(previous, _remark_record(session, remark, meeting))


@touches(RECORD)
def delete_remark(store: Database, remark_id: int) -> Deleted[RemarkRecord]:
    """Delete a remark; :func:`restore_remark` on the result puts it back."""
    with store.session() as session:
        remark, meeting = _remark(session, remark_id)
        record = _remark_record(session, remark, meeting)
        return Deleted(record, delete_row(session, remark))


@touches(RECORD)
def restore_remark(store: Database, deleted: Deleted[RemarkRecord]) -> RemarkRecord:
    """Put a deleted remark back: the same row (id, uid, item, speaker, text, time and
    place among the item's remarks)."""
    with store.session() as session:
        _, meeting = get_item(session, deleted.record.agenda_item_id, editing=True)
        remark = bring_back(session, deleted.undo, Remark, Thing.REMARK)
        return _remark_record(session, remark, meeting)


def _remark(session: Session, remark_id: int) -> tuple[Remark, Meeting]:
    remark = session.get(Remark, remark_id)
    if remark is None:
        raise NoSuchRecord(what=Thing.REMARK, id=remark_id)
    _, meeting = get_item(session, remark.agenda_item_id, editing=True)
    return remark, meeting


def _remark_record(session: Session, remark: Remark, meeting: Meeting) -> RemarkRecord:
    speaker = None
    if remark.speaker_id is not None:
        speaker = person_on(session, meeting.committee_id, meeting.held_on, remark.speaker_id)
    return remark_record(remark, speaker)


def _same_meeting_item(session: Session, item_id: int, meeting: Meeting) -> AgendaItem:
    item = session.get(AgendaItem, item_id)
    if item is None or item.meeting_id != meeting.id:
        raise NoSuchRecord(what=Thing.AGENDA_ITEM, id=item_id)
    return item


# ---------------------------------------------------------------- decisions


@touches(RECORD)
def update_decision(
    store: Database,
    decision_id: int,
    *,
    text: str | Keep = KEEP,
    vote_mode: VoteMode | Keep = KEEP,
    votes_for: int | Keep | None = KEEP,
    votes_against: int | Keep | None = KEEP,
    abstentions: int | Keep | None = KEEP,
    agenda_item_id: int | Keep = KEEP,
) -> DecisionEdit:
    """Edit a decision (its text, how it was decided and the counts, its item)."""
    with store.session() as session:
        decision, meeting = _decision(session, decision_id)
        previous = decision_record(decision)
        if not isinstance(text, Keep):
            decision.text = required_text(text)
        if not isinstance(vote_mode, Keep):
            decision.vote_mode = vote_mode
        given = (votes_for, votes_against, abstentions)
        kept = (decision.votes_for, decision.votes_against, decision.abstentions)
        counts = [
            old if isinstance(new, Keep) else new for old, new in zip(kept, given, strict=True)
        ]
        if decision.vote_mode is not VoteMode.VOTE:
            # A vote turned into 이의 없음 drops the counts it kept; counts given now
            # are still refused by _votes.
            counts = [None if isinstance(new, Keep) else new for new in given]
        decision.votes_for, decision.votes_against, decision.abstentions = _votes(
            decision.vote_mode, *counts
        )
        if not isinstance(agenda_item_id, Keep):
            decision.agenda_item_id = _same_meeting_item(session, agenda_item_id, meeting).id
        session.flush()
        return DecisionEdit(previous, decision_record(decision))


@touches(RECORD)
def delete_decision(store: Database, decision_id: int) -> Deleted[DecisionRecord]:
    """Delete a decision; :func:`restore_decision` on the result puts it back."""
    with store.session() as session:
        decision, _ = _decision(session, decision_id)
        return Deleted(decision_record(decision), delete_row(session, decision))


@touches(RECORD)
def restore_decision(store: Database, deleted: Deleted[DecisionRecord]) -> DecisionRecord:
    """Put a deleted decision back: the same row (id, uid, place among the item's
    decisions)."""
    with store.session() as session:
        get_item(session, deleted.record.agenda_item_id, editing=True)
        decision = bring_back(session, deleted.undo, Decision, Thing.DECISION)
        return decision_record(decision)


def _decision(session: Session, decision_id: int) -> tuple[Decision, Meeting]:
    decision = session.get(Decision, decision_id)
    if decision is None:
        raise NoSuchRecord(what=Thing.DECISION, id=decision_id)
    _, meeting = get_item(session, decision.agenda_item_id, editing=True)
    return decision, meeting
