"""Send a session's minutes (or their public version) to every attendee with an e-mail
address and, with ``packets``, each 분과위원장 their strategy's packet; keep the record
of what was sent to whom with the session; a retry sends only what failed.

Each recipient gets a message of their own (their name in the greeting, their files,
nobody else's address). The files are written by :mod:`gsmeet.services.minutes`, as
they would be saved, and named by :mod:`gsmeet.report.file_names`. Each recipient's
outcome is committed as soon as the server has answered, so a crash or a lost
connection midway leaves the record true for everyone handed over so far.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Collection
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from gsmeet.domain.addresses import is_address
from gsmeet.domain.changes import RECORD
from gsmeet.domain.enums import AttendanceStatus, Delivery, MeetingStatus
from gsmeet.domain.errors import InvalidInputError
from gsmeet.domain.labels import Lang
from gsmeet.domain.limits import limit_of
from gsmeet.domain.mailing import (
    CannotBeWritten,
    DeliveryRecord,
    MailPlan,
    Recipient,
    SendReport,
    keyed,
    still_failing,
)
from gsmeet.domain.records import MeetingRecord, chaired, packets_by_chair
from gsmeet.domain.sessions import SessionRef
from gsmeet.report.file_names import Doc, file_name, minutes_file_name
from gsmeet.services.changes import touches
from gsmeet.services.mail.compose import Attachment, body, message, subject
from gsmeet.services.mail.smtp import Server, connected, hand_over
from gsmeet.services.minutes.documents import write_minutes, write_packet
from gsmeet.services.record import meeting_record
from gsmeet.services.store import Database
from gsmeet.storage.models import MailDelivery

_ATTENDED = (AttendanceStatus.PRESENT, AttendanceStatus.PROXY)


class NobodyToSend(InvalidInputError):
    text = "{meeting}: nobody to send to (no attendee has an e-mail address)"


class NothingFailed(InvalidInputError):
    text = "{meeting}: nothing to retry; every delivery on record went through"


class NotASender(InvalidInputError):
    text = "'{sender}' is not an e-mail address to send from"


def _ref(record: MeetingRecord) -> SessionRef:
    m = record.meeting
    return SessionRef(m.number, m.kind, m.held_on, m.title, m.subcommittee)


def _draft(record: MeetingRecord) -> bool:
    return record.meeting.status is not MeetingStatus.MINUTES_ISSUED


def _minutes_name(record: MeetingRecord, lang: Lang, public: bool) -> str:
    return minutes_file_name(record, lang, public=public)


def _packet_name(record: MeetingRecord, lang: Lang, strategy: str) -> str:
    return file_name(Doc.PACKET, record.committee.name, _ref(record), lang, strategy=strategy)


def plan_for(record: MeetingRecord, *, public: bool, packets: bool, lang: Lang) -> MailPlan:
    """Who gets which files: attendees the minutes, each chair (with ``packets``) the
    packet of their strategy, with the minutes too if they attended."""
    chairs = packets_by_chair(record) if packets else {}
    minutes = _minutes_name(record, lang, public)
    people = {row.person.id: row for row in record.attendance}
    wanted = [p for p, row in people.items() if row.status in _ATTENDED or p in chairs]
    recipients = []
    for person_id in wanted:
        person = people[person_id].person
        attended = people[person_id].status in _ATTENDED
        theirs = tuple(s.name for s in chairs.get(person_id, ()))
        files = ([minutes] if attended else []) + [_packet_name(record, lang, s) for s in theirs]
        recipients.append(
            Recipient(
                person_id=person_id,
                name=person.name,
                role=person.role,
                address=person.email.strip(),
                usable=is_address(person.email),
                minutes=attended,
                packets=theirs,
                files=tuple(files),
            )
        )
    recipients.sort(key=lambda r: (not r.usable, not r.minutes))
    draft = _draft(record)
    line = subject(record, lang, public=public, draft=draft)
    first = next((r for r in recipients if r.usable), None)
    preview = (
        body(record, first.name, list(first.files), lang, draft=draft, packets=first.packets)
        if first is not None
        else ""
    )
    return MailPlan(record.meeting.id, line, tuple(recipients), preview, draft)


def mail_plan(
    store: Database,
    meeting_id: int,
    *,
    public: bool = False,
    packets: bool = False,
    lang: Lang = "ko",
) -> MailPlan:
    return plan_for(meeting_record(store, meeting_id), public=public, packets=packets, lang=lang)


def deliveries(store: Database, meeting_id: int) -> tuple[DeliveryRecord, ...]:
    """The record of the session's documents sent by e-mail, oldest first."""
    with store.session() as session:
        rows = session.scalars(
            select(MailDelivery)
            .where(MailDelivery.meeting_id == meeting_id)
            .order_by(MailDelivery.attempted_at, MailDelivery.id)
        )
        return tuple(_record(row) for row in rows)


