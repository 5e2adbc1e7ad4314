"""Read-only item views, set up the same way everywhere; and a column of widgets."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLayout,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

ROW_PADDING = 6  # px above and below wrapped text, so paragraphs do not run together


class PaddedDelegate(QStyledItemDelegate):
    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + ROW_PADDING)


def read_only_table(
    model: QAbstractItemModel,
    *,
    stretch: int,
    interactive: Iterable[int] = (),
    name: str = "",
    wrap: bool = False,
) -> QTableView:
    """A table that fits its short columns to their contents and gives the rest of the
    width to ``stretch``; ``interactive`` columns start fitted but can be resized.
    ``wrap``: long text wraps and rows grow to show all of it."""
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(wrap)
    view.setTabKeyNavigation(False)
    view.verticalHeader().setVisible(False)
    if wrap:
        view.setItemDelegate(PaddedDelegate(view))
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
    header = view.horizontalHeader()
    header.setHighlightSections(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    for column in interactive:
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return view


def fit_interactive_columns(view: QTableView, columns: Iterable[int], limit: int) -> None:
    """Size ``columns`` to their contents, but no wider than ``limit`` pixels (their
    whole text is in the tooltip)."""
    for column in columns:
        view.resizeColumnToContents(column)
        if view.columnWidth(column) > limit:
            view.setColumnWidth(column, limit)


def select_and_show(view: QTableView, row: int) -> None:
    """Make ``row`` the current, selected row of ``view``, scrolled into the middle of
    the view, with the keyboard focus there."""
    from PySide6.QtCore import QItemSelectionModel

    index = view.model().index(row, 0)
    view.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    view.scrollTo(index, QAbstractItemView.ScrollHint.PositionAtCenter)
    view.setFocus()


def column(*parts: QWidget | QLayout, stretch: QWidget | None = None) -> QWidget:
    """``parts`` one above the other; ``stretch`` takes the height left."""
    holder = QWidget()
    layout = QVBoxLayout(holder)
    layout.setContentsMargins(0, 0, 0, 0)
    for part in parts:
        if isinstance(part, QLayout):
            layout.addLayout(part)
        else:
            layout.addWidget(part, 1 if part is stretch else 0)
    return holder


def paint_now(window: QWidget) -> None:
    """Lay out and paint what changed in ``window`` now, not after the events queued:
    the worker's next job (a move, a read) then runs on its own instead of taking turns
    at the interpreter with the painting."""
    if window.isVisible():
        QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        QCoreApplication.sendPostedEvents(window, QEvent.Type.UpdateRequest)
