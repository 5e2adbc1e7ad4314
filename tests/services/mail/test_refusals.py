"""What goes wrong midway, against a real SMTP server on 127.0.0.1: an address the
server cannot take, a recipient whose message cannot be written, the connection
dropped after the first message — each fails alone, or, when the connection is lost,
the rest are recorded as not sent, and a retry sends them; a server that refuses
STARTTLS or offers no login gsmeet can use is named for what it is, not "cannot
connect"."""

from __future__ import annotations

import pytest
from sqlalchemy import update

from gsmeet.domain.enums import Delivery
from gsmeet.domain.mailing import CannotBeWritten, NeedsSmtpUtf8
from gsmeet.services.mail.sending import mail_plan, send_documents
from gsmeet.services.mail.smtp import (
    NoUsableLogin,
    Security,
    Server,
    ServerReplied,
    TlsRefused,
    connected,
)
from gsmeet.storage.db import Store
from gsmeet.storage.models import Person
from gsmeet.translations import say

from .conftest import USER, StartServer
from .test_sending import SENDER, give_address, second


def usable(store: Store) -> list[str]:
    return [r.name for r in mail_plan(store, second(store)).recipients if r.usable]


def test_an_address_the_server_cannot_take_fails_alone(
    demo_store: Store, smtp_server: StartServer
) -> None:
    port, received = smtp_server(smtputf8=False)
    first, *others = usable(demo_store)
    give_address(demo_store, first, "hong@예시.kr")  # kept by the register; no SMTPUTF8 here
    report = send_documents(
        demo_store, second(demo_store), Server("127.0.0.1", port, Security.NONE), SENDER
    )
    (failed,) = report.failed
    assert failed.name == first and failed.reason == NeedsSmtpUtf8()
    assert [d.name for d in report.sent] == others  # the ones after it were tried
    assert len(received.messages) == len(others)
    assert (
        say(failed.reason, "ko") == "서버가 이 주소를 받을 수 없습니다 (SMTPUTF8을 지원하지 않음)"
    )


def test_a_recipient_whose_message_cannot_be_written_fails_alone(
    demo_store: Store, smtp_server: StartServer
) -> None:
    port, received = smtp_server()
    first, *others = usable(demo_store)
    with demo_store.session() as s:  # a name from an old import, with a line break in it
        s.execute(update(Person).where(Person.name == first).values(name=first + "\n귀하"))
    report = send_documents(
        demo_store, second(demo_store), Server("127.0.0.1", port, Security.NONE), SENDER
    )
    (failed,) = report.failed
    assert failed.name == first + "\n귀하" and failed.reason == CannotBeWritten()
    assert [d.name for d in report.sent] == others and len(received.messages) == len(others)


def test_an_address_the_register_no_longer_takes_is_shown_never_tried(
    demo_store: Store, smtp_server: StartServer
) -> None:
    port, received = smtp_server()
    first, *others = usable(demo_store)
    give_address(demo_store, first, "김철수@시청.kr")  # kept before the rule
    plan = mail_plan(demo_store, second(demo_store))
    assert not next(r for r in plan.recipients if r.name == first).usable
    report = send_documents(
        demo_store, second(demo_store), Server("127.0.0.1", port, Security.NONE), SENDER
    )
    assert [d.name for d in report.sent] == others and not report.failed
    assert len(received.messages) == len(others) and not received.to("김철수@시청.kr")


def test_a_connection_dropped_midway(demo_store: Store, smtp_server: StartServer) -> None:
    port, received = smtp_server()
    meeting = second(demo_store)
    plan = [r for r in mail_plan(demo_store, meeting).recipients if r.usable]
    assert len(plan) >= 3
    received.drop.add(plan[1].address)  # the server hangs up during the second message
    server = Server("127.0.0.1", port, Security.NONE)
    report = send_documents(demo_store, meeting, server, SENDER)
    assert [d.status for d in report.deliveries] == [Delivery.SENT] + [Delivery.FAILED] * (
        len(plan) - 1
    )
    assert all(d.reply == "" and d.reason is None for d in report.failed)  # no reply: lost
    assert [rcpts for rcpts, _ in received.messages] == [[plan[0].address]]
    received.drop.clear()
    again = send_documents(demo_store, meeting, server, SENDER, retry=True)
    assert [d.name for d in again.sent] == [r.name for r in plan[1:]] and not again.failed
    assert len(received.messages) == len(plan)


def test_a_server_that_refuses_starttls_is_named_with_its_reply(smtp_server: StartServer) -> None:
    port, _ = smtp_server("starttls", refuse_tls=True)
    with pytest.raises(TlsRefused) as refused, connected(Server("127.0.0.1", port)):
        pass
    reason = refused.value.fields["reason"]
    assert isinstance(reason, ServerReplied)
    assert str(reason.fields["reply"]).startswith("454 4.7.0 TLS not available")
    assert "서버 응답: 454" in say(refused.value, "ko")


def test_a_server_with_no_login_gsmeet_can_use(smtp_server: StartServer) -> None:
    port, _ = smtp_server(login=True, oauth_only=True)
    server = Server("127.0.0.1", port, Security.NONE, user=USER, password="ascii-only")
    with pytest.raises(NoUsableLogin) as refused, connected(server):
        pass
    assert refused.value.fields["methods"] == "XOAUTH2"
    assert "XOAUTH2" in say(refused.value, "ko") and "로그인 방식" in say(refused.value, "ko")
