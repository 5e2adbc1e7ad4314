"""Sending a session's documents by e-mail, as the screens and the command line see
it: who is to get what, and the record of what was sent to whom."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from gsmeet.domain.enums import Delivery, Role
from gsmeet.domain.messages import Message


class CannotBeWritten(Message):
    text = "no message could be written to this name and address"


class NeedsSmtpUtf8(Message):
    text = "the server cannot take this address (it does not offer SMTPUTF8)"


class NotTaken(Message):
    text = "the server did not take the message"


# Why a message was not sent when no server reply says it, kept in the record's
# ``reply`` as ``gsmeet:`` and the key (a server's reply starts with its code).
_REASONS = {kind.key(): kind for kind in (CannotBeWritten, NeedsSmtpUtf8, NotTaken)}
_MARK = "gsmeet:"


def keyed(reason: Message) -> str:
    """``reason`` as the record keeps it (see :attr:`DeliveryRecord.reason`)."""
    return _MARK + reason.key()


@dataclass(frozen=True, slots=True)
class Recipient:
    person_id: int
    name: str
    role: Role | None
    address: str  # "" when the register has none
    usable: bool  # the address looks like one (else it is shown, never tried)
    minutes: bool  # attended: gets the minutes
    packets: tuple[str, ...]  # the strategies whose packets a 분과위원장 gets
    files: tuple[str, ...]  # the names of the files attached for them


@dataclass(frozen=True, slots=True)
class MailPlan:
    """Who gets what when the session's documents are sent (``public``: the public
    version of the minutes; ``packets``: each chair gets their strategy's packet)."""

    meeting_id: int
    subject: str
    recipients: tuple[Recipient, ...]  # those with a usable address first
    preview: str  # the letter to the first of them, as it will be sent
    draft: bool  # the minutes are not issued yet: a draft goes out, and says so


@dataclass(frozen=True, slots=True)
class DeliveryRecord:
    id: int
    person_id: int | None
    name: str
    address: str
    files: tuple[str, ...]
    subject: str
    attempted_at: datetime
    status: Delivery
    reply: str  # the server's reply to a refusal; "" when the connection was lost

    @property
    def reason(self) -> Message | None:
        """Why it was not sent, when gsmeet says it rather than the server's reply."""
        kind = (
            _REASONS.get(self.reply.removeprefix(_MARK)) if self.reply.startswith(_MARK) else None
        )
        return kind() if kind is not None else None


@dataclass(frozen=True, slots=True)
class SendReport:
    """One sending: each recipient's outcome, in order (what was recorded)."""

    deliveries: tuple[DeliveryRecord, ...]

    @property
    def failed(self) -> tuple[DeliveryRecord, ...]:
        return tuple(d for d in self.deliveries if d.status is Delivery.FAILED)

    @property
    def sent(self) -> tuple[DeliveryRecord, ...]:
        return tuple(d for d in self.deliveries if d.status is Delivery.SENT)


def still_failing(records: list[DeliveryRecord]) -> set[tuple[int | None, str]]:
    """(person, address) whose latest attempt failed: what a retry sends again."""
    latest: dict[tuple[int | None, str], DeliveryRecord] = {}
    for record in sorted(records, key=lambda r: (r.attempted_at, r.id)):
        latest[(record.person_id, record.address)] = record
    return {key for key, record in latest.items() if record.status is Delivery.FAILED}
