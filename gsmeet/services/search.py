"""Search across every session: what was said (remarks), decided (decisions), given to
someone (action items), put on the agenda (item titles) and reported in the status
briefings (achievements, notes of task status changes).

Every word of the query must match, in the text or, for a remark or an action item,
in the name of its speaker or owner — by part of the name or its initial consonants
(``ㅊㅇㅈ`` finds 최영조's remarks, as the register's search box does). Words of three
or more characters are looked up in the search index; shorter ones are found by
reading the tables (see :mod:`gsmeet.storage.fulltext`, the engine-specific half).
What was saved a moment ago is found at once: the index is kept by triggers in the
same transaction as the row.

Hits come newest session first (by the session's date: one entered after newer ones
takes its place by date) and, within a session, in the order of its agenda. Each kind
of record is read at most ``limit`` + 1 hits deep, newest sessions first, so a common
word costs no more than a rare one (how, per engine: :func:`gsmeet.storage.fulltext.find`).
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from gsmeet.domain.enums import HitKind
from gsmeet.domain.search import SearchHit, SearchResults, marks, matcher, words_of
from gsmeet.domain.sessions import SessionRef
from gsmeet.services.outlines import Places
from gsmeet.services.outlines import places as outline_places
from gsmeet.services.records import kind_info
from gsmeet.services.store import Database
from gsmeet.storage.fulltext import Row, Word, find_everywhere, give_cache
from gsmeet.storage.models import Meeting, Person, SessionKind, Subcommittee

MAX_TERMS = 8
SNIPPET_BEFORE = 30
SNIPPET_AFTER = 70
# Within one agenda item: its title, what the briefing recorded, then the record.
_RANK = {
    HitKind.ITEM: 0,
    HitKind.ACHIEVEMENT: 1,
    HitKind.STATUS_CHANGE: 2,
    HitKind.REMARK: 3,
    HitKind.DECISION: 4,
    HitKind.ACTION: 5,
}


def search(
    store: Database, query: str, *, committee_id: int | None = None, limit: int = 50
) -> SearchResults:
    """Hits for ``query`` (every word must match), newest session first, at most
    ``limit``; ``truncated``: there were more."""
    words = words_of(query, MAX_TERMS)
    if not words or limit <= 0:
        return SearchResults(query, (), False)
    with store.session() as session:
        give_cache(session)
        wanted = _named(session, words, committee_id)
        rows = find_everywhere(session, wanted, committee_id=committee_id, limit=limit + 1)
        sessions = _sessions(session, {row.meeting_id for row in rows})
        # Newest session first: the first ``limit`` rows in that order name every session
        # a shown hit can come from; only their agendas are read (to order and number).
        rows.sort(key=lambda r: (-sessions[r.meeting_id].held_on.toordinal(), -r.meeting_id))
        shown = {row.meeting_id for row in rows[:limit]}
        more = len(rows) > limit
        rows = [row for row in rows if row.meeting_id in shown]
        places = outline_places(session, shown)
    rows.sort(key=lambda row: _order(row, sessions[row.meeting_id], places))
    hits = tuple(_hit(row, words, sessions[row.meeting_id], places) for row in rows[:limit])
    return SearchResults(query, hits, more)


def _named(session: Session, words: list[str], committee_id: int | None) -> list[Word]:
    """Each word with the people and sub-committees it names (both tables are small:
    read whole, matched here, so initial consonants work as in the register)."""
    people = session.execute(select(Person.id, Person.name)).all()
    groups = select(Subcommittee.id, Subcommittee.name)
    if committee_id is not None:
        groups = groups.where(Subcommittee.committee_id == committee_id)
    subcommittees = session.execute(groups).all()
    found = []
    for word in words:
        named = matcher(word)
        found.append(
            Word(
                word,
                people=tuple(i for i, name in people if named(name)),
                subcommittees=tuple(i for i, name in subcommittees if named(name)),
            )
        )
    return found


def _sessions(session: Session, ids: set[int]) -> dict[int, SessionRef]:
    if not ids:
        return {}
    query = (
        select(Meeting.id, Meeting.number, Meeting.held_on, Meeting.title, Subcommittee.name)
        .add_columns(SessionKind)
        .join(SessionKind, SessionKind.id == Meeting.kind_id)
        .outerjoin(Subcommittee, Subcommittee.id == Meeting.subcommittee_id)
        .where(Meeting.id.in_(ids))
    )
    return {
        meeting_id: SessionRef(
            number=number,
            kind=kind_info(kind),
            held_on=held_on,
            title=title,
            subcommittee=subcommittee or "",
        )
        for meeting_id, number, held_on, title, subcommittee, kind in session.execute(query)
    }


def _hit(row: Row, words: list[str], ref: SessionRef, places: Places) -> SearchHit:
    shown = snippet(row.body, words)
    number = places.get(row.agenda_item_id, ("", 0))[0] if row.agenda_item_id else ""
    return SearchHit(
        kind=row.kind,
        id=row.id,
        meeting_id=row.meeting_id,
        session=ref,
        agenda_item_id=row.agenda_item_id,
        item_number=number,
        item_title=row.item_title,
        speaker=row.who,
        snippet=shown,
        marks=marks(shown, words),
    )


def _order(row: Row, ref: SessionRef, places: Places) -> tuple[int, int, int, int, int]:
    item = row.agenda_item_id
    place = places[item][1] if item is not None and item in places else 1 << 30
    return (-ref.held_on.toordinal(), -row.meeting_id, place, _RANK[row.kind], row.id)


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
