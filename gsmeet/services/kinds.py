"""A committee's own kinds of session: listed, found by the words the secretary uses,
added (추진상황보고회, 전략회의), renamed, told whether a quorum applies, retired."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from gsmeet.domain.changes import SESSIONS
from gsmeet.domain.edits import Undo
from gsmeet.domain.enums import Field, Thing
from gsmeet.domain.errors import InvalidInputError, NoSuchRecord, NotFoundError
from gsmeet.domain.kinds import KindInfo, KindSpec, code_for, find_kind
from gsmeet.services.changes import touches
from gsmeet.services.edits import clean_text
from gsmeet.services.records import kind_info
from gsmeet.services.store import Database
from gsmeet.storage.journal import Journal, ref, roll_back, snapshot
from gsmeet.storage.models import Base, Committee, SessionKind


class UnknownKind(NotFoundError):
    text = "'{text}' is not a kind of session of {committee}; one of: {choices}"


class KindRetired(InvalidInputError):
    text = "{kind} is no longer used for new sessions (retired)"


class KindExists(InvalidInputError):
    text = "{committee} already has a kind of session called {name}"


@dataclass(frozen=True, slots=True)
class KindEdit:
    """A change of one kind (None: as it is)."""

    kind_id: int
    name_ko: str | None = None
    name_en: str | None = None
    quorum_applies: bool | None = None
    retired: bool | None = None


@dataclass(frozen=True, slots=True)
class KindsChange:
    kinds: tuple[KindInfo, ...]  # the committee's kinds after the change
    undo: Undo


def list_kinds(store: Database, committee_id: int) -> list[KindInfo]:
    """The committee's kinds of session, in their order (retired ones too)."""
    with store.session() as s:
        return kinds_of(s, committee_id)


def kinds_of(s: Session, committee_id: int) -> list[KindInfo]:
    query = (
        select(SessionKind)
        .where(SessionKind.committee_id == committee_id)
        .order_by(SessionKind.position, SessionKind.id)
    )
    return [kind_info(k) for k in s.scalars(query)]


def kind_named(s: Session, committee_id: int, text: str) -> KindInfo:
    """The kind ``text`` names (its code, Korean or English name, or an alias)."""
    kinds = kinds_of(s, committee_id)
    found = find_kind(kinds, text)
    if found is None:
        committee = s.get_one(Committee, committee_id).name
        choices = ", ".join(f"{k.code} ({k.name_ko})" for k in kinds if not k.retired)
        raise UnknownKind(text=text, committee=committee, choices=choices)
    return found


@touches(SESSIONS)
def add_kind(store: Database, committee_id: int, spec: KindSpec) -> KindInfo:
    """A kind of the secretary's own (e.g. 추진상황보고회): its code is made from its
    English name, its series is its own unless it shares one."""
    with store.session() as s:
        return kind_info(_add(s, committee_id, spec))


def _add(s: Session, committee_id: int, spec: KindSpec) -> SessionKind:
    ko = str(clean_text(spec.name_ko, Field.KIND_NAME, required=True))
    en = str(clean_text(spec.name_en, Field.KIND_NAME)) or ko
    kinds = kinds_of(s, committee_id)
    committee = s.get(Committee, committee_id)
    if committee is None:
        raise NoSuchRecord(what=Thing.COMMITTEE, id=committee_id)
    if find_kind(kinds, ko) is not None or find_kind(kinds, en) is not None:
        raise KindExists(committee=committee.name, name=ko)
    code = code_for(en if en.isascii() else "kind", {k.code for k in kinds})
    row = SessionKind(
        committee_id=committee_id,
        code=code,
        name_ko=ko,
        name_en=en,
        series=_series(spec.series, code),
        quorum_applies=spec.quorum_applies,
        for_subcommittee=spec.for_subcommittee,
        position=max((k.position for k in kinds), default=0) + 1,
    )
    s.add(row)
    s.flush()
    return row


def _series(text: str, code: str) -> str:
    """A new kind's series: as typed; empty, its own; ``-``, not numbered."""
    text = text.strip()
    if text == "-":
        return ""
    return text or code


@touches(SESSIONS)
def update_kind(store: Database, edit: KindEdit) -> tuple[KindInfo, KindInfo]:
    """Rename a kind, say whether a quorum applies, retire it or bring it back; the
    kind after and before. Its series stays: numbers already given never move."""
    with store.session() as s:
        row = s.get(SessionKind, edit.kind_id)
        if row is None:
            raise NoSuchRecord(what=Thing.SESSION_KIND, id=edit.kind_id)
        before = kind_info(row)
        _edit(s, edit)
        return kind_info(row), before


def _edit(s: Session, edit: KindEdit) -> None:
    row = s.get_one(SessionKind, edit.kind_id)
    if edit.name_ko is not None:
        row.name_ko = str(clean_text(edit.name_ko, Field.KIND_NAME, required=True))
    if edit.name_en is not None:
        row.name_en = str(clean_text(edit.name_en, Field.KIND_NAME, required=True))
    if edit.quorum_applies is not None:
        row.quorum_applies = edit.quorum_applies
    if edit.retired is not None:
        row.retired = edit.retired
    s.flush()


@touches(SESSIONS)
def apply_kinds(
    store: Database, committee_id: int, edits: Sequence[KindEdit], added: Sequence[KindSpec]
) -> KindsChange:
    """The kinds dialog's changes, all or none; undo puts them back."""
    with store.session() as s:
        before: list[Base] = []
        for edit in edits:
            row = s.get(SessionKind, edit.kind_id)
            if row is None or row.committee_id != committee_id:
                raise NoSuchRecord(what=Thing.SESSION_KIND, id=edit.kind_id)
            before.append(row)
        snapshots = tuple(snapshot(row) for row in before)
        for edit in edits:
            _edit(s, edit)
        created = [_add(s, committee_id, spec) for spec in added]
        s.flush()
        return KindsChange(
            tuple(kinds_of(s, committee_id)),
            Journal(created=tuple(ref(row) for row in created), before=snapshots),
        )


@touches(SESSIONS)
def undo_kinds(store: Database, change: KindsChange) -> None:
    with store.session() as s:
        roll_back(s, change.undo)
