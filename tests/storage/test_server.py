"""A gsmeet database on a PostgreSQL server: the schema made by the same migrations as
on SQLite, in one transaction; a newer or foreign schema left alone; passwords from
the URL, PGPASSWORD or .pgpass and never written down; the server's refusals as
one-line messages."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import event, select, text

from gsmeet.domain.locations import PasswordNeeded, Server, WrongPassword, parse_server
from gsmeet.storage.models import Committee
from gsmeet.storage.refusals import DatabaseServerUnreachable, NoSuchServerDatabase, ServerReadOnly
from gsmeet.storage.schema import HEAD_REVISION
from gsmeet.storage.server import (
    NotAGsmeetServerDatabase,
    ServerNeedsUpgrade,
    ServerSchemaIsNewer,
    check_server,
    open_server,
)

from ..pgcluster import Cluster

MakeDatabase = Callable[..., Server]


def tables(cluster: Cluster, server: Server) -> set[str]:
    rows = cluster.sql(
        "SELECT tablename FROM pg_tables WHERE schemaname = 'public'", server.database
    )
    return {str(name) for (name,) in rows}


def test_the_migrations_make_the_schema_of_the_models(
    pg_cluster: Cluster, server_database: MakeDatabase
) -> None:
    server = server_database("blank")
    open_server(server).close()
    assert {"committee", "meeting", "remark", "alembic_version"} <= tables(pg_cluster, server)
    report = check_server(server)
    assert report.ok, report.problems
    assert report.revision == HEAD_REVISION


def test_a_failed_migration_leaves_no_table(
    pg_cluster: Cluster, server_database: MakeDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PostgreSQL's DDL is transactional: the upgrade is all or nothing, as on SQLite."""
    from gsmeet.storage import server as module

    server = server_database("blank")
    made = module.server_engine

    def failing_engine(*args: object, **kwargs: object) -> object:
        engine = made(*args, **kwargs)  # type: ignore[arg-type]

        @event.listens_for(engine, "before_cursor_execute")
        def fail(_conn: object, _cursor: object, statement: str, *_: object) -> None:
            if statement.lstrip().upper().startswith("CREATE TABLE MEETING "):
                raise RuntimeError("the disk gave up")

        return engine

    monkeypatch.setattr(module, "server_engine", failing_engine)
    with pytest.raises(RuntimeError, match="gave up"):
        open_server(server)
    assert tables(pg_cluster, server) == set()


def test_a_newer_or_a_foreign_schema_is_left_alone(
    pg_cluster: Cluster, server_database: MakeDatabase
) -> None:
    newer = server_database()
    pg_cluster.sql("UPDATE alembic_version SET version_num = '9999'", newer.database)
    with pytest.raises(ServerSchemaIsNewer, match="9999"):
        open_server(newer)
    assert pg_cluster.sql("SELECT version_num FROM alembic_version", newer.database) == [("9999",)]
    assert not check_server(newer).ok

    foreign = server_database("blank")
    pg_cluster.sql("CREATE TABLE accounts (id int)", foreign.database)
    with pytest.raises(NotAGsmeetServerDatabase):
        open_server(foreign)
    assert tables(pg_cluster, foreign) == {"accounts"}


def test_no_such_database_or_server(pg_cluster: Cluster, tmp_path: Path) -> None:
    with pytest.raises(NoSuchServerDatabase, match="no database nowhere"):
        open_server(parse_server(pg_cluster.url("nowhere")))
    gone = parse_server(f"postgresql://postgres@/gsmeet?host={tmp_path}&port=5999")
    with pytest.raises(DatabaseServerUnreachable) as caught:
        open_server(gone)
    assert str(caught.value).startswith(f"{gone}: the server cannot be reached")


def test_a_reader_cannot_write(server_database: MakeDatabase) -> None:
    server = server_database("demo")
    store = open_server(server, read_only=True)
    try:
        with store.session() as session:
            assert session.scalars(select(Committee.name)).one() == "경산발전전략위원회"
        with pytest.raises(ServerReadOnly), store.session() as session:
            session.execute(text("UPDATE committee SET name = 'x'"))
    finally:
        store.close()


@pytest.fixture
def guarded(pg_cluster: Cluster, server_database: MakeDatabase) -> Server:
    """The demo on the server, for a role (kim) that must give its password."""
    server = server_database("demo")
    if not pg_cluster.sql("SELECT 1 FROM pg_roles WHERE rolname = 'kim'"):
        pg_cluster.create_role("kim", password="비밀 번호")
    pg_cluster.sql(f'GRANT ALL ON DATABASE "{server.database}" TO kim')
    pg_cluster.sql("GRANT ALL ON ALL TABLES IN SCHEMA public TO kim", server.database)
    return parse_server(pg_cluster.url(server.database, user="kim"))


def names_committee(server: Server) -> bool:
    store = open_server(server)
    try:
        with store.session() as session:
            return session.scalars(select(Committee.name)).one() == "경산발전전략위원회"
    finally:
        store.close()


def test_the_password_comes_from_the_url_pgpassword_or_pgpass(
    guarded: Server, pg_cluster: Cluster, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))
    with pytest.raises(PasswordNeeded):
        open_server(guarded)
    with pytest.raises(WrongPassword, match="kim"):
        open_server(guarded.with_password("wrong"))
    assert names_committee(guarded.with_password("비밀 번호"))
    assert names_committee(
        parse_server(guarded.url.replace("kim@", "kim:%EB%B9%84%EB%B0%80%20%EB%B2%88%ED%98%B8@"))
    )

    monkeypatch.setenv("PGPASSWORD", "비밀 번호")
    assert names_committee(guarded)
    monkeypatch.delenv("PGPASSWORD")

    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"{pg_cluster.socket_dir}:{pg_cluster.port}:*:kim:비밀 번호\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    assert names_committee(guarded)


def test_an_upgrade_the_role_may_not_make_is_said(
    pg_cluster: Cluster, server_database: MakeDatabase
) -> None:
    """One role per secretary, with the rights to read and write rows and no more: an
    older schema must be upgraded by the database's owner."""
    server = server_database("blank")
    if not pg_cluster.sql("SELECT 1 FROM pg_roles WHERE rolname = 'lee'"):
        pg_cluster.create_role("lee")
    pg_cluster.sql("REVOKE CREATE ON SCHEMA public FROM PUBLIC", server.database)
    as_lee = parse_server(pg_cluster.url(server.database, user="lee"))
    with pytest.raises(ServerNeedsUpgrade, match="lee"):
        open_server(as_lee)
    assert tables(pg_cluster, server) == set()
