"""A versioned row's version, raised by every change, with who made it, when, and
what; and the one rule every edit meets: a row an edit writes (changes or deletes)
that someone changed since it was read is not written over.

Installed once for every Session (``install``, called by the stores), so no service
has to remember it. As the rows are written, each versioned row an edit changes or
deletes is read again under a row lock (``FOR UPDATE`` on the server: a concurrent
edit of it waits, then is found) and, if its version moved on, the whole edit is
refused with :class:`~gsmeet.domain.edits.ChangedMeanwhile` naming who changed it,
when and what (or :class:`~gsmeet.domain.edits.GoneMeanwhile`) — nothing written.
"Since it was read" is since the screen showed it for an edit made *on what a screen
showed*, which runs inside :func:`based_on` (the window's history puts every edit,
undo and redo there), else since the edit's own transaction loaded it (a command's
edit, or a row the screen did not show: on a server another writer may commit between
the load and the write). What an edit inside :func:`based_on` left (each row it
wrote, at its new version) is handed back, for an undo to be based on.

(Not SQLAlchemy's version counter: it writes each row of a reordered agenda with a
statement of its own, where a plain column lets the rows go in one batch; and it
knows only the version loaded, not the one the screen showed.)
"""

from __future__ import annotations

import weakref
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, event, inspect, select
from sqlalchemy.orm import ORMExecuteState, Session
from sqlalchemy.orm.attributes import flag_modified

from gsmeet.domain.edits import ChangedMeanwhile, GoneMeanwhile, Seen
from gsmeet.domain.enums import Field, Thing
from gsmeet.storage import engines
from gsmeet.storage.models import Base, Membership, Person, Versioned, is_tracking

_who: weakref.WeakKeyDictionary[Engine, str] = weakref.WeakKeyDictionary()
Key = tuple[str, int]  # (table, id)


class Watch:
    """The versions an edit is based on, and the versions it left."""

    def __init__(self, seen: Seen) -> None:
        self.expected: dict[Key, int] = {
            (str(what), row_id): version for what, row_id, version in seen.rows
        }
        self._left: dict[Key, int | None] = {}  # None: deleted

    def left(self) -> Seen:
        """Every versioned row the edit wrote, at the version it left it (a deleted
        one is left out)."""
        return Seen(
            tuple(
                (Thing(table), row_id, version)
                for (table, row_id), version in self._left.items()
                if version is not None
            )
        )

    def gone(self) -> tuple[tuple[Thing, int], ...]:
        """Every versioned row the edit deleted."""
        return tuple(
            (Thing(table), row_id)
            for (table, row_id), version in self._left.items()
            if version is None
        )


_watch: ContextVar[Watch | None] = ContextVar("gsmeet_versions_watch", default=None)


@contextmanager
def based_on(seen: Seen) -> Iterator[Watch]:
    """Run the edits of the block on the rows as ``seen``; the :class:`Watch` says,
    after the block, what they left (:meth:`Watch.left`)."""
    watch = Watch(seen)
    token = _watch.set(watch)
    try:
        yield watch
    finally:
        _watch.reset(token)


def install() -> None:
    """Note the changes of every Session from now on (idempotent)."""
    for name, listener in (
        ("before_flush", _stamp),
        ("after_flush", _note_left),
        ("do_orm_execute", _bulk),
    ):
        if not event.contains(Session, name, listener):
            event.listen(Session, name, listener)


def changed_fields(row: Versioned) -> list[str]:
    """The columns of ``row`` changed in this unit of work (tracking columns aside)."""
    state = inspect(row)
    return [
        attribute.key
        for attribute in state.mapper.column_attrs
        if not is_tracking(attribute.columns[0])
        and state.attrs[attribute.key].history.has_changes()
    ]


def _key(row: Any) -> Key:
    return (type(row).__tablename__, row.id)  # (every versioned row has an ``id``)


