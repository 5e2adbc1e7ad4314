"""The strategy register page: the tree, its editable task cells (status from a fixed
list), and keys and buttons that add, delete and reorder tasks and add achievements.
The tree keeps what was expanded and selected when it is read again after an edit."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from gsmeet.domain.edits import Seen
from gsmeet.domain.register import seen_in
from gsmeet.ui.kit.delegates import ChoiceDelegate
from gsmeet.ui.strategies import ops
from gsmeet.ui.strategies.frame import FrameControls
from gsmeet.ui.strategies.model import Key, Node, StrategyModel

if TYPE_CHECKING:
    from gsmeet.domain.records import TaskRecord
    from gsmeet.domain.register import TrackNode
    from gsmeet.ui.kit.context import Context
    from gsmeet.ui.strategies.achievement_dialog import AchievementDialog


class StrategyPage(QWidget):
    def __init__(self, context: Context, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.lang = context.lang
        self.loaded_for: int | None = None
        self.seen = Seen()  # the register as shown: the edits are made on it
        self._pending = False
        self._again = False
        self._select: Key | None = None
        self._edit_after: Key | None = None
        self.dialog: AchievementDialog | None = None

        self.model = StrategyModel(self.lang, self)
        self.model.edit_requested.connect(self._on_edit)
        self.model.problem.connect(context.message)
        self.view = QTreeView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Strategy register"))
        self.view.setItemDelegate(ChoiceDelegate(self.view))
        self.view.setAlternatingRowColors(True)
        self.view.setUniformRowHeights(True)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.view.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(StrategyModel.TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in ((1, 110), (2, 200), (3, 130), (4, 80)):
            self.view.setColumnWidth(column, width)

        self.summary = QLabel()
        self.add_button = QPushButton(self.tr("Add &task"))
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.up_button = QPushButton(self.tr("Move &up"))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.achievement_button = QPushButton(self.tr("Add a&chievement…"))
        self.add_button.setToolTip(self.tr("Add a task to the selected strategy (Insert)"))
        self.delete_button.setToolTip(self.tr("Delete the selected task or achievement (Delete)"))
        self.up_button.setToolTip(self.tr("Move the task, strategy or track up (Alt+Up)"))
        self.down_button.setToolTip(self.tr("Move the task, strategy or track down (Alt+Down)"))
        self.add_button.clicked.connect(self.add_task)
        self.delete_button.clicked.connect(self.delete_selected)
        self.up_button.clicked.connect(lambda: self.move_task(-1))
        self.down_button.clicked.connect(lambda: self.move_task(1))
        self.achievement_button.clicked.connect(self.add_achievement)
        self._key("Ins", self.add_task)
        self._key("Del", self.delete_selected)
        self._key("Alt+Up", lambda: self.move_task(-1))
        self._key("Alt+Down", lambda: self.move_task(1))

        self.frame = FrameControls(self, self)
        frame_buttons = QHBoxLayout()
        frame_buttons.addStretch(1)
        for button in self.frame.buttons:
            frame_buttons.addWidget(button)
        buttons = QHBoxLayout()
        buttons.addWidget(self.summary, 1)
        for button in (
            self.add_button,
            self.delete_button,
            self.up_button,
            self.down_button,
            self.achievement_button,
        ):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 0)
        layout.addWidget(self.view, 1)
        layout.addLayout(frame_buttons)
        layout.addLayout(buttons)
        self.setFocusProxy(self.view)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._update_buttons())
        self._update_buttons()

        context.committee_changed.connect(self.reload)
        context.meetings_changed.connect(self.reload)
        context.strategies_changed.connect(self.reload)

    def _key(self, keys: str, slot: Any) -> None:
        action = QAction(self.view)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.view.addAction(action)

    # -- data -----------------------------------------------------------------------

    def reload(self) -> None:
        committee = self.context.committee
        if committee is None:
            self.loaded_for = None
            self.model.set_tree(())
            self.seen = Seen()
            return
        if self._pending:
            self._again = True
            return
        self._pending = True
        on, _session = self.context.register_days()

        def loaded(tracks: tuple[TrackNode, ...]) -> None:
            self._pending = False
            self.show_tree(committee.id, tracks)
            if self._again:
                self._again = False
                self.reload()

        def failed(message: str) -> None:
            self._pending = False
            self.context.message.emit(message)

        self.context.run(ops.load_tree(committee.id, on), loaded, failed)

    def show_tree(self, committee_id: int, tracks: tuple[TrackNode, ...]) -> None:
        first = self.loaded_for != committee_id
        expanded = set() if first else self._expanded()
        current = self.model.key(self.view.currentIndex())
        self.loaded_for = committee_id
        self.model.set_tree(tracks)
        self.seen = seen_in(tracks)
        if first:
            for key in self.model.all_keys():
                if key[0] in ("track", "strategy"):
                    self.view.setExpanded(self.model.index_of(key), True)
        else:
            for key in expanded:
                self.view.setExpanded(self.model.index_of(key), True)
        wanted = self._select or current
        self._select = None
        index = self.model.index_of(wanted) if wanted else QModelIndex()
        if index.isValid():
            self._show_selected(index)
        tasks = [n for n in self.model.all_keys() if n[0] == "task"]
        overdue = sum(
            1
            for track in tracks
            for strategy in track.strategies
            for task in strategy.tasks
            if task.overdue
        )
        self.summary.setText(
            self.tr("{tasks} tasks · {overdue} overdue").format(tasks=len(tasks), overdue=overdue)
        )
        if self._edit_after is not None:
            edit = self.model.index_of(self._edit_after, StrategyModel.TITLE)
            self._edit_after = None
            if edit.isValid():
                self.view.setCurrentIndex(edit)
                self.view.edit(edit)
        self._update_buttons()

    def _show_selected(self, index: QModelIndex) -> None:
        parent = index.parent()
        while parent.isValid():
            self.view.setExpanded(parent, True)
            parent = parent.parent()
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.view.scrollTo(index)

    def _expanded(self) -> set[Key]:
        return {
            key
            for key in self.model.all_keys()
            if key[0] != "achievement" and self.view.isExpanded(self.model.index_of(key))
        }

    def current_node(self) -> Node | None:
        return self.model.node(self.view.currentIndex())

    def _strategy_of(self, node: Node | None) -> Node | None:
        while node is not None and node.kind not in ("strategy",):
            node = node.parent
        return node

    def _update_buttons(self) -> None:
        node = self.current_node()
        is_task = node is not None and node.kind == "task"
        self.add_button.setEnabled(self._strategy_of(node) is not None)
        self.achievement_button.setEnabled(self._strategy_of(node) is not None)
        self.delete_button.setEnabled(node is not None and node.kind in ("task", "achievement"))
        frame = node is not None and node.kind in ("track", "strategy")
        self.up_button.setEnabled((is_task or frame) and node is not None and node.row > 0)
        siblings = self._task_count(node) if is_task else self._frame_count(node)
        self.down_button.setEnabled(
            (is_task or frame) and node is not None and node.row < siblings - 1
        )
        self.frame.update(node)

    def _frame_count(self, node: Node | None) -> int:
        if node is None:
            return 0
        family = node.parent.children if node.parent is not None else self.model.roots
        return sum(1 for child in family if child.kind == node.kind)

    def select(self, node: Node) -> None:
        """Keep ``node`` selected when the tree is read again after an edit."""
        self._select = self.model.key_of(node)

    def select_key(self, key: Key) -> None:
        """Select ``key`` (a row just added), its track opened, once the tree is read."""
        self._select = key
        index = self.model.index_of(key)
        if index.isValid():  # the tree was read already
            self._show_selected(index)

    @staticmethod
    def _task_count(node: Node | None) -> int:
        if node is None or node.parent is None:
            return 0
        return sum(1 for child in node.parent.children if child.kind == "task")

    # -- edits ------------------------------------------------------------------------

    def _on_edit(self, task_id: int, field: str, value: object) -> None:
        node = self.model.node_of(("task", task_id))
        title = node.record.task.title if node is not None else ""
        self._select = ("task", task_id)
        self.context.history.perform(
            ops.update_task(task_id, title, {field: value}), seen=self.seen
        )

    def add_task(self) -> None:
        node = self.current_node()
        strategy = self._strategy_of(node)
        if strategy is None:
            return
        index = node.row + 1 if node is not None and node.kind == "task" else None

        def added(task: TaskRecord) -> None:
            self._select = ("task", task.id)
            self._edit_after = ("task", task.id)

        self.context.history.perform(
            ops.add_task(strategy.record.id, self.tr("New task"), index),
            on_done=added,
            seen=self.seen,
        )

    def delete_selected(self) -> None:
        node = self.current_node()
        if node is None:
            return
        if node.kind == "task":
            task = node.record.task
            if node.parent is not None:
                self._select = ("strategy", node.parent.record.id)
            self.context.history.perform(ops.delete_task(task.id, task.title), seen=self.seen)
        elif node.kind == "achievement":
            record = node.record
            self.context.history.perform(
                ops.delete_achievement(record.id, record.text), seen=self.seen
            )

    def move_task(self, step: int) -> None:
        """Move the task (or the track or strategy) selected up or down."""
        node = self.current_node()
        if node is not None and self.frame.move(node, step):
            return
        if node is None or node.kind != "task":
            return
        new_index = node.row + step
        if new_index < 0 or new_index >= self._task_count(node):
            return
        task = node.record.task
        self._select = ("task", task.id)
        self.context.history.perform(ops.move_task(task.id, task.title, new_index), seen=self.seen)

    def add_achievement(self) -> None:
        from gsmeet.ui.strategies.achievement_dialog import AchievementDialog

        node = self.current_node()
        strategy = self._strategy_of(node)
        if strategy is None:
            return
        on, _session = self.context.register_days()
        task = node.record.task if node is not None and node.kind == "task" else None
        dialog = AchievementDialog(self.lang, strategy.record, task, on, parent=self)

        def submitted(fields: dict[str, Any]) -> None:
            self.context.history.perform(
                ops.add_achievement(strategy.record.id, fields),
                on_done=lambda _record: dialog.accept(),
                on_error=dialog.show_error,
                seen=self.seen,
            )

        dialog.submitted.connect(submitted)
        self.dialog = dialog
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()
