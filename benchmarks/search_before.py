"""The PostgreSQL search as it was before 2026-12-02 (issue 13's first version), kept
to be timed beside today's in the same run (``benchmarks.server``): one statement per
searched table, a short word matched with ``strpos(lower(column), lower(word))``, and a
word that names a speaker tested with one OR over the text and the speaker."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy.orm import Session

from gsmeet.storage import fulltext
from gsmeet.storage.fulltext import SOURCES, Row, Word


def _condition(source: fulltext.Source, word: Word, i: int, parameters: dict[str, Any]) -> str:
    columns = [f"{source.alias}.{c}" for c in source.columns]
    if fulltext.uses_index(word.text):
        parameters[f"s{i}"] = f"%{fulltext._escaped(word.text)}%"
        tests = [f"{column} ILIKE :s{i}" for column in columns]
    else:
        parameters[f"s{i}"] = word.text
        tests = [f"strpos(lower({column}), lower(:s{i})) > 0" for column in columns]
    return "(" + " OR ".join([*tests, *fulltext._names(source, word)]) + ")"


def _find_everywhere(
    session: Session, words: Sequence[Word], *, committee_id: int | None, limit: int
) -> list[Row]:
    rows: list[Row] = []
    for source in SOURCES:
        parameters: dict[str, Any] = {"limit": limit, "newline": "\n"}
        conditions = [_condition(source, word, i, parameters) for i, word in enumerate(words)]
        if committee_id is not None:
            conditions.append("m.committee_id = :committee")
            parameters["committee"] = committee_id
        alias = source.alias
        table = f"{fulltext._TABLES[source.index]} AS {alias}"
        sql = source.select.format(table=table, join="JOIN")
        statement = f"{sql} WHERE {' AND '.join(conditions)} ORDER BY {alias}.id DESC LIMIT :limit"
        rows.extend(fulltext._rows(session, source, statement, parameters))
    return rows


@contextmanager
def searching_as_before() -> Iterator[None]:
    """Within the block, :func:`gsmeet.services.search.search` runs the old statements."""
    from gsmeet.services import search

    today = search.find_everywhere
    search.find_everywhere = _find_everywhere  # type: ignore[assignment]
    try:
        yield
    finally:
        search.find_everywhere = today
