"""The agenda builder on the demo: add, delete and restore, move and nest, the
forecast, and the lock of a meeting whose minutes were issued."""

from __future__ import annotations

from datetime import datetime
from typing import Any

import pytest
from sqlalchemy import event, select

from gsmeet.domain.agenda_plan import AgendaItemFields
from gsmeet.domain.enums import AgendaKind
from gsmeet.domain.errors import InvalidInputError, LockedError, NotFoundError
from gsmeet.services.admin.transfer import export_data
from gsmeet.services.agenda import (
    add_item,
    agenda,
    delete_item,
    indent_item,
    move_item,
    outdent_item,
    restore_item,
    set_item_fields,
    update_item,
)
from gsmeet.services.prepare import prepare_next
from gsmeet.services.record import meeting_record
from gsmeet.storage.db import Store
from gsmeet.storage.models import AgendaItem, Person

ISSUED, HELD, PLANNED = 1, 2, 3  # the demo's meeting ids


def everything(store: Store) -> Any:
    return export_data(store)["tables"]


def titles(store: Store, meeting_id: int = PLANNED) -> list[str]:
    return [f"{p.number} {p.item.title}" for p in agenda(store, meeting_id).items]


def person(store: Store, name: str) -> int:
    with store.session() as session:
        return session.scalars(select(Person.id).where(Person.name == name)).one()


def test_add_items_in_order_with_default_minutes(bare_demo_store: Store) -> None:
    opening = add_item(bare_demo_store, PLANNED, kind=AgendaKind.OPENING, title=" 개회 ")
    closing = add_item(bare_demo_store, PLANNED, kind=AgendaKind.CLOSING, title="폐회")
    talk = add_item(
        bare_demo_store, PLANNED, kind=AgendaKind.DISCUSSION, title="자율토론", after_id=opening.id
    )
    assert opening.title == "개회" and opening.planned_minutes == 5 and talk.planned_minutes == 30
    assert titles(bare_demo_store) == ["1 개회", "2 자율토론", "3 폐회"]
    presenter = person(bare_demo_store, "최영조")
    update_item(bare_demo_store, closing.id, presenter_id=presenter)
    plan = agenda(bare_demo_store, PLANNED)
    assert plan.items[2].item.presenter is not None
    assert plan.items[2].item.presenter.name == "최영조"
    assert plan.items[2].item.presenter.position == "시장"
    assert [p.item.position for p in plan.items] == [1, 2, 3]


def test_forecast_and_overrun_warning(bare_demo_store: Store) -> None:
    add_item(bare_demo_store, PLANNED, kind=AgendaKind.OPENING, title="개회", planned_minutes=60)
    plan = agenda(bare_demo_store, PLANNED)
    assert plan.start == datetime(2019, 11, 28, 14, 0)
    assert plan.forecast_end == datetime(2019, 11, 28, 15, 0) and not plan.runs_over
    add_item(bare_demo_store, PLANNED, kind=AgendaKind.DISCUSSION, title="토론", planned_minutes=65)
    plan = agenda(bare_demo_store, PLANNED)
    assert plan.items[1].forecast_start == datetime(2019, 11, 28, 15, 0)
    assert plan.runs_over and plan.overrun_minutes == 5
    assert plan.planned_end == datetime(2019, 11, 28, 16, 0)


def test_held_meeting_forecast_uses_actual_times(bare_demo_store: Store) -> None:
    plan = agenda(bare_demo_store, HELD)
    assert len(plan.items) == 15
    assert plan.start == datetime(2019, 8, 22, 14, 2)
    assert plan.items[3].forecast_start == datetime(2019, 8, 22, 14, 32)
    assert plan.forecast_end == datetime(2019, 8, 22, 16, 5)
    assert plan.overrun_minutes == 5 and not plan.locked


