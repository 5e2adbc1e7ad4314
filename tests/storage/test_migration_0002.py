"""Schema 0002 (sessions of every kind): a database of schema 0001 and an export of
format 1 come up with every row, every number and every kind as they were."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest

from gsmeet.domain.enums import MeetingStatus
from gsmeet.domain.errors import InvalidInputError
from gsmeet.services.admin.setup import import_database
from gsmeet.services.admin.transfer import export_data
from gsmeet.services.listing import list_meetings
from gsmeet.services.meetings import count_rows
from gsmeet.services.record import meeting_record
from gsmeet.storage.check import schema_differences
from gsmeet.storage.db import open_store

GOLDEN = Path(__file__).parent / "golden" / "schema-0001-demo.db"
EXPORT_V1 = Path(__file__).parents[1] / "fixtures" / "exports" / "format-1-demo.json"
NEW_TABLES = {"session_kind", "guest", "postponement"}


def _rows(path: Path, query: str) -> list[tuple[object, ...]]:
    """``query``'s rows, the file opened read-only (the golden file is read in place)."""
    connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return connection.execute(query).fetchall()
    finally:
        connection.close()


@pytest.fixture
def upgraded(tmp_path: Path) -> Path:
    copy = tmp_path / "old.db"
    shutil.copyfile(GOLDEN, copy)
    open_store(copy).close()
    return copy


def test_sessions_keep_number_kind_and_status(upgraded: Path) -> None:
    before = _rows(GOLDEN, "SELECT id, number, kind, status, title FROM meeting ORDER BY id")
    after = _rows(
        upgraded,
        "SELECT m.id, m.number, k.code, m.status, m.title, m.series, m.subcommittee_id"
        " FROM meeting m JOIN session_kind k ON k.id = m.kind_id ORDER BY m.id",
    )
    codes = {"round_table": "roundtable"}
    assert [(*row[:2], codes.get(str(row[2]), row[2]), *row[3:]) for row in before] == [
        row[:5] for row in after
    ]
    assert {(row[5], row[6]) for row in after} == {("main", None)}


def test_every_committee_gets_the_default_kinds_old_ones_counting_quorum(upgraded: Path) -> None:
    kinds = _rows(
        upgraded, "SELECT code, name_ko, series, quorum_applies FROM session_kind ORDER BY id"
    )
    assert kinds == [
        ("regular", "정기회의", "main", 1),
        ("extraordinary", "임시회의", "main", 1),
        ("roundtable", "간담회", "main", 1),  # as schema 0001 printed its minutes
        ("subcommittee", "분과회의", "subcommittee", 1),
        ("ceremony", "행사", "", 0),
        ("workshop", "워크숍", "workshop", 0),
    ]


def test_the_upgraded_file_matches_the_models_and_reads(upgraded: Path) -> None:
    assert schema_differences(upgraded) == []
    store = open_store(upgraded)
    try:
        meetings = list_meetings(store, 1)
        assert [m.number for m in meetings] == [3, 2, 1]
        record = meeting_record(store, meetings[1].id)
        assert record.meeting.kind.label("ko") == "간담회"
        assert record.quorum.applies  # the minutes say what they said before
        assert record.previous is not None and record.previous.number == 1
        assert record.guests == () and record.headcount is None
    finally:
        store.close()


def test_numbers_are_no_longer_unique_across_series(upgraded: Path) -> None:
    """Numbers run per series: the index of schema 0001 is gone (the services hold it)."""
    connection = sqlite3.connect(upgraded)
    try:
        indexes = connection.execute("PRAGMA index_list(meeting)").fetchall()
        assert not any(row[2] for row in indexes if "number" in str(row[1]))
    finally:
        connection.close()


def without_uids(tables: dict[str, list[dict[str, object]]]) -> dict[str, list[dict[str, object]]]:
    return {
        name: [{k: v for k, v in r.items() if k != "uid"} for r in rows]
        for name, rows in tables.items()
    }


def test_format_1_export_imports_as_its_database_upgrades(upgraded: Path, tmp_path: Path) -> None:
    """The same demo of schema 0001, once exported (format 1) and imported, once
    upgraded as a file: the same rows."""
    target = tmp_path / "imported.db"
    summary = import_database(target, EXPORT_V1)
    imported, upgraded_store = open_store(target), open_store(upgraded)
    try:
        assert count_rows(imported) == count_rows(upgraded_store)
        assert summary.rows["session_kind"] == 6
        # (each database gave its rows uids of its own: the rest is the same)
        a, b = (without_uids(export_data(s)["tables"]) for s in (imported, upgraded_store))
        assert a["meeting"] == b["meeting"] and a["session_kind"] == b["session_kind"]
        assert a["committee"] == b["committee"]
        first = list_meetings(imported, 1)[-1]
        assert (first.number, first.kind.code, first.status) == (
            1,
            "regular",
            MeetingStatus.MINUTES_ISSUED,
        )
    finally:
        imported.close()
        upgraded_store.close()


def test_format_1_counts(tmp_path: Path) -> None:
    document = json.loads(EXPORT_V1.read_text(encoding="utf-8"))
    target = tmp_path / "imported.db"
    import_database(target, EXPORT_V1)
    store = open_store(target)
    try:
        counts = count_rows(store)
    finally:
        store.close()
    for table, rows in document["tables"].items():
        assert counts[table] == len(rows), table
    # filled in on the way: the kinds of session (format 2), the reviews' changes (format 4)
    filled = {t for t in counts if counts[t] and t not in document["tables"]}
    assert filled == {"session_kind", "action_change"}


def test_two_sessions_holding_one_number_are_refused(tmp_path: Path) -> None:
    document = json.loads(EXPORT_V1.read_text(encoding="utf-8"))
    document["tables"]["meeting"][2]["number"] = 2
    path = tmp_path / "in.json"
    path.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(InvalidInputError, match=r"tables\.meeting\[2\]\.number: number 2"):
        import_database(tmp_path / "new.db", path)
    assert not (tmp_path / "new.db").exists()


def test_downgrade_brings_schema_0001_back(upgraded: Path) -> None:
    """The migration can be undone on a copy (for a developer going back a version)."""
    from alembic import command
    from sqlalchemy import create_engine

    from gsmeet.storage.migrations import alembic_config

    engine = create_engine(f"sqlite:///{upgraded}")
    with engine.connect() as connection:
        connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
        config = alembic_config()
        config.attributes["connection"] = connection
        command.downgrade(config, "0001")
        connection.commit()
    engine.dispose()
    assert _rows(upgraded, "SELECT id, number, kind, status FROM meeting ORDER BY id") == (
        _rows(GOLDEN, "SELECT id, number, kind, status FROM meeting ORDER BY id")
    )
    tables = {r[0] for r in _rows(upgraded, "SELECT name FROM sqlite_master WHERE type='table'")}
    assert not tables & NEW_TABLES
