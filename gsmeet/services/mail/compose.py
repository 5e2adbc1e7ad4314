"""The e-mails: a subject and a body in Korean (or English) that say which session and
which files, and the message with its attachments (names encoded as RFC 2231, subject
as RFC 2047 — what Korean mail programs read)."""

from __future__ import annotations

from dataclasses import dataclass, field
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import formatdate, make_msgid

from gsmeet.domain.dates import format_date
from gsmeet.domain.labels import Lang
from gsmeet.domain.records import MeetingRecord
from gsmeet.domain.sessions import session_name


@dataclass(frozen=True, slots=True)
class Attachment:
    name: str
    data: bytes = field(repr=False)


def subject(record: MeetingRecord, lang: Lang, *, public: bool, draft: bool) -> str:
    session = session_name(record.meeting, lang)
    if lang == "ko":
        what = "회의록(안)" if draft else "회의록"
        if public:
            what += "(공개용)"
        return f"[{record.committee.name}] {session} {what} 송부"
    marks = [m for m, on in (("draft", draft), ("public version", public)) if on]
    what = "minutes" + (f" ({', '.join(marks)})" if marks else "")
    return f"[{record.committee.name}] {session}: {what}"


def body(
    record: MeetingRecord,
    name: str,
    files: list[str],
    lang: Lang,
    *,
    draft: bool,
    packets: tuple[str, ...] = (),
    signature: str = "",
) -> str:
    """The letter to ``name``: the session, what is attached, who sends it."""
    meeting = record.meeting
    session = session_name(meeting, lang, committee=record.committee.name)
    day = format_date(meeting.held_on, lang)
    listed = "\n".join(f"  - {f}" for f in files)
    if lang == "ko":
        lines = [f"{name} 님께", ""]
        what = "회의록(안)을 검토하실 수 있도록" if draft else "회의록을"
        place = f", {meeting.place}" if meeting.place else ""
        lines.append(f"{session}({day}{place}) {what} 보내 드립니다.")
        if packets:
            lines.append(f"{', '.join(packets)} 분과 자료도 함께 보내 드립니다.")
        lines += ["", "첨부 파일", listed, ""]
        lines.append(signature or f"{record.committee.name} 드림")
    else:
        lines = [f"Dear {name},", ""]
        what = "the draft minutes, for your review," if draft else "the minutes"
        lines.append(f"Please find attached {what} of the {session} of {day}.")
        if len(packets) == 1:
            lines.append(f"The packet for {packets[0]} is attached as well.")
        elif packets:
            lines.append(f"The packets for {', '.join(packets)} are attached as well.")
        lines += ["", "Attached:", listed, ""]
        lines.append(signature or record.committee.name)
    return "\n".join(lines) + "\n"


def message(
    sender: str,
    *,
    to_name: str,
    to_address: str,
    subject_line: str,
    text: str,
    attachments: list[Attachment],
) -> EmailMessage:
    mail = EmailMessage()
    mail["From"] = sender
    mail["To"] = Address(display_name=to_name, addr_spec=to_address.strip())
    mail["Subject"] = subject_line
    mail["Date"] = formatdate(localtime=True)
    mail["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
    mail.set_content(text)
    for attachment in attachments:
        kind = _kind(attachment.name)
        mail.add_attachment(
            attachment.data, maintype=kind[0], subtype=kind[1], filename=attachment.name
        )
    return mail


def _kind(name: str) -> tuple[str, str]:
    suffix = name.rpartition(".")[2].lower()
    return {
        "pdf": ("application", "pdf"),
        "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
        "hwpx": ("application", "hwp+zip"),
    }.get(suffix, ("application", "octet-stream"))
