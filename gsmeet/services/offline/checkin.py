"""``gsmeet checkin``: what a laptop recorded in a session taken offline, merged back.

Rows are matched by uid. Against the digests taken at the checkout (the base), each
row is new on the laptop, changed or deleted on one side, or on both — a *conflict*,
listed for the secretary, who keeps one side's version of it (``keep``, by uid, or
``keep_all``). A conflict left without a choice, a reference to a row no longer there,
a broken unique rule: :class:`InvalidInputError` or :class:`LockedError`, and nothing
is merged. Otherwise all of it is written and the checkout released in one
transaction (a kill midway leaves the server as it was, the session still out); a
second check-in of the same file says it was brought back already.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Table, delete, insert, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from gsmeet.domain.enums import Thing
from gsmeet.domain.errors import InvalidInputError, LockedError, NotFoundError
from gsmeet.domain.offline import Change, Checkin, Conflict, Side
from gsmeet.services.offline.rows import (
    Row,
    Snapshot,
    data_columns,
    digest,
    name_of,
    offline_tables,
    read_all,
    references,
    values,
    versioned,
)
from gsmeet.services.records import session_ref
from gsmeet.services.store import Database
from gsmeet.storage import engines, versions
from gsmeet.storage.db import open_reader, open_store
from gsmeet.storage.models import Checkout, Meeting


class NotACopy(InvalidInputError):
    text = "{path} is not a session taken offline (gsmeet checkout makes one)"


class NoSuchCopyFile(NotFoundError):
    text = "{path}: no such file"


class NotTakenFromHere(InvalidInputError):
    text = "{path} was taken offline from {source}, not from this database ({here})"


class ChooseForConflicts(LockedError):
    text = (
        "{path}: {count} rows were changed both here and on the laptop; choose which "
        "to keep (--keep NUMBER=server|laptop, or --keep server|laptop for all); "
        "nothing was merged"
    )


class ReferenceGone(LockedError):
    text = (
        "{what} '{name}' recorded on the laptop refers to a {target} deleted here since "
        "the checkout; nothing was merged"
    )


class MergeBreaksRule(LockedError):
    text = "What the laptop recorded breaks a rule of this database ({rule}); nothing was merged"


@dataclass
class Plan:
    """What a check-in would do (deleted first, children first; then added and
    changed, parents first)."""

    add: dict[str, list[Row]] = field(default_factory=dict)  # laptop rows
    change: dict[str, list[tuple[Row, Row]]] = field(default_factory=dict)  # (laptop, server)
    remove: dict[str, list[Row]] = field(default_factory=dict)  # server rows
    conflicts: list[tuple[Conflict, Row | None, Row | None]] = field(default_factory=list)


def read_copy(path: Path) -> tuple[Checkout, Snapshot]:
    """The laptop file's copy mark and rows (read-only)."""
    if not path.is_file():
        raise NoSuchCopyFile(path=path)
    laptop = open_reader(path)
    try:
        with laptop.session() as session:
            mark = session.scalar(select(Checkout).where(Checkout.copy))
            if mark is None:
                raise NotACopy(path=path)
            session.expunge(mark)
            return mark, read_all(session)
    finally:
        laptop.close()


def conflicts_of(store: Database, path: Path) -> list[Conflict]:
    """The conflicts a check-in of ``path`` would meet now (nothing written)."""
    copy, laptop = read_copy(path)
    with store.session() as session:
        mark = _server_mark(session, store, path, copy)
        if mark.returned_at is not None:
            return []
        return [c for c, _, _ in _plan(session, json.loads(mark.base), laptop).conflicts]


