"""The Send dialog's work on the database worker (services load inside the jobs). The
password is handed to the job, used, and kept nowhere but, when asked, the keyring."""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gsmeet.domain.labels import Lang
    from gsmeet.domain.mailing import DeliveryRecord, MailPlan, SendReport
    from gsmeet.services.store import Database


@dataclass(frozen=True, slots=True)
class Outgoing:
    """What the dialog asks to be sent and through which server."""

    host: str
    port: int
    security: str  # none, starttls, ssl
    user: str
    password: str = field(repr=False)
    sender: str
    public: bool
    packets: bool
    lang: Lang
    remember: bool  # keep the password in the system's keyring


def keyring_available() -> bool:
    from gsmeet.services.mail.password import keyring_available as available

    return available()


def load(
    meeting_id: int, *, public: bool, packets: bool, lang: Lang
) -> Callable[[Database], tuple[MailPlan, tuple[DeliveryRecord, ...]]]:
    def job(store: Database) -> tuple[MailPlan, tuple[DeliveryRecord, ...]]:
        from gsmeet.services.mail.sending import deliveries, mail_plan

        plan = mail_plan(store, meeting_id, public=public, packets=packets, lang=lang)
        return plan, deliveries(store, meeting_id)

    return job


def send(
    meeting_id: int, outgoing: Outgoing, only: Collection[int], *, retry: bool
) -> Callable[[Database], tuple[SendReport, tuple[DeliveryRecord, ...]]]:
    def job(store: Database) -> tuple[SendReport, tuple[DeliveryRecord, ...]]:
        from gsmeet.services.mail.password import password_for, remember
        from gsmeet.services.mail.sending import deliveries, send_documents
        from gsmeet.services.mail.smtp import Security, Server

        server = Server(
            outgoing.host,
            outgoing.port,
            Security(outgoing.security),
            outgoing.user,
            password_for(outgoing.user, outgoing.host, outgoing.password),  # maybe the keyring
        )
        report = send_documents(
            store,
            meeting_id,
            server,
            outgoing.sender,
            public=outgoing.public,
            packets=outgoing.packets,
            lang=outgoing.lang,
            only=None if retry else set(only),
            retry=retry,
        )
        if outgoing.remember and outgoing.user and outgoing.password:
            remember(outgoing.user, outgoing.host, outgoing.password)
        return report, deliveries(store, meeting_id)

    return job
