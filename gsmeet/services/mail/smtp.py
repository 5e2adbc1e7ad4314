"""The SMTP conversation: connect (plain, STARTTLS or implicit TLS), log in, hand over
one message per recipient, and say for each what the server answered.

A problem with the server itself (unreachable, TLS refused, no STARTTLS, the login
refused) is one error for the whole sending, raised before any message goes out. A
problem with one recipient (550 user unknown) is that recipient's failure, with the
server's own reply; the others are sent. smtplib encodes the password of ``login()``
as ASCII: a password with other characters (Korean) logs in with ``AUTH PLAIN``,
encoded as UTF-8, which is what servers expect.
"""

from __future__ import annotations

import base64
import smtplib
import socket
import ssl
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.message import EmailMessage
from enum import StrEnum
from pathlib import Path

from gsmeet.domain.errors import GsmeetError, InvalidInputError
from gsmeet.domain.mailing import NeedsSmtpUtf8, NotTaken, keyed
from gsmeet.domain.messages import Message

TIMEOUT_S = 30


class Security(StrEnum):
    NONE = "none"  # plain SMTP (a server on this computer or the office network)
    STARTTLS = "starttls"  # port 587: plain, then TLS before anything is said
    SSL = "ssl"  # port 465: TLS from the first byte


class NoSuchHost(Message):
    text = "no such host"


class ConnectionRefused(Message):
    text = "the connection was refused"


class NoAnswer(Message):
    text = "no answer"


class ServerHungUp(Message):
    text = "the server closed the connection"


class NotTrusted(Message):
    text = "its certificate is not trusted: {detail}"


class SystemReason(Message):
    text = "the system says: {detail}"


class ServerReplied(Message):
    text = "the server replied {reply}"


class ServerUnreachable(GsmeetError):
    text = "{server}: cannot connect ({reason}); nothing was sent"


class TlsRefused(GsmeetError):
    text = "{server}: the secure connection failed ({reason}); nothing was sent"


class NoStartTls(GsmeetError):
    text = "{server} does not offer STARTTLS; nothing was sent (try --ssl, or no encryption)"


class LoginRefused(GsmeetError):
    text = "{server} refused the login of {user}: {reply}; nothing was sent"


class LoginNotOffered(GsmeetError):
    text = "{server} offers no login (AUTH) on this connection; nothing was sent"


class NoUsableLogin(GsmeetError):
    text = "{server} offers no login method gsmeet can use ({methods}); nothing was sent"


class SenderRefused(GsmeetError):
    text = "{server} refused the sender {sender}: {reply}; nothing was sent"


class ServerNotAHostPort(InvalidInputError):
    text = "'{value}' is not a mail server as HOST:PORT (e.g. smtp.example.kr:587)"


@dataclass(frozen=True, slots=True)
class Server:
    host: str
    port: int
    security: Security = Security.STARTTLS
    user: str = ""
    password: str = field(default="", repr=False)
    trust: Path | None = None  # a certificate to trust instead of the system's

    @property
    def name(self) -> str:
        return f"{self.host}:{self.port}"

    def context(self) -> ssl.SSLContext:
        if self.trust is not None:
            return ssl.create_default_context(cafile=str(self.trust))
        return ssl.create_default_context()


def parse_server(value: str) -> tuple[str, int]:
    """``HOST:PORT`` (``[::1]:25`` for an IPv6 address)."""
    host, colon, port = value.strip().rpartition(":")
    host = host.strip("[]")
    if not colon or not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ServerNotAHostPort(value=value)
    return host, int(port)


@dataclass(frozen=True, slots=True)
class Handed:
    """What the server said to one message: taken (``ok``) or not, and its reply (or,
    when the connection broke, why there was none)."""

    ok: bool
    reply: str
    broken: Message | None = None


def _reply(code: int, message: bytes | str) -> str:
    text = message.decode("utf-8", "replace") if isinstance(message, bytes) else message
    return f"{code} {' '.join(text.split())}".strip()


@contextmanager
def connected(server: Server) -> Iterator[smtplib.SMTP]:
    """An SMTP connection to ``server``, encrypted as asked and logged in when a user
    is given; closed after the block."""
    try:
        if server.security is Security.SSL:
            client: smtplib.SMTP = smtplib.SMTP_SSL(
                server.host, server.port, timeout=TIMEOUT_S, context=server.context()
            )
        else:
            client = smtplib.SMTP(server.host, server.port, timeout=TIMEOUT_S)
    except ssl.SSLError as error:
        raise TlsRefused(server=server.name, reason=_ssl_reason(error)) from None
    except smtplib.SMTPResponseException as error:  # a greeting other than 220
        reason = ServerReplied(reply=_reply(error.smtp_code, error.smtp_error))
        raise ServerUnreachable(server=server.name, reason=reason) from None
    except (OSError, smtplib.SMTPException) as error:
        raise ServerUnreachable(server=server.name, reason=_os_reason(error)) from None
    try:
        _secure_and_login(client, server)
        yield client
    finally:
        try:
            client.quit()
        except (OSError, smtplib.SMTPException):
            client.close()


