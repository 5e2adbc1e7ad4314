"""Minutes and the other meeting documents as files (PDF, the record; DOCX and HWPX,
editable copies); issuing, locking and correcting the minutes.

Every file is written whole or not at all: rendered in memory, written to a temporary
file beside the target, then renamed over it. Issuing stores the SHA-256 of exactly the
bytes written, so a copy can later be checked against the register.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from gsmeet.domain.changes import SESSIONS
from gsmeet.domain.dates import format_date
from gsmeet.domain.enums import MeetingStatus, Thing
from gsmeet.domain.errors import (
    DatabaseError,
    GsmeetError,
    InvalidInputError,
    NoSuchRecord,
)
from gsmeet.domain.files import reason
from gsmeet.domain.labels import Lang
from gsmeet.domain.records import MeetingRecord, MeetingSummary, MinutesVersionRecord
from gsmeet.report import RenderOptions, RenderReport, render_minutes
from gsmeet.report.agenda import agenda_document
from gsmeet.report.document import Document
from gsmeet.report.formats import format_of, write_document
from gsmeet.report.minutes import minutes_document
from gsmeet.report.packet import packet_document
from gsmeet.report.signin import signin_document
from gsmeet.report.words import word
from gsmeet.services.changes import touches
from gsmeet.services.files import stage, writable_target, write_atomically
from gsmeet.services.meetings import meeting_record, open_actions_before
from gsmeet.services.records import summary
from gsmeet.services.store import Database
from gsmeet.storage.models import Meeting, MinutesVersion


class NotIssued(GsmeetError):
    text = "Meeting {number} ({on}): its minutes have not been issued"


class MinutesOfUnheld(GsmeetError):
    text = "Meeting {number} ({on}) has not been held; its minutes cannot be issued"


class CorrectionNeedsChanges(InvalidInputError):
    text = (
        "Meeting {number} ({on}): its minutes were issued before; say what this correction "
        "changes (--changes)"
    )


class IssuedButNotInPlace(GsmeetError):
    text = (
        "{path}: version {version} was issued but the file could not be renamed into place "
        "({reason}); it is at {staged}"
    )


class ChangedWhileIssuing(GsmeetError):
    text = "Meeting {number} ({on}) changed while issuing; try again"


class IssueFailed(DatabaseError):
    text = "Issuing the minutes failed; nothing was issued"


_HELD = (MeetingStatus.HELD, MeetingStatus.MINUTES_ISSUED)


def _target(out: Path, store: Database) -> Path:
    """``out``, if a file can be written there (:func:`~gsmeet.services.files.writable_target`)."""
    return writable_target(out, store.location)


def _render(render: Callable[[io.BytesIO], RenderReport]) -> tuple[bytes, RenderReport]:
    buffer = io.BytesIO()
    report = render(buffer)
    return buffer.getvalue(), report


def _written_on(record: MeetingRecord, chosen: date | None) -> date:
    """작성일: the day the printed version was issued; for a draft the day the secretary
    chose, today when none."""
    if record.meeting.status is MeetingStatus.MINUTES_ISSUED and record.minutes_versions:
        return record.minutes_versions[-1].issued_at.date()
    return chosen or date.today()


def _write(document: Document, out: Path, fmt: str | None, options: RenderOptions) -> RenderReport:
    """``document`` written to ``out`` whole, in the format asked for or named by ``out``."""
    data = io.BytesIO()
    report = write_document(document, format_of(out, fmt), data, options.body_font)
    write_atomically(out, data.getvalue(), private=True)
    return report


def _authoritative(record: MeetingRecord, lang: Lang) -> str:
    """The first line of an editable copy of issued minutes: the issued PDF is the record."""
    if record.meeting.status is not MeetingStatus.MINUTES_ISSUED or not record.minutes_versions:
        return ""
    latest = record.minutes_versions[-1]
    issued = format_date(latest.issued_at.date(), lang, weekday=False)
    return word("authoritative", lang, date=issued, n=latest.version, sha=latest.sha256[:12])


def write_minutes(
    store: Database,
    meeting_id: int,
    out: Path,
    *,
    lang: Lang = "ko",
    public: bool = False,
    fmt: str | None = None,
    written_on: date | None = None,
) -> RenderReport:
    """Write a meeting's minutes to ``out`` (replaced atomically) as PDF, DOCX or HWPX
    (``fmt``, else by the file's name). Until the minutes are issued every page carries
    the draft watermark; ``written_on`` is a draft's 작성일 (today when not given).
    ``public``: names of members who are not public officials are masked. An editable
    copy of issued minutes says first that the issued PDF is the record. Raises
    :class:`GsmeetError` naming ``out`` when it cannot be written."""
    out = _target(out, store)
    format_of(out, fmt)  # a wrong name is said before anything is read
    record = meeting_record(store, meeting_id)
    options = RenderOptions(
        lang=lang,
        draft=record.meeting.status is not MeetingStatus.MINUTES_ISSUED,
        public=public,
        written_on=_written_on(record, written_on),
        authoritative="" if format_of(out, fmt) == "pdf" else _authoritative(record, lang),
    )
    return _write(minutes_document(record, options), out, fmt, options)


def write_agenda(
    store: Database, meeting_id: int, out: Path, *, lang: Lang = "ko", fmt: str | None = None
) -> RenderReport:
    """Write the agenda packet (overview, running order with planned times, presenters,
    open actions to be reviewed) to ``out``."""
    out = _target(out, store)
    format_of(out, fmt)
    record = meeting_record(store, meeting_id)
    actions = open_actions_before(store, meeting_id)
    options = RenderOptions(lang=lang, draft=False)
    return _write(agenda_document(record, options, actions), out, fmt, options)


def write_signin_sheet(
    store: Database, meeting_id: int, out: Path, *, lang: Lang = "ko", fmt: str | None = None
) -> RenderReport:
    """Write the attendance sign-in sheet (서명부) to ``out``, for printing."""
    out = _target(out, store)
    format_of(out, fmt)
    record = meeting_record(store, meeting_id)
    options = RenderOptions(lang=lang, draft=False)
    return _write(signin_document(record, options), out, fmt, options)


def write_packet(
    store: Database,
    meeting_id: int,
    strategy_id: int,
    out: Path,
    *,
    lang: Lang = "ko",
    fmt: str | None = None,
) -> RenderReport:
    """Write the packet for the chair of one strategy's sub-committee to ``out``: the
    strategy's actions and its status table."""
    out = _target(out, store)
    format_of(out, fmt)
    record = meeting_record(store, meeting_id)
    actions = open_actions_before(store, meeting_id)
    options = RenderOptions(lang=lang, draft=False)
    return _write(packet_document(record, strategy_id, options, actions), out, fmt, options)


def _meeting(session: Session, meeting_id: int) -> Meeting:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        raise NoSuchRecord(what=Thing.MEETING, id=meeting_id)
    return meeting


@touches(SESSIONS)
def reopen_for_correction(store: Database, meeting_id: int) -> MeetingSummary:
    """Unlock a meeting whose minutes were issued (status back to held), keeping the
    issued versions; :func:`issue_minutes` with ``changes`` then makes the next one."""
    with store.session() as session:
        meeting = _meeting(session, meeting_id)
        if meeting.status is not MeetingStatus.MINUTES_ISSUED:
            raise NotIssued(number=meeting.number, on=meeting.held_on)
        meeting.status = MeetingStatus.HELD
        return summary(meeting)


@touches(SESSIONS)
def issue_minutes(
    store: Database, meeting_id: int, out: Path, *, lang: Lang = "ko", changes: str = ""
) -> MinutesVersionRecord:
    """Issue a held meeting's minutes: the final PDF (no watermark) is written to
    ``out``, its SHA-256 and version number are recorded, and the meeting is locked.

    Issuing again after issue (directly, or after :func:`reopen_for_correction`) is a
    correction: ``changes`` must say what changed; it becomes version N+1 and is printed
    on it. The PDF is rendered and staged first, then the database is committed, then the
    file is renamed into place, so a failure leaves either no new version or a complete one.
    """
    out = _target(out, store)
    record = meeting_record(store, meeting_id)
    meeting, versions = record.meeting, record.minutes_versions
    if meeting.status not in _HELD:
        raise MinutesOfUnheld(number=meeting.number, on=meeting.held_on)
    changes = changes.strip()
    if versions and not changes:
        raise CorrectionNeedsChanges(number=meeting.number, on=meeting.held_on)
    version = versions[-1].version + 1 if versions else 1
    issued_at = datetime.now().replace(microsecond=0)
    options = RenderOptions(
        lang=lang,
        draft=False,
        version=version,
        changes=changes,
        written_on=issued_at.date(),
        created=issued_at,
    )
    data, _report = _render(lambda target: render_minutes(record, target, options))
    entry = MinutesVersionRecord(
        version=version,
        issued_at=issued_at,
        sha256=hashlib.sha256(data).hexdigest(),
        changes=changes,
    )
    staged = stage(out, data, private=True)
    try:
        _record_issue(store, meeting_id, meeting.status, entry)
    except BaseException:
        with contextlib.suppress(OSError):
            staged.unlink()
        raise
    try:
        os.replace(staged, out)
    except OSError as error:
        raise IssuedButNotInPlace(
            path=out, version=entry.version, reason=reason(error), staged=staged
        ) from None
    return entry


def _record_issue(
    store: Database, meeting_id: int, status: MeetingStatus, entry: MinutesVersionRecord
) -> None:
    try:
        with store.session() as session:
            meeting = _meeting(session, meeting_id)
            latest = session.scalar(
                select(func.max(MinutesVersion.version)).where(
                    MinutesVersion.meeting_id == meeting_id
                )
            )
            # Someone else issued or edited in the meantime: the rendered file is stale.
            if meeting.status is not status or (latest or 0) != entry.version - 1:
                raise ChangedWhileIssuing(number=meeting.number, on=meeting.held_on)
            session.add(
                MinutesVersion(
                    meeting_id=meeting_id,
                    version=entry.version,
                    issued_at=entry.issued_at,
                    sha256=entry.sha256,
                    changes=entry.changes,
                )
            )
            meeting.status = MeetingStatus.MINUTES_ISSUED
    except SQLAlchemyError as error:
        raise IssueFailed(detail=error.__class__.__name__) from None