def test_nesting_numbers_and_forecast(bare_demo_store: Store) -> None:
    reports = add_item(
        bare_demo_store, PLANNED, kind=AgendaKind.OTHER, title="보고안건", planned_minutes=0
    )
    first = add_item(
        bare_demo_store, PLANNED, kind=AgendaKind.BRIEFING, title="가", parent_id=reports.id
    )
    add_item(bare_demo_store, PLANNED, kind=AgendaKind.BRIEFING, title="나", after_id=first.id)
    add_item(bare_demo_store, PLANNED, kind=AgendaKind.CLOSING, title="폐회")
    assert titles(bare_demo_store) == ["1 보고안건", "1.1 가", "1.2 나", "2 폐회"]
    plan = agenda(bare_demo_store, PLANNED)
    assert plan.items[0].forecast_end == datetime(2019, 11, 28, 14, 14)
    assert plan.items[3].forecast_start == datetime(2019, 11, 28, 14, 14)
    assert [p.depth for p in plan.items] == [0, 1, 1, 0]
    with pytest.raises(InvalidInputError, match="not under"):
        add_item(
            bare_demo_store,
            PLANNED,
            kind=AgendaKind.OTHER,
            title="x",
            after_id=first.id,
            parent_id=999_999,
        )


def test_update_returns_previous_fields_that_revert_it(bare_demo_store: Store) -> None:
    item = add_item(bare_demo_store, PLANNED, kind=AgendaKind.OVERVIEW, title="총괄개요")
    before = everything(bare_demo_store)
    previous = update_item(bare_demo_store, item.id, title="총괄개요 설명", planned_minutes=12)
    assert previous == AgendaItemFields(AgendaKind.OVERVIEW, "총괄개요", None, None, 10)
    redo = set_item_fields(bare_demo_store, item.id, previous)
    assert everything(bare_demo_store) == before
    set_item_fields(bare_demo_store, item.id, redo)
    assert agenda(bare_demo_store, PLANNED).items[0].item.planned_minutes == 12


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"title": "  "}, "needs a title"),
        ({"planned_minutes": 9999}, "0 to 600"),
        ({"planned_minutes": -1}, "0 to 600"),
        ({"presenter_id": 999_999}, "No person"),
        ({"strategy_id": 999_999}, "No strategy"),
    ],
)
def test_bad_fields_are_refused(
    bare_demo_store: Store, change: dict[str, Any], message: str
) -> None:
    item = add_item(bare_demo_store, PLANNED, kind=AgendaKind.OTHER, title="기타")
    before = everything(bare_demo_store)
    with pytest.raises((InvalidInputError, NotFoundError), match=message):
        update_item(bare_demo_store, item.id, **change)
    assert everything(bare_demo_store) == before


def test_delete_and_restore_an_item_with_its_notes(bare_demo_store: Store) -> None:
    """The discussion of 2019-08-22 carries remarks, decisions and action items."""
    before_db, before_record = everything(bare_demo_store), meeting_record(bare_demo_store, HELD)
    discussion = next(i for i in before_record.agenda if i.kind is AgendaKind.DISCUSSION)
    removal = delete_item(bare_demo_store, discussion.id)
    after = meeting_record(bare_demo_store, HELD)
    assert len(after.agenda) == 14 and len(after.decisions) == 0
    assert all(a.agenda_item_id is None for a in after.actions if a.title.startswith("분과"))
    assert [i.position for i in after.agenda] == list(range(1, 15))
    restore_item(bare_demo_store, removal)
    assert meeting_record(bare_demo_store, HELD) == before_record
    assert everything(bare_demo_store) == before_db
    with pytest.raises(InvalidInputError, match="already there"):
        restore_item(bare_demo_store, removal)


def test_delete_a_parent_takes_its_children_and_restore_brings_them(bare_demo_store: Store) -> None:
    parent = add_item(
        bare_demo_store, PLANNED, kind=AgendaKind.OTHER, title="보고", planned_minutes=0
    )
    child = add_item(
        bare_demo_store, PLANNED, kind=AgendaKind.OTHER, title="1", parent_id=parent.id
    )
    add_item(bare_demo_store, PLANNED, kind=AgendaKind.OTHER, title="1-1", parent_id=child.id)
    add_item(bare_demo_store, PLANNED, kind=AgendaKind.CLOSING, title="폐회")
    before = everything(bare_demo_store)
    removal = delete_item(bare_demo_store, parent.id)
    assert titles(bare_demo_store) == ["1 폐회"]
    restore_item(bare_demo_store, removal)
    assert everything(bare_demo_store) == before


