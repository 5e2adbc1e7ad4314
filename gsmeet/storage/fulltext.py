"""The search index and the queries that use it: the engine-specific half of search
(:mod:`gsmeet.services.search` is the other half: words, names, snippets, order).

On SQLite, each searched table has an FTS5 table with the ``trigram`` tokenizer over
its text columns (migration 0003: external content, kept by triggers). A word of three
or more characters is looked up in the index; a shorter one cannot be (a trigram index
holds nothing shorter, and answers such a word with nothing at all, silently), so it
is found by reading the table — :func:`uses_index` is that one rule. On PostgreSQL
each searched column has a pg_trgm GIN index instead (migration 0003, ``trgm_*``),
which serves ``ILIKE '%word%'`` for a word of three or more characters; a shorter one
is matched with ``strpos``, which no plan can answer from the index (a cached generic
plan would otherwise walk the index for a one-letter word, many times slower than
reading the table).

A word matches a row when the row's text holds it or, where the row has one, when the
word names the row's speaker or owner: the caller passes the ids of the people (and
sub-committees) the word names, found in their small tables first.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, text

from gsmeet.domain.enums import HitKind
from gsmeet.domain.messages import Message

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

TRIGRAM = 3  # the shortest word the index can find


@dataclass(frozen=True, slots=True)
class Word:
    """One word of a query: its text, and whom it names."""

    text: str
    people: tuple[int, ...] = ()
    subcommittees: tuple[int, ...] = ()


@dataclass(frozen=True, slots=True)
class Row:
    kind: HitKind
    id: int
    body: str
    agenda_item_id: int | None
    item_title: str
    meeting_id: int
    who: str  # the speaker of a remark, the owner of an action item


@dataclass(frozen=True, slots=True)
class Source:
    """A searched table: its FTS5 index, the alias its query gives it, its indexed
    columns, and the columns naming a person or sub-committee a word can match."""

    kind: HitKind
    index: str
    alias: str
    columns: tuple[str, ...]
    select: str  # the query, with {match} for the words' conditions
    person: str = ""
    subcommittee: str = ""


# Each query walks its table by id, newest first ("{join}": SQLite's CROSS JOIN pins
# the join order for its planner, from the meeting side it would collect and sort every
# match; PostgreSQL's JOIN, which takes an ON, plans the order itself).
_BRIEFING_ITEM = (
    "LEFT JOIN agenda_item AS a ON a.id = (SELECT b.id FROM agenda_item AS b "
    "WHERE b.meeting_id = m.id AND b.strategy_id = {strategy} ORDER BY b.position, b.id LIMIT 1)"
)
SOURCES: tuple[Source, ...] = (
    Source(
        HitKind.REMARK,
        "search_remark",
        "r",
        ("text",),
        "SELECT r.id, r.text, r.agenda_item_id, a.title, m.id, coalesce(p.name, '') "
        "FROM {table} {join} agenda_item AS a ON a.id = r.agenda_item_id "
        "{join} meeting AS m ON m.id = a.meeting_id "
        "LEFT JOIN person AS p ON p.id = r.speaker_id",
        person="r.speaker_id",
    ),
    Source(
        HitKind.DECISION,
        "search_decision",
        "d",
        ("text",),
        "SELECT d.id, d.text, d.agenda_item_id, a.title, m.id, '' "
        "FROM {table} {join} agenda_item AS a ON a.id = d.agenda_item_id "
        "{join} meeting AS m ON m.id = a.meeting_id",
    ),
    Source(
        HitKind.ACTION,
        "search_action",
        "x",
        ("title", "detail", "owner_text"),
        "SELECT x.id, x.title || :newline || x.detail, x.agenda_item_id, coalesce(a.title, ''), "
        "m.id, coalesce(p.name, s.name, x.owner_text) "
        "FROM {table} {join} meeting AS m ON m.id = x.meeting_id "
        "LEFT JOIN agenda_item AS a ON a.id = x.agenda_item_id "
        "LEFT JOIN person AS p ON p.id = x.owner_person_id "
        "LEFT JOIN subcommittee AS s ON s.id = x.owner_subcommittee_id",
        person="x.owner_person_id",
        subcommittee="x.owner_subcommittee_id",
    ),
    Source(
        HitKind.ITEM,
        "search_agenda",
        "i",
        ("title",),
        "SELECT i.id, i.title, i.id, i.title, m.id, '' "
        "FROM {table} {join} meeting AS m ON m.id = i.meeting_id",
    ),
    Source(
        HitKind.ACHIEVEMENT,
        "search_achievement",
        "v",
        ("text", "figure"),
        "SELECT v.id, trim(v.text || ' ' || v.figure), a.id, coalesce(a.title, ''), m.id, '' "
        "FROM {table} {join} meeting AS m ON m.id = v.meeting_id "
        + _BRIEFING_ITEM.format(strategy="v.strategy_id"),
    ),
    Source(
        HitKind.STATUS_CHANGE,
        "search_status_change",
        "c",
        ("note",),
        "SELECT c.id, c.note, a.id, coalesce(a.title, ''), m.id, t.title "
        "FROM {table} {join} meeting AS m ON m.id = c.meeting_id "
        "{join} task AS t ON t.id = c.task_id " + _BRIEFING_ITEM.format(strategy="t.strategy_id"),
    ),
)
_TABLES = {
    "search_remark": "remark",
    "search_decision": "decision",
    "search_action": "action_item",
    "search_agenda": "agenda_item",
    "search_achievement": "achievement",
    "search_status_change": "task_status_change",
}
INDEX_TABLES = frozenset(_TABLES)
# FTS5 keeps each index in shadow tables named after it.
_SHADOWS = ("_data", "_idx", "_docsize", "_config", "_content")


def is_index_table(name: str) -> bool:
    """Whether ``name`` is one of the index's tables (or their shadow tables), which
    the models do not describe."""
    return name in INDEX_TABLES or any(
        name.endswith(shadow) and name[: -len(shadow)] in INDEX_TABLES for shadow in _SHADOWS
    )


# The prefix of the server's trigram indexes (migration 0003), one per searched column.
TRIGRAM_INDEX = "trgm_"


def described_by_models(name: str | None, kind: str, _parent: object = None) -> bool:
    """Alembic's ``include_name`` hook: everything but the index's tables (FTS5's own,
    which no model describes) and the server's trigram indexes when a database is
    compared with the models."""
    if name is None:
        return True
    if kind == "index":
        return not name.startswith(TRIGRAM_INDEX)
    return not (kind == "table" and is_index_table(name))


def trigram_indexes() -> dict[str, tuple[str, str]]:
    """The server's trigram indexes by name: (table, column) each."""
    return {
        f"{TRIGRAM_INDEX}{_TABLES[source.index]}_{column}": (_TABLES[source.index], column)
        for source in SOURCES
        for column in source.columns
    }


