"""The built-in demo: 경산발전전략위원회 as it stood around its session of 2019-08-22.

Facts come from the seed report (the committee, its two co-chairs, the ten strategies in
two tracks, the achievements, the round-table session of 2019-08-22). Everything the
report does not say - members, tasks, times, remarks, decisions - is invented, plausible,
and marked as sample data (``is_sample`` on the committee and on every invented person).
The data sits in plain tables at the top; small builders below turn it into rows, all in
one transaction.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import select
from sqlalchemy.orm import Session

from gsmeet.demo.data import (
    ACHIEVEMENTS,
    CHAIR_CHANGE,
    CO_CHAIRS,
    COMMITTEE_NAME,
    EXTRA_KINDS,
    MEMBERS,
    OBSERVERS,
    PROMOTION,
    REPLACEMENT,
    REPLACEMENT_START,
    RESIGNATION,
    SECRETARY,
    STRATEGIES,
    SUBCOMMITTEE_CHAIRS,
    TASK_CHANGES_BETWEEN,
    TASKS,
    TERM_END,
    TERM_START,
    TRACKS,
)
from gsmeet.demo.sessions import add_meetings, prepare_planned, record_launch, record_reference
from gsmeet.demo.world import World
from gsmeet.domain.enums import (
    QuorumKind,
    Role,
)
from gsmeet.domain.errors import InvalidInputError
from gsmeet.domain.identity import repeatable
from gsmeet.storage.db import Store
from gsmeet.storage.kinds import add_default_kinds
from gsmeet.storage.models import (
    Achievement,
    Committee,
    Membership,
    Person,
    SessionKind,
    Strategy,
    Subcommittee,
    Task,
    TaskStatusChange,
    Track,
)
from gsmeet.storage.server import ServerStore


class DemoAlreadyThere(InvalidInputError):
    text = "The database already holds the committee {name}"


def build_demo(store: Store | ServerStore) -> int:
    """Fill an empty database with 경산발전전략위원회 (sample data); return the committee id.
    The same build gives the same rows, identities (uids) included."""
    with repeatable(COMMITTEE_NAME), store.session() as s:
        if s.scalar(select(Committee.id).where(Committee.name == COMMITTEE_NAME)) is not None:
            raise DemoAlreadyThere(name=COMMITTEE_NAME)
        committee = Committee(
            name=COMMITTEE_NAME,
            host_body="경산시",
            department="미래전략과",
            quorum_kind=QuorumKind.MAJORITY,
            is_sample=True,
        )
        s.add(committee)
        s.flush()
        world = World(committee)
        _add_kinds(s, world)
        _add_people(s, world)
        _add_register(s, world)
        launch, reference, planned = add_meetings(s, world)
        record_launch(s, world, launch, reference)
        record_reference(s, world, reference)
        prepare_planned(s, world, reference, planned)
        meeting_ids = {1: launch.id, 2: reference.id}
        for number, task, day, precision, text, figure, meeting in ACHIEVEMENTS:
            s.add(
                Achievement(
                    strategy_id=world.strategies[number].id,
                    task_id=world.tasks[task].id if task else None,
                    occurred_on=day,
                    precision=precision,
                    text=text,
                    figure=figure,
                    meeting_id=meeting_ids[meeting],
                )
            )
        return committee.id


def _add_kinds(s: Session, world: World) -> None:
    """The default kinds and the two the seed's committee also holds."""
    kinds = add_default_kinds(s, world.committee.id)
    for position, spec in enumerate(EXTRA_KINDS, start=len(kinds) + 1):
        kinds.append(
            SessionKind(
                committee_id=world.committee.id,
                code=spec.code,
                name_ko=spec.name_ko,
                name_en=spec.name_en,
                series=spec.series,
                quorum_applies=spec.quorum_applies,
                position=position,
            )
        )
    s.add_all(kinds)
    s.flush()
    world.kinds = {kind.code: kind for kind in kinds}


def _serve(
    world: World,
    name: str,
    role: Role,
    organisation: str,
    position: str,
    *,
    subcommittee_id: int | None = None,
    start: date = TERM_START,
    end: date | None = TERM_END,
    allowance: bool = True,
) -> Membership:
    """A membership for ``name``, by default for the launch term."""
    membership = Membership(
        committee_id=world.committee.id,
        person_id=world.people[name].id,
        role=role,
        subcommittee_id=subcommittee_id,
        organisation=organisation,
        position=position,
        term_start=start,
        term_end=end,
        allowance=allowance,
    )
    world.memberships.append(membership)
    return membership


