"""Every menu action of the main window, declared in one place with its shortcut.

Windows connect to the actions' ``triggered`` signals; nothing else creates menu items.
Shortcuts are bound by :meth:`Actions.bind_shortcuts`, after the window's first paint:
parsing the first key sequence costs more than painting the window frame.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenuBar, QWidget

Shortcut = QKeySequence.StandardKey | str | None


class Actions(QObject):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._window = parent
        self._shortcuts: list[tuple[QAction, Shortcut]] = []
        self.shortcuts_bound = False
        # File
        self.open_database = self._make(
            self.tr("&Open database…"),
            QKeySequence.StandardKey.Open,
            self.tr("Open a gsmeet database file"),
        )
        self.new_database = self._make(
            self.tr("&New database…"),
            QKeySequence.StandardKey.New,
            self.tr("Create an empty gsmeet database file"),
        )
        self.open_demo = self._make(
            self.tr("Open the &demo committee"),
            "Ctrl+Shift+D",
            self.tr("Open the sample committee to try gsmeet out"),
        )
        self.quit = self._make(self.tr("&Quit"), QKeySequence.StandardKey.Quit)
        # Session
        self.minutes = self._make(
            self.tr("&Minutes…"), "Ctrl+M", self.tr("Produce the minutes of the session")
        )
        self.minutes.setEnabled(False)  # wired by the minutes feature
        self.reload = self._make(
            self.tr("&Reload"), QKeySequence.StandardKey.Refresh, self.tr("Read the data again")
        )
        # View
        self.focus_list = self._make(self.tr("Session &list"), "Ctrl+L")
        self.show_overview = self._make(self.tr("O&verview"), "Ctrl+1")
        self.show_agenda = self._make(self.tr("&Agenda"), "Ctrl+2")
        self.show_attendance = self._make(self.tr("A&ttendance"), "Ctrl+3")
        self.show_records = self._make(self.tr("&Records"), "Ctrl+4")
        # Help
        self.about = self._make(self.tr("&About gsmeet"), QKeySequence.StandardKey.HelpContents)

    def build_menus(self, bar: QMenuBar) -> None:
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.open_database, self.new_database, self.open_demo])
        file_menu.addSeparator()
        file_menu.addAction(self.quit)

        session_menu = bar.addMenu(self.tr("&Session"))
        session_menu.addAction(self.minutes)
        session_menu.addSeparator()
        session_menu.addAction(self.reload)

        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addAction(self.focus_list)
        view_menu.addSeparator()
        view_menu.addActions(
            [self.show_overview, self.show_agenda, self.show_attendance, self.show_records]
        )

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about)

    def bind_shortcuts(self) -> None:
        """Give every action its keyboard shortcut (once)."""
        if self.shortcuts_bound:
            return
        self.shortcuts_bound = True
        for action, shortcut in self._shortcuts:
            if isinstance(shortcut, QKeySequence.StandardKey):
                action.setShortcuts(shortcut)
            elif shortcut:
                action.setShortcut(QKeySequence(shortcut))

    def _make(self, text: str, shortcut: Shortcut = None, tip: str = "") -> QAction:
        action = QAction(text, self._window)
        self._shortcuts.append((action, shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        # A window-wide shortcut works wherever the focus is inside the window.
        self._window.addAction(action)
        return action
