"""The committee register: reads, edits, and undo that puts the database back exactly
as it was."""

from __future__ import annotations

from datetime import date

import pytest

from gsmeet.domain.enums import Role
from gsmeet.domain.errors import InvalidInputError, LockedError, NotFoundError
from gsmeet.services.record import meeting_record
from gsmeet.services.register import (
    add_member,
    deactivate_member,
    list_members,
    reactivate_member,
    remove_member,
    restore_member,
    revert_update,
    update_member,
)
from gsmeet.services.register.members import EmailNotAscii, InvalidEmail
from gsmeet.storage.db import Store

from .conftest import COMMITTEE, DAY, HELD, LATER, everything, member


def test_members_in_office_and_former(demo_store: Store) -> None:
    rows = list_members(demo_store, COMMITTEE, on=DAY)
    assert len(rows) == 55 and all(r.active for r in rows)
    assert [r.role for r in rows[:2]] == [Role.CO_CHAIR, Role.CO_CHAIR]
    assert rows[-1].role is Role.OBSERVER
    everyone = list_members(demo_store, COMMITTEE, on=DAY, include_former=True)
    former = {r.name: r for r in everyone if not r.active}
    assert set(former) == {"양소희", "임정호"}
    assert former["양소희"].left_on == date(2019, 6, 30)
    chair = member(demo_store, "서지현")
    assert chair.role is Role.SUBCOMMITTEE_CHAIR and chair.subcommittee == "행복건강도시 분과"
    assert member(demo_store, "반소영").position == "경영학과 부교수"
    assert member(demo_store, "반소영", on=date(2019, 2, 1)).position == "경영학과 조교수"


def test_term_expiry_is_flagged_against_the_session_date(demo_store: Store) -> None:
    rows = list_members(demo_store, COMMITTEE, on=DAY, session_date=date(2020, 11, 5))
    flagged = {r.name for r in rows if r.term_expiring}
    assert "김태형" in flagged and "이재훈" in flagged  # terms end 2020-10-31
    assert "최영조" not in flagged and "정수민" not in flagged  # ex officio, no end
    assert not any(r.term_expiring for r in list_members(demo_store, COMMITTEE, on=DAY))


def test_search_filters_members(demo_store: Store) -> None:
    found = list_members(demo_store, COMMITTEE, on=DAY, query="ㄱㅌㅎ")
    assert [r.name for r in found] == ["김태형"]
    by_org = {r.name for r in list_members(demo_store, COMMITTEE, on=DAY, query="ㅇㄴㄷ")}
    assert {"김태형", "장민석", "권혁준"} <= by_org


def test_dated_change_keeps_history_and_reverts_exactly(demo_store: Store) -> None:
    before = everything(demo_store)
    row = member(demo_store, "김도윤")
    update = update_member(
        demo_store, row.membership_id, on=LATER, position="센터장", reason="승진"
    )
    assert update.new_membership and update.row.position == "센터장"
    assert update.previous == row
    assert member(demo_store, "김도윤", on=LATER).position == "센터장"
    assert member(demo_store, "김도윤", on=DAY).position == "책임연구원"  # history kept
    people = {a.person.name: a.person for a in meeting_record(demo_store, HELD).attendance}
    assert people["김도윤"].position == "책임연구원"
    revert_update(demo_store, update)
    assert everything(demo_store) == before


def test_contact_changes_in_place_and_reverts(demo_store: Store) -> None:
    before = everything(demo_store)
    row = member(demo_store, "김도윤")
    update = update_member(
        demo_store, row.membership_id, on=LATER, email=" new@example.org ", allowance=True
    )
    assert not update.new_membership and update.row.email == "new@example.org"
    revert_update(demo_store, update)
    assert everything(demo_store) == before
    with pytest.raises(InvalidInputError, match="malformed e-mail"):
        update_member(demo_store, row.membership_id, on=LATER, email="x@")
    with pytest.raises(InvalidInputError, match="cannot be blank"):
        update_member(demo_store, row.membership_id, on=LATER, name=" ")
    assert everything(demo_store) == before


