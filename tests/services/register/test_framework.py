"""Tracks and strategies: added, renamed, reordered, retired from a date (sessions
before it still show them; new sessions' standing agenda leaves them out), undone."""

from __future__ import annotations

from datetime import date

import pytest

from gsmeet.domain.errors import NoSuchRecord
from gsmeet.domain.setup import SessionSpec, Template
from gsmeet.services.admin.transfer import export_data
from gsmeet.services.edits import BlankField
from gsmeet.services.record import find_meeting_id, meeting_record
from gsmeet.services.register.framework import (
    OtherCommittee,
    StrategyNumberTaken,
    add_strategy,
    add_track,
    move_strategy,
    move_track,
    rename_track,
    retire_strategy,
    retire_track,
    undo_frame_edit,
    update_strategy,
)
from gsmeet.services.register.strategies import strategy_tree
from gsmeet.services.sessions import new_session
from gsmeet.storage.db import Store

TODAY = date(2019, 9, 1)


def tree(store: Store) -> list[tuple[str, list[str]]]:
    return [
        (t.name, [f"{s.number}.{s.name}" for s in t.strategies])
        for t in strategy_tree(store, 1, today=TODAY)
    ]


def test_add_rename_reorder_and_undo(demo_store: Store) -> None:
    before = export_data(demo_store)["tables"]
    track = add_track(demo_store, 1, "  희망미래 3대전략 ")
    strategy = add_strategy(demo_store, track.id, "탄소중립도시", summary="2050 탄소중립")
    assert tree(demo_store)[-1] == ("희망미래 3대전략", ["11.탄소중립도시"])
    with pytest.raises(StrategyNumberTaken):
        add_strategy(demo_store, track.id, "또 하나", number=3)
    with pytest.raises(BlankField):
        rename_track(demo_store, track.id, " ")
    renamed = rename_track(demo_store, track.id, "희망미래전략")
    moved = move_track(demo_store, track.id, 0)
    assert tree(demo_store)[0][0] == "희망미래전략"
    first_track = strategy_tree(demo_store, 1, today=TODAY)[1]
    across = move_strategy(demo_store, first_track.strategies[0].id, track.id, 0)
    assert tree(demo_store)[0][1] == ["1.4차 산업혁명 선도도시", "11.탄소중립도시"]
    changed = update_strategy(demo_store, strategy.id, name="탄소중립 선도도시")
    assert tree(demo_store)[0][1][1] == "11.탄소중립 선도도시"
    for edit in (changed, across, moved, renamed, strategy, track):
        undo_frame_edit(demo_store, edit)
    assert export_data(demo_store)["tables"] == before


def test_a_strategy_moves_only_within_its_committee(demo_store: Store) -> None:
    from gsmeet.domain.setup import CommitteeSpec
    from gsmeet.services.committees import create_committee

    other = create_committee(demo_store, CommitteeSpec(name="다른위원회", host_body="경산시"))
    elsewhere = add_track(demo_store, other.committee.id, "다른 트랙")
    strategy = strategy_tree(demo_store, 1, today=TODAY)[0].strategies[0]
    with pytest.raises(OtherCommittee):
        move_strategy(demo_store, strategy.id, elsewhere.id, 0)
    with pytest.raises(NoSuchRecord):
        rename_track(demo_store, 9999, "없음")


def test_retired_from_a_date_shows_before_it_and_not_after(demo_store: Store) -> None:
    strategy = strategy_tree(demo_store, 1, today=TODAY)[1].strategies[4]  # 스마트농업도시
    retire_strategy(demo_store, strategy.id, date(2019, 9, 1))
    assert strategy_tree(demo_store, 1, today=TODAY)[1].strategies[4].retired_on == date(2019, 9, 1)
    held = meeting_record(demo_store, find_meeting_id(demo_store, "2019-08-22"))
    assert "스마트농업도시" in [s.name for s in held.strategies]  # as it stood
    later = new_session(
        demo_store,
        SessionSpec(committee_id=1, held_on=date(2020, 2, 20), template=Template.STANDING),
    )
    record = meeting_record(demo_store, later.meeting.id)
    assert "스마트농업도시" not in [s.name for s in record.strategies]
    assert not any("스마트농업도시" in item.title for item in record.agenda)
    track = strategy_tree(demo_store, 1, today=TODAY)[0]
    retire_track(demo_store, track.id, date(2020, 1, 1))
    record = meeting_record(demo_store, later.meeting.id)
    assert [s.track_name for s in record.strategies] == ["희망정책 5대전략"] * 4
    retire_track(demo_store, track.id, None)  # it stands again
    assert len(meeting_record(demo_store, later.meeting.id).strategies) == 9
