"""A date or time field's label mnemonic reaches the field (Alt+D → the date)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFormLayout, QLineEdit
from pytestqt.qtbot import QtBot

from gsmeet.ui.kit.fields import DateField, TimeField


def test_alt_letter_of_a_date_or_time_label_focuses_its_field(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    form = QFormLayout(dialog)
    title, day, start = QLineEdit(), DateField("en"), TimeField()
    form.addRow("&Title", title)
    form.addRow("&Date", day)
    form.addRow("&Starts", start)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    title.setFocus()
    qtbot.keyClick(dialog, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    assert dialog.focusWidget() is day.edit
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.AltModifier)
    assert dialog.focusWidget() is start.edit
