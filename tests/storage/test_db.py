"""Opening, creating and upgrading database files (reliability rows 5, 6, 7, 9)."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import subprocess
from datetime import date, time
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import InvalidRequestError

from gsmeet.domain.enums import MeetingKind, Role
from gsmeet.domain.errors import CorruptDatabaseError, DatabaseError, NewerSchemaError
from gsmeet.storage.backup import list_backups
from gsmeet.storage.db import open_store
from gsmeet.storage.kinds import add_default_kinds
from gsmeet.storage.models import Committee, Meeting, Membership, Person
from gsmeet.storage.probe import inspect_revision
from gsmeet.storage.schema import HEAD_REVISION, KNOWN_REVISIONS


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_private_and_stamped(tmp_path: Path) -> None:
    path = tmp_path / "새 폴더" / "위원회.db"  # non-ASCII path (reliability row 13)
    store = open_store(path)
    store.close()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
    assert inspect_revision(path) == HEAD_REVISION


def test_connections_use_wal_full_sync_and_foreign_keys(tmp_path: Path) -> None:
    store = open_store(tmp_path / "a.db")
    with store.engine.connect() as connection:
        pragma = connection.exec_driver_sql
        assert pragma("PRAGMA journal_mode").scalar() == "wal"
        assert pragma("PRAGMA synchronous").scalar() == 2  # FULL
        assert pragma("PRAGMA foreign_keys").scalar() == 1
    store.close()


def test_round_trip_of_a_committee_and_a_dated_membership(tmp_path: Path) -> None:
    store = open_store(tmp_path / "a.db")
    with store.session() as session:
        committee = Committee(name="경산발전전략위원회", host_body="경산시")
        person = Person(name="최영조", is_public_official=True)
        session.add_all([committee, person])
        session.flush()
        kinds = {k.code: k for k in add_default_kinds(session, committee.id)}
        session.add(
            Membership(
                committee_id=committee.id,
                person_id=person.id,
                role=Role.CO_CHAIR,
                organisation="경산시",
                position="시장",
                term_start=date(2018, 11, 1),
            )
        )
        session.add(
            Meeting(
                committee_id=committee.id,
                number=2,
                kind=kinds[MeetingKind.ROUND_TABLE],
                held_on=date(2019, 8, 22),
                start_time=time(14, 0),
            )
        )
    store.close()
    store = open_store(tmp_path / "a.db")
    with store.session() as session:
        membership = session.scalars(select(Membership)).one()
        assert membership.role is Role.CO_CHAIR
        assert membership.term_start == date(2018, 11, 1)
        meeting = session.scalars(select(Meeting)).one()
        assert (meeting.kind.code, meeting.start_time) == (MeetingKind.ROUND_TABLE, time(14, 0))
        assert meeting.kind.name_ko == "간담회"  # joined with the meeting, no lazy load
        with pytest.raises(InvalidRequestError):
            _ = membership.person  # lazy="raise": no hidden query
    store.close()


def test_foreign_keys_are_enforced(tmp_path: Path) -> None:
    store = open_store(tmp_path / "a.db")
    with pytest.raises(Exception, match="FOREIGN KEY"), store.session() as session:
        session.add(
            Membership(committee_id=99, person_id=99, role=Role.MEMBER, term_start=date(2019, 1, 1))
        )
    store.close()


def _stamp(path: Path, revision: str) -> None:
    connection = sqlite3.connect(path)
    connection.execute("UPDATE alembic_version SET version_num = ?", (revision,))
    connection.commit()
    connection.close()


def test_newer_schema_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "newer.db"
    open_store(path).close()
    _stamp(path, "9999_from_the_future")
    before = sha256(path)
    with pytest.raises(NewerSchemaError, match="newer gsmeet"):
        open_store(path)
    assert sha256(path) == before
    assert list_backups(path) == []


@pytest.mark.parametrize("damage", ["zeroed header", "garbage page", "truncated"])
def test_corrupt_file_is_detected_and_not_changed(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "broken.db"
    store = open_store(path)
    with store.session() as session:
        session.add_all(Person(name=f"위원{i}", email="x" * 200) for i in range(400))
    with store.engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    data = bytearray(path.read_bytes())
    if damage == "zeroed header":
        data[:100] = bytes(100)
    elif damage == "garbage page":
        data[4096 * 3 : 4096 * 4] = os.urandom(4096)
    else:
        data = data[: len(data) // 2]
    path.write_bytes(bytes(data))
    before = sha256(path)
    with pytest.raises((CorruptDatabaseError, DatabaseError)):
        open_store(path)
    assert sha256(path) == before


def test_a_foreign_sqlite_file_is_not_taken_over(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE notes (x)")
    connection.close()
    with pytest.raises(DatabaseError, match="not a gsmeet database"):
        open_store(path)


def _make_read_only(path: Path) -> bool:
    """chmod for ordinary users; root ignores modes, so it gets the immutable flag."""
    if os.geteuid() != 0:
        path.chmod(0o400)
        return True
    result = subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=False)
    return result.returncode == 0


def test_read_only_file_is_said_at_open(tmp_path: Path) -> None:
    path = tmp_path / "ro.db"
    open_store(path).close()
    if not _make_read_only(path):
        pytest.skip("cannot make a file read-only here")
    before = sha256(path)
    try:
        with pytest.raises(DatabaseError, match="read-only"):
            open_store(path)
        assert sha256(path) == before
    finally:
        if os.geteuid() == 0:
            subprocess.run(["chattr", "-i", str(path)], check=False)


def test_known_revisions_match_the_migration_scripts() -> None:
    from alembic.script import ScriptDirectory

    from gsmeet.storage.migrations import alembic_config

    scripts = ScriptDirectory.from_config(alembic_config())
    revisions = [r.revision for r in reversed(list(scripts.walk_revisions()))]
    assert tuple(revisions) == KNOWN_REVISIONS
    assert scripts.get_current_head() == HEAD_REVISION


def test_migrated_database_matches_the_models(tmp_path: Path) -> None:
    from gsmeet.storage.check import schema_differences

    path = tmp_path / "fresh.db"
    open_store(path).close()
    assert schema_differences(path) == []


@pytest.mark.parametrize("folder", ["q?x", "100%41", "회의#1 자료"])
def test_folder_names_that_look_like_uri_syntax(tmp_path: Path, folder: str) -> None:
    from gsmeet.storage.backup import backup_database
    from gsmeet.storage.check import check_database

    path = tmp_path / folder / "g.db"
    store = open_store(path)
    with store.session() as session:
        session.add(Person(name="최영조"))
    store.close()
    assert path.is_file() and inspect_revision(path) == HEAD_REVISION
    assert check_database(path).ok
    assert backup_database(path, "test").path.is_file()
    assert not (tmp_path / "q").exists()


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="is a folder"):
        open_store(tmp_path)