def test_an_address_mail_cannot_carry_is_refused_where_it_is_typed(demo_store: Store) -> None:
    row = member(demo_store, "김도윤")
    before = everything(demo_store)
    with pytest.raises(EmailNotAscii):
        update_member(demo_store, row.membership_id, on=LATER, email="김철수@시청.kr")
    with pytest.raises(InvalidEmail):  # one rule with the mail's: no <>,; in an address
        update_member(demo_store, row.membership_id, on=LATER, email="kim<x>@example.org")
    assert everything(demo_store) == before
    kept = update_member(demo_store, row.membership_id, on=LATER, email="kim@시청.kr")
    assert kept.row.email == "kim@시청.kr"  # a Korean host is an address (SMTPUTF8 servers)


def test_deactivated_member_stays_in_old_minutes(demo_store: Store) -> None:
    before_db, before_record = everything(demo_store), meeting_record(demo_store, HELD)
    row = member(demo_store, "김도윤")
    was = deactivate_member(demo_store, row.membership_id, on=LATER, reason="본인 사임")
    assert was == row
    assert "김도윤" not in {r.name for r in list_members(demo_store, COMMITTEE, on=LATER)}
    assert member(demo_store, "김도윤", on=LATER).left_reason == "본인 사임"
    assert meeting_record(demo_store, HELD) == before_record  # still named, as he stood
    with pytest.raises(InvalidInputError, match="already left"):
        deactivate_member(demo_store, row.membership_id, on=LATER, reason="")
    gone = reactivate_member(demo_store, row.membership_id)
    assert gone.left_on == LATER
    assert everything(demo_store) == before_db
    with pytest.raises(InvalidInputError, match="has not left"):
        reactivate_member(demo_store, row.membership_id)


def test_reactivating_a_member_with_a_successor_membership_is_refused(demo_store: Store) -> None:
    old = next(
        r for r in list_members(demo_store, COMMITTEE, on=date(2019, 4, 1)) if r.name == "서지현"
    )
    with pytest.raises(InvalidInputError, match="later membership"):
        reactivate_member(demo_store, old.membership_id)


def test_add_remove_restore_member(demo_store: Store) -> None:
    before = everything(demo_store)
    row = add_member(
        demo_store,
        COMMITTEE,
        name=" 홍 길동 ",
        term_start=DAY,
        organisation="경산시",
        subcommittee_id=1,
        email="hong@example.org",
    )
    assert row.name == "홍 길동" and row.active and row.role is Role.MEMBER
    after = everything(demo_store)
    removal = remove_member(demo_store, row.membership_id)
    assert everything(demo_store) == before
    restore_member(demo_store, removal)
    assert everything(demo_store) == after
    with pytest.raises(LockedError, match="deactivate it instead"):
        remove_member(demo_store, member(demo_store, "김도윤").membership_id)
    with pytest.raises(InvalidInputError, match="ends before"):
        add_member(demo_store, COMMITTEE, name="x", term_start=DAY, term_end=date(2019, 1, 1))
    with pytest.raises(NotFoundError, match="sub-committee"):
        add_member(demo_store, COMMITTEE, name="x", term_start=DAY, subcommittee_id=999)


def test_a_member_who_leaves_on_their_first_day_can_be_reactivated(demo_store: Store) -> None:
    """Undo of a 해촉 on the day the membership began (the window's 'edit, then 해촉')."""
    row = add_member(demo_store, COMMITTEE, name="첫날위원", term_start=LATER, subcommittee_id=1)
    deactivate_member(demo_store, row.membership_id, on=LATER, reason="착오")
    reactivate_member(demo_store, row.membership_id)
    assert member(demo_store, "첫날위원", on=LATER).left_on is None