def uses_index(word: str) -> bool:
    """Whether ``word`` is looked up in the index (else the table is read): the one
    place that decides."""
    return len(word) >= TRIGRAM


# KiB of page cache for a connection that searches (negative: KiB, SQLite's unit): the
# ten-year remark table, read whole by a short word, is about 6 MB.
SEARCH_CACHE_KIB = 16_384


def give_cache(session: Session) -> None:
    """Let the search's connection keep the tables it reads in memory (per connection
    and cheap to repeat; the pool keeps a handful of connections). A server keeps its
    own shared buffers."""
    if _on_server(session):
        return
    session.execute(text(f"PRAGMA cache_size=-{SEARCH_CACHE_KIB}"))


def find(
    session: Session,
    source: Source,
    words: Sequence[Word],
    *,
    committee_id: int | None,
    limit: int,
) -> list[Row]:
    """The rows of ``source`` where every word matches, newest (highest id) first, at
    most ``limit``."""
    if not words:
        return []
    if _on_server(session):
        return _find_on_server(session, source, words, committee_id=committee_id, limit=limit)
    parameters: dict[str, Any] = {"limit": limit, "newline": "\n"}
    conditions = []
    # Driven from the index when a word can only match the text and is long enough:
    # the index then hands over the few rows that hold it, newest first.
    driving = [w for w in words if uses_index(w.text) and not _names(source, w)]
    for i, word in enumerate(words):
        if word in driving:
            continue
        conditions.append(_condition(source, word, i, parameters))
    if committee_id is not None:
        conditions.append("m.committee_id = :committee")
        parameters["committee"] = committee_id
    alias = source.alias
    table = f"{_TABLES[source.index]} AS {alias}"
    if driving:
        parameters["drive"] = " AND ".join(_phrase(w.text) for w in driving)
        table = f"{source.index} CROSS JOIN {table} ON {alias}.id = {source.index}.rowid"
        conditions.insert(0, f"{source.index} MATCH :drive")
        order = f"{source.index}.rowid DESC"
    else:
        order = f"{alias}.id DESC"
    sql = source.select.format(table=table, join="CROSS JOIN")
    statement = f"{sql} WHERE {' AND '.join(conditions) or '1'} ORDER BY {order} LIMIT :limit"
    return _rows(session, source, statement, parameters)


