"""Classifying roster rows against the register, and writing them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

from sqlalchemy import insert, select

from gsmeet.domain.addresses import AddressFault, address_fault
from gsmeet.domain.changes import MEMBERS
from gsmeet.domain.dates import parse_date
from gsmeet.domain.enums import Field, Role, Thing
from gsmeet.domain.errors import InvalidInputError, NoSuchRecord
from gsmeet.domain.labels import parse_label
from gsmeet.domain.limits import limit_of
from gsmeet.domain.messages import Message
from gsmeet.domain.roster import RosterPreview, RosterResult, RosterRow, RosterStatus
from gsmeet.domain.terms import in_force
from gsmeet.services.changes import touches
from gsmeet.services.register import start_successor
from gsmeet.services.roster.errors import (
    AndMore,
    BadAllowance,
    BadDate,
    BlankName,
    CellTooLong,
    ChangedSincePreview,
    EndBeforeStart,
    InvalidRows,
    LeftBeforeJoining,
    LeftWithoutStart,
    LocalPartNotAscii,
    MalformedEmail,
    PreviewOfAnotherCommittee,
    RowProblems,
    SameMemberAs,
    UnknownRole,
    UnknownSubcommittee,
)
from gsmeet.services.roster.files import key, read_table
from gsmeet.services.store import Database
from gsmeet.storage.journal import Journal, RowRef, RowSnapshot, ref, roll_back, snapshot
from gsmeet.storage.models import Committee, Membership, Person, Strategy, Subcommittee, Track

ALLOWANCE = {
    **dict.fromkeys(("y", "yes", "o", "○", "예", "true", "1", "지급", "대상"), True),
    **dict.fromkeys(("n", "no", "x", "×", "아니오", "false", "0", "미지급", "비대상"), False),
}
SHOWN_PROBLEMS = 3
REJOINS = Field.REJOINS  # the change of a former member who is in the roster again
CONTACT = (Field.EMAIL, Field.PHONE)
LEAVES = Field.LEFT_ON


class _Register:
    """What rows are checked against, loaded in a few queries (no query per row)."""

    def __init__(self, store: Database, committee_id: int, today: date) -> None:
        with store.session() as s:
            if s.get(Committee, committee_id) is None:
                raise NoSuchRecord(what=Thing.COMMITTEE, id=committee_id)
            subs = s.execute(
                select(Subcommittee.id, Subcommittee.name).where(
                    Subcommittee.committee_id == committee_id
                )
            ).all()
            strategies = s.execute(
                select(Strategy.name, Strategy.subcommittee_id)
                .join(Track, Track.id == Strategy.track_id)
                .where(Track.committee_id == committee_id, Strategy.subcommittee_id.is_not(None))
            ).all()
            # Each person's membership in force today, else their last one: a former
            # member (term expired, or 해촉) in a new roster returns as the same person.
            latest: dict[int, Membership] = {}
            for m in s.scalars(
                select(Membership)
                .where(Membership.committee_id == committee_id)
                .order_by(Membership.term_start, Membership.id)
            ):
                if m.person_id not in latest or not in_force(latest[m.person_id], today):
                    latest[m.person_id] = m
            people = {p.id: p for p in s.scalars(select(Person).where(Person.id.in_(list(latest))))}
        self.today = today
        self.sub_names = dict(subs)
        self.subs = {key(name): sub_id for name, sub_id in strategies}
        self.subs.update({key(name): sub_id for sub_id, name in subs})  # own names win
        self.members = {
            (key(people[m.person_id].name), key(m.organisation)): (m, people[m.person_id])
            for m in latest.values()
        }


def _date(text: str, header: str, problems: list[Message]) -> date | None:
    if not text:
        return None
    try:
        return parse_date(text)
    except InvalidInputError as error:
        problems.append(BadDate(header=header, reason=error))
        return None


# Where each roster column is stored, for its length limit (gsmeet.domain.limits).
ROSTER_COLUMNS = {
    "name": ("person", "name"),
    "organisation": ("membership", "organisation"),
    "position": ("membership", "position"),
    "subcommittee": ("subcommittee", "name"),
    "email": ("person", "email"),
    "phone": ("person", "phone"),
    "role": ("membership", "position"),  # (a role's label is a word; a name's limit)
}


def _classify(
    number: int, cells: dict[str, str], headers: dict[str, str], reg: _Register
) -> RosterRow:
    problems: list[Message] = [
        CellTooLong(header=headers[field], length=len(value), limit=limit_of(*column))
        for field, column in ROSTER_COLUMNS.items()
        if len(value := cells.get(field, "")) > limit_of(*column)
    ]
    if problems:  # refused as it is; what is shown of it is cut to the limits
        cells = {f: v[: limit_of(*ROSTER_COLUMNS.get(f, ("", "")))] for f, v in cells.items()}
        cells = {f: v for f, v in cells.items() if f not in ("role", "subcommittee")}
    name, org = cells.get("name", ""), cells.get("organisation", "")
    if not name:
        problems.append(BlankName())
    role: Role | None = None
    if cells.get("role"):
        parsed = parse_label(Role, cells["role"])
        role = None if parsed is None else Role(parsed)
        if role is None:
            problems.append(UnknownRole(value=cells["role"]))
    sub_id = None
    if cells.get("subcommittee"):
        sub_id = reg.subs.get(key(cells["subcommittee"]))
        if sub_id is None:
            problems.append(UnknownSubcommittee(value=cells["subcommittee"]))
    email = cells.get("email", "")
    fault = address_fault(email) if email else None
    if fault is AddressFault.LOCAL_NOT_ASCII:
        problems.append(LocalPartNotAscii(value=email))
    elif fault is not None:
        problems.append(MalformedEmail(value=email))
    start = _date(cells.get("term_start", ""), headers.get("term_start", ""), problems)
    end = _date(cells.get("term_end", ""), headers.get("term_end", ""), problems)
    if start and end and end < start:
        problems.append(
            EndBeforeStart(
                end_header=headers["term_end"],
                end=end,
                start_header=headers["term_start"],
                start=start,
            )
        )
    left = _date(cells.get("left_on", ""), headers.get("left_on", ""), problems)
    if left and start and left < start:
        problems.append(LeftBeforeJoining(header=headers["left_on"], left=left, start=start))
    allowance = None
    if cells.get("allowance"):
        allowance = ALLOWANCE.get(cells["allowance"].casefold())
        if allowance is None:
            problems.append(BadAllowance(header=headers["allowance"], value=cells["allowance"]))
    row = RosterRow(
        row=number,
        status=RosterStatus.INVALID if problems else RosterStatus.NEW,
        name=name,
        organisation=org,
        position=cells.get("position", ""),
        role=role,
        subcommittee_id=sub_id,
        subcommittee=reg.sub_names.get(sub_id, "") if sub_id else "",
        email=email,
        phone=cells.get("phone", ""),
        term_start=start,
        term_end=end,
        allowance=allowance,
        problems=tuple(problems),
        left_on=left,
        left_reason=cells.get("left_reason", ""),
    )
    found = reg.members.get((key(name), key(org)))
    if not problems and found is None and left and not start:
        problem: Message = LeftWithoutStart(
            header=headers["left_on"], start_header=Field.TERM_START
        )
        return replace(row, status=RosterStatus.INVALID, problems=(problem,))
    if problems or found is None:
        return row
    membership, person = found
    if left and left < membership.term_start and left != membership.left_on:
        problem = LeftBeforeJoining(
            header=headers["left_on"], left=left, start=membership.term_start
        )
        return replace(row, status=RosterStatus.INVALID, problems=(problem,))
    wanted: dict[Field, tuple[object, object]] = {
        Field.ROLE: (role, membership.role),
        Field.SUBCOMMITTEE: (sub_id, membership.subcommittee_id),
        Field.POSITION: (row.position, membership.position),
        Field.EMAIL: (email, person.email),
        Field.PHONE: (row.phone, person.phone),
        Field.TERM_END: (end, membership.term_end),
        Field.ALLOWANCE: (allowance, membership.allowance),
    }
    changes = tuple(k for k, (new, old) in wanted.items() if new not in (None, "") and new != old)
    if left is not None:
        # 해촉: the row tells how the member left; on or before the import day, what
        # else it says of them is as they left (only contact data is brought up to date).
        if left <= reg.today or not in_force(membership, reg.today):
            changes = tuple(c for c in changes if c in CONTACT)
        if left != membership.left_on:
            changes = (*changes, LEAVES)
    elif not in_force(membership, reg.today):
        if end is not None and end < reg.today:
            # The row describes a term that is over (an old roster): only contact data
            # can still be brought up to date.
            changes = tuple(c for c in changes if c in CONTACT)
        else:
            changes = (REJOINS, *changes)
    status = RosterStatus.UPDATED if changes else RosterStatus.UNCHANGED
    return replace(row, status=status, membership_id=membership.id, changes=changes)


def preview_roster(store: Database, committee_id: int, path: Path, *, today: date) -> RosterPreview:
    """Read a roster file and classify each data row against the register as it
    stands on ``today``. Nothing is written. A file without a name column is refused."""
    path = Path(path)
    headers, rows = read_table(path)
    register = _Register(store, committee_id, today)
    result: list[RosterRow] = []
    seen: dict[tuple[str, str], int] = {}
    for number, values in rows:
        if not any(values.values()):
            continue  # blank lines between groups are common; they are not rows
        row = _classify(number, values, headers, register)
        who = (key(row.name), key(row.organisation))
        if row.name and who in seen:
            problems = (*row.problems, SameMemberAs(row=seen[who]))
            row = replace(row, status=RosterStatus.INVALID, problems=problems, changes=())
        seen.setdefault(who, number)
        result.append(row)
    return RosterPreview(str(path), committee_id, today, tuple(result))


def problems_line(preview: RosterPreview, limit: int = SHOWN_PROBLEMS) -> list[Message]:
    """``row 4: unknown sub-committee '없는분과'``, ``row 7: ...`` for the first rows, and
    how many more (a message list, shown with ``{…:;}``)."""
    bad = preview.invalid
    shown: list[Message] = [RowProblems(row=r.row, problems=r.problems) for r in bad[:limit]]
    return shown + ([AndMore(count=len(bad) - limit)] if len(bad) > limit else [])


# ---------------------------------------------------------------- writing


@touches(MEMBERS)
def apply_roster(
    store: Database,
    committee_id: int,
    preview: RosterPreview,
    *,
    only_valid: bool,
    reason: str = "명단 갱신",
) -> RosterResult:
    """Write a preview in one transaction: new members added, updated ones changed
    (dated changes from the preview's day, with ``reason``). With invalid rows and not
    ``only_valid``, nothing is written and the bad rows are named."""
    if preview.committee_id != committee_id:
        raise PreviewOfAnotherCommittee(path=preview.path)
    if preview.invalid and not only_valid:
        raise InvalidRows(
            path=preview.path, count=len(preview.invalid), problems=problems_line(preview)
        )
    today = preview.today
    new = [r for r in preview.rows if r.status is RosterStatus.NEW]
    updated = [r for r in preview.rows if r.status is RosterStatus.UPDATED]
    created: list[RowRef] = []
    before: list[RowSnapshot] = []
    with store.session() as s:
        if new:
            # Core bulk inserts: ORM objects would triple the time of a 1,000-row file.
            person_ids = s.scalars(
                insert(Person).returning(Person.id, sort_by_parameter_order=True),
                [{"name": r.name, "email": r.email, "phone": r.phone} for r in new],
            ).all()
            membership_ids = s.scalars(
                insert(Membership).returning(Membership.id, sort_by_parameter_order=True),
                [
                    {
                        "committee_id": committee_id,
                        "person_id": person_id,
                        "role": r.role or Role.MEMBER,
                        "subcommittee_id": r.subcommittee_id,
                        "organisation": r.organisation,
                        "position": r.position,
                        "term_start": r.term_start or today,
                        "term_end": r.term_end,
                        "allowance": True if r.allowance is None else r.allowance,
                        "left_on": r.left_on,
                        "left_reason": r.left_reason if r.left_on else "",
                    }
                    for r, person_id in zip(new, person_ids, strict=True)
                ],
            ).all()
            created += [RowRef("person", i) for i in person_ids]
            created += [RowRef("membership", i) for i in membership_ids]
        ids = [r.membership_id for r in updated]
        current = {m.id: m for m in s.scalars(select(Membership).where(Membership.id.in_(ids)))}
        persons = {
            p.id: p
            for p in s.scalars(
                select(Person).where(Person.id.in_([m.person_id for m in current.values()]))
            )
        }
        for r in updated:
            m = current.get(r.membership_id or -1)
            rejoins = REJOINS in r.changes
            leaves = LEAVES in r.changes
            # only contact data (of a former member), or a leaving
            past = not rejoins and set(r.changes) - {LEAVES} <= set(CONTACT)
            if m is None or (in_force(m, today) is rejoins and not past):
                raise ChangedSincePreview(path=preview.path, row=r.row)
            person = persons[m.person_id]
            before += [snapshot(person), snapshot(m)]
            person.email = r.email or person.email
            person.phone = r.phone or person.phone
            if leaves:
                m.left_on, m.left_reason = r.left_on, r.left_reason
            if past and not in_force(m, today):
                continue
            if rejoins:  # a new term; the old membership stays as it ended
                m = replace_membership(m, r.term_start or today, r.term_end)
                s.add(m)
                s.flush()
                created.append(ref(m))
            dated = {
                "role": r.role,
                "subcommittee_id": r.subcommittee_id,
                "position": r.position or None,
            }
            dated = {k: v for k, v in dated.items() if v is not None and v != getattr(m, k)}
            if dated and m.term_start < today and not rejoins:
                m = start_successor(m, today, reason)
                s.add(m)
                s.flush()
                created.append(ref(m))
            for field, value in dated.items():
                setattr(m, field, value)
            if r.term_end is not None:
                m.term_end = r.term_end
            if r.allowance is not None:
                m.allowance = r.allowance
    return RosterResult(
        new=len(new),
        updated=len(updated),
        unchanged=preview.count(RosterStatus.UNCHANGED),
        skipped=len(preview.invalid),
        undo=Journal(tuple(created), tuple(before)),
    )


@touches(MEMBERS)
def undo_roster(store: Database, result: RosterResult) -> None:
    """Undo an import: what it created goes, what it changed is as it was."""
    with store.session() as s:
        roll_back(s, result.undo)


def committee_by_name(store: Database, name: str | None) -> int:
    """The committee called ``name``, or the only one in the database."""
    from gsmeet.services.listing import find_committee

    return find_committee(store, name).id


def replace_membership(old: Membership, start: date, end: date | None) -> Membership:
    """A new membership like ``old`` (role, sub-committee, 소속, 직위) for a new term."""
    return Membership(
        committee_id=old.committee_id,
        person_id=old.person_id,
        role=old.role,
        subcommittee_id=old.subcommittee_id,
        organisation=old.organisation,
        position=old.position,
        term_start=start,
        term_end=end,
        allowance=old.allowance,
        left_reason="",
    )
