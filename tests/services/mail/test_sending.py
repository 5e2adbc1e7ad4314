"""Sending the demo's 제2차 minutes to a real SMTP server on 127.0.0.1: one message per
recipient, Korean subject and file names, a refused address named with the server's
reply, the record kept, a retry that sends only what failed; STARTTLS on a
self-signed certificate, implicit TLS, a Korean password, refusals before anything
is sent."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select, update

from gsmeet.domain.enums import Delivery
from gsmeet.domain.records import chaired
from gsmeet.services.mail.sending import (
    NothingFailed,
    deliveries,
    mail_plan,
    send_documents,
)
from gsmeet.services.mail.smtp import LoginRefused, Security, Server, ServerUnreachable, TlsRefused
from gsmeet.services.record import meeting_record
from gsmeet.storage.db import Store
from gsmeet.storage.models import Meeting, Person, Strategy

from .conftest import PASSWORD, REFUSED, USER, StartServer

SENDER = "secretary@gyeongsan.example.kr"


def second(store: Store) -> int:
    with store.session() as s:
        return s.scalars(select(Meeting.id).where(Meeting.number == 2)).one()


def give_address(store: Store, name: str, address: str) -> None:
    with store.session() as s:
        s.execute(update(Person).where(Person.name == name).values(email=address))


def test_the_plan_names_who_gets_what(demo_store: Store) -> None:
    plan = mail_plan(demo_store, second(demo_store))
    assert plan.subject == "[경산발전전략위원회] 제2차 간담회 회의록(안) 송부"  # not issued yet
    usable = [r for r in plan.recipients if r.usable]
    assert usable and all(r.minutes and "@" in r.address for r in usable)
    assert all(r.files == ("경산발전전략위원회 제2차 간담회 회의록(안).pdf",) for r in usable)
    assert any(not r.usable for r in plan.recipients)  # attendees with no address: shown
    assert plan.preview.startswith(f"{usable[0].name} 님께")
    assert "회의록(안)을 검토하실 수 있도록" in plan.preview
    public = mail_plan(demo_store, second(demo_store), public=True, packets=True)
    assert public.subject.endswith("회의록(안)(공개용) 송부")
    chairs = [r for r in public.recipients if r.packets]
    assert chairs and all(r.files[-1].endswith("분과 자료.pdf") for r in chairs)
    assert all(r.packets[-1] in r.files[-1] for r in chairs)


def test_each_attendee_gets_the_minutes_and_a_refusal_is_named(
    demo_store: Store, smtp_server: StartServer
) -> None:
    port, received = smtp_server()
    meeting = second(demo_store)
    first = next(r for r in mail_plan(demo_store, meeting).recipients if r.usable)
    give_address(demo_store, first.name, REFUSED)
    plan = mail_plan(demo_store, meeting)
    server = Server("127.0.0.1", port, Security.NONE)
    report = send_documents(demo_store, meeting, server, SENDER)
    usable = [r for r in plan.recipients if r.usable]
    assert len(report.deliveries) == len(usable)
    (failed,) = report.failed
    assert (failed.name, failed.address) == (first.name, REFUSED)
    assert failed.reply.startswith("550 5.1.1") and "User unknown" in failed.reply
    assert len(received.messages) == len(usable) - 1  # one message per recipient
    other = usable[1]
    (mail,) = received.to(other.address)
    assert mail["subject"] == "[경산발전전략위원회] 제2차 간담회 회의록(안) 송부"
    assert other.name in str(mail["to"]) and other.address in str(mail["to"])
    assert mail["from"] == SENDER
    (attachment,) = list(mail.iter_attachments())
    assert attachment.get_filename() == "경산발전전략위원회 제2차 간담회 회의록(안).pdf"
    assert attachment.get_content().startswith(b"%PDF")
    text = mail.get_body(preferencelist=("plain",)).get_content()
    assert text.startswith(f"{other.name} 님께") and "첨부 파일" in text
    record = deliveries(demo_store, meeting)
    assert [d.status for d in record].count(Delivery.FAILED) == 1
    assert record == report.deliveries


def test_a_retry_sends_only_what_failed(demo_store: Store, smtp_server: StartServer) -> None:
    port, received = smtp_server()
    meeting = second(demo_store)
    first = next(r for r in mail_plan(demo_store, meeting).recipients if r.usable)
    give_address(demo_store, first.name, REFUSED)
    server = Server("127.0.0.1", port, Security.NONE)
    send_documents(demo_store, meeting, server, SENDER)
    before = len(received.messages)
    received.refused.clear()  # the server's problem is fixed
    again = send_documents(demo_store, meeting, server, SENDER, retry=True)
    assert [(d.name, d.status) for d in again.deliveries] == [(first.name, Delivery.SENT)]
    assert len(received.messages) == before + 1 and received.to(REFUSED)
    with pytest.raises(NothingFailed):
        send_documents(demo_store, meeting, server, SENDER, retry=True)
    assert len(deliveries(demo_store, meeting)) == before + 2


def test_starttls_on_a_self_signed_certificate_with_a_korean_password(
    demo_store: Store, smtp_server: StartServer, certificate: tuple[Path, Path]
) -> None:
    port, received = smtp_server("starttls", login=True)
    meeting = second(demo_store)
    trusted = Server("127.0.0.1", port, Security.STARTTLS, USER, PASSWORD, trust=certificate[0])
    report = send_documents(demo_store, meeting, trusted, SENDER, only={_first_id(demo_store)})
    assert len(report.sent) == 1 and len(received.messages) == 1
    untrusted = Server("127.0.0.1", port, Security.STARTTLS, USER, PASSWORD)
    with pytest.raises(TlsRefused) as refused:
        send_documents(demo_store, meeting, untrusted, SENDER)
    assert "certificate" in str(refused.value)
    wrong = Server("127.0.0.1", port, Security.STARTTLS, USER, "틀림", trust=certificate[0])
    with pytest.raises(LoginRefused) as login:
        send_documents(demo_store, meeting, wrong, SENDER)
    assert "535" in str(login.value)
    assert len(received.messages) == 1 and len(deliveries(demo_store, meeting)) == 1


def test_implicit_tls_and_an_unreachable_server(
    demo_store: Store, smtp_server: StartServer, certificate: tuple[Path, Path]
) -> None:
    port, received = smtp_server("ssl", login=True)
    meeting = second(demo_store)
    server = Server("127.0.0.1", port, Security.SSL, USER, PASSWORD, trust=certificate[0])
    report = send_documents(demo_store, meeting, server, SENDER, only={_first_id(demo_store)})
    assert len(report.sent) == 1 and len(received.messages) == 1
    closed = Server("127.0.0.1", 1, Security.NONE)
    with pytest.raises(ServerUnreachable):
        send_documents(demo_store, meeting, closed, SENDER)


def test_the_chairs_get_their_packets(demo_store: Store, smtp_server: StartServer) -> None:
    port, received = smtp_server()
    meeting = second(demo_store)
    plan = mail_plan(demo_store, meeting, packets=True)
    chair = next(r for r in plan.recipients if r.usable and r.packets)
    send_documents(
        demo_store, meeting, Server("127.0.0.1", port, Security.NONE), SENDER,
        packets=True, only={chair.person_id},
    )  # fmt: skip
    (mail,) = received.to(chair.address)
    names = [a.get_filename() for a in mail.iter_attachments()]
    assert names == list(chair.files) and chair.packets[0] in names[-1]
    assert "분과 자료도 함께" in mail.get_body(preferencelist=("plain",)).get_content()


def test_a_chair_of_two_strategies_gets_both_packets(
    demo_store: Store, smtp_server: StartServer
) -> None:
    port, received = smtp_server()
    meeting = second(demo_store)
    with demo_store.session() as s:  # strategy 2 moves into strategy 1's 분과
        first, other = s.scalars(select(Strategy).order_by(Strategy.id).limit(2))
        other.subcommittee_id = first.subcommittee_id
        names = (first.name, other.name)
    record = meeting_record(demo_store, meeting)
    plan = mail_plan(demo_store, meeting, packets=True)
    packets = [p for r in plan.recipients for p in r.packets]
    assert sorted(packets) == sorted(s.name for s in chaired(record))  # every one, once
    chair = next(r for r in plan.recipients if r.packets[:2] == names)
    send_documents(
        demo_store, meeting, Server("127.0.0.1", port, Security.NONE), SENDER,
        packets=True, only={chair.person_id},
    )  # fmt: skip
    (mail,) = received.to(chair.address)
    attached = [a.get_filename() for a in mail.iter_attachments()]
    assert attached == list(chair.files) and len(attached) == len(chair.packets) + chair.minutes
    assert all(name in attached[-2 + i] for i, name in enumerate(names))
    assert f"{names[0]}, {names[1]} 분과 자료도" in mail.get_body(("plain",)).get_content()


def _first_id(store: Store) -> int:
    return next(r for r in mail_plan(store, second(store)).recipients if r.usable).person_id
