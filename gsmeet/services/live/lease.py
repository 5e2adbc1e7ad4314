"""One operator per live session on a shared database (issue 13): the live screen that
runs a session holds its lease — taken when it opens the session, renewed while it
runs, given back when it closes. Another screen that opens the same session is told
who has it (and watches, read-only); a lease left behind by a crashed screen or a lost
laptop goes stale after :data:`STALE_AFTER` without renewal, and is taken over only
when asked for, naming the screen that had it.

Each screen is one ``token`` (random, its own); the lease row says who (the server's
role), on which computer, since when, renewed when.
"""

from __future__ import annotations

import os
import socket
from datetime import datetime, timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from gsmeet.domain.errors import LockedError
from gsmeet.domain.live import LeaseHolder
from gsmeet.services.live.common import get_meeting
from gsmeet.services.store import ChangeListener, Database
from gsmeet.storage import engines
from gsmeet.storage.models import LiveLease

RENEW_EVERY = timedelta(seconds=15)  # how often a running screen renews its lease
STALE_AFTER = timedelta(seconds=90)  # unrenewed this long: its screen is gone


class RunElsewhere(LockedError):
    text = (
        "Meeting no. {number} is being run live by {holder} on {host} (since {since}); "
        "this screen shows it read-only"
    )


class LeftRunning(LockedError):
    text = (
        "Meeting no. {number} was last run live by {holder} on {host}, with no sign of "
        "that screen since {renewed}; take it over if that screen is closed"
    )


class TakenOver(LockedError):
    text = (
        "Meeting no. {number} was taken over by {holder} on {host} at {since}; "
        "this screen shows it read-only now"
    )


def holder_of(store: Database, meeting_id: int, *, now: datetime) -> LeaseHolder | None:
    """Who holds the lease of ``meeting_id`` (stale or not), or None."""
    with store.session() as session:
        row = session.get(LiveLease, meeting_id)
        return None if row is None else _holder(row, now)


def take_lease(
    store: Database, meeting_id: int, token: str, *, now: datetime, take_over: bool = False
) -> LeaseHolder:
    """Take (or, for the screen that has it, keep) the lease of ``meeting_id``. Held by
    another screen: :class:`RunElsewhere` while it renews, :class:`LeftRunning` once
    it stopped — unless ``take_over`` (the person chose to, having read who had it)."""
    for _attempt in range(2):  # two screens taking a free lease at once: one wins
        try:
            with store.session() as session:
                return _take(session, meeting_id, token, now=now, take_over=take_over)
        except IntegrityError:
            continue
    with store.session() as session:
        return _take(session, meeting_id, token, now=now, take_over=take_over)


def _take(
    session: Session, meeting_id: int, token: str, *, now: datetime, take_over: bool
) -> LeaseHolder:
    meeting = get_meeting(session, meeting_id, editing=False)
    row = session.get(LiveLease, meeting_id, with_for_update=True)
    if row is not None and row.token != token and not take_over:
        held = _holder(row, now)
        if held.stale:
            raise LeftRunning(
                number=meeting.number, holder=held.holder, host=held.host, renewed=held.renewed_at
            )
        raise RunElsewhere(
            number=meeting.number, holder=held.holder, host=held.host, since=held.taken_at
        )
    who, host = engines.who(session), socket.gethostname()
    if row is None:
        row = LiveLease(meeting_id=meeting_id, taken_at=now)
        session.add(row)
    elif row.token != token:
        row.taken_at = now
    row.holder, row.host, row.pid, row.token, row.renewed_at = who, host, os.getpid(), token, now
    session.flush()
    return _holder(row, now)


def renew_lease(store: Database, meeting_id: int, token: str, *, now: datetime) -> None:
    """Say this screen is still there; :class:`TakenOver` when another took the lease."""
    with store.session() as session:
        mine = session.scalars(
            update(LiveLease)
            .where(LiveLease.meeting_id == meeting_id, LiveLease.token == token)
            .values(renewed_at=now)
            .returning(LiveLease.meeting_id)
        ).all()
        if mine:
            return
        row = session.get(LiveLease, meeting_id)
        if row is None:  # given back meanwhile (never by this screen): take it again
            session.add(
                LiveLease(
                    meeting_id=meeting_id,
                    holder=engines.who(session),
                    host=socket.gethostname(),
                    pid=os.getpid(),
                    token=token,
                    taken_at=now,
                    renewed_at=now,
                )
            )
            return
        number = get_meeting(session, meeting_id, editing=False).number
        raise TakenOver(number=number, holder=row.holder, host=row.host, since=row.taken_at)


def release_lease(store: Database, meeting_id: int, token: str) -> None:
    """Give the lease back (the screen closes); nothing if it is not this screen's."""
    with store.session() as session:
        session.execute(
            delete(LiveLease).where(LiveLease.meeting_id == meeting_id, LiveLease.token == token)
        )


def leases(store: Database, *, now: datetime) -> dict[int, LeaseHolder]:
    """Every session's lease holder, by meeting id (the session list's "live on …")."""
    with store.session() as session:
        return {row.meeting_id: _holder(row, now) for row in session.scalars(select(LiveLease))}


def listen(store: Database) -> ChangeListener | None:
    """A connection of its own that hears of every change committed to ``store`` as it
    commits, for a screen that watches a session another one runs; None for a file
    (no other screen writes it)."""
    from gsmeet.storage.server import ServerStore

    return store.listen() if isinstance(store, ServerStore) else None


def _holder(row: LiveLease, now: datetime) -> LeaseHolder:
    return LeaseHolder(
        holder=row.holder,
        host=row.host,
        taken_at=row.taken_at,
        renewed_at=row.renewed_at,
        stale=now - row.renewed_at > STALE_AFTER,
    )
