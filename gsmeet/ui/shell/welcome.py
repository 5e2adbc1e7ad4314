"""The first screen of a database that holds no committee (or of no database at all):
create a committee, open the demo committee, or import a JSON export."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

TITLE_STYLE = "QLabel { font-size: 20px; font-weight: bold; }"
BUTTON_STYLE = "QPushButton { text-align: left; padding: 10px 16px; font-size: 14px; }"
MAX_WIDTH = 560


class Welcome(QWidget):
    create_committee = Signal()
    open_demo = Signal()
    import_export = Signal()  # a JSON export

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = QLabel(self.tr("Start with your committee"))
        self.title.setStyleSheet(TITLE_STYLE)
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.create_button = self._button(
            self.tr("&Create a committee…"),
            self.tr(
                "Its name, host body, secretary, quorum rules and sub-committees; then "
                "its members and strategies, and its first session."
            ),
            self.create_committee,
        )
        self.demo_button = self._button(
            self.tr("Open the &demo committee"),
            self.tr(
                "경산발전전략위원회 with sample data, to look around first (kept in a "
                "file of its own)."
            ),
            self.open_demo,
        )
        self.import_button = self._button(
            self.tr("&Import a JSON export…"),
            self.tr("A committee exported from gsmeet on another computer."),
            self.import_export,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 40, 48, 40)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.where)
        for button, tip in self._buttons:
            layout.addSpacing(8)
            layout.addWidget(button)
            layout.addWidget(tip)
        layout.addStretch(1)
        self.setTabOrder(self.create_button, self.demo_button)
        self.setTabOrder(self.demo_button, self.import_button)

    def _button(self, text: str, tip: str, signal: SignalInstance) -> QPushButton:
        button = QPushButton(text)
        button.setStyleSheet(BUTTON_STYLE)
        button.setMaximumWidth(MAX_WIDTH)
        button.clicked.connect(signal.emit)
        detail = QLabel(tip)
        detail.setWordWrap(True)
        detail.setAlignment(Qt.AlignmentFlag.AlignLeft)
        detail.setContentsMargins(18, 0, 0, 0)
        if not hasattr(self, "_buttons"):
            self._buttons: list[tuple[QPushButton, QLabel]] = []
        self._buttons.append((button, detail))
        return button

    def show_database(self, path: str | None) -> None:
        """Say which file this is (or that none is open yet)."""
        self.where.setText(
            self.tr("This database holds no committee yet: {path}").format(path=path)
            if path
            else self.tr("No database is open yet.")
        )
        self.create_button.setFocus()
