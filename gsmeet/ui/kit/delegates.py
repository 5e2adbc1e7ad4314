"""Editors for cells whose value comes from a fixed list (a status, a kind, a presenter):
the model offers the choices under :data:`CHOICES_ROLE` as ``(label, value)`` pairs and
the current value under the edit role."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QSize, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from gsmeet.ui.kit.views import ROW_PADDING

CHOICES_ROLE = Qt.ItemDataRole.UserRole + 10
MAX_ROLE = Qt.ItemDataRole.UserRole + 11  # the largest number a spin-box cell takes

Index = QModelIndex | QPersistentModelIndex


class ChoiceDelegate(QStyledItemDelegate):
    """A combo box where the model offers choices, a spin box where it gives a
    maximum, the default line edit elsewhere. A choice is committed as soon as it is
    picked, so one keystroke or click changes the value."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        choices = index.data(CHOICES_ROLE)
        if choices is not None:
            combo = QComboBox(parent)
            for text, value in choices:
                combo.addItem(text, value)
            combo.activated.connect(lambda _i, c=combo: self._commit(c))
            return combo
        maximum = index.data(MAX_ROLE)
        if maximum is not None:
            spin = QSpinBox(parent)
            spin.setRange(0, int(maximum))
            return spin
        editor: QWidget = super().createEditor(parent, option, index)
        return editor

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), size.height() + ROW_PADDING)

    def _commit(self, editor: QWidget) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor, QStyledItemDelegate.EndEditHint.NoHint)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            found = next((i for i in range(editor.count()) if editor.itemData(i) == value), -1)
            editor.setCurrentIndex(max(found, 0))
        elif isinstance(editor, QSpinBox):
            editor.setValue(int(value or 0))
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        value: Any
        if isinstance(editor, QComboBox):
            value = editor.currentData()
            if value == index.data(Qt.ItemDataRole.EditRole):
                return
            model.setData(index, value, Qt.ItemDataRole.EditRole)
        elif isinstance(editor, QSpinBox):
            editor.interpretText()
            model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
