"""Every ``--db`` takes a PostgreSQL server database: a whole committee moves from a
file to a server with ``gsmeet import`` and comes back the same with ``gsmeet export``;
the documents are the same bytes from either engine; what only a file has (backups) is
refused in one line; a password is asked for or named, never shown."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from gsmeet.domain.locations import Server
from gsmeet.storage.schema import HEAD_REVISION

from .conftest import RunCli, assert_one_line_error
from .pgcluster import Cluster

MakeDatabase = Callable[..., Server]


def exported(gsmeet: RunCli, db: Path | Server, out: Path) -> dict[str, Any]:
    result = gsmeet("export", "--db", db, "--out", out)
    assert result.returncode == 0, result.stderr
    document: dict[str, Any] = json.loads(out.read_text(encoding="utf-8"))
    document.pop("exported_at")
    return document


def test_a_committee_moves_to_the_server_and_back_unchanged(
    demo_db: Path, server_database: MakeDatabase, gsmeet: RunCli, tmp_path: Path
) -> None:
    from_file = exported(gsmeet, demo_db, tmp_path / "file.json")
    server = server_database("blank")  # not even a schema yet: import makes it
    loaded = gsmeet("import", "--db", server, tmp_path / "file.json")
    assert loaded.returncode == 0, loaded.stderr
    assert loaded.stdout.startswith("Imported ") and str(server) in loaded.stdout
    assert exported(gsmeet, server, tmp_path / "server.json") == from_file

    # New rows on the server follow the imported ids (its sequences were moved on).
    prepared = gsmeet("prepare", "--db", server, "--from", "latest", "--date", "2019-12-19")
    assert prepared.returncode == 0, prepared.stderr
    after = exported(gsmeet, server, tmp_path / "after.json")
    ids = [row["id"] for row in after["tables"]["agenda_item"]]
    assert len(ids) == len(set(ids)) > len(from_file["tables"]["agenda_item"])

    again = gsmeet("import", "--db", server, tmp_path / "file.json")
    assert_one_line_error(again, "already holds data")
    assert exported(gsmeet, server, tmp_path / "unchanged.json") == after


def test_the_documents_are_the_same_bytes_from_either_engine(
    demo_db: Path, server_database: MakeDatabase, gsmeet: RunCli, tmp_path: Path
) -> None:
    server = server_database("demo")
    for db, out in ((demo_db, tmp_path / "file.pdf"), (server, tmp_path / "server.pdf")):
        result = gsmeet("minutes", "--db", db, "--meeting", "2", "--out", out)
        assert result.returncode == 0, result.stderr
    assert (tmp_path / "file.pdf").read_bytes() == (tmp_path / "server.pdf").read_bytes()


def test_demo_and_check_on_a_server(server_database: MakeDatabase, gsmeet: RunCli) -> None:
    server = server_database("blank")
    made = gsmeet("demo", "--db", server)
    assert made.returncode == 0, made.stderr
    checked = gsmeet("check", "--db", server)
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.strip() == f"{server}: ok (schema {HEAD_REVISION})"
    assert_one_line_error(gsmeet("demo", "--db", server, "--force"), "already holds data")


def test_what_only_a_file_has_is_refused_in_one_line(
    server_database: MakeDatabase, gsmeet: RunCli
) -> None:
    server = server_database("demo")
    for command in ("backup", "backups"):
        assert_one_line_error(gsmeet(command, "--db", server), "works on a database file")


def test_a_password_is_asked_for_or_named_never_shown(
    pg_cluster: Cluster,
    server_database: MakeDatabase,
    gsmeet: RunCli,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server = server_database("demo")
    if not pg_cluster.sql("SELECT 1 FROM pg_roles WHERE rolname = 'park'"):
        pg_cluster.create_role("park", password="s3cret-pw")
    pg_cluster.sql("GRANT SELECT ON ALL TABLES IN SCHEMA public TO park", server.database)
    url = pg_cluster.url(server.database, user="park")
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    out = tmp_path / "m.pdf"

    # No password anywhere and no terminal to ask on: said, naming what to set.
    asked = gsmeet("minutes", "--db", url, "--meeting", "2", "--out", out)
    assert_one_line_error(asked, "PGPASSWORD", url)

    wrong = gsmeet(
        "minutes", "--db", url.replace("park@", "park:nope@"), "--meeting", "2", "--out", out
    )
    assert_one_line_error(wrong, "not accepted")
    assert "nope" not in wrong.stderr

    given = url.replace("park@", "park:s3cret-pw@")
    written = gsmeet("minutes", "--db", given, "--meeting", "2", "--out", out)
    assert written.returncode == 0, written.stderr
    assert "s3cret-pw" not in written.stdout + written.stderr
    assert out.read_bytes().startswith(b"%PDF")

    # A reading role may read; a write is the server's refusal, in one line.
    refused = gsmeet("prepare", "--db", given, "--from", "latest", "--date", "2019-12-19")
    assert_one_line_error(refused, "park may not make this change")


def run_script(cluster: Cluster, script: str, database: str) -> None:
    """As psql runs it: statement by statement (``CREATE DATABASE`` refuses a block)."""
    for statement in re.split(r";[ \t]*(?:--[^\n]*)?\n", script + "\n"):
        if statement.strip():
            cluster.sql(statement, database)


def test_the_readme_roles_make_an_owner_and_secretaries_of_least_privilege(
    pg_cluster: Cluster, demo_db: Path, gsmeet: RunCli, tmp_path: Path
) -> None:
    """The README's "A shared database" set-up, run as written (names made unique): the
    owner's import makes the schema, a secretary's role edits the committee, and may
    neither change the schema nor reach past its tables."""
    import psycopg

    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    script = readme.split("sudo -u postgres psql <<'SQL'\n", 1)[1].split("\nSQL\n", 1)[0]
    for name in ("gsmeet_owner", "committees", "secretaries", "kim", "lee"):
        script = re.sub(rf"\b{name}\b", f"readme_{name}", script)
    before, after = script.split("\\c readme_committees\n")
    run_script(pg_cluster, before, "postgres")
    try:
        run_script(pg_cluster, after, "readme_committees")
        owner = pg_cluster.url("readme_committees", user="readme_gsmeet_owner")
        exported(gsmeet, demo_db, tmp_path / "ours.json")
        loaded = gsmeet("import", "--db", owner, tmp_path / "ours.json")
        assert loaded.returncode == 0, loaded.stderr
        kim = pg_cluster.url("readme_committees", user="readme_kim")
        prepared = gsmeet("prepare", "--db", kim, "--from", "latest", "--date", "2019-12-19")
        assert prepared.returncode == 0, prepared.stderr
        assert exported(gsmeet, kim, tmp_path / "kim.json")["tables"]["meeting"]
        with psycopg.connect(pg_cluster.conninfo("readme_committees", user="readme_kim")) as c:
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                c.execute("CREATE TABLE mine (x int)")
            c.rollback()
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                c.execute("DROP TABLE remark")
    finally:
        pg_cluster.sql("DROP DATABASE IF EXISTS readme_committees WITH (FORCE)")
        for role in ("readme_kim", "readme_lee", "readme_secretaries", "readme_gsmeet_owner"):
            pg_cluster.sql(f"DROP ROLE IF EXISTS {role}")


@pytest.mark.parametrize(
    ("url", "korean"),
    [
        ("postgresql://u@h:x/db", "포트가 숫자가 아닙니다"),
        ("postgresql://u@h/", "데이터베이스 이름이 없습니다"),
    ],
    ids=["port", "no-database"],
)
def test_a_bad_server_address_is_said_in_the_runs_language(
    gsmeet: RunCli, url: str, korean: str
) -> None:
    for argv in (("--lang", "ko", "check", "--db", url), ("check", "--db", url, "--lang", "ko")):
        result = gsmeet(*argv)
        assert result.returncode == 2, result.stderr
        (line,) = result.stderr.strip().splitlines()[-1:]
        assert korean in line and url in line, line
        assert not any(word in line for word in ("server address", "port", "names no")), line
