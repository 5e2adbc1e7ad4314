"""A committee from its first day: creating one (in a database that exists or a new
file), finding it by name (``--committee``), its kinds of session and sub-committees,
and the people, kinds and sub-committees the secretary names in words."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from gsmeet.domain.changes import MEMBERS, SESSIONS, STRATEGIES
from gsmeet.domain.enums import Field, QuorumKind, Role, Thing
from gsmeet.domain.errors import InvalidInputError, NoSuchRecord, NotFoundError
from gsmeet.domain.quorum import QuorumRule
from gsmeet.domain.records import CommitteeInfo
from gsmeet.domain.setup import CommitteeCreated, CommitteeSpec
from gsmeet.services.changes import touches
from gsmeet.services.edits import clean_text
from gsmeet.services.kinds import kind_named
from gsmeet.services.listing import key
from gsmeet.services.people import memberships_on
from gsmeet.services.records import committee_info
from gsmeet.services.store import Database
from gsmeet.storage.journal import Journal, ref
from gsmeet.storage.kinds import add_default_kinds
from gsmeet.storage.models import Committee, Membership, Person, Subcommittee

if TYPE_CHECKING:
    from gsmeet.storage.lock import DatabaseLock


class CommitteeExists(InvalidInputError):
    text = "This database already holds a committee named {name}"


class NamedTwice(InvalidInputError):
    text = "The sub-committee {name} is named twice"


class SubcommitteeExists(InvalidInputError):
    text = "{committee} already has a sub-committee named {name}"


class BadQuorum(InvalidInputError):
    text = "A quorum of {numerator}/{denominator} is not a share of the members"


class NoSubcommitteeNamed(NotFoundError):
    text = "{committee} has no sub-committee named '{name}'; one of: {choices}"


class UnknownPerson(NotFoundError):
    text = "No one named {name} in {committee}"


class SamePersonTwice(InvalidInputError):
    text = "{count} people in {committee} are named {name}; tell them apart in the register"


# ---------------------------------------------------------------- creating


def check_spec(spec: CommitteeSpec) -> CommitteeSpec:
    """The spec with its text cleaned, or the first thing wrong with it (before any
    file is made)."""
    name = str(clean_text(spec.name, Field.COMMITTEE_NAME, required=True))
    host = str(clean_text(spec.host_body, Field.HOST_BODY, required=True))
    subs: list[str] = []
    for raw in spec.subcommittees:
        sub = str(clean_text(raw, Field.SUBCOMMITTEE_NAME, required=True))
        if any(key(sub) == key(other) for other in subs):
            raise NamedTwice(name=sub)
        subs.append(sub)
    for rule in (spec.quorum, spec.decision):
        _check_rule(rule)
    return CommitteeSpec(
        name=name,
        host_body=host,
        department=" ".join(spec.department.split()),
        secretary=" ".join(spec.secretary.split()),
        subcommittees=tuple(subs),
        quorum=spec.quorum,
        decision=spec.decision,
        default_disclosure=spec.default_disclosure,
        since=spec.since,
    )


def _check_rule(rule: QuorumRule) -> None:
    if rule.kind is QuorumKind.FRACTION and not 0 < rule.numerator <= rule.denominator:
        raise BadQuorum(numerator=rule.numerator, denominator=rule.denominator)
    if rule.kind is QuorumKind.COUNT and rule.count < 1:
        raise BadQuorum(numerator=rule.count, denominator="-")


@touches(SESSIONS, MEMBERS, STRATEGIES)
def create_committee(store: Database, spec: CommitteeSpec) -> CommitteeCreated:
    """Add a committee to the database: its settings, its default kinds of session,
    its sub-committees and its secretary (간사). Undo removes all of it."""
    spec = check_spec(spec)
    with store.session() as s:
        for (name,) in s.execute(select(Committee.name)):
            if key(name) == key(spec.name):
                raise CommitteeExists(name=spec.name)
        committee = Committee(
            name=spec.name,
            host_body=spec.host_body,
            department=spec.department,
            default_disclosure=spec.default_disclosure,
        )
        _set_rules(committee, spec.quorum, spec.decision)
        s.add(committee)
        s.flush()
        created = [ref(committee)]
        created += [ref(kind) for kind in add_default_kinds(s, committee.id)]
        subs = [
            Subcommittee(committee_id=committee.id, name=name, position=position)
            for position, name in enumerate(spec.subcommittees, start=1)
        ]
        s.add_all(subs)
        s.flush()
        created += [ref(sub) for sub in subs]
        if spec.secretary:
            person = Person(name=spec.secretary, is_public_official=True)
            s.add(person)
            s.flush()
            membership = Membership(
                committee_id=committee.id,
                person_id=person.id,
                role=Role.SECRETARY,
                organisation=" ".join(p for p in (spec.host_body, spec.department) if p),
                term_start=spec.since or date.today(),
                allowance=False,
            )
            s.add(membership)
            s.flush()
            created += [ref(person), ref(membership)]
        return CommitteeCreated(committee_info(committee), Journal(created=tuple(created)))


def _set_rules(committee: Committee, quorum: QuorumRule, decision: QuorumRule) -> None:
    committee.quorum_kind = quorum.kind
    committee.quorum_numerator = quorum.numerator
    committee.quorum_denominator = quorum.denominator
    committee.quorum_count = quorum.count
    committee.quorum_counts_proxies = quorum.proxies_count
    committee.decision_kind = decision.kind
    committee.decision_numerator = decision.numerator
    committee.decision_denominator = decision.denominator
    committee.decision_count = decision.count


def create_committee_file(
    path: Path, spec: CommitteeSpec, *, lock: DatabaseLock | None = None
) -> CommitteeInfo:
    """``gsmeet committee new``: the committee in the database at ``path``, which is
    created when it does not exist (built aside and moved into place, so a failure
    leaves no file behind). The spec is checked before anything is written. ``lock``:
    the database's single-instance lock, when the caller holds it (else taken here)."""
    from gsmeet.storage.db import open_store
    from gsmeet.storage.replace import build_then_move

    spec = check_spec(spec)
    if path.exists():
        store = open_store(path, exclusive=True, lock=lock, backups=True)
        try:
            return create_committee(store, spec).committee
        finally:
            store.close()
    made: list[CommitteeInfo] = []
    build_then_move(
        path, lambda store: made.append(create_committee(store, spec).committee), lock=lock
    )
    return made[0]


