"""What ``--db`` means: a file, or a PostgreSQL server database named by its URL, whose
password is taken out of the address before anything shows or keeps it."""

from __future__ import annotations

from pathlib import Path

import pytest

from gsmeet.domain.locations import (
    NoDatabaseName,
    NotAServerUrl,
    Server,
    parse_location,
)


def test_a_plain_name_is_a_file() -> None:
    assert parse_location("회의/gsmeet.db") == Path("회의/gsmeet.db")
    assert parse_location("postgresql.db") == Path("postgresql.db")


@pytest.mark.parametrize(
    ("text", "url", "password", "user", "database"),
    [
        (
            "postgresql://kim@/gsmeet?host=/run/postgresql",
            "postgresql://kim@/gsmeet?host=/run/postgresql",
            None,
            "kim",
            "gsmeet",
        ),
        (
            "postgresql://kim:%EB%B9%84%EB%B0%80%20pw@db.city.go.kr:5433/위원회",
            "postgresql://kim@db.city.go.kr:5433/위원회",
            "비밀 pw",
            "kim",
            "위원회",
        ),
        ("postgres://a:b@h/d", "postgresql://a@h/d", "b", "a", "d"),
        ("postgresql+psycopg://h/d", "postgresql://h/d", None, "", "d"),
        (
            "postgresql://u@/db?host=/tmp/s&password=s3cret&sslmode=disable",
            "postgresql://u@/db?host=/tmp/s&sslmode=disable",
            "s3cret",
            "u",
            "db",
        ),
        ("postgresql://u@h/db?PASSWORD=%EB%B9%84", "postgresql://u@h/db", "비", "u", "db"),
    ],
)
def test_a_server_url_keeps_its_password_apart(
    text: str, url: str, password: str | None, user: str, database: str
) -> None:
    server = parse_location(text)
    assert isinstance(server, Server)
    assert (server.url, server.password, server.user, server.database) == (
        url,
        password,
        user,
        database,
    )
    assert (str(server) == url and password is None) or password not in repr(server)
    # Two openings of one database are the same database, whatever password was typed.
    assert server == Server(url, "another")


def test_a_bad_address_is_named_without_its_password() -> None:
    with pytest.raises(NotAServerUrl) as caught:
        parse_location("postgresql://kim:secret@host:54x/db")
    assert "secret" not in str(caught.value) and "kim***@host:54x/db" in str(caught.value)
    with pytest.raises(NoDatabaseName):
        parse_location("postgresql://kim@host/")


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("postgresql://kim:p@ss@host:54x/db", "ss@"),
        ("postgresql://kim@host:54x/db?password=hunter2", "hunter2"),
        ("postgresql://kim@host/db?host=/tmp&password=hunter2#x", "hunter2"),
    ],
)
def test_no_part_of_a_password_is_shown_in_an_error(text: str, secret: str) -> None:
    with pytest.raises(NotAServerUrl) as caught:
        parse_location(text)
    assert secret not in str(caught.value) and "***" in str(caught.value)
