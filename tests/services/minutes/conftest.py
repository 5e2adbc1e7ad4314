"""The minutes services on the demo committee: its 제2차 (2019-08-22, held, to confirm and
issue) and the session after it (제3차, 2019-11-28), where 제2차's actions are reviewed
and the register changes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from gsmeet.domain.enums import AgendaKind
from gsmeet.services.minutes.confirm import confirm_minutes
from gsmeet.services.record import find_meeting_id
from gsmeet.storage.db import Store
from gsmeet.storage.models import AgendaItem, Strategy

CO_CHAIRS = ("최영조", "이재훈")
CONFIRMED_ON = date(2019, 8, 26)
WRITTEN_ON = date(2019, 8, 30)


@pytest.fixture
def store(demo_store: Store) -> Store:
    return demo_store


@pytest.fixture
def out_dir(tmp_path: Path) -> Path:
    """Where the files go (tmp_path also holds the test's database)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def held(store: Store) -> int:
    """The reference session of 2019-08-22: held, minutes not yet issued."""
    return find_meeting_id(store, "2019-08-22")


def confirm(store: Store, meeting_id: int, on: date = CONFIRMED_ON) -> None:
    """Both co-chairs confirm the draft."""
    for name in CO_CHAIRS:
        confirm_minutes(store, meeting_id, name, on, now=datetime(2019, 8, 26, 10))


@dataclass
class Later:
    meeting_id: int
    review: int  # agenda item ids
    briefing: int
    strategy_id: int


@pytest.fixture
def later(store: Store) -> Later:
    """제3차 with a review item and a briefing of strategy 1, ready to be held."""
    meeting_id = find_meeting_id(store, "2019-11-28")
    with store.session() as s:
        strategy = s.scalars(select(Strategy).where(Strategy.number == 1)).one()
        items = []
        for position, (kind, title, strategy_id) in enumerate(
            [
                (AgendaKind.ACTION_REVIEW, "이전 조치사항 점검", None),
                (AgendaKind.BRIEFING, "4차 산업혁명 선도도시 추진상황", strategy.id),
            ],
            start=1,
        ):
            item = AgendaItem(
                meeting_id=meeting_id,
                position=position,
                kind=kind,
                title=title,
                strategy_id=strategy_id,
                planned_minutes=10,
            )
            s.add(item)
            s.flush()
            items.append(item.id)
        return Later(meeting_id, items[0], items[1], strategy.id)
