"""Issuing the minutes, reopening them for correction, and the temporary files an issue
killed half-way left behind.

Issuing renders the final PDF in memory, then commits in one transaction: the version,
its SHA-256, the file's bytes, the record they were made from, the pages its entries
are on, the session's lock, and the name of the temporary file about to be written.
Only then is the file written beside its target, flushed, renamed into place, and its
name forgotten. Killed before the commit, nothing is issued; killed after it, the
version is issued and ``gsmeet minutes`` writes its file again byte for byte from what
was kept; a temporary file left is removed at the next start (:func:`clean_leftovers`).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.exc import SQLAlchemyError

from gsmeet.domain.changes import SESSIONS
from gsmeet.domain.enums import MeetingStatus, Thing
from gsmeet.domain.errors import DatabaseError, InvalidInputError, NoSuchRecord
from gsmeet.domain.labels import Lang
from gsmeet.domain.records import MeetingRecord, MeetingSummary, MinutesVersionRecord
from gsmeet.domain.signoff import unconfirmed
from gsmeet.domain.snapshot import dumps
from gsmeet.report.minutes import minutes_document
from gsmeet.report.pdf import pdf_bytes
from gsmeet.services.changes import touches
from gsmeet.services.minutes.corrections import unconfirmed_meanings
from gsmeet.services.minutes.documents import issued_options, target
from gsmeet.services.minutes.errata import corrections, errata_for
from gsmeet.services.minutes.leftovers import this_host
from gsmeet.services.offline.here import ensure_here
from gsmeet.services.record import meeting_record, ref
from gsmeet.services.records import summary
from gsmeet.services.store import Database
from gsmeet.storage.models import (
    Meeting,
    MinutesFile,
    MinutesVersion,
    PendingFile,
)

_HELD = (MeetingStatus.HELD, MeetingStatus.MINUTES_ISSUED)


class NotHeldNoMinutes(InvalidInputError):
    text = "{meeting} has not been held; its minutes cannot be issued"


class NotIssued(InvalidInputError):
    text = "{meeting}: its minutes have not been issued"


class SayWhatChanged(InvalidInputError):
    text = (
        "{meeting}: its minutes were issued before; say what this correction changes "
        "(--changes), or record the corrections first"
    )


class NotConfirmed(InvalidInputError):
    text = (
        "The draft of {meeting} is not confirmed by {who} (or it changed since); record the "
        "confirmation first ('gsmeet confirm'), or issue it --unconfirmed"
    )


class MeaningNotConfirmed(InvalidInputError):
    text = (
        "{count} correction(s) change what was said and are not yet confirmed by the speaker "
        "or the chair (corrections {ids}); confirm them first"
    )


class ChangedWhileIssuing(InvalidInputError):
    text = "{meeting} changed while its minutes were being issued; try again"


class IssueFailed(DatabaseError):
    text = "Issuing the minutes failed: {reason}"


class NotPlaced(DatabaseError):
    text = (
        "{path}: version {version} was issued, but its file could not be written there "
        "({reason}); write it again with 'gsmeet minutes --version {version}'"
    )


def _named(meeting: Meeting | MeetingSummary) -> object:
    return ref(summary(meeting) if isinstance(meeting, Meeting) else meeting)


@touches(SESSIONS)
def reopen_for_correction(store: Database, meeting_id: int) -> MeetingSummary:
    """Unlock a meeting whose minutes were issued (status back to held), keeping the
    issued versions; :func:`issue_minutes` then makes the next one."""
    with store.session() as session:
        meeting = session.get(Meeting, meeting_id)
        if meeting is None:
            raise NoSuchRecord(what=Thing.MEETING, id=meeting_id)
        if meeting.status is not MeetingStatus.MINUTES_ISSUED:
            raise NotIssued(meeting=_named(meeting))
        meeting.status = MeetingStatus.HELD
        return summary(meeting)


def check_issuable(
    store: Database, record: MeetingRecord, changes: str, *, unconfirmed_ok: bool
) -> None:
    """Raise what stands in the way of issuing ``record``'s next version."""
    meeting = record.meeting
    if meeting.status not in _HELD:
        raise NotHeldNoMinutes(meeting=_named(meeting))
    found = corrections(store, meeting.id)
    pending = [c for c in found if c.version == _next(record)]
    if record.minutes_versions and not changes.strip() and not pending:
        raise SayWhatChanged(meeting=_named(meeting))
    meanings = unconfirmed_meanings(record, found)
    if meanings:
        raise MeaningNotConfirmed(count=len(meanings), ids=[c.id for c in meanings])
    missing = unconfirmed(record)
    if missing and not unconfirmed_ok:
        raise NotConfirmed(meeting=_named(meeting), who=[p.name for p in missing])


