"""The search index on a PostgreSQL server: a pg_trgm GIN index per searched column
(migration 0003), used for a word of three or more characters and never for a shorter
one (whose statement cannot use it), and ``gsmeet check`` naming one that is missing."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from sqlalchemy import event

from gsmeet.domain.locations import Server
from gsmeet.storage.fulltext import SOURCES, SearchIndexMissing, Word, find, trigram_indexes
from gsmeet.storage.server import ServerStore, check_server, open_server

from ..pgcluster import Cluster

MakeDatabase = Callable[..., Server]
REMARKS = next(source for source in SOURCES if source.index == "search_remark")


def generic_plan(store: ServerStore, word: str) -> str:
    """The generic plan (the one a prepared statement settles on after a few runs,
    whatever the word) of the remark search for ``word``, plain index scans priced out."""
    sent: list[tuple[str, dict[str, Any]]] = []

    def note(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        sent.append((statement, parameters))

    event.listen(store.engine, "before_cursor_execute", note)
    try:
        with store.session() as session:
            find(session, REMARKS, [Word(word)], committee_id=None, limit=10)
    finally:
        event.remove(store.engine, "before_cursor_execute", note)
    statement, parameters = sent[-1]
    names = list(parameters)
    numbered = re.sub(r"%\((\w+)\)s", lambda m: f"${names.index(m[1]) + 1}", statement)
    values = ", ".join(_literal(parameters[name]) for name in names)
    with store.engine.connect() as connection:
        # The demo's tables are small: walking the newest ids would win; priced out, an
        # index that can answer the condition is what is left.
        for setting in (
            "plan_cache_mode = force_generic_plan",
            "enable_seqscan = off",
            "enable_indexscan = off",
        ):
            connection.exec_driver_sql(f"SET {setting}")
        connection.exec_driver_sql(f"PREPARE probe AS {numbered}")
        rows = connection.exec_driver_sql(f"EXPLAIN EXECUTE probe({values})")
        found = "\n".join(str(row[0]) for row in rows)
        connection.invalidate()  # (its settings and the statement go with it, not to the pool)
        return found


def _literal(value: object) -> str:
    if isinstance(value, int):
        return str(value)
    # (quoted for SQL, and its % doubled: the driver reads % as a placeholder)
    return "'" + str(value).replace("'", "''").replace("%", "%%") + "'"


def test_every_searched_column_has_its_trigram_index(
    pg_cluster: Cluster, server_database: MakeDatabase
) -> None:
    server = server_database("demo")
    rows = pg_cluster.sql(
        "SELECT indexname, indexdef FROM pg_indexes WHERE indexname LIKE 'trgm_%'",
        server.database,
    )
    made = {str(name): str(definition) for name, definition in rows}
    assert set(made) == set(trigram_indexes())
    assert all("gin_trgm_ops" in definition for definition in made.values())


def test_a_long_word_is_looked_up_in_the_index_a_short_one_never(
    server_database: MakeDatabase,
) -> None:
    store = open_server(server_database("demo"))
    try:
        assert "trgm_remark_text" in generic_plan(store, "워크숍")
        # (An ILIKE of a short word would walk the whole index in the generic plan.)
        assert "trgm_remark_text" not in generic_plan(store, "위원")
    finally:
        store.close()


def test_check_names_a_missing_trigram_index(
    pg_cluster: Cluster, server_database: MakeDatabase
) -> None:
    server = server_database("demo")
    assert check_server(server).ok
    pg_cluster.sql("DROP INDEX trgm_decision_text", server.database)
    problems = check_server(server).problems
    assert [type(p) for p in problems] == [SearchIndexMissing]
    assert problems[0].fields["index"] == "trgm_decision_text"
