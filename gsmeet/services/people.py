"""People as they stood in a committee on a given date: the one query every service
asks (the meeting record, the live screen, the agenda, the registers), and the
memberships in force.

The rule of a membership in force is :func:`gsmeet.domain.terms.in_force`;
:func:`in_force_on` is the same rule in SQL.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from functools import cache
from typing import Any

from sqlalchemy import ColumnElement, Date, Select, and_, bindparam, or_, select
from sqlalchemy.orm import Session

from gsmeet.domain.enums import Thing
from gsmeet.domain.errors import NoSuchRecord
from gsmeet.domain.records import PersonAtDate
from gsmeet.domain.terms import placed
from gsmeet.storage.models import Membership, Person, Subcommittee


def in_force_on(day: date | ColumnElement[Any]) -> ColumnElement[bool]:
    """:func:`gsmeet.domain.terms.in_force` as a condition on ``Membership``."""
    return and_(
        Membership.term_start <= day,
        or_(Membership.left_on.is_(None), Membership.left_on > day),
        or_(Membership.term_end.is_(None), Membership.term_end >= day),
    )


def memberships_on(session: Session, committee_id: int, day: date) -> list[Membership]:
    """The committee's memberships in force on ``day``, oldest first."""
    query = select(Membership).where(Membership.committee_id == committee_id, in_force_on(day))
    return list(session.scalars(query.order_by(Membership.id)))


@cache
def _people_query(some: bool) -> Select[*tuple[Any, ...]]:
    """Persons with their memberships in the committee (and sub-committee names), the
    in-force test done in SQL: built once, as building it took longer than running it."""
    in_force = in_force_on(bindparam("day", type_=Date))
    query = (
        select(
            Person.id,
            Person.name,
            Person.is_public_official,
            Person.email,
            Membership.id,
            Membership.role,
            Membership.organisation,
            Membership.position,
            Subcommittee.name,
            in_force,
        )
        .select_from(Person)
        .outerjoin(
            Membership,
            and_(
                Membership.person_id == Person.id,
                Membership.committee_id == bindparam("committee"),
            ),
        )
        .outerjoin(Subcommittee, Subcommittee.id == Membership.subcommittee_id)
        .order_by(Person.id, Membership.term_start, Membership.id)
    )
    return query.where(Person.id.in_(bindparam("people", expanding=True))) if some else query


def people_on(
    session: Session, committee_id: int, day: date, *, only: Iterable[int | None] | None = None
) -> dict[int, PersonAtDate]:
    """Everyone (or ``only`` these people), keyed by id, as they stood in the committee
    on ``day``.

    People without a membership on that day (former members, guests) are included with
    ``role=None`` and their most recent organisation and position, so old records still
    name them. One query of plain tuples: loading some 600 ORM objects for it took most
    of an agenda switch's 30 ms budget on the ten-year database."""
    arguments: dict[str, object] = {"day": day, "committee": committee_id}
    if only is not None:
        arguments["people"] = sorted({i for i in only if i is not None})
        if not arguments["people"]:
            return {}
    return placed(session.execute(_people_query(only is not None), arguments))


def person_on(session: Session, committee_id: int, day: date, person_id: int) -> PersonAtDate:
    """One person as :func:`people_on` shows them, reading only their rows."""
    found = people_on(session, committee_id, day, only=[person_id]).get(person_id)
    if found is None:
        raise NoSuchRecord(what=Thing.PERSON, id=person_id)
    return found
