"""The strategy register's frame, edited where it is shown: tracks and strategies
added, renamed, moved up and down (a strategy also into another track) and retired
from the register's day (brought back the same way). Every edit is undoable."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QComboBox, QLineEdit, QPushButton, QWidget

from gsmeet.domain.edits import Seen
from gsmeet.ui.kit import prompts
from gsmeet.ui.kit.form_dialog import FormDialog
from gsmeet.ui.strategies import ops

if TYPE_CHECKING:
    from gsmeet.ui.kit.context import Context
    from gsmeet.ui.strategies.model import Node, StrategyModel


class Page(Protocol):
    """What the controls need of the strategy register's page."""

    context: Context
    model: StrategyModel
    seen: Seen  # the register as shown

    def current_node(self) -> Node | None: ...

    def select(self, node: Node) -> None: ...

    def select_key(self, key: tuple[str, int]) -> None: ...


class StrategyDialog(FormDialog):
    """A new strategy: its name and the sub-committee that owns it."""

    def __init__(self, subcommittees: tuple[tuple[int, str], ...], parent: QWidget) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add strategy"))
        self.name = QLineEdit()
        self.subcommittee = QComboBox()
        self.subcommittee.addItem(self.tr("(none)"), None)
        for sub_id, name in subcommittees:
            self.subcommittee.addItem(name, sub_id)
        self.form.addRow(self.tr("&Name"), self.name)
        self.form.addRow(self.tr("&Sub-committee"), self.subcommittee)
        self.name.textChanged.connect(lambda t: self.ok_button.setEnabled(bool(t.strip())))
        self.ok_button.setEnabled(False)
        self.name.setFocus()

    def values(self) -> dict[str, Any]:
        return {"name": self.name.text(), "subcommittee_id": self.subcommittee.currentData()}


class FrameControls(QObject):
    """The buttons of the frame's edits, beside the task buttons of ``page``."""

    def __init__(self, page: Page, widget: QWidget) -> None:
        super().__init__(widget)
        self.page = page
        self.widget = widget
        self.dialog: StrategyDialog | None = None
        self.add_track_button = QPushButton(self.tr("Add trac&k…"))
        self.add_strategy_button = QPushButton(self.tr("Add str&ategy…"))
        self.rename_button = QPushButton(self.tr("Re&name…"))
        self.retire_button = QPushButton(self.tr("&Retire"))
        self.add_track_button.clicked.connect(self.add_track)
        self.add_strategy_button.clicked.connect(self.add_strategy)
        self.rename_button.clicked.connect(self.rename)
        self.retire_button.clicked.connect(self.retire)
        self.buttons = (
            self.add_track_button,
            self.add_strategy_button,
            self.rename_button,
            self.retire_button,
        )

    def update(self, node: Node | None) -> None:
        frame = node is not None and node.kind in ("track", "strategy")
        self.add_track_button.setEnabled(self.page.context.committee is not None)
        self.add_strategy_button.setEnabled(node is not None and node.kind != "achievement")
        self.rename_button.setEnabled(frame)
        self.retire_button.setEnabled(frame)
        retired = frame and node is not None and node.record.retired_on is not None
        self.retire_button.setText(self.tr("Bring &back") if retired else self.tr("&Retire"))

    def _track_of(self, node: Node | None) -> Node | None:
        while node is not None and node.kind != "track":
            node = node.parent
        return node

    def add_track(self) -> None:
        committee = self.page.context.committee
        if committee is None:
            return
        name = prompts.ask_text(self.widget, self.tr("Add track"), self.tr("Name of the track"))
        if name and name.strip():
            self.page.context.history.perform(
                ops.add_track(committee.id, name),
                on_done=lambda edit: self.page.select_key(("track", edit.id)),
                seen=self.page.seen,
            )

    def add_strategy(self) -> None:
        context = self.page.context
        track = self._track_of(self.page.current_node())
        if track is None or context.committee is None:
            return

        def show(subcommittees: tuple[tuple[int, str], ...]) -> None:
            dialog = StrategyDialog(subcommittees, self.widget)
            self.dialog = dialog

            def submitted(fields: dict[str, Any]) -> None:
                def done(edit: Any) -> None:
                    self.page.select_key(("strategy", edit.id))
                    dialog.accept()

                context.history.perform(
                    ops.add_strategy(track.record.id, fields["name"], fields["subcommittee_id"]),
                    on_done=done,
                    on_error=dialog.show_error,
                    seen=self.page.seen,
                )

            dialog.submitted.connect(submitted)
            dialog.finished.connect(lambda _result: dialog.deleteLater())
            dialog.open()

        context.run(ops.load_subcommittees(context.committee.id), show)

    def rename(self) -> None:
        self._ask_rename("", "")

    def _ask_rename(self, typed: str, refused: str) -> None:
        """Ask for the new name of the track or strategy selected; a rename refused
        (someone renamed it meanwhile, a blank name) asks again with the reason and
        what was typed, once the register shows their change."""
        node = self.page.current_node()
        if node is None or node.kind not in ("track", "strategy"):
            return
        old = node.record.name
        label = f"{refused}\n\n{old}" if refused else old
        title = self.tr("Rename {name}").format(name=old)
        name = prompts.ask_text(self.widget, title, label, typed)
        if not name or not name.strip() or name.strip() == old:
            return

        def again(message: str) -> None:
            # The worker's jobs run in order: the register's reading again (asked by
            # the refusal) is shown before this one answers.
            self.page.context.worker.submit(
                lambda _store: None,
                lambda _none: QTimer.singleShot(0, lambda: self._ask_rename(name, message)),
            )

        self.page.select(node)
        self.page.context.history.perform(
            ops.rename(node.kind, node.record.id, old, name), seen=self.page.seen, on_error=again
        )

    def retire(self) -> None:
        node = self.page.current_node()
        if node is None or node.kind not in ("track", "strategy"):
            return
        on, _session = self.page.context.register_days()
        day = None if node.record.retired_on is not None else on
        self.page.select(node)
        self.page.context.history.perform(
            ops.retire(node.kind, node.record.id, node.record.name, day), seen=self.page.seen
        )

    def move(self, node: Node, step: int) -> bool:
        """Move a track or strategy up or down among its siblings (True: it was one)."""
        if node.kind not in ("track", "strategy"):
            return False
        family = node.parent.children if node.parent is not None else self.page.model.roots
        siblings = [child for child in family if child.kind == node.kind]
        index = siblings.index(node) + step
        if not 0 <= index < len(siblings):
            return True
        track_id = node.parent.record.id if node.parent is not None else 0
        self.page.select(node)
        self.page.context.history.perform(
            ops.move(node.kind, node.record.id, node.record.name, track_id, index),
            seen=self.page.seen,
        )
        return True