def test_move_and_its_undo(bare_demo_store: Store) -> None:
    prepare_next(bare_demo_store, from_meeting_id=HELD, held_on=datetime(2019, 11, 28).date())
    plan = agenda(bare_demo_store, PLANNED)
    ids = [p.item.id for p in plan.items]
    before = everything(bare_demo_store)
    move = move_item(bare_demo_store, ids[-2], 1)  # the discussion right after the opening
    assert (move.old_index, move.new_index, move.old_order) == (13, 1, tuple(ids))
    assert [p.item.id for p in agenda(bare_demo_store, PLANNED).items][:3] == [
        ids[0],
        ids[-2],
        ids[1],
    ]
    move_item(bare_demo_store, move.id, move.old_index, move.old_parent_id)
    assert everything(bare_demo_store) == before


def test_indent_outdent_and_cycles(bare_demo_store: Store) -> None:
    a = add_item(bare_demo_store, PLANNED, kind=AgendaKind.OTHER, title="가")
    b = add_item(bare_demo_store, PLANNED, kind=AgendaKind.OTHER, title="나")
    c = add_item(bare_demo_store, PLANNED, kind=AgendaKind.OTHER, title="다")
    before = everything(bare_demo_store)
    first = indent_item(bare_demo_store, b.id)
    second = indent_item(bare_demo_store, c.id)
    assert titles(bare_demo_store) == ["1 가", "1.1 나", "1.2 다"]
    third = indent_item(bare_demo_store, c.id)
    assert titles(bare_demo_store) == ["1 가", "1.1 나", "1.1.1 다"]
    with pytest.raises(InvalidInputError, match="under itself"):
        move_item(bare_demo_store, a.id, 0, c.id)
    with pytest.raises(InvalidInputError, match="no item above"):
        indent_item(bare_demo_store, a.id)
    out = outdent_item(bare_demo_store, c.id)
    assert titles(bare_demo_store) == ["1 가", "1.1 나", "1.2 다"]
    for move in (out, third, second, first):  # undo, newest first
        move_item(bare_demo_store, move.id, move.old_index, move.old_parent_id)
    assert everything(bare_demo_store) == before
    with pytest.raises(InvalidInputError, match="already a top-level"):
        outdent_item(bare_demo_store, a.id)


def test_a_meeting_with_issued_minutes_is_locked(bare_demo_store: Store) -> None:
    item_id = meeting_record(bare_demo_store, ISSUED).agenda[0].id
    before = everything(bare_demo_store)
    edits = [
        lambda: add_item(bare_demo_store, ISSUED, kind=AgendaKind.OTHER, title="추가"),
        lambda: update_item(bare_demo_store, item_id, title="고침"),
        lambda: delete_item(bare_demo_store, item_id),
        lambda: move_item(bare_demo_store, item_id, 3),
        lambda: indent_item(bare_demo_store, item_id),
    ]
    for edit in edits:
        with pytest.raises(LockedError, match="minutes were issued"):
            edit()
    assert everything(bare_demo_store) == before
    assert agenda(bare_demo_store, ISSUED).locked


def test_unknown_ids(bare_demo_store: Store) -> None:
    with pytest.raises(NotFoundError):
        agenda(bare_demo_store, 999)
    with pytest.raises(NotFoundError):
        move_item(bare_demo_store, 999_999, 0)
    with pytest.raises(NotFoundError):
        add_item(bare_demo_store, PLANNED, kind=AgendaKind.OTHER, title="x", parent_id=999_999)


def test_reordering_a_full_agenda_is_quick(bare_demo_store: Store) -> None:
    """Not a timed assertion (benchmarks time it): a move costs a few SQL statements,
    however long the agenda, not one per item (the renumbering is one statement, and
    so is reading the renumbered rows again, locked, to check their versions)."""
    prepare_next(bare_demo_store, from_meeting_id=HELD, held_on=datetime(2019, 11, 28).date())
    with bare_demo_store.session() as session:
        item_id = session.scalars(
            select(AgendaItem.id).where(AgendaItem.meeting_id == PLANNED).limit(1)
        ).one()
    statements: list[str] = []

    def note(*sent: object) -> None:
        if "pg_notify" not in str(sent[2]):  # (a server announces each change once)
            statements.append(str(sent[2]))

    event.listen(bare_demo_store.engine, "before_cursor_execute", note)
    per_move = []
    for index in range(14, -1, -1):
        before = len(statements)
        move_item(bare_demo_store, item_id, index)
        per_move.append(len(statements) - before)
    assert max(per_move) <= 7, per_move