def _stamp(session: Session, _context: Any, _instances: Any) -> None:
    # A new row is version 1, changed by nobody (as a migrated or imported one): only
    # changes are noted, so the same data gives the same database however it came.
    changed = {
        id(row): (row, fields)
        for row in session.dirty
        if isinstance(row, Versioned) and (fields := changed_fields(row))
    }  # (a row only touched, not changed, is not a change)
    deleted = [row for row in session.deleted if isinstance(row, Versioned)]
    fresh = _check(session, _watch.get(), [row for row, _ in changed.values()] + deleted)
    if not changed:
        return
    who = _who_in(session)
    now = datetime.now().replace(microsecond=0)
    for row, fields in changed.values():
        base = fresh.get(_key(row), row.version or 0)
        row.version = base + 1
        row.changed_by, row.changed_at = who, now
        row.changed_fields = ",".join(fields)
        for column in _STAMP:  # written even when unchanged: every stamped row has the
            flag_modified(row, column)  # same columns, so they go in one batch


_STAMP = ("version", "changed_by", "changed_at", "changed_fields")


def _note_left(session: Session, _context: Any) -> None:
    watch = _watch.get()
    if watch is None:
        return
    for row in (*session.new, *session.dirty):
        if isinstance(row, Versioned):
            key = _key(row)
            watch._left[key] = row.version or 1
            if key in watch.expected:  # the block's own change is not someone else's
                watch.expected[key] = row.version
    for row in session.deleted:
        if isinstance(row, Versioned):
            watch._left[_key(row)] = None


def _bulk(state: ORMExecuteState) -> None:
    """A delete or update written as one statement (``delete(Task).where(…)``): the
    rows it will touch are checked as a flushed row is (outside :func:`based_on`, the
    ones this transaction had read: only those can be stale)."""
    if not (state.is_delete or state.is_update):
        return
    mapper = state.bind_mapper
    model = mapper.class_ if mapper is not None else None
    if model is None or not issubclass(model, Versioned):
        return
    session, watch = state.session, _watch.get()
    loaded = session.identity_map
    if watch is None and not any(isinstance(row, model) for row in loaded.values()):
        return
    where = getattr(state.statement, "whereclause", None)
    query = select(model.id)  # type: ignore[attr-defined]
    ids = list(session.execute(query if where is None else query.where(where)).scalars())
    if watch is None:
        rows = [loaded.get(session.identity_key(model, row_id)) for row_id in ids]
    else:
        rows = [session.get(model, row_id) for row_id in ids]
    found = [row for row in rows if row is not None]
    _check(session, watch, found)
    if watch is not None and state.is_delete:
        for row in found:
            watch._left[_key(row)] = None


def _check(session: Session, watch: Watch | None, rows: Iterable[Any]) -> dict[Key, int]:
    """Read the rows again, locked; refuse the edit when one moved on since it was read
    (the version the screen knew, else the one loaded). Returns their versions as the
    database holds them."""
    by_model: dict[type[Any], dict[int, int]] = {}
    for row in rows:
        key = _key(row)
        seen = watch.expected.get(key) if watch is not None else None
        if seen is None:
            seen = _loaded_version(row)
            if seen is None:
                continue  # (not in the database yet)
        by_model.setdefault(type(row), {})[key[1]] = seen
    fresh: dict[Key, int] = {}
    for model, expected in by_model.items():
        _compare(session, model, expected)
        fresh.update({(model.__tablename__, i): v for i, v in expected.items()})
    return fresh


def check_read(session: Session, table: str, read: Mapping[int, int]) -> None:
    """Rows of the versioned ``table`` that an edit read as plain values (id → the
    version read) and is about to write with statements of its own (a check-in's
    merge): read again under a row lock, and refused as any edit if one moved on."""
    model = next(m.class_ for m in Base.registry.mappers if m.class_.__tablename__ == table)
    if read:
        _compare(session, model, read)


def _compare(session: Session, model: type[Any], expected: Mapping[int, int]) -> None:
    table, ids = model.__tablename__, list(expected)
    now: dict[int, Any] = {}
    for start in range(0, len(ids), _BATCH):
        found = session.execute(
            select(
                model.id, model.version, model.changed_by, model.changed_at, model.changed_fields
            )
            .where(model.id.in_(ids[start : start + _BATCH]))
            .with_for_update()
        ).all()
        now.update({row.id: row for row in found})
    what = Thing.MEMBERSHIP if table == "person" else Thing(table)  # (one register row)
    for row_id in ids:
        current = now.get(row_id)
        if current is None or (current.changed_at is None and current.version != expected[row_id]):
            # (a row never changed at another version than the one seen: the row seen
            # was deleted and its id given to a new one)
            raise GoneMeanwhile(what=what, name=_name(session, model, row_id))
        if current.version != expected[row_id]:
            raise ChangedMeanwhile(
                what=what,
                name=_name(session, model, row_id),
                by=current.changed_by or "?",
                at=current.changed_at,
                fields=[field_of(table, c) for c in current.changed_fields.split(",") if c],
            )


