"""Corrections of issued minutes (자구정정) and the errata (정오표) of the version that
carries them.

A correction changes one text of an issued session's record — a remark, a decision,
an action item's title or content, an agenda item's title — and records what it was,
what it becomes, who asked and why. One that changes what a remark means (more than
its wording) needs the speaker's or the chair's confirmation before the next version
is issued. The issued file of every version stays as it was; the next version lists
every change since the last one: those recorded here with their reasons, and any other
difference between the two records (an edit made after reopening) with the version's
note, so that nothing changes unlisted.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy.orm import Session

from gsmeet.domain.changes import RECORD, SESSIONS
from gsmeet.domain.errors import InvalidInputError
from gsmeet.domain.records import CorrectionRecord, MeetingRecord
from gsmeet.domain.signoff import who_confirms
from gsmeet.services.changes import touches
from gsmeet.services.record import meeting_record, ref
from gsmeet.services.store import Database
from gsmeet.storage.models import (
    ActionItem,
    AgendaItem,
    Decision,
    MinutesCorrection,
    Remark,
)
from gsmeet.storage.record import read_corrections

# What a correction may change: the table and column of each target.
CORRECTABLE: dict[str, tuple[type[Any], str]] = {
    "agenda_title": (AgendaItem, "title"),
    "remark": (Remark, "text"),
    "decision": (Decision, "text"),
    "action_title": (ActionItem, "title"),
    "action_detail": (ActionItem, "detail"),
}


class NotIssuedYet(InvalidInputError):
    text = "{meeting}: its minutes have not been issued; change the record itself"


class UnknownTarget(InvalidInputError):
    text = "'{target}' cannot be corrected; one of: {allowed}"


class NotInRecord(InvalidInputError):
    text = "The record of {meeting} has no {target} {id}"


class NothingToCorrect(InvalidInputError):
    text = "The correction changes nothing: the text already reads so"


class NoReason(InvalidInputError):
    text = "A correction says why it is made (the reason is printed in the errata)"


class WrongConfirmer(InvalidInputError):
    text = "{name} cannot confirm this correction; it is confirmed by {allowed}"


class NoSuchCorrection(InvalidInputError):
    text = "No correction with id {id} for {meeting}"


def _squash(text: str) -> str:
    return "".join(text.split()).casefold()


def _version_after(record: MeetingRecord) -> int:
    versions = record.minutes_versions
    return (versions[-1].version if versions else 0) + 1


def _confirmer(record: MeetingRecord, target: str, target_id: int, name: str) -> str:
    allowed = who_confirms(record, target, target_id)
    found = next((p for p in allowed if _squash(p.name) == _squash(name)), None)
    if found is None:
        raise WrongConfirmer(name=name, allowed=[p.name for p in allowed])
    return found.name


@touches(RECORD, SESSIONS)
def record_correction(
    store: Database,
    meeting_id: int,
    target: str,
    target_id: int,
    text: str,
    *,
    asked_by: str,
    reason: str,
    changes_meaning: bool = False,
    confirmed_by: str = "",
    confirmed_on: date | None = None,
    now: datetime,
) -> CorrectionRecord:
    """Correct one text of an issued session's record (see the module's description);
    it goes into the next version. ``confirmed_by``: the speaker or chair who confirmed
    a change of meaning (it can also be confirmed later, :func:`confirm_correction`)."""
    if target not in CORRECTABLE:
        raise UnknownTarget(target=target, allowed=list(CORRECTABLE))
    if not reason.strip():
        raise NoReason()
    record = meeting_record(store, meeting_id)
    if not record.minutes_versions:
        raise NotIssuedYet(meeting=ref(record.meeting))
    confirmer = _confirmer(record, target, target_id, confirmed_by) if confirmed_by else ""
    table, column = CORRECTABLE[target]
    with store.session() as session:
        row = session.get(table, target_id)
        if row is None or not _belongs(session, row, meeting_id):
            raise NotInRecord(meeting=ref(record.meeting), target=target, id=target_id)
        before = getattr(row, column)
        after = text.strip()
        if after == before:
            raise NothingToCorrect()
        setattr(row, column, after)
        entry = MinutesCorrection(
            meeting_id=meeting_id,
            version=_version_after(record),
            target=target,
            target_id=target_id,
            before=before,
            after=after,
            asked_by=asked_by.strip(),
            reason=reason.strip(),
            changes_meaning=changes_meaning,
            confirmed_by=confirmer,
            confirmed_on=(confirmed_on or now.date()) if confirmer else None,
            recorded_at=now.replace(microsecond=0),
        )
        session.add(entry)
        session.flush()
        return _read_back(session, entry)


@touches(SESSIONS)
def confirm_correction(
    store: Database, meeting_id: int, correction_id: int, by: str, on: date
) -> CorrectionRecord:
    """Record that the speaker or chair ``by`` confirmed a correction on ``on``."""
    record = meeting_record(store, meeting_id)
    with store.session() as session:
        entry = session.get(MinutesCorrection, correction_id)
        if entry is None or entry.meeting_id != meeting_id:
            raise NoSuchCorrection(id=correction_id, meeting=ref(record.meeting))
        entry.confirmed_by = _confirmer(record, entry.target, entry.target_id, by)
        entry.confirmed_on = on
        session.flush()
        return _read_back(session, entry)


def _read_back(session: Session, entry: MinutesCorrection) -> CorrectionRecord:
    """The correction as written, read as every reader reads it."""
    found = read_corrections(session.connection(), entry.meeting_id)
    return next(c for c in found if c.id == entry.id)


def _belongs(session: Any, row: Any, meeting_id: int) -> bool:
    """Whether a remark, decision, action item or agenda item is of this meeting."""
    if isinstance(row, ActionItem | AgendaItem):
        return bool(row.meeting_id == meeting_id)
    item = session.get(AgendaItem, row.agenda_item_id)
    return item is not None and item.meeting_id == meeting_id


def unconfirmed_meanings(
    record: MeetingRecord, found: list[CorrectionRecord]
) -> list[CorrectionRecord]:
    """Corrections of the coming version that change meaning and are not confirmed."""
    version = _version_after(record)
    return [c for c in found if c.version == version and c.changes_meaning and not c.confirmed_by]