def _secure_and_login(client: smtplib.SMTP, server: Server) -> None:
    try:
        client.ehlo()
        if server.security is Security.STARTTLS:
            if not client.has_extn("starttls"):
                raise NoStartTls(server=server.name)
            _starttls(client, server)
        if server.user:
            _login(client, server)
    except ssl.SSLError as error:
        raise TlsRefused(server=server.name, reason=_ssl_reason(error)) from None
    except smtplib.SMTPNotSupportedError:
        raise LoginNotOffered(server=server.name) from None
    except smtplib.SMTPAuthenticationError as error:
        raise LoginRefused(
            server=server.name, user=server.user, reply=_reply(error.smtp_code, error.smtp_error)
        ) from None
    except smtplib.SMTPServerDisconnected as error:
        raise ServerUnreachable(server=server.name, reason=_os_reason(error)) from None
    except smtplib.SMTPResponseException as error:
        reason = ServerReplied(reply=_reply(error.smtp_code, error.smtp_error))
        raise ServerUnreachable(server=server.name, reason=reason) from None
    except smtplib.SMTPException:  # login(): none of the server's mechanisms is smtplib's
        methods = client.esmtp_features.get("auth", "").strip()
        raise NoUsableLogin(server=server.name, methods=methods) from None
    except OSError as error:
        raise ServerUnreachable(server=server.name, reason=_os_reason(error)) from None


def _starttls(client: smtplib.SMTP, server: Server) -> None:
    try:
        client.starttls(context=server.context())
    except smtplib.SMTPResponseException as error:  # 454 TLS not available
        reply = ServerReplied(reply=_reply(error.smtp_code, error.smtp_error))
        raise TlsRefused(server=server.name, reason=reply) from None
    client.ehlo()


def _login(client: smtplib.SMTP, server: Server) -> None:
    if not client.has_extn("auth"):
        raise smtplib.SMTPNotSupportedError("no AUTH")
    if (server.user + server.password).isascii():
        client.login(server.user, server.password)
        return
    token = b"\0" + server.user.encode() + b"\0" + server.password.encode()
    code, reply = client.docmd("AUTH", "PLAIN " + base64.b64encode(token).decode("ascii"))
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, reply)


def hand_over(client: smtplib.SMTP, server: Server, message: EmailMessage, to: str) -> Handed:
    """Give ``message`` to the server for ``to``: what it answered."""
    try:
        refused = client.send_message(message, to_addrs=[to])
    except smtplib.SMTPRecipientsRefused as error:
        code, reply = error.recipients.get(to, (550, b"refused"))
        return Handed(False, _reply(code, reply))
    except smtplib.SMTPSenderRefused as error:
        raise SenderRefused(
            server=server.name, sender=error.sender, reply=_reply(error.smtp_code, error.smtp_error)
        ) from None
    except (smtplib.SMTPServerDisconnected, ConnectionError, TimeoutError) as error:
        return Handed(False, "", _os_reason(error))  # the connection is lost
    except smtplib.SMTPResponseException as error:
        return Handed(False, _reply(error.smtp_code, error.smtp_error))
    except smtplib.SMTPNotSupportedError:  # a Korean address; the server has no SMTPUTF8
        return Handed(False, keyed(NeedsSmtpUtf8()))
    except OSError:  # smtplib.SMTPException is one: this message, not the connection
        return Handed(False, keyed(NotTaken()))
    if to in refused:
        code, reply = refused[to]
        return Handed(False, _reply(code, reply))
    return Handed(True, "250")


def _ssl_reason(error: ssl.SSLError) -> Message:
    if isinstance(error, ssl.SSLCertVerificationError):
        return NotTrusted(detail=error.verify_message or "")
    return SystemReason(detail=error.reason or str(error))


def _os_reason(error: BaseException) -> Message:
    if isinstance(error, socket.gaierror):
        return NoSuchHost()
    if isinstance(error, ConnectionRefusedError):
        return ConnectionRefused()
    if isinstance(error, TimeoutError | socket.timeout):
        return NoAnswer()
    if isinstance(error, smtplib.SMTPServerDisconnected | ConnectionResetError | BrokenPipeError):
        return ServerHungUp()
    return SystemReason(detail=getattr(error, "strerror", None) or type(error).__name__)