def find_everywhere(
    session: Session,
    words: Sequence[Word],
    *,
    committee_id: int | None,
    limit: int,
) -> list[Row]:
    """:func:`find` in every source: at most ``limit`` rows of each. On a server one
    statement asks them all (each round trip to a server costs more than the six
    lookups themselves)."""
    if not words:
        return []
    if not _on_server(session):
        return [
            row
            for source in SOURCES
            for row in find(session, source, words, committee_id=committee_id, limit=limit)
        ]
    parameters: dict[str, Any] = {"limit": limit, "newline": "\n"}
    parts = [
        f"(SELECT {n}, q.* FROM ({_server_statement(s, words, committee_id, parameters)}) AS q)"
        for n, s in enumerate(SOURCES)
    ]
    return [
        Row(SOURCES[row[0]].kind, row[1], row[2] or "", row[3], row[4] or "", row[5], row[6] or "")
        for row in session.execute(text(" UNION ALL ".join(parts)), parameters)
    ]


def _find_on_server(
    session: Session,
    source: Source,
    words: Sequence[Word],
    *,
    committee_id: int | None,
    limit: int,
) -> list[Row]:
    """:func:`find` on PostgreSQL."""
    parameters: dict[str, Any] = {"limit": limit, "newline": "\n"}
    statement = _server_statement(source, words, committee_id, parameters)
    return _rows(session, source, statement, parameters)


def _server_statement(
    source: Source, words: Sequence[Word], committee_id: int | None, parameters: dict[str, Any]
) -> str:
    """The search of ``source`` on PostgreSQL: each word a condition of its own, which
    the planner answers from the trigram indexes (a long word) or by reading the table
    (a short one), newest first."""
    conditions = [_server_condition(source, word, i, parameters) for i, word in enumerate(words)]
    if committee_id is not None:
        conditions.append("m.committee_id = :committee")
        parameters["committee"] = committee_id
    alias = source.alias
    sql = source.select.format(table=f"{_TABLES[source.index]} AS {alias}", join="JOIN")
    return f"{sql} WHERE {' AND '.join(conditions)} ORDER BY {alias}.id DESC LIMIT :limit"


def _server_condition(source: Source, word: Word, i: int, parameters: dict[str, Any]) -> str:
    alias = source.alias
    columns = [f"{alias}.{c}" for c in source.columns]
    names = _names(source, word)
    if uses_index(word.text):
        # (PostgreSQL's LIKE escapes with a backslash by default.)
        parameters[f"s{i}"] = f"%{_escaped(word.text)}%"
        matches = " OR ".join(f"{column} ILIKE :s{i}" for column in columns)
        if not names:
            return f"({matches})"
        # "holds the word, or names its speaker": each half from its own index (as one
        # OR, the planner walks every row newest first, testing both).
        table = f"{_TABLES[source.index]} AS {alias}"
        return (
            f"{alias}.id IN (SELECT {alias}.id FROM {table} WHERE {matches} UNION ALL "
            f"SELECT {alias}.id FROM {table} WHERE {' OR '.join(names)})"
        )
    # A short word: the table is read, every row tested, never from the trigram index
    # (a cached generic plan could walk the whole index for it; gsmeet's connections
    # prepare no statements, so each plan sees the word). A word without case (Korean,
    # digits) by strpos on the text as it is; one with case by one case-blind regular
    # expression of the word taken literally — lower() of every row, or a strpos per
    # case form, costs more than the search.
    if word.text.lower() == word.text.upper():
        parameters[f"s{i}"] = word.text
        tests = [f"strpos({column}, :s{i}) > 0" for column in columns]
    else:
        parameters[f"s{i}"] = "".join(c if c.isalnum() else "\\" + c for c in word.text)
        tests = [f"{column} ~* :s{i}" for column in columns]
    return "(" + " OR ".join([*tests, *names]) + ")"


