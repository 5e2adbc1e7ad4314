"""``send``: a session's minutes by e-mail to its attendees (and, with ``--packets``,
each 분과위원장 their strategy's packet), the record kept with the session."""

from __future__ import annotations

import argparse
import sys

from gsmeet.cli.common import Commands, add_command, add_meeting_option, committee_of, open_existing
from gsmeet.cli.speech import say, t
from gsmeet.domain.errors import InvalidInputError
from gsmeet.domain.messages import Message

EXIT_SOME_FAILED = 1


class NoPassword(InvalidInputError):
    text = (
        "no password for {user} at {server}: set GSMEET_SMTP_PASSWORD, keep it in the "
        "system's keyring, or run gsmeet where it can ask"
    )


class Sent(Message):
    text = "sent: {name} <{address}> ({files})"


class NotSent(Message):
    text = "not sent: {name} <{address}>: {reply}"


class NotSentConnectionLost(Message):
    text = "not sent: {name} <{address}>: the connection to the server was lost"


class SomeNotSent(Message):
    text = "{failed} of {total} not sent; the same command with --retry sends only those"


def register(commands: Commands) -> None:
    send = add_command(
        commands,
        "send",
        cmd_send,
        t("send a session's minutes by e-mail to its attendees (the record kept)"),
        committee=True,
        document=True,
    )
    add_meeting_option(send)
    send.add_argument("--smtp", required=True, metavar="HOST:PORT", help=t("the mail server"))
    security = send.add_mutually_exclusive_group()
    security.add_argument(
        "--starttls", action="store_true", help=t("encrypt with STARTTLS (port 587)")
    )
    security.add_argument("--ssl", action="store_true", help=t("encrypt from the start (port 465)"))
    send.add_argument(
        "--user",
        help=t("log in as USER (password: GSMEET_SMTP_PASSWORD, the keyring, or asked)"),
    )
    send.add_argument("--sender", required=True, metavar="ADDR", help=t("the From address"))
    send.add_argument(
        "--public", action="store_true", help=t("send the public version of the minutes")
    )
    send.add_argument(
        "--packets",
        action="store_true",
        help=t("also send each 분과위원장 the packet of their strategy"),
    )
    send.add_argument(
        "--retry", action="store_true", help=t("send again only what failed last time")
    )
    send.add_argument(
        "--lang",
        choices=("ko", "en"),
        default="ko",
        help=t(
            "the documents' and the letter's language (default: ko); also what gsmeet says, "
            "unless 'gsmeet --lang' before the command says otherwise"
        ),
    )


def cmd_send(args: argparse.Namespace) -> int:
    from gsmeet.services.mail.sending import send_documents
    from gsmeet.services.mail.smtp import Security, Server, parse_server
    from gsmeet.services.record import find_meeting_id

    host, port = parse_server(args.smtp)
    security = Security.SSL if args.ssl else Security.STARTTLS if args.starttls else Security.NONE
    password = _password(args.user, host) if args.user else ""
    server = Server(host, port, security, args.user or "", password)

    def said(delivery: object) -> None:
        print(_line(delivery), flush=True)

    store = open_existing(args)
    try:
        meeting = find_meeting_id(store, args.meeting, committee_of(store, args))
        report = send_documents(
            store,
            meeting,
            server,
            args.sender,
            public=args.public,
            packets=args.packets,
            lang=args.lang,
            retry=args.retry,
            progress=said,
        )
    finally:
        store.close()
    if report.failed:
        total = len(report.deliveries)
        print(say(SomeNotSent(failed=len(report.failed), total=total)), file=sys.stderr)
        return EXIT_SOME_FAILED
    return 0


def _line(delivery: object) -> str:
    from gsmeet.domain.enums import Delivery
    from gsmeet.domain.mailing import DeliveryRecord

    assert isinstance(delivery, DeliveryRecord)
    if delivery.status is Delivery.SENT:
        files = ", ".join(delivery.files)
        return say(Sent(name=delivery.name, address=delivery.address, files=files))
    if not delivery.reply:
        return say(NotSentConnectionLost(name=delivery.name, address=delivery.address))
    reply = delivery.reason or delivery.reply  # gsmeet's keyed reason, or the server's
    return say(NotSent(name=delivery.name, address=delivery.address, reply=reply))


def _password(user: str, host: str) -> str:
    """GSMEET_SMTP_PASSWORD, else the keyring, else asked (at a terminal only)."""
    import getpass

    from gsmeet.services.mail.password import known_password

    known = known_password(user, host)
    if known is not None:
        return known
    if not sys.stdin.isatty():
        raise NoPassword(user=user, server=host)
    return getpass.getpass(f"{user}@{host}: ")
