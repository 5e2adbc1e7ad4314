"""People on a date: the one query, against the rule of a membership in force."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from gsmeet.domain.records import PersonAtDate
from gsmeet.domain.terms import in_force
from gsmeet.services.people import memberships_on, people_on, person_on
from gsmeet.storage.db import Store
from gsmeet.storage.models import Committee, Membership, Person, Subcommittee

DAYS = [
    date(2000, 1, 1),  # before the first term
    date(2018, 11, 27),
    date(2019, 3, 1),
    date(2019, 5, 1),
    date(2019, 6, 30),
    date(2019, 7, 1),
    date(2019, 8, 22),
    date(2021, 12, 31),
    date(2030, 1, 1),  # every term over
]


def by_the_rule(store: Store, day: date) -> dict[int, PersonAtDate]:
    """Everyone as the rule says, from rows loaded whole: the in-force membership with
    the highest id, else the one begun last; no role unless in force."""
    with store.session() as s:
        committee = s.scalars(select(Committee)).one()
        subs = {i: name for i, name in s.execute(select(Subcommittee.id, Subcommittee.name))}
        rows = s.scalars(
            select(Membership)
            .where(Membership.committee_id == committee.id)
            .order_by(Membership.term_start, Membership.id)
        ).all()
        result = {}
        for person in s.scalars(select(Person)):
            mine = [m for m in rows if m.person_id == person.id]
            current = max((m for m in mine if in_force(m, day)), key=lambda m: m.id, default=None)
            shown = current or (mine[-1] if mine else None)
            result[person.id] = PersonAtDate(
                person.id,
                person.name,
                current.role if current else None,
                shown.organisation if shown else "",
                shown.position if shown else "",
                subs.get(shown.subcommittee_id or -1, "") if shown else "",
                person.is_public_official,
                person.email,
            )
        return result


def boundaries(store: Store) -> set[date]:
    """Every day a membership begins, ends or is left, and the days either side."""
    with store.session() as s:
        rows = s.execute(select(Membership.term_start, Membership.term_end, Membership.left_on))
        days = {d for row in rows for d in row if d is not None}
    return {d + timedelta(days=k) for d in days for k in (-1, 0, 1)}


def test_people_on_a_date_follow_the_rule(demo_store: Store) -> None:
    days = sorted({*DAYS, *boundaries(demo_store)})
    assert len(days) > 20
    with demo_store.session() as s:
        committee_id = s.scalars(select(Committee.id)).one()
    for day in days:
        expected = by_the_rule(demo_store, day)
        with demo_store.session() as s:
            assert people_on(s, committee_id, day) == expected, day
            some = sorted(expected)[::7]
            assert people_on(s, committee_id, day, only=[*some, None]) == {
                i: expected[i] for i in some
            }
            assert person_on(s, committee_id, day, some[0]) == expected[some[0]]
            in_office = {m.id for m in memberships_on(s, committee_id, day)}
            loaded = s.scalars(select(Membership).where(Membership.committee_id == committee_id))
            assert in_office == {m.id for m in loaded if in_force(m, day)}, day
    with demo_store.session() as s:
        assert people_on(s, committee_id, DAYS[0], only=[None]) == {}


def test_the_demo_has_people_in_and_out_of_office(demo_store: Store) -> None:
    """The dates above exercise both sides of the rule."""
    on = by_the_rule(demo_store, date(2019, 8, 22))
    assert any(p.role is None for p in on.values()) and any(p.role for p in on.values())
    assert all(p.role is None for p in by_the_rule(demo_store, date(2000, 1, 1)).values())
