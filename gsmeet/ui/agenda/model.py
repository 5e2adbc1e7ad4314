"""The agenda builder's Qt model: a session's items as a tree nested one level, with
each item's forecast start and end.

Edits and drops are not applied here: the model asks for them
(:attr:`AgendaBuilderModel.edit_requested`, :attr:`AgendaBuilderModel.move_requested`),
they go through the undo history to the database, and the agenda is read again with its
new forecast. A drop is what a drag and drop in the view ends with, so a test can drive
the whole of it through :meth:`mimeData` and :meth:`dropMimeData`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QByteArray, QMimeData, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from gsmeet.domain.agenda_plan import MAX_MINUTES, AgendaPlan, PlannedItem
from gsmeet.domain.dates import format_time
from gsmeet.domain.enums import AgendaKind
from gsmeet.domain.labels import Lang, label
from gsmeet.ui.kit.delegates import CHOICES_ROLE, MAX_ROLE
from gsmeet.ui.kit.table_model import Index
from gsmeet.ui.kit.text import DASH, person_with_role
from gsmeet.ui.kit.tree_model import TreeModel

MIME_TYPE = "application/x-gsmeet-agenda-item"
ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAST_END = QBrush(QColor("#b91c1c"))
Choices = tuple[tuple[str, Any], ...]


@dataclass(eq=False, slots=True)
class Node:
    planned: PlannedItem
    parent: Node | None
    row: int
    children: list[Node] = field(default_factory=list)

    @property
    def id(self) -> int:
        return self.planned.item.id


class AgendaBuilderModel(TreeModel):
    NUMBER, TITLE, KIND, PRESENTER, STRATEGY, MINUTES, START, END = range(8)

    edit_requested = Signal(int, str, object)  # item id, field, new value
    move_requested = Signal(int, int, object)  # item id, new index, new parent id (or None)

    def __init__(self, lang: Lang, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.plan: AgendaPlan | None = None
        self.editable = False
        self._roots: list[Node] = []
        self._by_id: dict[int, Node] = {}
        self._presenters: Choices = ()
        self._strategies: Choices = ()
        self._strategy_names: dict[int, str] = {}
        self._kinds: Choices = tuple((label(k, lang), k) for k in AgendaKind)
        self._bold = QFont()
        self._bold.setBold(True)
        self._headers = (
            self.tr("No."),
            self.tr("Title"),
            self.tr("Kind"),
            self.tr("Presenter"),
            self.tr("Strategy"),
            self.tr("Minutes"),
            self.tr("Starts"),
            self.tr("Ends"),
        )

    # -- contents ---------------------------------------------------------------------

    def set_choices(self, presenters: Choices, strategies: Choices) -> None:
        """Who can present (``(label, person id)``) and which strategies an item can be
        linked to (``(label, strategy id)``); None, "nobody", comes first by itself."""
        self._presenters = ((DASH, None), *presenters)
        self._strategies = ((DASH, None), *strategies)
        self._strategy_names = {value: text for text, value in strategies}
        if self._roots:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._roots) - 1, self.END))

    def set_plan(self, plan: AgendaPlan | None, *, editable: bool) -> None:
        self.beginResetModel()
        self.plan = plan
        self.editable = editable and plan is not None and not plan.locked
        self._roots = []
        self._by_id = {}
        for planned in plan.items if plan is not None else ():
            parent = self._by_id.get(planned.item.parent_id or -1) if planned.depth else None
            siblings = self._roots if parent is None else parent.children
            node = Node(planned, parent, len(siblings))
            siblings.append(node)
            self._by_id[node.id] = node
        self.endResetModel()

    def node(self, index: Index) -> Node | None:
        found: Node | None = super().node(index)
        return found

    def node_of(self, item_id: int) -> Node | None:
        return self._by_id.get(item_id)

    def index_of(self, item_id: int, column: int = 0) -> QModelIndex:
        node = self._by_id.get(item_id)
        return QModelIndex() if node is None else self.createIndex(node.row, column, node)

    def siblings(self, node: Node) -> list[Node]:
        return self._roots if node.parent is None else node.parent.children

    def outline(self) -> list[str]:
        """``number title`` of every item in outline order (what a reader sees)."""
        return [f"{n.planned.number} {n.planned.item.title}" for n in self._walk()]

    def _walk(self) -> list[Node]:
        found: list[Node] = []
        for root in self._roots:
            found.append(root)
            found.extend(root.children)
        return found

    # -- the tree -----------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        node = self.node(index)
        if node is None:
            return Qt.ItemFlag.ItemIsDropEnabled if self.editable else Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if self.editable:
            flags |= Qt.ItemFlag.ItemIsDragEnabled
            if node.parent is None:
                flags |= Qt.ItemFlag.ItemIsDropEnabled
            if index.column() in (self.TITLE, self.KIND, self.PRESENTER, self.STRATEGY):
                flags |= Qt.ItemFlag.ItemIsEditable
            if index.column() == self.MINUTES:
                flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    # -- cells ----------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        item = node.planned.item
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(node, column)
        if role == Qt.ItemDataRole.EditRole:
            values = {
                self.KIND: item.kind,
                self.PRESENTER: item.presenter.id if item.presenter else None,
                self.STRATEGY: item.strategy_id,
                self.MINUTES: item.planned_minutes,
            }
            return values.get(column, self._text(node, column))
        if role == ID_ROLE:
            return item.id
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.TITLE, self.PRESENTER):
            return self._text(node, column) or None
        if role == Qt.ItemDataRole.ToolTipRole and column == self.END and self._past_end(node):
            return self.tr("Ends after the planned end of the session")
        if role == Qt.ItemDataRole.ForegroundRole and column == self.END and self._past_end(node):
            return PAST_END
        if role == Qt.ItemDataRole.FontRole and node.parent is None and node.children:
            return self._bold
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (
            self.NUMBER,
            self.MINUTES,
            self.START,
            self.END,
        ):
            return int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
        if role == CHOICES_ROLE:
            choices = {
                self.KIND: self._kinds,
                self.PRESENTER: self._presenters,
                self.STRATEGY: self._strategies,
            }
            return choices.get(column)
        if role == MAX_ROLE and column == self.MINUTES:
            return MAX_MINUTES
        return None

    def _past_end(self, node: Node) -> bool:
        plan = self.plan
        return (
            plan is not None
            and plan.planned_end is not None
            and node.planned.forecast_end > plan.planned_end
        )

    def _text(self, node: Node, column: int) -> str:
        planned = node.planned
        item = planned.item
        if column == self.NUMBER:
            return planned.number
        if column == self.TITLE:
            return item.title
        if column == self.KIND:
            return label(item.kind, self._lang)
        if column == self.PRESENTER:
            return person_with_role(item.presenter, self._lang) if item.presenter else ""
        if column == self.STRATEGY:
            return self._strategy_names.get(item.strategy_id or -1, "")
        if column == self.MINUTES:
            return str(item.planned_minutes)
        if column == self.START:
            return format_time(planned.forecast_start)
        return format_time(planned.forecast_end)

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        node = self.node(index)
        if node is None or role != Qt.ItemDataRole.EditRole or not self.editable:
            return False
        column = index.column()
        names = {
            self.TITLE: "title",
            self.KIND: "kind",
            self.PRESENTER: "presenter_id",
            self.STRATEGY: "strategy_id",
            self.MINUTES: "planned_minutes",
        }
        if column not in names:
            return False
        if column == self.TITLE:
            value = str(value)
        elif column == self.KIND:
            value = AgendaKind(value)
        elif column == self.MINUTES:
            value = int(value)
        if value == self.data(index, Qt.ItemDataRole.EditRole):
            return False
        self.edit_requested.emit(node.id, names[column], value)
        return True

    # -- drag and drop -------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        nodes = [self.node(i) for i in indexes if i.isValid()]
        if nodes and nodes[0] is not None:
            data.setData(MIME_TYPE, QByteArray(str(nodes[0].id).encode("ascii")))
        return data

    def _dragged(self, data: QMimeData) -> Node | None:
        if not data.hasFormat(MIME_TYPE):
            return None
        try:
            return self._by_id.get(int(bytes(data.data(MIME_TYPE).data()).decode("ascii")))
        except ValueError:
            return None

    def _target(
        self, data: QMimeData, row: int, parent: Index
    ) -> tuple[int, int, int | None] | None:
        """Where a drop puts the dragged item: (item id, index, parent id), or None
        where it cannot go (deeper than one level, inside itself)."""
        node = self._dragged(data)
        if node is None or not self.editable:
            return None
        target = self.node(parent)
        if target is not None and (target.parent is not None or target is node or node.children):
            return None  # sub-items have no sub-items of their own
        siblings = self._roots if target is None else target.children
        new_index = len(siblings) if row < 0 else row
        same = node.parent is target
        if same and node.row < new_index:
            new_index -= 1  # the item leaves its old place first
        if same and new_index == node.row:
            return None
        return node.id, new_index, None if target is None else target.id

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return action == Qt.DropAction.MoveAction and self._target(data, row, parent) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if action != Qt.DropAction.MoveAction:
            return False
        target = self._target(data, row, parent)
        if target is None:
            return False
        # Not moved here (the model has no removeRows, so the view removes nothing
        # either): the agenda is read again once the move reached the database.
        self.move_requested.emit(*target)
        return True
