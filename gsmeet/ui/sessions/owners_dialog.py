"""Session ▸ Actions of members who left: the committee's open action items whose owner
has left (해촉), each with a member serving today to give it to. OK gives them all in
one undoable edit."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from gsmeet.ui.kit.form_dialog import FormDialog
from gsmeet.ui.kit.text import day_text
from gsmeet.ui.kit.undo import Operation, touched

if TYPE_CHECKING:
    from collections.abc import Callable

    from gsmeet.domain.records import ActionRecord
    from gsmeet.services.owners import Reassigned
    from gsmeet.services.store import Database
    from gsmeet.ui.kit.context import Context


class Departed(NamedTuple):
    actions: tuple[ActionRecord, ...]
    people: tuple[tuple[int, str], ...]  # who can take them, by name


def load_departed(committee_id: int, on: date) -> Callable[[Database], Departed]:
    def job(store: Database) -> Departed:
        from gsmeet.services.owners import departed_owners, people_serving

        return Departed(
            tuple(departed_owners(store, committee_id, on)),
            tuple(people_serving(store, committee_id, on)),
        )

    return job


def reassign(owners: dict[int, int], on: date) -> Operation:
    def do(store: Database) -> list[Reassigned]:
        from gsmeet.services.owners import reassign_actions

        return reassign_actions(store, owners, on)

    def undo(store: Database, changes: list[Reassigned]) -> None:
        from gsmeet.services.owners import undo_reassignments

        undo_reassignments(store, changes)

    def redo(store: Database, _nothing: None) -> list[Reassigned]:
        return do(store)

    text = QCoreApplication.translate("owners", "Give {n} action items to others").format(
        n=len(owners)
    )
    return Operation(text, do, undo, redo, touched("gsmeet.services.owners", "reassign_actions"))


class OwnersDialog(FormDialog):
    def __init__(self, context: Context, departed: Departed, parent: QWidget | None = None):
        super().__init__(parent)
        lang = context.lang
        self.setWindowTitle(self.tr("Actions of members who left"))
        self.choices: dict[int, QComboBox] = {}
        if not departed.actions:
            self.form.addRow(QLabel(self.tr("No open action item has an owner who left.")))
        for action in departed.actions:
            box = QComboBox()
            box.addItem(self.tr("(keep {owner})").format(owner=action.owner), None)
            for person_id, name in departed.people:
                box.addItem(name, person_id)
            due = day_text(action.due_on, lang, weekday=False)
            text = self.tr("{title} — {owner} (left), due {due}").format(
                title=action.title, owner=action.owner, due=due or "—"
            )
            caption = QLabel(text)
            caption.setWordWrap(True)
            self.form.addRow(caption)
            self.form.addRow(self.tr("Give to"), box)
            self.choices[action.id] = box
        first = next(iter(self.choices.values()), None)
        if first is not None:
            first.setFocus()

    def values(self) -> dict[str, Any]:
        owners = {
            action_id: box.currentData()
            for action_id, box in self.choices.items()
            if box.currentData() is not None
        }
        return {"owners": owners}