# ---------------------------------------------------------------- finding


def subcommittee_named(s: Session, committee_id: int, name: str) -> int:
    subs = list(s.execute(select(Subcommittee.id, Subcommittee.name).where(
        Subcommittee.committee_id == committee_id
    ).order_by(Subcommittee.position, Subcommittee.id)))  # fmt: skip
    wanted = key(name)
    for sub_id, sub_name in subs:
        if key(sub_name) == wanted or key(sub_name) == wanted + key("분과"):
            return int(sub_id)
    committee = s.get_one(Committee, committee_id).name
    choices = ", ".join(n for _, n in subs) or "-"
    raise NoSubcommitteeNamed(committee=committee, name=name, choices=choices)


def person_named(s: Session, committee_id: int, name: str, on: date | None = None) -> int:
    """The person of the committee called ``name``: in office on ``on`` first, else
    anyone who ever held a membership in it."""
    committee = s.get_one(Committee, committee_id).name
    wanted = key(name)
    if on is not None:
        ids = sorted(
            {
                m.person_id
                for m in memberships_on(s, committee_id, on)
                if key(s.get_one(Person, m.person_id).name) == wanted
            }
        )
        if len(ids) == 1:
            return ids[0]
        if len(ids) > 1:
            raise SamePersonTwice(count=len(ids), committee=committee, name=name)
    rows = s.execute(
        select(Person.id, Person.name)
        .join(Membership, Membership.person_id == Person.id)
        .where(Membership.committee_id == committee_id)
        .distinct()
    ).all()
    ids = sorted({pid for pid, pname in rows if key(pname) == wanted})
    if not ids:
        raise UnknownPerson(name=name, committee=committee)
    if len(ids) > 1:
        raise SamePersonTwice(count=len(ids), committee=committee, name=name)
    return ids[0]


# ---------------------------------------------------------------- sub-committees


@touches(SESSIONS, MEMBERS, STRATEGIES)
def add_subcommittees(store: Database, committee_id: int, names: Sequence[str]) -> list[int]:
    """New sub-committees at the end of the list; their ids."""
    with store.session() as s:
        committee = s.get(Committee, committee_id)
        if committee is None:
            raise NoSuchRecord(what=Thing.COMMITTEE, id=committee_id)
        existing = {key(n) for (n,) in s.execute(
            select(Subcommittee.name).where(Subcommittee.committee_id == committee_id)
        )}  # fmt: skip
        last = s.scalar(
            select(func.max(Subcommittee.position)).where(Subcommittee.committee_id == committee_id)
        )
        rows: list[Subcommittee] = []
        for offset, raw in enumerate(names, start=1):
            name = str(clean_text(raw, Field.SUBCOMMITTEE_NAME, required=True))
            if key(name) in existing:
                raise SubcommitteeExists(committee=committee.name, name=name)
            existing.add(key(name))
            rows.append(
                Subcommittee(committee_id=committee_id, name=name, position=(last or 0) + offset)
            )
        s.add_all(rows)
        s.flush()
        return [row.id for row in rows]


@dataclass(frozen=True, slots=True)
class Named:
    """Ids of what the secretary named in words (None: not named)."""

    kind_id: int | None = None
    subcommittee_id: int | None = None
    chair_id: int | None = None
    secretary_id: int | None = None


def lookup(
    store: Database,
    committee_id: int,
    *,
    on: date,
    kind: str | None = None,
    subcommittee: str | None = None,
    chair: str | None = None,
    secretary: str | None = None,
) -> Named:
    """The kind, sub-committee and people called by these names on ``on``; the first
    unknown one is an error naming it and what there is instead."""
    with store.session() as s:
        return Named(
            kind_id=kind_named(s, committee_id, kind).id if kind is not None else None,
            subcommittee_id=(
                subcommittee_named(s, committee_id, subcommittee)
                if subcommittee is not None
                else None
            ),
            chair_id=person_named(s, committee_id, chair, on) if chair is not None else None,
            secretary_id=(
                person_named(s, committee_id, secretary, on) if secretary is not None else None
            ),
        )


@touches(SESSIONS, MEMBERS, STRATEGIES)
def undo_committee(store: Database, created: CommitteeCreated) -> None:
    """Undo :func:`create_committee`: the committee goes with all it was given."""
    from gsmeet.storage.journal import roll_back

    with store.session() as s:
        roll_back(s, created.undo)


def subcommittees_of(store: Database, committee_id: int) -> tuple[tuple[int, str], ...]:
    """The committee's sub-committees (id, name), in their order."""
    with store.session() as s:
        return tuple(
            (int(sub_id), str(name))
            for sub_id, name in s.execute(
                select(Subcommittee.id, Subcommittee.name)
                .where(Subcommittee.committee_id == committee_id)
                .order_by(Subcommittee.position, Subcommittee.id)
            )
        )
