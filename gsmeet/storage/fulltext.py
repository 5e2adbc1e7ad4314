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
from gsmeet.storage.searched import SOURCES, Source
from gsmeet.storage.searched import TABLES as _TABLES

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


# A long word (or words) in at most this many rows is read from the index and its rows
# sorted by their sessions' dates; one in more rows is common: the sessions are walked
# newest first, testing each row, which stops as soon as enough are found.
FEW_ROWS = 1000


def find(
    session: Session,
    source: Source,
    words: Sequence[Word],
    *,
    committee_id: int | None,
    limit: int,
) -> list[Row]:
    """The rows of ``source`` where every word matches, at most ``limit``: those of the
    newest sessions by their dates (a session entered after newer ones, whose rows have
    the higher ids, takes its place by date)."""
    if not words:
        return []
    if _on_server(session):
        return _find_on_server(session, source, words, committee_id=committee_id, limit=limit)
    parameters: dict[str, Any] = {"limit": limit, "newline": "\n"}
    conditions = []
    driving = [w for w in words if uses_index(w.text) and not _names(source, w)]
    common = bool(driving) and _in_many_rows(session, source, driving)
    for i, word in enumerate(words):
        if word in driving and not common:
            continue
        tested_as_text = common and word in driving and _like_finds_as_index(word.text)
        conditions.append(_condition(source, word, i, parameters, by_index=not tested_as_text))
    if committee_id is not None:
        conditions.append("m.committee_id = :committee")
        parameters["committee"] = committee_id
    if driving and not common:
        # Few rows hold the words: the index hands them over, sorted here by date.
        parameters["drive"] = " AND ".join(_phrase(w.text) for w in driving)
        conditions.insert(0, f"{source.index} MATCH :drive")
        table = f"{source.index} CROSS JOIN {_TABLES[source.index]} AS {source.alias} "
        table += f"ON {source.alias}.id = {source.index}.rowid"
        sql = source.select.format(table=table, join="CROSS JOIN")
        return _rows(session, source, _statement(sql, conditions, source.order), parameters)
    if not common:
        # Short words (or names): the table is read newest id first, which stops at
        # ``limit`` for a common word. Fewer found: that is every row there is.
        sql = source.select.format(
            table=f"{_TABLES[source.index]} AS {source.alias}", join="CROSS JOIN"
        )
        rows = _rows(
            session, source, _statement(sql, conditions, f"{source.alias}.id DESC"), parameters
        )
        if len(rows) < limit:
            return rows
        # As many as asked for: the ones wanted are of sessions no older than the
        # oldest of these, and only those sessions are walked.
        parameters["since"] = _oldest_date(session, {row.meeting_id for row in rows})
        conditions.append("m.held_on >= :since")
    sql = source.walk.format(join="CROSS JOIN")
    return _rows(session, source, _statement(sql, conditions, source.order), parameters)


def _statement(sql: str, conditions: list[str], order: str) -> str:
    return f"{sql} WHERE {' AND '.join(conditions) or '1'} ORDER BY {order} LIMIT :limit"


def _in_many_rows(session: Session, source: Source, words: Sequence[Word]) -> bool:
    """Whether the index holds all of ``words`` in more than :data:`FEW_ROWS` rows
    (counted in the index alone, up to that many)."""
    count = session.execute(
        text(
            f"SELECT count(*) FROM (SELECT 1 FROM {source.index} "
            f"WHERE {source.index} MATCH :drive LIMIT :few)"
        ),
        {"drive": " AND ".join(_phrase(w.text) for w in words), "few": FEW_ROWS + 1},
    ).scalar_one()
    return int(count) > FEW_ROWS


def _like_finds_as_index(word: str) -> bool:
    """Whether LIKE finds what the index finds for ``word``: both ignore the case of
    ASCII letters, only the index that of other letters."""
    return all(c.isascii() or c.lower() == c.upper() for c in word)


def _oldest_date(session: Session, meeting_ids: set[int]) -> Any:
    ids = ", ".join(str(int(i)) for i in meeting_ids)
    return session.execute(text(f"SELECT min(held_on) FROM meeting WHERE id IN ({ids})")).scalar()


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
    rows = _server_rows(session, SOURCES, words, committee_id, parameters)
    # A kind with ``limit`` rows newest id first: those of the newest sessions by date
    # are of sessions no older than the oldest of these (a second statement, only then).
    full = {
        source: {row.meeting_id for row in rows if row.kind is source.kind}
        for source in SOURCES
        if sum(row.kind is source.kind for row in rows) >= limit
    }
    if not full:
        return rows
    parameters = {"limit": limit, "newline": "\n"}
    walked = _server_rows(session, tuple(full), words, committee_id, parameters, since=full)
    kinds = {source.kind for source in full}
    return [row for row in rows if row.kind not in kinds] + walked


def _server_rows(
    session: Session,
    sources: Sequence[Source],
    words: Sequence[Word],
    committee_id: int | None,
    parameters: dict[str, Any],
    *,
    since: dict[Source, set[int]] | None = None,
) -> list[Row]:
    """The rows of ``sources`` in one statement (each round trip to a server costs
    more than the six lookups themselves)."""
    parts = []
    for n, source in enumerate(sources):
        sessions = since[source] if since else None
        statement = _server_statement(source, words, committee_id, parameters, sessions)
        parts.append(f"(SELECT {n}, q.* FROM ({statement}) AS q)")
    return [
        Row(sources[row[0]].kind, row[1], row[2] or "", row[3], row[4] or "", row[5], row[6] or "")
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
    rows = _server_rows(session, (source,), words, committee_id, parameters)
    if len(rows) < limit:
        return rows
    since = {source: {row.meeting_id for row in rows}}
    parameters = {"limit": limit, "newline": "\n"}
    return _server_rows(session, (source,), words, committee_id, parameters, since=since)


def _server_statement(
    source: Source,
    words: Sequence[Word],
    committee_id: int | None,
    parameters: dict[str, Any],
    since: set[int] | None = None,
) -> str:
    """The search of ``source`` on PostgreSQL: each word a condition of its own, which
    the planner answers from the trigram indexes (a long word) or by reading the table
    (a short one). Newest id first (which stops at ``limit`` for a common word), or,
    given ``since`` (the sessions of as many rows, read so), the sessions no older
    than the oldest of them, newest date first."""
    conditions = [_server_condition(source, word, i, parameters) for i, word in enumerate(words)]
    if committee_id is not None:
        conditions.append("m.committee_id = :committee")
        parameters["committee"] = committee_id
    alias = source.alias
    if since is None:
        sql = source.select.format(table=f"{_TABLES[source.index]} AS {alias}", join="JOIN")
        order = f"{alias}.id DESC"
    else:
        ids = ", ".join(str(int(i)) for i in sorted(since))  # ids read from the database
        conditions.append(f"m.held_on >= (SELECT min(held_on) FROM meeting WHERE id IN ({ids}))")
        sql, order = source.walk.format(join="JOIN"), source.order
    return f"{sql} WHERE {' AND '.join(conditions)} ORDER BY {order} LIMIT :limit"


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


def _condition(
    source: Source, word: Word, i: int, parameters: dict[str, Any], *, by_index: bool = True
) -> str:
    if uses_index(word.text) and by_index:
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
