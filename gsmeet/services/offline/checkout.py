"""``gsmeet checkout``: a session and the committee's data copied into a new SQLite
file for a laptop with no network, and the session marked as out where it came from.

The copy holds every row of committee data (the registers, every session: the laptop
shows the history, reviews earlier action items, searches), with the same ids, uids and
versions; only the session taken is edited there (services.offline.here). The mark is
written in the same transaction that reads what is copied, and the file is put in
place before that transaction commits: a failure anywhere leaves no mark and no file.
"""

from __future__ import annotations

import contextlib
import json
import socket
from datetime import datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from gsmeet.domain.errors import InvalidInputError, LockedError
from gsmeet.domain.identity import new_uid
from gsmeet.domain.offline import CheckedOut
from gsmeet.services.admin.transfer import insert_rows
from gsmeet.services.live.common import get_meeting
from gsmeet.services.live.lease import STALE_AFTER
from gsmeet.services.offline.here import record
from gsmeet.services.offline.rows import Snapshot, offline_tables, read_all
from gsmeet.services.records import session_ref
from gsmeet.services.store import Database
from gsmeet.storage import engines
from gsmeet.storage.db import Store
from gsmeet.storage.models import Checkout, LiveLease
from gsmeet.storage.replace import build_then_move


class CopyExists(InvalidInputError):
    text = "{path} exists; name a new file for the copy"


class NoFolderFor(InvalidInputError):
    text = "{path}: no such folder"


class CopyOfACopy(LockedError):
    text = "{path} is itself a session taken offline; bring it back before taking one from it"


class RunLiveNow(LockedError):
    text = (
        "{meeting} is being run live by {holder} on {host}; take it offline once that "
        "screen is closed"
    )


def take_offline(store: Database, meeting_id: int, out: Path, *, now: datetime) -> CheckedOut:
    """Copy the data into the new file ``out`` and mark ``meeting_id`` as out."""
    if out.exists():
        raise CopyExists(path=out)
    if not out.parent.is_dir():
        raise NoFolderFor(path=out)
    placed = False
    try:
        with store.session() as session:
            mark = _mark(session, store, meeting_id, out, now=now)
            snapshot = read_all(session)
            mark.base = json.dumps(snapshot.digests(), separators=(",", ":"))
            session.flush()
            taken = record(session, mark)
            build_then_move(out, lambda laptop: _fill(laptop, snapshot, mark))
            placed = True
    except BaseException:
        if placed:  # the mark was not written: no copy of it either
            with contextlib.suppress(OSError):
                out.unlink()
        raise
    return taken


def _mark(
    session: Session, store: Database, meeting_id: int, out: Path, *, now: datetime
) -> Checkout:
    meeting = get_meeting(session, meeting_id, editing=True)  # (issued, out, or a copy's other)
    if session.scalar(select(Checkout.id).where(Checkout.copy)) is not None:
        raise CopyOfACopy(path=store.location)
    lease = session.get(LiveLease, meeting_id)
    if lease is not None and now - lease.renewed_at < STALE_AFTER:
        raise RunLiveNow(meeting=session_ref(meeting), holder=lease.holder, host=lease.host)
    mark = Checkout(
        token=new_uid(),
        meeting_id=meeting_id,
        copy=False,
        holder=engines.who(session),
        host=socket.gethostname(),
        file=str(out.resolve()),
        source=str(store.location),
        taken_at=now.replace(microsecond=0),
        returned_by="",
    )
    session.add(mark)
    session.flush()
    return mark


def _fill(laptop: Store, snapshot: Snapshot, mark: Checkout) -> None:
    with laptop.session() as session:
        for table in offline_tables():
            if snapshot.rows[table.name]:
                insert_rows(session, table, snapshot.rows[table.name])
        session.add(
            Checkout(
                token=mark.token,
                meeting_id=mark.meeting_id,
                copy=True,
                holder=mark.holder,
                host=mark.host,
                file=mark.file,
                source=mark.source,
                taken_at=mark.taken_at,
                returned_by="",
                base=mark.base,
            )
        )
