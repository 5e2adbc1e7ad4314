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
from aiosmtpd.smtp import AuthResult, LoginPassword

USER = "secretary"
PASSWORD = "비밀번호 1!"  # not ASCII: smtplib's login() cannot send it
REFUSED = "nobody@example.org"


@dataclass
class Received:
    messages: list[tuple[list[str], EmailMessage]] = field(default_factory=list)
    refused: set[str] = field(default_factory=lambda: {REFUSED})

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
    """``start(security="none"|"starttls"|"ssl", login=False)`` → (port, what it got)."""
    import logging
    import ssl

    logging.getLogger("mail.log").setLevel(logging.CRITICAL)  # aiosmtpd's chatter
    started: list[Controller] = []
    cert, key = certificate

    def start(security: str = "none", login: bool = False) -> tuple[int, Received]:
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
        controller = _Ephemeral(_Handler(received), hostname="127.0.0.1", port=0, **options)
        controller.start()
        started.append(controller)
        return controller.port, received

    yield start
    for controller in started:
        controller.stop()
