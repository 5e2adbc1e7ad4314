"""A session's documents as files: the minutes (PDF, the record; DOCX and HWPX, editable
copies), the agenda packet, the sign-in sheet and the packets, each showing the
session as it stood then.

For issued minutes the file is the issued one: the kept bytes themselves for the PDF
in the language it was issued in (checked against the SHA-256 recorded at issue), and
every other variant (English, public, editable) made again from the record kept with
it, so each is the same every time. Every file is written whole or not at all.
"""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from pathlib import Path

from gsmeet.domain.dates import format_date
from gsmeet.domain.enums import MeetingStatus
from gsmeet.domain.labels import Lang
from gsmeet.domain.records import MeetingRecord, MinutesVersionRecord
from gsmeet.report.agenda import agenda_document
from gsmeet.report.document import Document
from gsmeet.report.formats import format_of, write_document
from gsmeet.report.minutes import minutes_document
from gsmeet.report.model import RenderOptions, RenderReport
from gsmeet.report.packet import packet_document
from gsmeet.report.signin import signin_document
from gsmeet.report.words import word
from gsmeet.services.files import writable_target, write_atomically
from gsmeet.services.minutes.errata import errata_for
from gsmeet.services.minutes.versions import NotKept, chosen_version, kept_file
from gsmeet.services.record import Reader, meeting_record, ref
from gsmeet.services.store import Database


def target(out: Path, store: Reader) -> Path:
    """``out``, if a file can be written there (:func:`~gsmeet.services.files.writable_target`)."""
    return writable_target(out, store.location)


def _write(document: Document, out: Path, fmt: str | None, options: RenderOptions) -> RenderReport:
    """``document`` written to ``out`` whole, in the format asked for or named by ``out``."""
    data = io.BytesIO()
    report = write_document(document, format_of(out, fmt), data, options.body_font)
    write_atomically(out, data.getvalue(), private=True)
    return report


def authoritative(version: MinutesVersionRecord, lang: Lang) -> str:
    """The first line of an editable copy of issued minutes: the issued PDF is the record."""
    issued = format_date(version.issued_at.date(), lang, weekday=False)
    return word("authoritative", lang, date=issued, n=version.version, sha=version.sha256[:12])


def issued_options(
    version: MinutesVersionRecord, lang: Lang, *, public: bool = False
) -> RenderOptions:
    """How an issued version is rendered: final, its number and changes, dated the day it
    was issued, the file dated the moment it was."""
    return RenderOptions(
        lang=lang,
        draft=False,
        public=public,
        version=version.version,
        changes=version.changes,
        written_on=version.issued_at.date(),
        created=version.issued_at,
    )


def write_minutes(
    store: Reader,
    meeting_id: int,
    out: Path,
    *,
    lang: Lang = "ko",
    public: bool = False,
    fmt: str | None = None,
    written_on: date | None = None,
    version: int | None = None,
    next_version: bool = False,
) -> RenderReport:
    """Write a meeting's minutes to ``out`` (replaced atomically) as PDF, DOCX or HWPX
    (``fmt``, else by the file's name).

    Issued minutes are the issued version (``version``, else the latest): the kept file
    itself, or a variant made from the record kept with it; an editable copy says first
    that the issued PDF is the record. A draft carries the 초안 watermark on every page
    and ``written_on`` as its 작성일 (today when not given); for minutes reopened for
    correction it is the draft of the next version, with its errata; ``next_version``
    asks for that draft while the last version is still issued (corrections recorded on
    it). ``public``: names of members who are not public officials are masked. Raises a
    one-line error naming ``out`` when it cannot be written."""
    out = target(out, store)
    chosen = format_of(out, fmt)  # a wrong name is said before anything is read
    record = meeting_record(store, meeting_id)
    issued = record.meeting.status is MeetingStatus.MINUTES_ISSUED
    if version is not None or (issued and not next_version):
        return _write_issued(store, record, out, chosen, lang=lang, public=public, number=version)
    options = RenderOptions(
        lang=lang, draft=True, public=public, written_on=written_on or date.today()
    )
    if record.minutes_versions:  # reopened for correction: the next version's draft
        latest = record.minutes_versions[-1]
        options = replace(options, version=latest.version + 1, changes="")
    errata = errata_for(store, record, options.version) if options.version else ()
    options = replace(options, errata=errata)
    return _write(minutes_document(record, options), out, chosen, options)


def _write_issued(
    store: Reader,
    record: MeetingRecord,
    out: Path,
    fmt: str,
    *,
    lang: Lang,
    public: bool,
    number: int | None,
) -> RenderReport:
    version = chosen_version(record, number)
    kept = kept_file(store, record, version.version)
    if kept is not None and fmt == "pdf" and lang == version.lang and not public:
        write_atomically(out, kept.content, private=True)
        return RenderReport(pages=None)
    options = issued_options(version, lang, public=public)
    if fmt != "pdf":
        options = replace(options, authoritative=authoritative(version, lang))
    notices: tuple[NotKept, ...] = ()
    if kept is not None:
        source = kept.record()
    else:  # issued before files were kept: made again from the record as it stands
        source = record
        notices = (
            NotKept(meeting=ref(record.meeting), version=version.version, sha=version.sha256),
        )
    errata = errata_for(store, source, version.version, version.changes)
    options = replace(options, errata=errata)
    report = _write(minutes_document(source, options), out, fmt, options)
    return replace(report, notices=notices)


def write_agenda(
    store: Database, meeting_id: int, out: Path, *, lang: Lang = "ko", fmt: str | None = None
) -> RenderReport:
    """Write the agenda packet (overview, running order with planned times, presenters,
    the actions open as the session began) to ``out``."""
    out = target(out, store)
    format_of(out, fmt)

    from gsmeet.services.meetings import open_actions_before  # (the ORM's)

    record = meeting_record(store, meeting_id)
    actions = open_actions_before(store, meeting_id)
    options = RenderOptions(lang=lang, draft=False)
    return _write(agenda_document(record, options, actions), out, fmt, options)


def write_signin_sheet(
    store: Reader, meeting_id: int, out: Path, *, lang: Lang = "ko", fmt: str | None = None
) -> RenderReport:
    """Write the attendance sign-in sheet (서명부) to ``out``, for printing."""
    out = target(out, store)
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
    strategy's actions and its status table, as they stood at the session."""
    out = target(out, store)
    format_of(out, fmt)

    from gsmeet.services.meetings import open_actions_before  # (the ORM's)

    record = meeting_record(store, meeting_id)
    actions = open_actions_before(store, meeting_id)
    options = RenderOptions(lang=lang, draft=False)
    return _write(packet_document(record, strategy_id, options, actions), out, fmt, options)
