"""The live session on the demo's planned 제3차 (2019-11-28), through the services only:
the session every test here starts from, and its clock."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from gsmeet.domain.enums import (
    AgendaKind,
)
from gsmeet.domain.live import LiveState
from gsmeet.domain.outline import step
from gsmeet.storage.db import Store
from gsmeet.storage.models import (
    AgendaItem,
    Meeting,
    Person,
    Strategy,
)

DAY = date(2019, 11, 28)


T0 = datetime(2019, 11, 28, 14, 0)


def at(minutes: float) -> datetime:
    return T0 + timedelta(minutes=minutes)


@dataclass
class Session:
    store: Store
    meeting_id: int
    items: dict[str, int]  # key -> agenda item id
    people: dict[str, int]  # name -> person id
    strategy_id: int


def following(state: LiveState, *, forward: bool = True) -> int | None:
    """The item a step forward (or back) on the live screen goes to."""
    return step(state.agenda, state.current_item_id, forward=forward)


@pytest.fixture
def planned(bare_demo_store: Store) -> Iterator[Session]:
    """제3차 with a small agenda: opening, review, one briefing (with a sub-item),
    discussion, closing (on each engine in turn)."""
    store = bare_demo_store
    with store.session() as s:
        meeting = s.scalars(select(Meeting).where(Meeting.number == 3)).one()
        strategy = s.scalars(select(Strategy).where(Strategy.number == 1)).one()
        rows = [
            ("opening", AgendaKind.OPENING, "개회", None, 1, 5),
            ("review", AgendaKind.ACTION_REVIEW, "이전 조치사항 점검", None, 2, 10),
            ("briefing", AgendaKind.BRIEFING, "4차 산업혁명 선도도시 추진상황", strategy.id, 3, 8),
            ("discussion", AgendaKind.DISCUSSION, "자율토론", None, 4, 30),
            ("closing", AgendaKind.CLOSING, "폐회", None, 5, 5),
        ]
        items = {}
        for key, kind, title, strategy_id, position, minutes in rows:
            item = AgendaItem(
                meeting_id=meeting.id,
                position=position,
                kind=kind,
                title=title,
                strategy_id=strategy_id,
                planned_minutes=minutes,
            )
            s.add(item)
            s.flush()
            items[key] = item.id
        # A sub-item of the briefing: outline order puts it right after its parent.
        sub = AgendaItem(
            meeting_id=meeting.id,
            parent_id=items["briefing"],
            position=1,
            kind=AgendaKind.BRIEFING,
            title="질의응답",
            strategy_id=strategy.id,
            planned_minutes=4,
        )
        s.add(sub)
        s.flush()
        items["briefing.qa"] = sub.id
        people = {p.name: p.id for p in s.scalars(select(Person))}
        session = Session(store, meeting.id, items, people, strategy.id)
    yield session
