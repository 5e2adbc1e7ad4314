"""Terms of office: which members' terms have ended or end before a session (the
warning when a session is prepared or started), renewal in bulk (연임), and leaving
(해촉) by name, as the command line gives them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from gsmeet.domain.changes import MEMBERS
from gsmeet.domain.edits import Undo
from gsmeet.domain.errors import InvalidInputError
from gsmeet.domain.messages import Message
from gsmeet.services.changes import touches
from gsmeet.services.committees import person_named
from gsmeet.services.listing import key
from gsmeet.services.lookups import pairs
from gsmeet.services.register.members import AlreadyLeft, deactivate_member
from gsmeet.services.store import Database
from gsmeet.storage.journal import Journal, snapshot
from gsmeet.storage.models import Committee, Membership, Person


class TermsEnd(Message):
    """A notice: members' terms are over by the session's date."""

    text = (
        "{count} members' terms end before {on} ({names}); renew them (연임) in the "
        "register or with 'gsmeet member renew'"
    )


class NotServing(InvalidInputError):
    text = "{name} is not serving on {on}"


class NotAfterTerm(InvalidInputError):
    text = "{name}: the term already runs to {end}, not only to {until}"


class NobodyToRenew(InvalidInputError):
    text = "No serving member of {committee} has a term to renew"


@dataclass(frozen=True, slots=True)
class Renewal:
    renewed: tuple[str, ...]  # names, in register order
    until: date
    undo: Undo


def _current(s: Session, committee_id: int) -> list[Membership]:
    """Each person's latest membership that they have not left: those who still serve,
    their term running or already over (a term that ended is 임기만료, not 해촉)."""
    latest: dict[int, Membership] = {}
    for m in s.scalars(
        select(Membership)
        .where(Membership.committee_id == committee_id)
        .order_by(Membership.term_start, Membership.id)
    ):
        latest[m.person_id] = m
    return [m for m in latest.values() if m.left_on is None]


def terms_ending(s: Session, committee_id: int, before: date) -> list[tuple[str, date]]:
    """Serving members whose term ends before ``before`` (names and term ends)."""
    names = pairs(s, select(Person.id, Person.name))
    ending = [
        (names[m.person_id], m.term_end)
        for m in _current(s, committee_id)
        if m.term_end is not None and m.term_end < before
    ]
    return sorted(ending, key=lambda pair: (pair[1], pair[0]))


def term_notice(s: Session, committee_id: int, on: date) -> TermsEnd | None:
    """The warning for a session on ``on``, naming how many (and the first few)."""
    ending = terms_ending(s, committee_id, on)
    if not ending:
        return None
    shown = [name for name, _ in ending[:3]]
    more = len(ending) - len(shown)
    names = ", ".join(shown) + (f" +{more}" if more else "")
    return TermsEnd(count=len(ending), on=on, names=names)


def check_terms(store: Database, committee_id: int, on: date) -> TermsEnd | None:
    with store.session() as s:
        return term_notice(s, committee_id, on)


@touches(MEMBERS)
def renew_terms(
    store: Database, committee_id: int, until: date, names: Sequence[str] = ()
) -> Renewal:
    """연임: the named members' terms (all serving members with a term when no name is
    given) run to ``until``. Members without a term end (officials ex officio) keep
    none; in bulk, a term already running past ``until`` is left as it is."""
    with store.session() as s:
        committee = s.get_one(Committee, committee_id)
        current = _current(s, committee_id)
        people = pairs(s, select(Person.id, Person.name))
        if names:
            wanted = {person_named(s, committee_id, name) for name in names}
            chosen = [m for m in current if m.person_id in wanted]
            missing = wanted - {m.person_id for m in chosen}
            if missing:
                raise NotServing(name=people[min(missing)], on=until)
            for m in chosen:
                if m.term_end is not None and m.term_end >= until:
                    raise NotAfterTerm(name=people[m.person_id], end=m.term_end, until=until)
        else:
            chosen = [m for m in current if m.term_end is not None and m.term_end < until]
        chosen = [m for m in chosen if m.term_end is not None]
        if not chosen:
            raise NobodyToRenew(committee=committee.name)
        before = tuple(snapshot(m) for m in chosen)
        for m in chosen:
            m.term_end = until
        s.flush()
        renewed = tuple(sorted((people[m.person_id] for m in chosen), key=key))
        return Renewal(renewed, until, Journal(before=before))


@touches(MEMBERS)
def leave_by_name(store: Database, committee_id: int, name: str, on: date, reason: str = "") -> str:
    """해촉: the member called ``name`` is out from ``on`` (their first day out). Returns
    the name as the register writes it."""
    with store.session() as s:
        person_id = person_named(s, committee_id, name, on)
        person = s.get_one(Person, person_id)
        latest = s.scalars(
            select(Membership)
            .where(Membership.committee_id == committee_id, Membership.person_id == person_id)
            .order_by(Membership.term_start.desc(), Membership.id.desc())
        ).first()
        if latest is None:
            raise NotServing(name=person.name, on=on)
        if latest.left_on is not None:
            raise AlreadyLeft(name=person.name, on=latest.left_on)
        membership_id = latest.id
    deactivate_member(store, membership_id, on=on, reason=reason)
    return person.name


@touches(MEMBERS)
def undo_renewal(store: Database, renewal: Renewal) -> None:
    from gsmeet.storage.journal import roll_back

    with store.session() as s:
        roll_back(s, renewal.undo)
