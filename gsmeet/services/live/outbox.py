"""What the live screen of a server database records — the entries typed (remarks,
decisions, action items) and the attendance marks — reaches the server exactly once,
whatever happens to the connection (issue 13, a lost connection).

Each entry is first kept in this computer's outbox (:mod:`gsmeet.storage.outbox`;
synced to the disk before the screen says it is not on the server), then sent
(:func:`send_entry`); the server's row keeps the entry's identity (``uid``). When the
connection is lost the entry stays in the outbox and the screen shows it as not yet on
the server; :func:`send_kept` sends what is kept, oldest first, when the connection is
back (the screen retries by itself) or at the next start.
An entry is sent only after every older one: one kept while others wait is not sent
ahead of them. One whose first sending reached the server but whose answer was lost is
recognised by its uid and not stored twice (:func:`~.entries.add_entry`). One the
server refuses for good (its session was ended and its minutes issued meanwhile, say)
leaves the outbox and comes back to the screen with the reason, as a refused entry
always does; it is never retried forever.

A file database needs none of this: its commit is on this computer's disk already, and
the live screen sends to it directly.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from gsmeet.domain.enums import AttendanceStatus
from gsmeet.domain.errors import DatabaseError, GsmeetError

if TYPE_CHECKING:
    from gsmeet.domain.entry import EntryResult
    from gsmeet.domain.live import AttendanceChange
    from gsmeet.domain.locations import Location
    from gsmeet.services.store import Database
    from gsmeet.storage.outbox import Unsent

ENTRY = "entry"  # what was typed in the remark entry (services.live.entries.add_entry)
CHECK_IN = "check_in"  # an attendance mark (services.live.attendance.check_in)


class NotYetOnServer(DatabaseError):
    """The entry is kept on this computer and will be sent when the server answers."""

    text = (
        "The server does not answer: the entry is kept on this computer "
        "({count} not yet on the server) and sent when the connection is back"
    )


class OutboxBook(Protocol):
    """The outbox file, open (:class:`gsmeet.storage.outbox.Outbox`)."""

    def keep(
        self,
        database: Location,
        meeting_id: int,
        uid: str,
        kind: str,
        payload: dict[str, Any],
        *,
        now: datetime | None = None,
    ) -> int: ...

    def unsent(self, database: Location) -> list[Unsent]: ...

    def count(self, database: Location) -> int: ...

    def sent(self, uid: str) -> None: ...

    def secure(self) -> None: ...

    def close(self) -> None: ...


def open_outbox(drafts: Path | None = None) -> OutboxBook:
    """The outbox beside the drafts file ``drafts`` (by default in the data folder)."""
    from gsmeet.storage.outbox import open_outbox as open_file

    return open_file(drafts)


@dataclass(frozen=True, slots=True)
class Sent:
    uid: str
    result: Any  # what the service returned (an EntryResult, an AttendanceChange)


@dataclass(frozen=True, slots=True)
class Refused:
    """An entry the server refused for good, taken out of the outbox."""

    uid: str
    text: str
    problem: GsmeetError


@dataclass(frozen=True, slots=True)
class Flushed:
    """What :func:`send_kept` did: sent and refused in order; ``left`` still kept
    (the server stopped answering: ``lost``)."""

    sent: tuple[Sent, ...] = ()
    refused: tuple[Refused, ...] = ()
    left: int = 0
    lost: GsmeetError | None = None


def send_entry(
    store: Database,
    book: OutboxBook,
    meeting_id: int,
    item_id: int,
    text: str,
    *,
    speaker_id: int | None,
    now: datetime,
    uid: str,
) -> EntryResult:
    """What was typed in the remark entry (:func:`~.entries.add_entry`), through the
    outbox (:func:`send`)."""
    payload = {
        "meeting_id": meeting_id,
        "item_id": item_id,
        "text": text,
        "speaker_id": speaker_id,
        "at": now.isoformat(),
    }
    result: EntryResult = send(store, book, meeting_id, ENTRY, payload, uid=uid)
    return result


def send_check_in(
    store: Database,
    book: OutboxBook,
    meeting_id: int,
    person_id: int,
    *,
    status: AttendanceStatus,
    now: datetime,
    reason: str,
    proxy_name: str,
    uid: str,
) -> AttendanceChange:
    """A check-in (:func:`~.attendance.check_in`), through the outbox (:func:`send`).
    Sent twice it changes nothing the second time: someone present stays so, with
    the arrival time first recorded."""
    payload = {
        "meeting_id": meeting_id,
        "person_id": person_id,
        "status": status.value,
        "at": now.isoformat(),
        "reason": reason,
        "proxy_name": proxy_name,
    }
    change: AttendanceChange = send(store, book, meeting_id, CHECK_IN, payload, uid=uid)
    return change


def send(
    store: Database,
    book: OutboxBook,
    meeting_id: int,
    kind: str,
    payload: dict[str, Any],
    *,
    uid: str,
) -> Any:
    """Keep the edit, then send it unless older ones wait: what the service returned.
    Raises :class:`NotYetOnServer` when it stays kept, or the server's refusal (then it
    is not kept either: the screen gives it back)."""
    where = store.location
    book.keep(where, meeting_id, uid, kind, payload)
    waiting = book.count(where)
    if waiting > 1:  # older entries first: the screen's retry sends them all in order
        book.secure()
        raise NotYetOnServer(server=where, count=waiting)
    try:
        result = _send(store, kind, payload, uid)
    except GsmeetError as problem:
        if _passing(problem):
            book.secure()  # on the disk before the screen says "not yet on the server"
            raise NotYetOnServer(server=where, count=book.count(where)) from problem
        book.sent(uid)  # refused for good: nothing of it is on the server
        raise
    book.sent(uid)
    return result


def send_kept(store: Database, book: OutboxBook) -> Flushed:
    """Send what the outbox keeps for this database, oldest first, until the server
    stops answering."""
    sent: list[Sent] = []
    refused: list[Refused] = []
    where = store.location
    for kept in book.unsent(where):
        try:
            result = _send(store, kept.kind, kept.payload, kept.uid)
        except GsmeetError as problem:
            if _passing(problem):
                return Flushed(tuple(sent), tuple(refused), book.count(where), problem)
            book.sent(kept.uid)
            refused.append(Refused(kept.uid, str(kept.payload.get("text", "")), problem))
            continue
        book.sent(kept.uid)
        sent.append(Sent(kept.uid, result))
    return Flushed(tuple(sent), tuple(refused))


def send_left_over(store: Database) -> Flushed | None:
    """At the window's start on a server database: send what an earlier run left in
    the outbox (in the data folder) for it — before anything reads the session, so
    that its minutes, exports and screens have it. None when nothing was left. A
    problem with the outbox never stops the database from opening: the live screen
    tries again when it opens."""
    from gsmeet.storage.outbox import outbox_path

    if not outbox_path().exists():
        return None
    try:
        book = open_outbox()
        try:
            return send_kept(store, book) if book.count(store.location) else None
        finally:
            book.close()
    except GsmeetError:
        return None


def _passing(problem: GsmeetError) -> bool:
    """A problem that passes (the connection, a moment's contention): try again later."""
    from gsmeet.storage.refusals import ConnectionLost, ServerBusy

    return isinstance(problem, ConnectionLost | ServerBusy)


def _send(store: Database, kind: str, payload: dict[str, Any], uid: str) -> Any:
    at = datetime.fromisoformat(payload["at"])
    if kind == ENTRY:
        from gsmeet.services.live.entries import add_entry

        return add_entry(
            store,
            payload["meeting_id"],
            payload["item_id"],
            payload["text"],
            speaker_id=payload["speaker_id"],
            now=at,
            uid=uid,
        )
    if kind == CHECK_IN:
        from gsmeet.services.live.attendance import check_in

        return check_in(
            store,
            payload["meeting_id"],
            payload["person_id"],
            status=AttendanceStatus(payload["status"]),
            now=at,
            reason=payload["reason"],
            proxy_name=payload["proxy_name"],
        )
    raise UnknownKeptEntry(kind=kind)  # written by a newer gsmeet


class UnknownKeptEntry(DatabaseError):
    text = "An entry kept on this computer is of a kind this gsmeet does not know ({kind})"
