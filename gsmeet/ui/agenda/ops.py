"""The agenda builder's database work: the plan with its forecast, the presenters and
strategies to choose from, and the undoable edits of items. Services are imported inside
the jobs."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QCoreApplication

from gsmeet.domain.labels import Lang
from gsmeet.ui.kit.text import person_with_role
from gsmeet.ui.kit.undo import Operation, touched

if TYPE_CHECKING:
    from gsmeet.domain.agenda_plan import AgendaItemFields, AgendaPlan
    from gsmeet.domain.edits import Move, Removal
    from gsmeet.domain.enums import AgendaKind
    from gsmeet.domain.records import AgendaItemRecord
    from gsmeet.services.store import Database


class Choices(NamedTuple):
    presenters: tuple[tuple[str, int], ...]  # (label, person id): members on the day
    strategies: tuple[tuple[str, int], ...]  # (label, strategy id) in register order


def load_plan(meeting_id: int) -> Callable[[Database], AgendaPlan]:
    def job(store: Database) -> AgendaPlan:
        from gsmeet.services.agenda import agenda

        return agenda(store, meeting_id)

    return job


def load_choices(committee_id: int, day: date, lang: Lang) -> Callable[[Database], Choices]:
    def job(store: Database) -> Choices:
        from gsmeet.domain.records import PersonAtDate
        from gsmeet.services.register import list_members, strategy_tree

        people = []
        for row in list_members(store, committee_id, on=day):
            person = PersonAtDate(
                row.person_id,
                row.name,
                row.role,
                row.organisation,
                row.position,
                row.subcommittee,
                row.is_public_official,
            )
            people.append((person_with_role(person, lang), row.person_id))
        strategies = tuple(
            (f"{strategy.number}. {strategy.name}", strategy.id)
            for track in strategy_tree(store, committee_id, today=day)
            for strategy in track.strategies
        )
        return Choices(tuple(people), strategies)

    return job


def _text(translated: str, **values: object) -> str:
    return translated.format(**values)


def add_item(meeting_id: int, kind: AgendaKind, title: str, after_id: int | None) -> Operation:
    def do(store: Database) -> AgendaItemRecord:
        from gsmeet.services.agenda import add_item

        return add_item(store, meeting_id, kind=kind, title=title, after_id=after_id)

    def undo(store: Database, item: AgendaItemRecord) -> Removal:
        from gsmeet.services.agenda import delete_item

        return delete_item(store, item.id)

    def redo(store: Database, removal: Removal) -> AgendaItemRecord:
        from gsmeet.services.agenda import restore_item

        return restore_item(store, removal)

    text = _text(QCoreApplication.translate("agenda", "Add agenda item {title}"), title=title)
    return Operation(text, do, undo, redo, touched("gsmeet.services.agenda", "add_item"))


def delete_item(item_id: int, title: str) -> Operation:
    def do(store: Database) -> Removal:
        from gsmeet.services.agenda import delete_item

        return delete_item(store, item_id)

    def undo(store: Database, removal: Removal) -> AgendaItemRecord:
        from gsmeet.services.agenda import restore_item

        return restore_item(store, removal)

    def redo(store: Database, _item: AgendaItemRecord) -> Removal:
        return do(store)

    text = _text(QCoreApplication.translate("agenda", "Delete agenda item {title}"), title=title)
    return Operation(text, do, undo, redo, touched("gsmeet.services.agenda", "delete_item"))


def update_item(item_id: int, title: str, fields: Mapping[str, Any]) -> Operation:
    """Change some fields; the fields as they were undo it, and the other way round."""

    def do(store: Database) -> AgendaItemFields:
        from gsmeet.services.agenda import update_item

        return update_item(store, item_id, **fields)

    def swap(store: Database, fields: AgendaItemFields) -> AgendaItemFields:
        from gsmeet.services.agenda import set_item_fields

        return set_item_fields(store, item_id, fields)

    text = _text(QCoreApplication.translate("agenda", "Edit agenda item {title}"), title=title)
    return Operation(text, do, swap, swap, touched("gsmeet.services.agenda", "update_item"))


def move_item(
    item_id: int,
    title: str,
    how: str,
    *,
    new_index: int = 0,
    new_parent_id: int | None = None,
) -> Operation:
    """``how``: ``move`` (to ``new_index`` under ``new_parent_id``), ``indent`` or
    ``outdent``. Each returns the old place, where moving the item back undoes it."""

    def do(store: Database) -> Move:
        from gsmeet.services import agenda

        if how == "indent":
            return agenda.indent_item(store, item_id)
        if how == "outdent":
            return agenda.outdent_item(store, item_id)
        return agenda.move_item(store, item_id, new_index, new_parent_id)

    def back(store: Database, move: Move) -> Move:
        from gsmeet.services.agenda import move_item

        return move_item(store, item_id, move.old_index, move.old_parent_id)

    texts = {
        "indent": QCoreApplication.translate("agenda", "Indent agenda item {title}"),
        "outdent": QCoreApplication.translate("agenda", "Outdent agenda item {title}"),
        "move": QCoreApplication.translate("agenda", "Move agenda item {title}"),
    }
    moved = touched("gsmeet.services.agenda", "move_item", "indent_item", "outdent_item")
    return Operation(_text(texts[how], title=title), do, back, back, moved)
