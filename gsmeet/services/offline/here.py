"""Whether a session may be edited in this database: not on the server while it is out
on a laptop; in the laptop's copy, only the session that was taken (the others are
edited on the server), and not once it was brought back.

Every service that edits a session's record asks :func:`ensure_here` (through
services.live.common.get_meeting and place_of, the agenda, the session edits); the
registers stay editable on both sides (their conflicts are resolved at the check-in).
"""

from __future__ import annotations

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from gsmeet.domain.errors import LockedError
from gsmeet.domain.offline import CheckedOut
from gsmeet.domain.sessions import SessionRef
from gsmeet.services.records import session_ref
from gsmeet.storage.models import Checkout, Meeting


class SessionIsOut(LockedError):
    text = (
        "{meeting} was taken offline by {holder} on {host} at {taken_at} (to {file}); it "
        "is recorded there until it is brought back ('gsmeet checkin', or File ▸ Bring "
        "session back… in the window)"
    )


class NotInThisCopy(LockedError):
    text = (
        "This file is a copy of {meeting} taken offline from {source}; other sessions "
        "are edited there"
    )


class CopyBroughtBack(LockedError):
    text = (
        "{meeting} in this copy was brought back to {source} at {returned_at}; it is "
        "recorded there now"
    )


def ensure_here(session: Session, meeting_id: int) -> None:
    """Raise when the session ``meeting_id`` may not be edited in this database (one
    small query: the table holds a row per checkout)."""
    rows = session.execute(
        select(Checkout).where(or_(Checkout.returned_at.is_(None), Checkout.copy))
    ).scalars()
    for row in rows:
        if row.copy:
            if row.meeting_id != meeting_id:
                raise NotInThisCopy(meeting=_ref(session, row.meeting_id), source=row.source)
            if row.returned_at is not None:
                raise CopyBroughtBack(
                    meeting=_ref(session, meeting_id),
                    source=row.source,
                    returned_at=row.returned_at,
                )
        elif row.meeting_id == meeting_id:
            raise SessionIsOut(
                meeting=_ref(session, meeting_id),
                holder=row.holder,
                host=row.host,
                taken_at=row.taken_at,
                file=row.file,
            )


def checked_out(session: Session) -> dict[int, CheckedOut]:
    """The sessions out on a laptop now, by meeting id (the session list's mark)."""
    rows = session.scalars(
        select(Checkout).where(Checkout.returned_at.is_(None), Checkout.copy.is_(False))
    )
    return {row.meeting_id: record(session, row) for row in rows}


def record(session: Session, row: Checkout) -> CheckedOut:
    return CheckedOut(
        meeting_id=row.meeting_id,
        meeting=_ref(session, row.meeting_id),
        holder=row.holder,
        host=row.host,
        file=row.file,
        source=row.source,
        taken_at=row.taken_at,
        token=row.token,
    )


def _ref(session: Session, meeting_id: int) -> SessionRef:
    return session_ref(session.get_one(Meeting, meeting_id))
