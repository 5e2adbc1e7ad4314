"""What an export says when it is done: the file written, and a button that opens the
folder it is in (in the system's file manager)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from gsmeet.ui.kit.fields import ERROR_STYLE


def open_folder(path: Path) -> bool:
    """Show the folder holding ``path`` in the system's file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(Path(path).resolve().parent)))


class WrittenNote(QWidget):
    """One line: what was written (or why it was not), and *Open folder*."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.path: Path | None = None
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.folder_button = QPushButton(self.tr("Open folde&r"))
        self.folder_button.setToolTip(self.tr("Show the folder in the file manager"))
        self.folder_button.clicked.connect(self.open_folder)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.folder_button)
        self.folder_button.setVisible(False)

    def show_written(self, path: Path, text: str) -> None:
        self.path = path
        self.text.setStyleSheet("")
        self.text.setText(text)
        self.folder_button.setVisible(True)

    def show_problem(self, text: str) -> None:
        self.path = None
        self.text.setStyleSheet(ERROR_STYLE)
        self.text.setText(text)
        self.folder_button.setVisible(False)

    def clear(self) -> None:
        self.path = None
        self.text.clear()
        self.folder_button.setVisible(False)

    def open_folder(self) -> None:
        if self.path is not None:
            open_folder(self.path)
