"""The tree plumbing Qt's item models need, shared by the agenda builder and the
strategy register: nodes that know their parent, their row and their children."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt

from gsmeet.ui.kit.table_model import Index


class TreeNode(Protocol):
    @property
    def parent(self) -> TreeNode | None: ...

    @property
    def row(self) -> int: ...

    @property
    def children(self) -> Sequence[TreeNode]: ...


class TreeModel(QAbstractItemModel):
    """A read model over ``_roots`` with ``_headers`` as its columns; subclasses fill
    both and add data, flags and editing."""

    _roots: Sequence[TreeNode]
    _headers: tuple[str, ...]

    def node(self, index: Index) -> Any:
        """The node behind ``index`` (None for the invisible root)."""
        return index.internalPointer() if index.isValid() else None

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not 0 <= column < len(self._headers):
            return QModelIndex()
        children = self._children(parent)
        if 0 <= row < len(children):
            return self.createIndex(row, column, children[row])
        return QModelIndex()

    def _children(self, parent: Index) -> Sequence[TreeNode]:
        if not parent.isValid():
            return self._roots
        node: TreeNode | None = self.node(parent)
        return () if node is None else node.children

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        node: TreeNode | None = self.node(index)
        if node is None or node.parent is None:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children(parent))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None