def _next(record: MeetingRecord) -> int:
    versions = record.minutes_versions
    return versions[-1].version + 1 if versions else 1


@touches(SESSIONS)
def issue_minutes(
    store: Database,
    meeting_id: int,
    out: Path | None,
    *,
    lang: Lang = "ko",
    changes: str = "",
    unconfirmed_ok: bool = False,
    issued_at: datetime | None = None,
) -> MinutesVersionRecord:
    """Issue a held meeting's minutes: the final PDF (no watermark) is kept in the
    database with the record it was made from and written to ``out`` (None: only kept),
    its SHA-256 and version number are recorded, and the meeting is locked.

    The draft must be confirmed by those who confirm it (or ``unconfirmed_ok``). Issuing
    again after a correction makes version N+1, which lists every change since N in its
    errata; ``changes`` is the version's note (needed when no correction was recorded).
    See the module's description for what a failure at any point leaves."""
    out = target(out, store) if out is not None else None
    with store.session() as session:
        ensure_here(session, meeting_id)  # (not while it is out on a laptop)
    record = meeting_record(store, meeting_id)
    changes = changes.strip()
    check_issuable(store, record, changes, unconfirmed_ok=unconfirmed_ok)
    when = (issued_at or datetime.now()).replace(microsecond=0)
    entry = MinutesVersionRecord(
        version=_next(record), issued_at=when, sha256="", changes=changes, lang=lang, kept=True
    )
    options = issued_options(entry, lang)
    errata = errata_for(store, record, entry.version, changes)
    options = replace(options, errata=errata)
    data, report = pdf_bytes(minutes_document(record, options), options.body_font)
    entry = MinutesVersionRecord(
        version=entry.version,
        issued_at=when,
        sha256=hashlib.sha256(data).hexdigest(),
        changes=changes,
        lang=lang,
        kept=True,
    )
    staged = out.with_name(f".{out.name}.{secrets.token_hex(6)}.tmp") if out else None
    pending = _record_issue(
        store,
        record,
        entry,
        data=data,
        snapshot=dumps(record),
        pages=dict(report.anchors),
        staged=staged,
    )
    if out is not None and staged is not None:
        _place(out, staged, data, entry.version)
        _forget(store, pending)
    return entry


def _record_issue(
    store: Database,
    record: MeetingRecord,
    entry: MinutesVersionRecord,
    *,
    data: bytes,
    snapshot: str,
    pages: dict[str, int],
    staged: Path | None,
) -> int | None:
    """The one transaction of an issue; the id of the temporary file's row, if any."""
    status = record.meeting.status
    try:
        with store.session() as session:
            meeting = session.get_one(Meeting, record.meeting.id)
            latest = session.scalar(
                select(func.max(MinutesVersion.version)).where(
                    MinutesVersion.meeting_id == meeting.id
                )
            )
            # Someone else issued or edited in the meantime: the rendered file is stale.
            if meeting.status is not status or (latest or 0) != entry.version - 1:
                raise ChangedWhileIssuing(meeting=_named(meeting))
            version = MinutesVersion(
                meeting_id=meeting.id,
                version=entry.version,
                issued_at=entry.issued_at,
                sha256=entry.sha256,
                changes=entry.changes,
                lang=entry.lang,
            )
            session.add(version)
            session.flush()
            session.add(
                MinutesFile(
                    version_id=version.id,
                    content=data,
                    record=snapshot,
                    pages=json.dumps(pages, sort_keys=True),
                )
            )
            meeting.status = MeetingStatus.MINUTES_ISSUED
            if staged is None:
                return None
            pending = PendingFile(
                path=str(staged), host=this_host(), pid=os.getpid(), created_at=entry.issued_at
            )
            session.add(pending)
            session.flush()
            return pending.id
    except SQLAlchemyError as error:
        raise IssueFailed(reason=error.__class__.__name__) from None


def _place(out: Path, staged: Path, data: bytes, version: int) -> None:
    """The issued file written beside ``out``, flushed, renamed over it, the folder
    flushed: once this returns, it is on the disk under its name."""
    try:
        descriptor = os.open(staged, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(staged, out)
        _sync_folder(out.parent)
    except OSError as error:
        with contextlib.suppress(OSError):
            staged.unlink()
        raise NotPlaced(path=out, version=version, reason=error.strerror or str(error)) from None


def _sync_folder(folder: Path) -> None:
    if os.name != "posix":
        return  # Windows has no way to flush a folder; its renames are journaled
    descriptor = os.open(folder if str(folder) else ".", os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _forget(store: Database, pending: int | None) -> None:
    if pending is None:
        return
    with contextlib.suppress(DatabaseError), store.session() as session:
        session.execute(delete(PendingFile).where(PendingFile.id == pending))
