"""A real SMTP server on 127.0.0.1 (aiosmtpd, in its own thread) for the sending tests:
plain, STARTTLS or implicit TLS on a certificate made here with openssl, a login, and
one address it refuses with 550."""

from __future__ import annotations

import email
import email.policy
import shutil
import subprocess
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword

USER = "secretary"
PASSWORD = "비밀번호 1!"  # not ASCII: smtplib's login() cannot send it
REFUSED = "nobody@example.org"


@dataclass
class Received:
    messages: list[tuple[list[str], EmailMessage]] = field(default_factory=list)
    refused: set[str] = field(default_factory=lambda: {REFUSED})
    drop: set[str] = field(default_factory=set)  # DATA for these: the server hangs up

    def to(self, address: str) -> list[EmailMessage]:
        return [m for rcpts, m in self.messages if address in rcpts]


class _Handler:
    def __init__(self, received: Received) -> None:
        self.received = received

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        if address in self.received.refused:
            return f"550 5.1.1 <{address}>: Recipient address rejected: User unknown"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        if self.received.drop & set(envelope.rcpt_tos):
            server.transport.close()  # the connection breaks before the server answers
            return "250 never heard"
        raw = envelope.original_content or envelope.content
        parsed = email.message_from_bytes(raw, policy=email.policy.default)
        self.received.messages.append((list(envelope.rcpt_tos), parsed))  # type: ignore[arg-type]
        return "250 Message accepted for delivery"


class _Ephemeral(Controller):
    """aiosmtpd 1.4.6 cannot listen on port 0 by itself (its readiness probe connects
    to ``self.port``): the port the kernel chose is read back first."""

    def _create_server(self) -> Any:
        parent = super()._create_server

        async def make() -> Any:
            server = await parent()
            self.port = server.sockets[0].getsockname()[1]
            return server

        return make()


class _RefusingTls(SMTP):
    """Offers STARTTLS, then answers it with 454 (a server whose TLS is broken)."""

    async def smtp_STARTTLS(self, arg: str) -> None:
        await self.push("454 4.7.0 TLS not available due to temporary reason")


class _Odd(_Ephemeral):
    def factory(self) -> SMTP:
        return _RefusingTls(self.handler, **self.SMTP_kwargs)


class _OAuthOnly(_Handler):
    """A server whose only login is XOAUTH2 (none of smtplib's)."""

    async def auth_XOAUTH2(self, server: Any, args: list[str]) -> AuthResult:
        return AuthResult(success=False, handled=False)


def _check(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
    ok = isinstance(data, LoginPassword) and (data.login, data.password) == (
        USER.encode(),
        PASSWORD.encode(),
    )
    return AuthResult(success=ok, handled=False)


@pytest.fixture(scope="session")
def certificate(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """A self-signed certificate for 127.0.0.1 (its address in the SAN, as Python's
    hostname check wants)."""
    if shutil.which("openssl") is None:
        pytest.fail("openssl is missing: apt-get install openssl (scripts/bootstrap does)")
    folder = tmp_path_factory.mktemp("tls")
    key, cert = folder / "key.pem", folder / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256",
         "-nodes", "-keyout", str(key), "-out", str(cert), "-days", "2",
         "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key


StartServer = Callable[..., tuple[int, Received]]


@pytest.fixture
def smtp_server(certificate: tuple[Path, Path]) -> Iterator[StartServer]:
    """``start(security="none"|"starttls"|"ssl", login=False)`` → (port, what it got).
    ``smtputf8=False``: a server that takes ASCII addresses only; ``refuse_tls``: one
    that offers STARTTLS and answers it 454; ``oauth_only``: one whose only login is
    XOAUTH2."""
    import logging
    import ssl

    logging.getLogger("mail.log").setLevel(logging.CRITICAL)  # aiosmtpd's chatter
    started: list[Controller] = []
    cert, key = certificate

    def start(
        security: str = "none",
        login: bool = False,
        *,
        smtputf8: bool = True,
        refuse_tls: bool = False,
        oauth_only: bool = False,
    ) -> tuple[int, Received]:
        received = Received()
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(cert, key)
        options: dict[str, Any] = {}
        if security == "starttls":
            options = {"tls_context": context, "require_starttls": True}
        elif security == "ssl":
            options = {"ssl_context": context}
        if login:
            # Implicit TLS is TLS, but aiosmtpd 1.4.6 does not count it as such.
            options |= {"authenticator": _check, "auth_require_tls": security != "ssl"}
        if oauth_only:
            options |= {"auth_require_tls": False, "auth_exclude_mechanism": ["LOGIN", "PLAIN"]}
        handler = (_OAuthOnly if oauth_only else _Handler)(received)
        kind = _Odd if refuse_tls else _Ephemeral
        options["enable_SMTPUTF8"] = smtputf8
        controller = kind(handler, hostname="127.0.0.1", port=0, **options)
        controller.start()
        started.append(controller)
        return controller.port, received

    yield start
    for controller in started:
        controller.stop()
