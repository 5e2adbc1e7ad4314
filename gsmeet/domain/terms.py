"""Members' terms (임기) and people as they stood in a committee on a day: the rules
every reader of the register and of a meeting record applies, on plain values."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any, Protocol

from gsmeet.domain.enums import Role
from gsmeet.domain.records import PersonAtDate


class Term(Protocol):
    """A membership's dates."""

    @property
    def term_start(self) -> date: ...

    @property
    def term_end(self) -> date | None: ...

    @property
    def left_on(self) -> date | None: ...


def in_force(term: Term, day: date) -> bool:
    """Whether a membership holds on ``day``: begun, not left (``left_on`` is the first
    day out) and its term not over (``term_end`` is its last day). Services ask the
    database the same in SQL (:func:`gsmeet.services.people.in_force_on`)."""
    return (
        term.term_start <= day
        and (term.left_on is None or term.left_on > day)
        and (term.term_end is None or term.term_end >= day)
    )


_Placing = tuple[Role, str, str, str]  # role, organisation, position, sub-committee


def placed(rows: Iterable[Sequence[Any]]) -> dict[int, PersonAtDate]:
    """People as they stood on a day, keyed by id, from rows of a person with one of
    their memberships in the committee (by person, then start of term): id, name,
    public official, e-mail, membership id (None: no membership), role, organisation,
    position, sub-committee, and whether the membership was in force that day.

    People without a membership on that day (former members, guests) have
    ``role=None`` and their most recent organisation and position, so old records
    still name them."""
    persons: dict[int, tuple[str, bool, str]] = {}
    current: dict[int, tuple[int, _Placing]] = {}
    latest: dict[int, _Placing] = {}
    for row in rows:
        pid, name, public, email, membership_id, role, organisation, position, sub, active = row
        persons[pid] = (name, public, email)
        if membership_id is None:
            continue
        # The in-force membership with the highest id, else the one begun last (rows
        # come by start date).
        latest[pid] = (role, organisation, position, sub or "")
        if active and membership_id > current.get(pid, (-1,))[0]:
            current[pid] = (membership_id, latest[pid])
    result: dict[int, PersonAtDate] = {}
    for pid, (name, public, email) in persons.items():
        found = current.get(pid)
        placing = found[1] if found is not None else latest.get(pid)
        if placing is None:
            result[pid] = PersonAtDate(pid, name, None, "", "", "", public, email)
        else:
            role, organisation, position, subcommittee = placing
            result[pid] = PersonAtDate(
                pid,
                name,
                role if found is not None else None,
                organisation,
                position,
                subcommittee,
                public,
                email,
            )
    return result


def departed(
    memberships: Iterable[tuple[int, int, date | None]], on: date
) -> set[tuple[int, int | None]]:
    """(committee, person) pairs whose latest membership was left (해촉) by ``on``, from
    (committee, person, left on) of memberships by start of term, then id."""
    latest: dict[tuple[int, int | None], date | None] = {}
    for committee_id, person_id, left_on in memberships:
        latest[(committee_id, person_id)] = left_on
    return {k for k, left_on in latest.items() if left_on is not None and left_on <= on}
