"""``gsmeet send`` against the local SMTP server: one line per recipient, a refusal
named with the server's reply and exit 1, --retry, the password from the environment,
and a missing password said in one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from gsmeet.storage.db import open_store

from ...conftest import RunCli, assert_one_line_error
from .conftest import PASSWORD, REFUSED, USER, StartServer


def refuse_first(db: Path) -> str:
    from sqlalchemy import update

    from gsmeet.services.mail.sending import mail_plan
    from gsmeet.storage.models import Person

    store = open_store(db)
    try:
        first = next(r for r in mail_plan(store, 2).recipients if r.usable)
        with store.session() as s:
            s.execute(update(Person).where(Person.name == first.name).values(email=REFUSED))
        return first.name
    finally:
        store.close()


def test_send_says_each_recipient_and_retries_what_failed(
    gsmeet: RunCli, demo_db: Path, smtp_server: StartServer
) -> None:
    port, received = smtp_server()
    name = refuse_first(demo_db)
    command = ["send", "--db", demo_db, "--meeting", "2", "--smtp", f"127.0.0.1:{port}"]
    result = gsmeet(*command, "--sender", "gansa@example.kr", "--lang", "ko")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    assert lines[0] == f"보내지 못함: {name} <{REFUSED}>: 550 5.1.1 <{REFUSED}>: " + (
        "Recipient address rejected: User unknown"
    )
    assert all(line.startswith("보냄: ") for line in lines[1:]) and len(lines) > 2
    assert "회의록(안).pdf" in lines[1]
    assert result.stderr.strip().startswith(f"{len(lines)}건 중 1건을 보내지 못했습니다")
    received.refused.clear()
    again = gsmeet(*command, "--sender", "gansa@example.kr", "--retry", "--lang", "ko")
    assert again.returncode == 0, again.stderr
    assert again.stdout.splitlines() == [
        f"보냄: {name} <{REFUSED}> (경산발전전략위원회 제2차 간담회 회의록(안).pdf)"
    ]
    assert len(received.to(REFUSED)) == 1


def test_the_password_comes_from_the_environment(
    gsmeet: RunCli,
    demo_db: Path,
    smtp_server: StartServer,
    certificate: tuple[Path, Path],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    port, received = smtp_server("starttls", login=True)
    monkeypatch.setenv("SSL_CERT_FILE", str(certificate[0]))  # trust the test's certificate
    command = [
        "send", "--db", demo_db, "--meeting", "2", "--smtp", f"127.0.0.1:{port}",
        "--starttls", "--user", USER, "--sender", "gansa@example.kr", "--public",
    ]  # fmt: skip
    monkeypatch.delenv("GSMEET_SMTP_PASSWORD", raising=False)
    missing = gsmeet(*command)  # no terminal to ask at, no keyring here
    assert_one_line_error(missing, "GSMEET_SMTP_PASSWORD")
    assert received.messages == []
    monkeypatch.setenv("GSMEET_SMTP_PASSWORD", PASSWORD)
    result = gsmeet(*command)
    assert result.returncode == 0, result.stderr
    assert received.messages and all(
        "(공개용)" in next(m.iter_attachments()).get_filename() for _, m in received.messages
    )


def test_mistakes_in_one_line(gsmeet: RunCli, demo_db: Path) -> None:
    base = ["send", "--db", demo_db, "--meeting", "2", "--sender", "gansa@example.kr"]
    assert_one_line_error(gsmeet(*base, "--smtp", "no-port"), "no-port")
    closed = gsmeet(*base, "--smtp", "127.0.0.1:1")
    assert_one_line_error(closed, "127.0.0.1:1")
    both = gsmeet(*base, "--smtp", "127.0.0.1:1", "--ssl", "--starttls")
    assert both.returncode == 2
    bad_sender = gsmeet("send", "--db", demo_db, "--meeting", "2", "--smtp", "127.0.0.1:1",
                        "--sender", "gansa")  # fmt: skip
    assert_one_line_error(bad_sender, "gansa")


def test_a_recipient_the_server_cannot_take_is_said_in_korean(
    gsmeet: RunCli, demo_db: Path, smtp_server: StartServer
) -> None:
    from sqlalchemy import update

    from gsmeet.storage.models import Person

    port, received = smtp_server(smtputf8=False)
    name = refuse_first(demo_db)
    store = open_store(demo_db)
    with store.session() as s:
        s.execute(update(Person).where(Person.name == name).values(email="hong@예시.kr"))
    store.close()
    command = ["send", "--db", demo_db, "--meeting", "2", "--smtp", f"127.0.0.1:{port}"]
    result = gsmeet(*command, "--sender", "gansa@example.kr", "--lang", "ko")
    assert result.returncode == 1
    lines = result.stdout.splitlines()
    reason = "서버가 이 주소를 받을 수 없습니다 (SMTPUTF8을 지원하지 않음)"
    assert lines[0] == f"보내지 못함: {name} <hong@예시.kr>: {reason}"
    assert len(lines) > 2 and all(line.startswith("보냄: ") for line in lines[1:])
    assert len(received.messages) == len(lines) - 1
