"""The working area of the main window: the session list beside the session view.

Built right after the window's first paint: the window frame (menus, status bar) is
on screen at once, and the item views, which need much more of Qt, follow before any
data has arrived.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtWidgets import QSplitter, QWidget

from gsmeet.domain.labels import Lang
from gsmeet.ui.meeting_list import MeetingListPanel
from gsmeet.ui.meeting_view import MeetingView

LIST_WIDTH = 420
SETTINGS_KEY = "mainWindow/splitter"


class Workspace(QSplitter):
    def __init__(self, lang: Lang, width: int, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.meeting_list = MeetingListPanel(lang)
        self.meeting_view = MeetingView(lang)
        self.setChildrenCollapsible(False)
        self.addWidget(self.meeting_list)
        self.addWidget(self.meeting_view)
        self.setStretchFactor(1, 1)
        self.setSizes([LIST_WIDTH, max(width - LIST_WIDTH, LIST_WIDTH)])
        self.setContentsMargins(8, 8, 8, 0)
        state = QSettings().value(SETTINGS_KEY)
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def save_state(self) -> None:
        QSettings().setValue(SETTINGS_KEY, self.saveState())
