"""A read-only table model over a sequence of plain rows, described column by column."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, NamedTuple

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QFont

Index = QModelIndex | QPersistentModelIndex
ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the plain row behind an index

# The roles ``data`` answers, looked up once: it is called for every cell and role a
# view paints or measures (~10,000 times as a ten-year session list is first shown),
# and each ``Qt.ItemDataRole.X`` is two attribute lookups through Qt's enum machinery.
DISPLAY = Qt.ItemDataRole.DisplayRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
FONT = Qt.ItemDataRole.FontRole

LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
CENTER = Qt.AlignmentFlag.AlignCenter


class Column(NamedTuple):
    """One column: its (already translated) title and how a row shows in it."""

    title: str
    text: Callable[[Any], str]
    align: Qt.AlignmentFlag = LEFT
    tooltip: bool = False  # long text: show the whole of it on hover
    hint: Callable[[Any], str] | None = None  # a tooltip other than the cell's own text
    foreground: Callable[[Any], QBrush | None] | None = None
    bold: Callable[[Any], bool] | None = None


class RowTableModel(QAbstractTableModel):
    """Rows are plain frozen records; the model never changes them, only replaces them.

    Subclasses call :meth:`define_columns` in their ``__init__`` (after this one, so
    their titles can go through ``self.tr``).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._columns: tuple[Column, ...] = ()
        self._alignments: tuple[int, ...] = ()
        self._rows: tuple[Any, ...] = ()
        self._bold = QFont()
        self._bold.setBold(True)

    def define_columns(self, columns: Sequence[Column]) -> None:
        self.beginResetModel()
        self._columns = tuple(columns)
        self._alignments = tuple(int(column.align.value) for column in self._columns)
        self.endResetModel()

    @property
    def rows(self) -> tuple[Any, ...]:
        return self._rows

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def row_at(self, row: int) -> Any:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = DISPLAY) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == DISPLAY:
            return column.text(row)
        if role == TOOLTIP:
            if column.hint is not None:
                return column.hint(row) or None
            return (column.text(row) or None) if column.tooltip else None
        if role == ALIGNMENT:
            return self._alignments[index.column()]
        if role == FOREGROUND and column.foreground is not None:
            return column.foreground(row)
        if role == FONT and column.bold is not None and column.bold(row):
            return self._bold
        if role == ROW_ROLE:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].title
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