_BATCH = 500  # ids a statement names (a roster import may change hundreds of rows)


def _loaded_version(row: Any) -> int | None:
    """The version ``row`` had when this transaction loaded it (or last wrote it)."""
    state = inspect(row)
    if state.key is None:
        return None
    replaced = state.attrs.version.history.deleted  # (set in this unit of work)
    version = replaced[0] if replaced else row.version
    return version if isinstance(version, int) else None


def _name(session: Session, model: type[Any], row_id: int) -> str:
    """What a person calls the row as the database now holds it (a member's name, an
    item's title …; not as the refused edit would have made it)."""
    if model is Membership:
        query = select(Person.name).join(Membership, Membership.person_id == Person.id)
        query = query.where(Membership.id == row_id)
    else:
        column = next((a for a in ("name", "title", "text") if hasattr(model, a)), None)
        if column is None:
            return f"#{row_id}"
        query = select(getattr(model, column)).where(model.id == row_id)
    with session.no_autoflush:
        value = session.execute(query).scalar()
    if not isinstance(value, str) or not value:
        return f"#{row_id}"
    return value if len(value) <= 30 else value[:29] + "…"


# Columns as a person names them in a message (others by their own name).
_FIELDS = {
    "name": Field.NAME,
    "organisation": Field.ORGANISATION,
    "role": Field.ROLE,
    "subcommittee_id": Field.SUBCOMMITTEE,
    "email": Field.EMAIL,
    "phone": Field.PHONE,
    "term_start": Field.TERM_START,
    "term_end": Field.TERM_END,
    "left_on": Field.TERM_END,
    "allowance": Field.ALLOWANCE,
    "text": Field.ACHIEVEMENT_TEXT,
    "title": Field.TITLE,
    "kind": Field.KIND,
    "status": Field.STATUS,
    "planned_minutes": Field.PLANNED_MINUTES,
    "presenter_id": Field.PRESENTER,
    "parent_id": Field.ORDER,
    "position": Field.ORDER,  # where a row stands among its siblings …
    "track_id": Field.ORDER,
    "strategy_id": Field.ORDER,
    "left_reason": Field.LEFT_REASON,
    "retired_on": Field.RETIRED_ON,
    "summary": Field.STRATEGY_SUMMARY,
    "number": Field.STRATEGY_NUMBER,
    "owner": Field.TASK_OWNER,
    "note": Field.TASK_NOTE,
    "target_date": Field.TARGET_DATE,
    "progress": Field.PROGRESS,
    "figure": Field.FIGURE,
    "occurred_on": Field.OCCURRED_ON,
    "precision": Field.OCCURRED_ON,
    "meeting_id": Field.REPORTED_AT,
    "task_id": Field.TASK,
    "is_public_official": Field.PUBLIC_OFFICIAL,
}
# … but a member's 직위, a row's own name, an item's strategy (a field of its own)
_OWN = {
    ("membership", "position"): Field.POSITION,
    ("track", "name"): Field.TRACK_NAME,
    ("strategy", "name"): Field.STRATEGY_NAME,
    ("subcommittee", "name"): Field.SUBCOMMITTEE_NAME,
    ("task", "title"): Field.TASK_TITLE,
    ("agenda_item", "strategy_id"): Field.STRATEGY_NAME,
}


def field_of(table: str, column: str) -> Field | str:
    """How a person names ``column`` of ``table`` (its own name when nothing does)."""
    return _OWN.get((table, column)) or _FIELDS.get(column) or column


def _who_in(session: Session) -> str:
    bind = session.get_bind()
    engine = bind if isinstance(bind, Engine) else bind.engine
    if engine not in _who:
        _who[engine] = engines.who(session)
    return _who[engine]
