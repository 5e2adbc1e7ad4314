"""The search index (migration 0003): built for existing rows on upgrade, kept by
triggers on every indexed table, merged outside the writes, checked by ``gsmeet check``."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from gsmeet.storage.check import check_database
from gsmeet.storage.db import open_store
from gsmeet.storage.fulltext import (
    INDEX_TABLES,
    SearchIndexNotKept,
    SearchIndexStale,
    index_problems,
    tidy,
)

GOLDEN = Path(__file__).parent / "golden"
# index → (table, a column of it) for the writes below
TABLES = {
    "search_remark": ("remark", "text"),
    "search_decision": ("decision", "text"),
    "search_action": ("action_item", "detail"),
    "search_agenda": ("agenda_item", "title"),
    "search_achievement": ("achievement", "text"),
    "search_status_change": ("task_status_change", "note"),
}


def full_check(path: Path) -> list[str]:
    """FTS5's own comparison of every index with its table, row by row and token by
    token (it writes, so not in ``gsmeet check``)."""
    connection = sqlite3.connect(path)
    problems = []
    try:
        for index in sorted(INDEX_TABLES):
            try:
                connection.execute(
                    f"INSERT INTO {index}({index}, rank) VALUES ('integrity-check', 1)"
                )
            except sqlite3.DatabaseError as error:
                problems.append(f"{index}: {error}")
    finally:
        connection.close()
    return problems


def found(path: Path, index: str, word: str) -> list[int]:
    connection = sqlite3.connect(path)
    try:
        rows = connection.execute(
            f"SELECT rowid FROM {index} WHERE {index} MATCH ? ORDER BY rowid", (f'"{word}"',)
        )
        return [row[0] for row in rows]
    finally:
        connection.close()


def test_the_tables_cover_every_index() -> None:
    assert set(TABLES) == INDEX_TABLES


def test_upgrading_the_previous_schema_indexes_every_row(tmp_path: Path) -> None:
    copy = tmp_path / "golden.db"
    shutil.copyfile(GOLDEN / "schema-0002-demo.db", copy)
    before = sqlite3.connect(copy)
    texts = {
        table: dict(before.execute(f"SELECT id, {column} FROM {table}").fetchall())
        for table, column in TABLES.values()
    }
    before.close()
    open_store(copy).close()
    assert full_check(copy) == []
    connection = sqlite3.connect(copy)
    assert index_problems(connection) == []
    for index, (table, _column) in TABLES.items():
        count = connection.execute(f"SELECT count(*) FROM {index}_docsize").fetchone()[0]
        assert count == len(texts[table]) > 0, index
    connection.close()
    # Every remark is found by a word of its own text (the index is complete).
    for remark_id, body in texts["remark"].items():
        word = next(w for w in body.split() if len(w) >= 3)
        assert remark_id in found(copy, "search_remark", word), (remark_id, word)
    assert check_database(copy).ok


@pytest.mark.parametrize("index", sorted(TABLES))
def test_triggers_keep_each_index_on_insert_update_and_delete(demo_db: Path, index: str) -> None:
    table, column = TABLES[index]
    connection = sqlite3.connect(demo_db, isolation_level=None)
    connection.execute("PRAGMA foreign_keys=OFF")  # a copy of a row, wherever it points
    (row_id,) = connection.execute(f"SELECT max(id) FROM {table}").fetchone()
    columns = [r[1] for r in connection.execute(f"PRAGMA table_info({table})") if r[1] != "id"]
    listed = ", ".join(columns)
    fresh = {column: "'두물머리나루터'", "uid": "lower(hex(randomblob(16)))"}  # (a uid is unique)
    values = ", ".join(fresh.get(c, c) for c in columns)
    connection.execute(
        f"INSERT INTO {table} ({listed}) SELECT {values} FROM {table} WHERE id = ?", (row_id,)
    )
    (new_id,) = connection.execute(f"SELECT max(id) FROM {table}").fetchone()
    connection.close()
    assert found(demo_db, index, "물머리") == [new_id]

    connection = sqlite3.connect(demo_db, isolation_level=None)
    connection.execute(f"UPDATE {table} SET {column} = '양수리 강변' WHERE id = ?", (new_id,))
    connection.close()
    assert found(demo_db, index, "물머리") == []
    assert found(demo_db, index, "양수리") == [new_id]

    connection = sqlite3.connect(demo_db, isolation_level=None)
    connection.execute(f"DELETE FROM {table} WHERE id = ?", (new_id,))
    connection.close()
    assert found(demo_db, index, "양수리") == []
    assert full_check(demo_db) == []


def test_tidy_merges_the_segments_of_single_writes(demo_db: Path) -> None:
    store = open_store(demo_db)
    connection = sqlite3.connect(demo_db, isolation_level=None)
    item = connection.execute("SELECT min(id) FROM agenda_item").fetchone()[0]
    for i in range(40):  # one commit each: one new segment each (automerge is off)
        connection.execute(
            "INSERT INTO remark (agenda_item_id, text, spoken_at, position, uid) "
            "VALUES (?, ?, '2019-08-22 15:00:00', ?, lower(hex(randomblob(16))))",
            (item, f"세그먼트 병합 확인 {i}", 1000 + i),
        )
    pages = connection.execute("SELECT count(*) FROM search_remark_data").fetchone()[0]
    connection.close()
    with store.session() as session:
        tidy(session)
    store.close()
    connection = sqlite3.connect(demo_db)
    after = connection.execute("SELECT count(*) FROM search_remark_data").fetchone()[0]
    settings = dict(connection.execute("SELECT k, v FROM search_remark_config"))
    connection.close()
    assert after < pages  # forty one-row segments became a few
    assert settings["automerge"] == 0 and settings["crisismerge"] == 64
    assert full_check(demo_db) == []
    assert len(found(demo_db, "search_remark", "병합 확인")) == 40


def test_check_reports_a_missing_trigger_and_a_stale_index(demo_db: Path) -> None:
    connection = sqlite3.connect(demo_db, isolation_level=None)
    connection.execute("DROP TRIGGER search_decision_insert")
    connection.execute(
        "INSERT INTO decision (agenda_item_id, text, vote_mode, position, uid) "
        "SELECT agenda_item_id, '색인되지 않는 결정', vote_mode, 99, lower(hex(randomblob(16))) "
        "FROM decision LIMIT 1"
    )
    connection.close()
    report = check_database(demo_db)
    kinds = {type(problem) for problem in report.problems}
    assert kinds == {SearchIndexNotKept, SearchIndexStale}, report.problems
    assert not report.ok
