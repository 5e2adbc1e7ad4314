"""Search across every session's remarks, decisions and action items.

Design: a substring search (SQL ``LIKE``, case-insensitive for Latin letters), newest
first, stopping at ``limit`` hits. There is no index to keep in step, so what was
saved a moment ago is found at once, and two-syllable Korean words (``예산``), the
most common queries, are found like any other.

Cost: each kind of record is read newest first and the scan stops at the ``limit``-th
hit, so a common word answers in well under a millisecond; a word that is nowhere
reads every remark once (36,000 over ten years: the case that sets the p95 of
``benchmarks/live.py``). The search connection is given a page cache large enough to
hold the remark table, so repeated searches read memory, not the file.

What would make the miss case fast is an FTS5 index in the committee database — an
external-content ``trigram`` table over remark, decision and action item kept by
triggers. That is a schema change (an Alembic migration), and trigram matching
needs three characters, so two-syllable words would still scan; see the report of
``benchmarks/live.py`` for the figures that decide it.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import text
from sqlalchemy.orm import Session

from gsmeet.domain.entry import EntryKind
from gsmeet.domain.search import SearchHit, SearchResults
from gsmeet.services.store import Database

MAX_TERMS = 8
SNIPPET_BEFORE = 30
SNIPPET_AFTER = 70
# KiB of page cache for the connection that searches (negative: KiB, SQLite's unit):
# the ten-year remark table is about 6 MB.
SEARCH_CACHE_KIB = 16_384

# Each query walks its table by id, newest first ("CROSS JOIN" pins that order for
# SQLite's planner: joining from the meeting side would collect and sort every match).
_REMARKS = """
SELECT r.id, r.text, r.agenda_item_id, a.title, m.id, m.number, m.held_on,
       coalesce(p.name, '')
FROM remark AS r
CROSS JOIN agenda_item AS a ON a.id = r.agenda_item_id
CROSS JOIN meeting AS m ON m.id = a.meeting_id
LEFT JOIN person AS p ON p.id = r.speaker_id
WHERE {match} {committee}
ORDER BY r.id DESC LIMIT :limit
"""
_DECISIONS = """
SELECT d.id, d.text, d.agenda_item_id, a.title, m.id, m.number, m.held_on, ''
FROM decision AS d
CROSS JOIN agenda_item AS a ON a.id = d.agenda_item_id
CROSS JOIN meeting AS m ON m.id = a.meeting_id
WHERE {match} {committee}
ORDER BY d.id DESC LIMIT :limit
"""
_ACTIONS = """
SELECT x.id, x.title || char(10) || x.detail, x.agenda_item_id, coalesce(a.title, ''),
       m.id, m.number, m.held_on,
       coalesce(p.name, s.name, x.owner_text)
FROM action_item AS x
CROSS JOIN meeting AS m ON m.id = x.meeting_id
LEFT JOIN agenda_item AS a ON a.id = x.agenda_item_id
LEFT JOIN person AS p ON p.id = x.owner_person_id
LEFT JOIN subcommittee AS s ON s.id = x.owner_subcommittee_id
WHERE {match} {committee}
ORDER BY x.id DESC LIMIT :limit
"""
# A word matches a record's text or, for an action item, its owner's name; a remark's
# speaker is matched through the ids of the people so named (found first, in the small
# person table), so a word that names nobody costs nothing more per remark.
_TEXT = "{column} LIKE :t{i}{escape}"
# An ESCAPE clause takes SQLite's LIKE off its fast path (a third slower on Korean
# text): it is added only for a word holding a wildcard character.
_ESCAPE = " ESCAPE '\\'"
_WILDCARDS = ("%", "_", "\\")
_SOURCES = (
    (EntryKind.REMARK, _REMARKS, ("r.text",)),
    (EntryKind.DECISION, _DECISIONS, ("d.text",)),
    (EntryKind.ACTION, _ACTIONS, ("x.title", "x.detail", "p.name", "s.name", "x.owner_text")),
)


def search(
    store: Database, query: str, *, committee_id: int | None = None, limit: int = 50
) -> SearchResults:
    """Remarks, decisions and action items where every word of ``query`` is found
    (case-insensitive for Latin letters) in the text or in the name of the speaker or
    owner; newest meeting first, at most ``limit``; ``truncated``: there were more."""
    terms = _terms(query)
    if not terms or limit <= 0:
        return SearchResults(query, (), False)
    parameters: dict[str, Any] = {f"t{i}": _pattern(t) for i, t in enumerate(terms)}
    escapes = [_ESCAPE if any(w in t for w in _WILDCARDS) else "" for t in terms]
    parameters["limit"] = limit + 1
    committee = ""
    if committee_id is not None:
        committee = "AND m.committee_id = :committee"
        parameters["committee"] = committee_id
    hits: list[SearchHit] = []
    with store.session() as session:
        _give_cache(session)
        speakers = [
            _people_named(session, parameters[f"t{i}"], escapes[i]) for i in range(len(terms))
        ]
        for kind, sql, columns in _SOURCES:
            match = " AND ".join(
                _match(kind, columns, i, speakers[i], escapes[i]) for i in range(len(terms))
            )
            statement = text(sql.format(match=match, committee=committee))
            for row in session.execute(statement, parameters):
                hits.append(_hit(kind, row, terms))
    hits.sort(key=lambda h: (h.held_on, h.meeting_number, h.id), reverse=True)
    return SearchResults(query, tuple(hits[:limit]), len(hits) > limit)


def _people_named(session: Session, pattern: str, escape: str) -> list[int]:
    found = session.execute(
        text(f"SELECT id FROM person WHERE name LIKE :p{escape}"), {"p": pattern}
    )
    return [row[0] for row in found]


def _match(
    kind: EntryKind, columns: tuple[str, ...], i: int, speakers: list[int], escape: str
) -> str:
    tests = [_TEXT.format(column=column, i=i, escape=escape) for column in columns]
    if kind is EntryKind.REMARK and speakers:
        # Ids are integers from the database, safe to write into the statement.
        tests.append(f"r.speaker_id IN ({', '.join(str(int(p)) for p in speakers)})")
    return "(" + " OR ".join(tests) + ")"


def _terms(query: str) -> list[str]:
    words = list(dict.fromkeys(query.split()))  # a word typed twice is searched once
    return words[:MAX_TERMS]


def _pattern(term: str) -> str:
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _give_cache(session: Session) -> None:
    # Per connection and cheap to repeat; the pool keeps a handful of connections.
    session.execute(text(f"PRAGMA cache_size=-{SEARCH_CACHE_KIB}"))


def _hit(kind: EntryKind, row: Any, terms: list[str]) -> SearchHit:
    item_id, held_on = row[2], row[6]
    return SearchHit(
        kind=kind,
        id=row[0],
        meeting_id=row[4],
        meeting_number=row[5],
        held_on=held_on if isinstance(held_on, date) else date.fromisoformat(held_on),
        agenda_item_id=item_id,
        item_title=row[3],
        speaker=row[7],
        snippet=snippet(row[1], terms),
    )


def snippet(body: str, terms: list[str]) -> str:
    """The text around the first term found, on one line, ``…`` where it was cut."""
    flat = " ".join(body.split())
    folded = flat.casefold()
    found = [i for i in (folded.find(t.casefold()) for t in terms) if i >= 0]
    at = min(found) if found else 0
    start = max(at - SNIPPET_BEFORE, 0)
    end = min(at + SNIPPET_AFTER, len(flat))
    head = "…" if start > 0 else ""
    tail = "…" if end < len(flat) else ""
    return f"{head}{flat[start:end]}{tail}"
