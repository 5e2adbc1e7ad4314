"""Migration 0007 (stable identities) on real databases of schema 0006, on both engines:
every row of committee data gets a uid of its own (32 hex digits, unique in its table,
not null), every other value stays, and the search index still follows its tables."""

from __future__ import annotations

import re
import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import MetaData, Table, create_engine, insert, inspect, select, text
from sqlalchemy.exc import IntegrityError

from gsmeet.domain.locations import Server
from gsmeet.services.search import search
from gsmeet.storage.db import open_store
from gsmeet.storage.models import Base, Identified, LiveLease, Remark
from gsmeet.storage.server import open_server, server_engine, upgrade_server

from .rows import read_rows

GOLDEN = Path(__file__).parent / "golden" / "schema-0006-demo.db"
UID = re.compile("[0-9a-f]{32}")
IDENTIFIED = sorted(
    mapper.class_.__tablename__
    for mapper in Base.registry.mappers
    if issubclass(mapper.class_, Identified)
)


def test_every_table_of_committee_data_is_identified() -> None:
    """Every table an export holds has a uid; the database's own bookkeeping (who runs
    a session live, which one is out on a laptop) has none."""
    from gsmeet.services.admin.transfer import NOT_EXPORTED

    names = {t.name for t in Base.metadata.sorted_tables}
    assert LiveLease.__tablename__ in NOT_EXPORTED
    # pending_file keeps the uid 0007 gave it, though it is not exported since 0009
    assert set(IDENTIFIED) == (names - NOT_EXPORTED) | {"pending_file"}
    for name in IDENTIFIED:
        column = Base.metadata.tables[name].c.uid
        assert not column.nullable and column.unique, name


def assert_identified(rows: dict[str, tuple[tuple[str, ...], list[tuple[object, ...]]]]) -> int:
    counted = 0
    for table in IDENTIFIED:
        columns, found = rows[table]
        uids = [row[columns.index("uid")] for row in found]
        assert all(isinstance(u, str) and UID.fullmatch(u) for u in uids), table
        assert len(set(uids)) == len(uids), f"{table}: a uid twice"
        counted += len(uids)
    return counted


def test_a_0006_file_gets_a_uid_on_every_row_and_keeps_its_search(tmp_path: Path) -> None:
    copy = tmp_path / "old.db"
    shutil.copyfile(GOLDEN, copy)
    connection = sqlite3.connect(copy)
    triggers = connection.execute("SELECT name, sql FROM sqlite_master WHERE type='trigger'")
    before = sorted(triggers.fetchall())
    connection.close()
    assert before, "the golden database has the search index's triggers"
    store = open_store(copy)
    try:
        with store.session() as s:
            remark = s.scalars(select(Remark).order_by(Remark.id)).first()
            assert remark is not None
            old_word, item_id = remark.text[:6], remark.agenda_item_id
            # a row made after the upgrade gets its uid from the model, and is indexed
            s.add(
                Remark(
                    agenda_item_id=item_id, text="업그레이드후새발언", spoken_at=remark.spoken_at
                )
            )
        assert search(store, old_word).hits
        assert search(store, "업그레이드후새발언").hits
    finally:
        store.close()
    rows = read_rows(copy)
    assert assert_identified(rows) > 100
    connection = sqlite3.connect(copy)
    after = sorted(
        connection.execute("SELECT name, sql FROM sqlite_master WHERE type='trigger'").fetchall()
    )
    with pytest.raises(sqlite3.IntegrityError):  # NOT NULL, as the models say
        connection.execute("UPDATE person SET uid = NULL WHERE id = 1")
    connection.close()
    assert after == before


def golden_rows() -> dict[str, list[dict[str, Any]]]:
    """Every row of the 0006 golden database, typed by the models (without uids)."""
    # immutable: read as it is, no -wal or -shm made beside the released file
    engine = create_engine(
        f"sqlite:///file:{GOLDEN.resolve().as_posix()}?mode=ro&immutable=1&uri=true"
    )
    found: dict[str, list[dict[str, Any]]] = {}
    try:
        with engine.connect() as connection:
            present = set(inspect(connection).get_table_names())
            for table in [t for t in Base.metadata.sorted_tables if t.name in present]:
                there = {c["name"] for c in inspect(connection).get_columns(table.name)}
                columns = [c for c in table.c if c.name != "uid" and c.name in there]
                query = select(*columns).order_by(*table.primary_key.columns)
                found[table.name] = [dict(r) for r in connection.execute(query).mappings()]
    finally:
        engine.dispose()
    return found


def test_a_0006_server_database_gets_a_uid_on_every_row_and_keeps_every_value(
    server_database: Callable[..., Server],
) -> None:
    from gsmeet.services.admin.transfer import insert_rows

    server = server_database("blank")
    engine = server_engine(server)
    try:
        upgrade_server(server, engine, "0006")
        rows = golden_rows()
        old = MetaData()
        old.reflect(engine)
        from sqlalchemy.orm import Session

        with Session(engine) as session, session.begin():
            for table in Base.metadata.sorted_tables:
                if rows.get(table.name):
                    insert_rows(session, old.tables[table.name], rows[table.name])
        upgrade_server(server, engine, "head")
        new = MetaData()
        new.reflect(engine)
        with engine.connect() as connection:
            total = 0
            for name in IDENTIFIED:
                table: Table = new.tables[name]
                found = [
                    dict(r)
                    for r in connection.execute(select(table).order_by(table.c.id)).mappings()
                ]
                uids = [row.pop("uid") for row in found]
                assert all(UID.fullmatch(u) for u in uids) and len(set(uids)) == len(uids)
                assert found == rows[name], name
                total += len(found)
            assert total > 100
            connection.rollback()
            with pytest.raises(IntegrityError), connection.begin():  # unique, as the models say
                connection.execute(
                    text("UPDATE person SET uid = (SELECT uid FROM person WHERE id = 1)")
                )
    finally:
        engine.dispose()
    store = open_server(server)
    try:
        with store.session() as s:
            person = s.scalars(select(Base.metadata.tables["person"])).first()
            assert person is not None
            s.execute(insert(Base.metadata.tables["guest"]).values(meeting_id=1, name="손님"))
            (uid,) = s.execute(text("SELECT uid FROM guest WHERE name = '손님'")).one()
        assert UID.fullmatch(uid)
    finally:
        store.close()
