"""People as they stood in a committee on a given date."""

from __future__ import annotations

from datetime import date

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from gsmeet.domain.records import PersonAtDate
from gsmeet.services.lookups import subcommittee_names
from gsmeet.storage.models import Membership, Person


def memberships_on(session: Session, committee_id: int, day: date) -> list[Membership]:
    """Memberships in force on ``day``: begun, not left (``left_on`` is the first day
    out), term not expired."""
    query = select(Membership).where(
        Membership.committee_id == committee_id,
        Membership.term_start <= day,
        or_(Membership.left_on.is_(None), Membership.left_on > day),
        or_(Membership.term_end.is_(None), Membership.term_end >= day),
    )
    return list(session.scalars(query.order_by(Membership.id)))


def people_on(session: Session, committee_id: int, day: date) -> dict[int, PersonAtDate]:
    """Every person of the committee, keyed by id, as they stood on ``day``.

    People without a membership on that day (former members, guests) are included with
    ``role=None`` and their most recent organisation and position, so old records still
    name them.
    """
    subcommittees = subcommittee_names(session, committee_id)
    current = {m.person_id: m for m in memberships_on(session, committee_id, day)}
    latest: dict[int, Membership] = {}
    for past in session.scalars(
        select(Membership)
        .where(Membership.committee_id == committee_id)
        .order_by(Membership.term_start, Membership.id)
    ):
        latest[past.person_id] = past
    result: dict[int, PersonAtDate] = {}
    for person in session.scalars(select(Person)):
        membership = current.get(person.id) or latest.get(person.id)
        in_force = person.id in current
        result[person.id] = PersonAtDate(
            id=person.id,
            name=person.name,
            role=membership.role if membership and in_force else None,
            organisation=membership.organisation if membership else "",
            position=membership.position if membership else "",
            subcommittee=subcommittees.get(membership.subcommittee_id or -1, "")
            if membership
            else "",
            is_public_official=person.is_public_official,
            email=person.email,
        )
    return result
