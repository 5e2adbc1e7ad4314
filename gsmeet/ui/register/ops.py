"""The register's database work, as worker jobs and undoable edits. Services are
imported inside the jobs (they pull in SQLAlchemy, which loads after the first paint)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QCoreApplication

from gsmeet.ui.kit.undo import Operation, touched

if TYPE_CHECKING:
    from gsmeet.domain.edits import Removal
    from gsmeet.domain.register import MemberRow, MemberUpdate
    from gsmeet.domain.roster import RosterPreview, RosterResult
    from gsmeet.services.register.terms import Renewal
    from gsmeet.services.store import Database


Subcommittees = tuple[tuple[int, str], ...]  # (id, name) in register order


class RegisterData(NamedTuple):
    members: tuple[MemberRow, ...]  # everyone who served, former members included
    subcommittees: Subcommittees  # those members belong to (for the filter)


def _member_subcommittees(members: Iterable[MemberRow]) -> dict[int, str]:
    seen: dict[int, str] = {}
    for row in members:
        if row.subcommittee_id is not None:
            seen.setdefault(row.subcommittee_id, row.subcommittee)
    return seen


def load_register(
    committee_id: int, on: date, session_day: date | None
) -> Callable[[Database], RegisterData]:
    def job(store: Database) -> RegisterData:
        from gsmeet.services.register import list_members

        members = list_members(
            store, committee_id, on=on, include_former=True, session_date=session_day
        )
        found = _member_subcommittees(members)
        return RegisterData(tuple(members), tuple(sorted(found.items())))

    return job


def load_subcommittees(
    committee_id: int, on: date, members: tuple[MemberRow, ...]
) -> Callable[[Database], Subcommittees]:
    """Every sub-committee a member can join: those of the strategies, in register
    order, and any other a member belongs to (for the member dialog)."""

    def job(store: Database) -> Subcommittees:
        from gsmeet.services.register import strategy_tree

        seen: dict[int, str] = {}
        for track in strategy_tree(store, committee_id, today=on):
            for strategy in track.strategies:
                if strategy.subcommittee_id is not None:
                    seen.setdefault(strategy.subcommittee_id, strategy.subcommittee)
        for sub_id, name in _member_subcommittees(members).items():
            seen.setdefault(sub_id, name)
        return tuple(seen.items())

    return job


def add_member(committee_id: int, fields: Mapping[str, Any]) -> Operation:
    def do(store: Database) -> MemberRow:
        from gsmeet.services.register import add_member

        return add_member(store, committee_id, **fields)

    def undo(store: Database, row: MemberRow) -> Removal:
        from gsmeet.services.register import remove_member

        return remove_member(store, row.membership_id)

    def redo(store: Database, removal: Removal) -> MemberRow:
        from gsmeet.services.register import restore_member

        return restore_member(store, removal)

    text = QCoreApplication.translate("register", "Add member {name}").format(
        name=fields.get("name", "")
    )
    return Operation(text, do, undo, redo, touched("gsmeet.services.register", "add_member"))


def update_member(membership_id: int, name: str, fields: Mapping[str, Any]) -> Operation:
    """``fields``: the keyword arguments of ``update_member`` (``on`` and ``reason``
    included). Redo repeats the same call on what the undo left."""

    def do(store: Database) -> MemberUpdate:
        from gsmeet.services.register import update_member

        return update_member(store, membership_id, **fields)

    def undo(store: Database, update: MemberUpdate) -> None:
        from gsmeet.services.register import revert_update

        revert_update(store, update)

    def redo(store: Database, _nothing: None) -> MemberUpdate:
        return do(store)

    text = QCoreApplication.translate("register", "Edit member {name}").format(name=name)
    return Operation(text, do, undo, redo, touched("gsmeet.services.register", "update_member"))


def deactivate_member(row: MemberRow, on: date, reason: str) -> Operation:
    """해촉 from ``on``; undone by reactivating."""
    membership_id = row.membership_id

    def do(store: Database) -> MemberRow:
        from gsmeet.services.register import deactivate_member

        return deactivate_member(store, membership_id, on=on, reason=reason)

    def undo(store: Database, _before: MemberRow) -> MemberRow:
        from gsmeet.services.register import reactivate_member

        return reactivate_member(store, membership_id)

    def redo(store: Database, _left: MemberRow) -> MemberRow:
        return do(store)

    text = QCoreApplication.translate("register", "Deactivate member {name}").format(name=row.name)
    return Operation(text, do, undo, redo, touched("gsmeet.services.register", "deactivate_member"))


def preview_roster(
    committee_id: int, path: Any, today: date
) -> Callable[[Database], RosterPreview]:
    def job(store: Database) -> RosterPreview:
        from gsmeet.services.roster import preview_roster

        return preview_roster(store, committee_id, path, today=today)

    return job


def import_roster(preview: RosterPreview, only_valid: bool) -> Operation:
    def do(store: Database) -> RosterResult:
        from gsmeet.services.roster import apply_roster

        return apply_roster(store, preview.committee_id, preview, only_valid=only_valid)

    def undo(store: Database, result: RosterResult) -> None:
        from gsmeet.services.roster import undo_roster

        undo_roster(store, result)

    def redo(store: Database, _nothing: None) -> RosterResult:
        return do(store)

    name = preview.path.replace("\\", "/").rsplit("/", 1)[-1]
    text = QCoreApplication.translate("register", "Import roster {file}").format(file=name)
    return Operation(text, do, undo, redo, touched("gsmeet.services.roster", "apply_roster"))


def renew_terms(committee_id: int, until: date) -> Operation:
    """연임 of every serving member to ``until``; undo puts the terms back."""

    def do(store: Database) -> Renewal:
        from gsmeet.services.register.terms import renew_terms

        return renew_terms(store, committee_id, until)

    def undo(store: Database, renewal: Renewal) -> None:
        from gsmeet.services.register.terms import undo_renewal

        undo_renewal(store, renewal)

    def redo(store: Database, _nothing: None) -> Renewal:
        return do(store)

    text = QCoreApplication.translate("register", "Renew terms")
    return Operation(text, do, undo, redo, touched("gsmeet.services.register.terms", "renew_terms"))