def _rows(
    session: Session, source: Source, statement: str, parameters: dict[str, Any]
) -> list[Row]:
    return [
        Row(source.kind, row[0], row[1] or "", row[2], row[3] or "", row[4], row[5] or "")
        for row in session.execute(text(statement), parameters)
    ]


def _on_server(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _names(source: Source, word: Word) -> list[str]:
    """The conditions "the word names this row's speaker/owner", as SQL (ids are
    integers read from the database, safe to write into the statement)."""
    found = []
    if source.person and word.people:
        found.append(f"{source.person} IN ({', '.join(str(int(i)) for i in word.people)})")
    if source.subcommittee and word.subcommittees:
        ids = ", ".join(str(int(i)) for i in word.subcommittees)
        found.append(f"{source.subcommittee} IN ({ids})")
    return found


def _condition(source: Source, word: Word, i: int, parameters: dict[str, Any]) -> str:
    if uses_index(word.text):
        parameters[f"m{i}"] = _phrase(word.text)
        tests = [
            f"{source.alias}.id IN (SELECT rowid FROM {source.index} "
            f"WHERE {source.index} MATCH :m{i})"
        ]
    else:
        # An ESCAPE clause takes SQLite's LIKE off its fast path: only when needed.
        escaped = _escaped(word.text)
        parameters[f"l{i}"] = f"%{escaped}%"
        escape = " ESCAPE '\\'" if escaped != word.text else ""
        tests = [f"{source.alias}.{c} LIKE :l{i}{escape}" for c in source.columns]
    return "(" + " OR ".join([*tests, *_names(source, word)]) + ")"


def _escaped(word: str) -> str:
    """``word`` for a LIKE pattern: its wildcards and the escape character taken
    literally (escaped with a backslash)."""
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _phrase(word: str) -> str:
    """``word`` as an FTS5 phrase: any character is taken literally."""
    return '"' + word.replace('"', '""') + '"'


# ------------------------------------------------------------------ upkeep


MERGE_PAGES = 32  # what one tidy() may write, per index: a few milliseconds


def tidy(session: Session) -> None:
    """Merge some of the index's small segments (one per write since the last merge)
    into larger ones, a bounded amount of work. Automatic merging is off, because it
    ran inside the writes (a remark save); the live screen calls this while nobody
    types. (Only SQLite's index needs it.)"""
    if _on_server(session):
        return
    for index in INDEX_TABLES:
        session.execute(
            text(f"INSERT INTO {index}({index}, rank) VALUES ('merge', :pages)"),
            {"pages": MERGE_PAGES},
        )


class SearchIndexMissing(Message):
    text = "search index {index}: missing (search would not find {table} rows)"


class SearchIndexNotKept(Message):
    text = "search index {index}: trigger {trigger} is missing (new rows would not be found)"


class SearchIndexStale(Message):
    text = "search index {index}: {indexed} rows indexed, {rows} in {table}"


def index_problems(connection: sqlite3.Connection) -> list[Message]:
    """What is wrong with the search index, read without writing (``gsmeet check``):
    an index or one of its triggers missing, or a row count that differs from its
    table's. (FTS5's own full comparison, ``integrity-check``, has to write.)"""
    present = {name for (name,) in connection.execute("SELECT name FROM sqlite_master")}
    problems: list[Message] = []
    for index, table in sorted(_TABLES.items()):
        if index not in present:
            problems.append(SearchIndexMissing(index=index, table=table))
            continue
        for trigger in (f"{index}_insert", f"{index}_delete", f"{index}_update"):
            if trigger not in present:
                problems.append(SearchIndexNotKept(index=index, trigger=trigger))
        (indexed,) = connection.execute(f"SELECT count(*) FROM {index}_docsize").fetchone()
        (rows,) = connection.execute(f"SELECT count(*) FROM {table}").fetchone()
        if indexed != rows:
            problems.append(SearchIndexStale(index=index, indexed=indexed, rows=rows, table=table))
    return problems


def trigram_index_problems(connection: Connection) -> list[Message]:
    """What is missing of the server's search index (``gsmeet check`` on a server): a
    trigram index of a searched column. (The server keeps an index it has in step.)"""
    present = set(
        connection.execute(
            text("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()")
        ).scalars()
    )
    return [
        SearchIndexMissing(index=name, table=table)
        for name, (table, _column) in sorted(trigram_indexes().items())
        if name not in present
    ]