def bring_back(
    store: Database,
    path: Path,
    *,
    keep: Mapping[str, Side] | None = None,
    keep_all: Side | None = None,
    now: datetime,
) -> Checkin:
    """Merge ``path`` (a laptop's copy) back into ``store`` and release its checkout."""
    copy, laptop = read_copy(path)
    keep = keep or {}
    with store.session() as session:
        mark = _server_mark(session, store, path, copy)
        meeting = session.get_one(Meeting, mark.meeting_id)
        if mark.returned_at is not None:
            return Checkin(
                mark.meeting_id,
                session_ref(meeting),
                already=True,
                returned_at=mark.returned_at,
            )
        plan = _plan(session, json.loads(mark.base), laptop)
        kept: list[tuple[Conflict, Side]] = []
        for conflict, _, _ in plan.conflicts:
            side = keep.get(conflict.uid, keep_all)
            if side is None:
                raise ChooseForConflicts(path=path, count=len(plan.conflicts))
            kept.append((conflict, side))
        _take_laptop_sides(plan, kept)
        try:
            _apply(session, plan, laptop)
        except IntegrityError as error:
            raise MergeBreaksRule(rule=engines.broken_rule(error)) from None
        _release(session, mark, now)
        result = Checkin(
            mark.meeting_id,
            session_ref(meeting),
            added={t: len(r) for t, r in plan.add.items() if r},
            changed={t: len(r) for t, r in plan.change.items() if r},
            deleted={t: len(r) for t, r in plan.remove.items() if r},
            kept=tuple(kept),
        )
    _close_copy(path, now)
    return result


def _server_mark(session: Session, store: Database, path: Path, copy: Checkout) -> Checkout:
    mark = session.scalar(
        select(Checkout)
        .where(Checkout.token == copy.token, Checkout.copy.is_(False))
        .with_for_update()
    )
    if mark is None:
        raise NotTakenFromHere(path=path, source=copy.source, here=store.location)
    return mark


@dataclass
class _Found:
    """A conflict before it is numbered."""

    table: Table
    uid: str
    server: Change
    laptop: Change
    mine: Row | None  # the row here (None: deleted here)
    theirs: Row | None  # the row on the laptop (None: deleted there)


def _plan(session: Session, base: dict[str, dict[str, str]], laptop: Snapshot) -> Plan:
    server = read_all(session)
    plan = Plan()
    found: list[_Found] = []
    for table in offline_tables():
        was = base.get(table.name, {})
        here, there = server.by_uid(table.name), laptop.by_uid(table.name)
        add: list[Row] = []
        change: list[tuple[Row, Row]] = []
        remove: list[Row] = []
        for uid, row in there.items():
            mine = digest(table, row, laptop.uid_of)
            if uid not in was:
                if uid not in here:
                    add.append(row)
                continue
            laptop_changed = mine != was[uid]
            if uid not in here:
                if laptop_changed:  # deleted here, changed there
                    found.append(_Found(table, uid, Change.DELETED, Change.CHANGED, None, row))
                continue
            theirs = digest(table, here[uid], server.uid_of)
            if not laptop_changed or theirs == mine:
                continue
            if theirs == was[uid]:
                change.append((row, here[uid]))
            else:
                found.append(_Found(table, uid, Change.CHANGED, Change.CHANGED, here[uid], row))
        for uid in was.keys() - there.keys():
            if uid not in here:
                continue
            if digest(table, here[uid], server.uid_of) == was[uid]:
                remove.append(here[uid])
            else:  # changed here, deleted there
                found.append(_Found(table, uid, Change.CHANGED, Change.DELETED, here[uid], None))
        plan.add[table.name], plan.change[table.name], plan.remove[table.name] = add, change, remove
    for number, item in enumerate(found, 1):
        plan.conflicts.append((_conflict(number, item, server, laptop), item.mine, item.theirs))
    return plan


def _conflict(number: int, item: _Found, server: Snapshot, laptop: Snapshot) -> Conflict:
    mine, theirs = item.mine, item.theirs
    named = (
        name_of(item.table, theirs, laptop) if theirs else name_of(item.table, mine or {}, server)
    )
    fields: tuple[str, ...] = ()
    if mine is not None and theirs is not None:
        a, b = values(item.table, mine, server.uid_of), values(item.table, theirs, laptop.uid_of)
        fields = tuple(name for name in a if a[name] != b[name])
    return Conflict(
        number=number,
        what=Thing(item.table.name),
        uid=item.uid,
        name=named,
        server=item.server,
        laptop=item.laptop,
        server_by=str(mine.get("changed_by", "")) if mine else "",
        server_at=mine.get("changed_at") if mine else None,
        fields=fields,
    )


