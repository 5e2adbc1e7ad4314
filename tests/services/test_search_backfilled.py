"""Search's first page holds the hits of the newest sessions by their dates, also when an
older session was entered after newer ones (its rows then have the higher ids): each
kind of record is read in session-date order, never newest id first with the limit
taken before the dates are known. On both engines, by each way a word is looked up."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from sqlalchemy import select

from gsmeet.domain.enums import AgendaKind, VoteMode
from gsmeet.services.live.entries import add_remark
from gsmeet.services.search import search
from gsmeet.storage import fulltext
from gsmeet.storage.db import Store
from gsmeet.storage.models import AgendaItem, Decision, Meeting, Remark

NEWEST = date(2019, 8, 22)  # the demo's newest session with a record (제2차)
BACKFILLED = date(2017, 3, 2)  # entered last, so its rows have the highest ids


def backfill(store: Store, word: str) -> None:
    """``word`` said three times at 제2차, then a 2017 session typed in afterwards that
    says it more often: on its agenda, in remarks and in a decision."""
    with store.session() as s:
        newest = s.scalars(select(Meeting).where(Meeting.held_on == NEWEST)).one()
        item = s.scalars(
            select(AgendaItem.id).where(AgendaItem.meeting_id == newest.id).limit(1)
        ).one()
        committee_id, kind_id = newest.committee_id, newest.kind_id
    for n in range(3):
        add_remark(store, item, f"{word} 이야기 {n}", speaker_id=None, now=datetime(2019, 8, 22))
    with store.session() as s:
        old = Meeting(
            committee_id=committee_id,
            kind_id=kind_id,
            number=None,
            held_on=BACKFILLED,
            start_time=time(14),
        )
        s.add(old)
        s.flush()
        agenda = AgendaItem(meeting_id=old.id, kind=AgendaKind.DISCUSSION, title=f"{word} 점검")
        s.add(agenda)
        s.flush()
        s.add_all(
            Remark(
                agenda_item_id=agenda.id, text=f"예전 {word} {n}", spoken_at=datetime(2017, 3, 2)
            )
            for n in range(6)
        )
        s.add(
            Decision(agenda_item_id=agenda.id, text=f"{word} 의결", vote_mode=VoteMode.NO_OBJECTION)
        )


@pytest.mark.parametrize(
    ("word", "few_rows"),
    [
        ("되돌아본기록", fulltext.FEW_ROWS),  # a long word in few rows: from the index
        ("되돌아본기록", 1),  # a long word in many rows: the sessions walked
        ("뿅", fulltext.FEW_ROWS),  # a short word: the tables read
    ],
    ids=["index", "walk", "short"],
)
def test_the_first_page_is_of_the_newest_sessions_by_date(
    demo_store: Store, word: str, few_rows: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fulltext, "FEW_ROWS", few_rows)
    backfill(demo_store, word)
    first = search(demo_store, word, limit=3)
    assert [h.held_on for h in first.hits] == [NEWEST] * 3
    assert first.truncated
    every = search(demo_store, word, limit=50)
    assert not every.truncated
    assert [h.held_on for h in every.hits] == [NEWEST] * 3 + [BACKFILLED] * 8
    assert every.hits[3].agenda_item_id == every.hits[3].id  # the agenda title first
