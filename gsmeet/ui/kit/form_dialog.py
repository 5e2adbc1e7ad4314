"""A dialog of form fields that hands its values to whoever opened it and waits to be
told how the edit went: closed once it succeeded, or the one-line reason shown in it
(nothing typed is lost)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from gsmeet.ui.kit.fields import ERROR_STYLE


class FormDialog(QDialog):
    submitted = Signal(object)  # the fields, for the page to write

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    @property
    def ok_button(self) -> QWidget:
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def show_error(self, message: str) -> None:
        """The edit was refused: say why and let the user correct it."""
        self.error.setText(message)
        self.error.setVisible(True)
        self.setEnabled(True)

    def _submit(self) -> None:
        self.error.setVisible(False)
        self.setEnabled(False)  # until the page says how the edit went
        self.submitted.emit(self.values())

    def values(self) -> dict[str, Any]:
        raise NotImplementedError