def _record(row: MailDelivery) -> DeliveryRecord:
    return DeliveryRecord(
        id=row.id,
        person_id=row.person_id,
        name=row.name,
        address=row.address,
        files=tuple(f for f in row.attachments.splitlines() if f),
        subject=row.subject,
        attempted_at=row.attempted_at,
        status=row.status,
        reply=row.reply,
    )


Progress = Callable[[DeliveryRecord], None]


@touches(RECORD)
def send_documents(
    store: Database,
    meeting_id: int,
    server: Server,
    sender: str,
    *,
    public: bool = False,
    packets: bool = False,
    lang: Lang = "ko",
    only: Collection[int] | None = None,
    retry: bool = False,
    now: Callable[[], datetime] = datetime.now,
    progress: Progress | None = None,
) -> SendReport:
    """Send the documents (see the module) to the usable recipients — ``only`` those
    people, when given; with ``retry`` only those whose latest attempt failed — and
    record each outcome. A problem with the server raises before anything is sent."""
    if not is_address(sender):
        raise NotASender(sender=sender)
    record = meeting_record(store, meeting_id)
    plan = plan_for(record, public=public, packets=packets, lang=lang)
    chosen = [r for r in plan.recipients if r.usable and (only is None or r.person_id in only)]
    name = _ref(record).label(lang)
    if retry:
        failing = still_failing(list(deliveries(store, meeting_id)))
        chosen = [r for r in chosen if (r.person_id, r.address) in failing]
        if not chosen:
            raise NothingFailed(meeting=name)
    if not chosen:
        raise NobodyToSend(meeting=name)
    files = _documents(store, record, chosen, public=public, lang=lang)
    report: list[DeliveryRecord] = []
    with connected(server) as client:
        lost = False
        for recipient in chosen:
            attached = [files[f] for f in recipient.files]
            text = body(
                record, recipient.name, list(recipient.files), lang,
                draft=plan.draft, packets=recipient.packets,
            )  # fmt: skip
            try:
                mail = message(
                    sender,
                    to_name=recipient.name,
                    to_address=recipient.address,
                    subject_line=plan.subject,
                    text=text,
                    attachments=attached,
                )
            except ValueError:  # email's header defects: this recipient only
                mail = None
            if mail is None:
                ok, reply = False, keyed(CannotBeWritten())
            elif lost:
                ok, reply = False, ""
            else:
                handed = hand_over(client, server, mail, recipient.address)
                ok, reply, lost = handed.ok, handed.reply, handed.broken is not None
            done = _keep(
                store,
                meeting_id,
                recipient,
                subject_line=plan.subject,
                sender=sender,
                server=server,
                public=public,
                ok=ok,
                reply="" if ok else reply,
                at=now(),
            )
            report.append(done)
            if progress is not None:
                progress(done)
    return SendReport(tuple(report))


def _documents(
    store: Database, record: MeetingRecord, chosen: list[Recipient], *, public: bool, lang: Lang
) -> dict[str, Attachment]:
    """Every file the chosen recipients get, written once each."""
    packet_of = {_packet_name(record, lang, s.name): s.id for s in chaired(record)}
    found: dict[str, Attachment] = {}
    with tempfile.TemporaryDirectory(prefix="gsmeet-mail-") as folder:
        for name in dict.fromkeys(f for r in chosen for f in r.files):
            path = Path(folder) / "document.pdf"
            if name in packet_of:
                write_packet(store, record.meeting.id, packet_of[name], path, lang=lang, fmt="pdf")
            else:
                write_minutes(store, record.meeting.id, path, lang=lang, public=public)
            found[name] = Attachment(name, path.read_bytes())
    return found


def _keep(
    store: Database,
    meeting_id: int,
    recipient: Recipient,
    *,
    subject_line: str,
    sender: str,
    server: Server,
    public: bool,
    ok: bool,
    reply: str,
    at: datetime,
) -> DeliveryRecord:
    with store.session() as session:
        row = MailDelivery(
            meeting_id=meeting_id,
            person_id=recipient.person_id,
            name=recipient.name,
            address=recipient.address,
            attachments="\n".join(recipient.files),
            subject=subject_line[: limit_of("mail_delivery", "subject")],
            sender=sender,
            server=server.name,
            public=public,
            attempted_at=at.replace(microsecond=0),
            status=Delivery.SENT if ok else Delivery.FAILED,
            reply=reply[: limit_of("mail_delivery", "reply")],  # a server's, never refused
        )
        session.add(row)
        session.flush()
        return _record(row)