def _change(
    before: Membership, on: date, reason: str, *, role: Role | None = None, position: str = ""
) -> Membership:
    """End ``before`` on ``on`` and start its successor with a new role or 직위."""
    before.left_on, before.left_reason = on, reason
    return Membership(
        committee_id=before.committee_id,
        person_id=before.person_id,
        role=role or before.role,
        subcommittee_id=before.subcommittee_id,
        organisation=before.organisation,
        position=position or before.position,
        term_start=on,
        term_end=before.term_end,
        allowance=before.allowance,
    )


def _add_people(s: Session, world: World) -> None:
    """Sub-committees, people and their memberships, with the dated history."""
    for number, _track, name, _summary in STRATEGIES:
        world.subcommittees[number] = Subcommittee(
            committee_id=world.committee.id, name=f"{name} 분과", position=number
        )
    s.add_all(world.subcommittees.values())
    rows = (*SUBCOMMITTEE_CHAIRS, *MEMBERS, REPLACEMENT)
    people = [Person(name=n, is_public_official=o, is_sample=False) for n, _, _, o in CO_CHAIRS]
    people.append(Person(name=SECRETARY[0], is_public_official=True, is_sample=True))
    people += [Person(name=n, is_public_official=True, is_sample=True) for n, _ in OBSERVERS]
    people += [Person(name=r[1], email=r[4], phone=r[5], is_sample=True) for r in rows]
    world.people = {person.name: person for person in people}
    s.add_all(people)
    s.flush()

    # Officials sit ex officio, without a term end, and are not paid; nor is either co-chair.
    for name, org, position, official in CO_CHAIRS:
        end = None if official else TERM_END
        _serve(world, name, Role.CO_CHAIR, org, position, end=end, allowance=False)
    name, org, position = SECRETARY
    _serve(world, name, Role.SECRETARY, org, position, end=None, allowance=False)
    for name, position in OBSERVERS:
        _serve(world, name, Role.OBSERVER, "경산시", position, end=None, allowance=False)
    by_name: dict[str, Membership] = {}
    for role, group in ((Role.SUBCOMMITTEE_CHAIR, SUBCOMMITTEE_CHAIRS), (Role.MEMBER, MEMBERS)):
        for number, name, org, position, _email, _phone, allowance in group:
            sub_id = world.subcommittees[number].id
            by_name[name] = _serve(
                world, name, role, org, position, subcommittee_id=sub_id, allowance=allowance
            )

    name, left_on, reason = RESIGNATION
    by_name[name].left_on, by_name[name].left_reason = left_on, reason
    number, name, org, position, _email, _phone, allowance = REPLACEMENT
    sub_id, start = world.subcommittees[number].id, REPLACEMENT_START
    _serve(
        world,
        name,
        Role.MEMBER,
        org,
        position,
        subcommittee_id=sub_id,
        start=start,
        allowance=allowance,
    )
    old_chair, successor, change_on, chair_reason, member_reason = CHAIR_CHANGE
    by_name[old_chair].left_on, by_name[old_chair].left_reason = change_on, chair_reason
    promoted = _change(by_name[successor], change_on, member_reason, role=Role.SUBCOMMITTEE_CHAIR)
    name, change_on, new_position, reason = PROMOTION
    world.memberships += [
        promoted,
        _change(by_name[name], change_on, reason, position=new_position),
    ]
    s.add_all(world.memberships)
    s.flush()


def _add_register(s: Session, world: World) -> None:
    """Tracks, strategies and their tasks."""
    tracks = [
        Track(committee_id=world.committee.id, name=name, position=index)
        for index, name in enumerate(TRACKS, start=1)
    ]
    s.add_all(tracks)
    s.flush()
    for number, track, name, summary in STRATEGIES:
        world.strategies[number] = Strategy(
            track_id=tracks[track].id,
            number=number,
            name=name,
            summary=summary,
            subcommittee_id=world.subcommittees[number].id,
            position=number,
        )
    s.add_all(world.strategies.values())
    s.flush()
    for number, rows in TASKS.items():
        for position, (title, status, owner, target, progress) in enumerate(rows, start=1):
            world.tasks[title] = Task(
                strategy_id=world.strategies[number].id,
                title=title,
                status=status,
                owner=owner,
                target_date=target,
                progress=progress,
                position=position,
            )
    s.add_all(world.tasks.values())
    s.flush()
    for title, day, old, new, note in TASK_CHANGES_BETWEEN:
        changed_at = datetime.combine(day, time(10, 0))
        s.add(
            TaskStatusChange(
                task_id=world.tasks[title].id,
                changed_at=changed_at,
                old_status=old,
                new_status=new,
                note=note,
            )
        )