def _take_laptop_sides(plan: Plan, kept: list[tuple[Conflict, Side]]) -> None:
    rows = {c.uid: (mine, theirs) for c, mine, theirs in plan.conflicts}
    for conflict, side in kept:
        if side is Side.SERVER:
            continue
        mine, theirs = rows[conflict.uid]
        name = conflict.what.value
        if conflict.laptop is Change.DELETED:
            assert mine is not None
            plan.remove[name].append(mine)
        elif conflict.server is Change.DELETED:
            assert theirs is not None
            plan.add[name].append(theirs)
        else:
            assert mine is not None and theirs is not None
            plan.change[name].append((theirs, mine))


def _apply(session: Session, plan: Plan, laptop: Snapshot) -> None:
    for table in offline_tables():  # (read earlier in this transaction: not written over)
        if versioned(table):
            read = [*plan.remove[table.name], *(here for _, here in plan.change[table.name])]
            versions.check_read(session, table.name, {r["id"]: int(r["version"]) for r in read})
    for table in reversed(offline_tables()):
        for row in plan.remove[table.name]:
            session.execute(delete(table).where(table.c.id == row["id"]))
    ids: dict[str, dict[str, int]] = {
        t.name: {uid: id_ for uid, id_ in session.execute(select(t.c.uid, t.c.id))}
        for t in offline_tables()
    }
    for table in offline_tables():
        refer = references(table)
        later: list[tuple[str, str, str]] = []
        for row in sorted(plan.add[table.name], key=lambda r: r["id"]):
            found = _translated(table, row, refer=refer, laptop=laptop, ids=ids, later=later)
            new_id = session.execute(insert(table).values(found).returning(table.c.id)).scalar_one()
            ids[table.name][row["uid"]] = new_id
        for new_uid, column, target_uid in later:  # a sub-item added before its parent
            session.execute(
                update(table)
                .where(table.c.uid == new_uid)
                .values({column: ids[table.name][target_uid]})
            )
        for row, server_row in plan.change[table.name]:
            found = _translated(table, row, refer=refer, laptop=laptop, ids=ids, later=[])
            del found["uid"]
            if versioned(table):  # a change here as any other: the next version
                found["version"] = int(server_row["version"]) + 1
                for column in ("changed_by", "changed_at", "changed_fields"):
                    found[column] = row[column]
            session.execute(update(table).where(table.c.id == server_row["id"]).values(found))
    engines.after_rows_with_ids(session, offline_tables())


def _translated(
    table: Table,
    row: Row,
    *,
    refer: dict[str, str],
    laptop: Snapshot,
    ids: dict[str, dict[str, int]],
    later: list[tuple[str, str, str]],
) -> dict[str, Any]:
    """``row``'s values with its references as this database's ids."""
    found: dict[str, Any] = {name: row[name] for name in data_columns(table)}
    found["uid"] = row["uid"]
    if versioned(table):
        for column in ("version", "changed_by", "changed_at", "changed_fields"):
            found[column] = row[column]
    for column, target in refer.items():
        value = row[column]
        if value is None:
            continue
        target_uid = laptop.uid_of[target][value]
        server_id = ids[target].get(target_uid)
        if server_id is None and target == table.name:
            later.append((row["uid"], column, target_uid))
            found[column] = None
        elif server_id is None:
            raise ReferenceGone(
                what=Thing(table.name), name=name_of(table, row, laptop), target=Thing(target)
            )
        else:
            found[column] = server_id
    return found


def _release(session: Session, mark: Checkout, now: datetime) -> None:
    """The checkout is over: the session is edited here again."""
    mark.returned_at = now.replace(microsecond=0)
    mark.returned_by = engines.who(session)
    session.flush()


def _close_copy(path: Path, now: datetime) -> None:
    """The laptop's copy says it was brought back (its session is no longer edited
    there). The merge is done whatever happens here: a file that cannot be written
    now (read-only, gone) still refuses a second check-in through the server's mark."""
    with contextlib.suppress(Exception):
        laptop = open_store(path)
        try:
            with laptop.session() as session:
                for mark in session.scalars(select(Checkout).where(Checkout.copy)):
                    mark.returned_at = now.replace(microsecond=0)
        finally:
            laptop.close()
