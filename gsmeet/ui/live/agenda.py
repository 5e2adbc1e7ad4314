"""The agenda down the side of the live screen: every item numbered as on paper, the
current one marked, those done greyed with their actual times."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gsmeet.ui.live.style import ACCENT, ACCENT_SOFT, MUTED
from gsmeet.ui.record_models import number_agenda
from gsmeet.ui.text import clock_range, minutes

if TYPE_CHECKING:
    from gsmeet.domain.labels import Lang
    from gsmeet.domain.records import AgendaItemRecord, LiveState

ITEM_ID = Qt.ItemDataRole.UserRole


class AgendaPanel(QWidget):
    """``chosen(item_id)``: the secretary activated an item (Enter or double-click)."""

    chosen = Signal(int)

    def __init__(self, lang: Lang, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lang = lang
        self.heading = QLabel(self.tr("Agenda"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Agenda"))
        self.list.setWordWrap(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setStyleSheet(
            f"QListWidget::item {{ padding: 0.3em 0.2em; }}"
            f"QListWidget::item:selected {{ background: {ACCENT_SOFT}; color: black; }}"
        )
        self.list.itemActivated.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        self._ids: tuple[int, ...] = ()

    def show_state(self, state: LiveState) -> None:
        rows = number_agenda(state.agenda)
        ids = tuple(row.item.id for row in rows)
        if ids != self._ids:
            self.list.clear()
            for _ in rows:
                self.list.addItem(QListWidgetItem())
            self._ids = ids
        base = self.list.font()
        for index, row in enumerate(rows):
            widget_item = self.list.item(index)
            current = row.item.id == state.current_item_id
            widget_item.setText(self._text(row.number, row.item, current=current))
            widget_item.setData(ITEM_ID, row.item.id)
            font = QFont(base)
            font.setBold(current)
            widget_item.setFont(font)
            done = row.item.ended_at is not None and not current
            colour = ACCENT if current else MUTED if done else None
            widget_item.setForeground(QBrush(QColor(colour)) if colour else QBrush())
            widget_item.setBackground(QBrush(QColor(ACCENT_SOFT)) if current else QBrush())
            if current:
                self.list.setCurrentItem(widget_item)
                self.list.scrollToItem(widget_item, QAbstractItemView.ScrollHint.EnsureVisible)

    def _text(self, number: str, item: AgendaItemRecord, *, current: bool) -> str:
        indent = "   " if "." in number else ""
        mark = "▶ " if current else "✓ " if item.ended_at is not None else ""
        detail = minutes(item.planned_minutes)
        if item.started_at is not None:
            detail += " · " + clock_range(item.started_at, None if current else item.ended_at)
        return f"{indent}{mark}{number}. {item.title}\n{indent}{detail}"

    def _activated(self, item: QListWidgetItem) -> None:
        self.chosen.emit(int(item.data(ITEM_ID)))
