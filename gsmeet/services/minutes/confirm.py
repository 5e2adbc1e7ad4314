"""The chair's confirmation (확인) of a draft before it is issued: who confirmed and on
which day, printed in the sign-off. A confirmation vouches for the record as it was
(its digest is kept): an edit afterwards makes it stale, and the draft is confirmed
again."""

from __future__ import annotations

from datetime import date, datetime

from gsmeet.domain.changes import SESSIONS
from gsmeet.domain.enums import MeetingStatus
from gsmeet.domain.errors import InvalidInputError
from gsmeet.domain.records import ConfirmationRecord
from gsmeet.domain.signoff import confirmers
from gsmeet.domain.snapshot import digest
from gsmeet.services.changes import touches
from gsmeet.services.confirmations import target_version
from gsmeet.services.offline.here import ensure_here
from gsmeet.services.record import meeting_record, ref
from gsmeet.services.store import Database
from gsmeet.storage.models import Meeting, MinutesConfirmation


class NotAConfirmer(InvalidInputError):
    text = "{name} does not confirm the minutes of {meeting}; they are confirmed by {allowed}"


class NoConfirmer(InvalidInputError):
    text = "{meeting} has no chair to confirm its minutes; set the session's chair first"


class NotHeldYet(InvalidInputError):
    text = "{meeting} has not been held; there are no minutes to confirm yet"


class IssuedAlready(InvalidInputError):
    text = (
        "Version {version} of the minutes of {meeting} is issued; record a correction or "
        "reopen it for correction first"
    )


class ConfirmedBeforeHeld(InvalidInputError):
    text = "{on} is before the session ({held_on}): minutes are confirmed after it"


HELD = (MeetingStatus.HELD, MeetingStatus.MINUTES_ISSUED)


@touches(SESSIONS)
def confirm_minutes(
    store: Database, meeting_id: int, by: str, on: date, *, now: datetime
) -> ConfirmationRecord:
    """Record that ``by`` (the chair, a co-chair, or a 분과회의's 분과위원장, by name)
    confirmed the draft of the session's minutes on ``on``."""
    with store.session() as session:
        ensure_here(session, meeting_id)  # (not while it is out on a laptop)
    record = meeting_record(store, meeting_id)
    meeting = record.meeting
    if meeting.status not in HELD:
        raise NotHeldYet(meeting=ref(meeting))
    versions = record.minutes_versions
    issued = versions[-1].version if versions else 0
    with store.session() as session:
        version = target_version(session, session.get_one(Meeting, meeting.id), issued)
    if version == issued:  # issued, and no correction recorded for a next version
        raise IssuedAlready(meeting=ref(meeting), version=issued)
    if on < meeting.held_on:
        raise ConfirmedBeforeHeld(on=on, held_on=meeting.held_on)
    allowed = confirmers(record)
    if not allowed:
        raise NoConfirmer(meeting=ref(meeting))
    wanted = "".join(by.split()).casefold()
    person = next((p for p in allowed if "".join(p.name.split()).casefold() == wanted), None)
    if person is None:
        raise NotAConfirmer(
            name=by.strip(), meeting=ref(meeting), allowed=[p.name for p in allowed]
        )
    with store.session() as session:
        session.add(
            MinutesConfirmation(
                meeting_id=meeting.id,
                version=version,
                person_id=person.id,
                name=person.name,
                confirmed_on=on,
                recorded_at=now.replace(microsecond=0),
                digest=digest(record),
            )
        )
    return ConfirmationRecord(
        name=person.name, person_id=person.id, confirmed_on=on, version=version
    )
