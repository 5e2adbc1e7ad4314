"""Every menu action of the main window, declared in one place with its shortcut.

Windows connect to the actions' ``triggered`` signals; nothing else creates menu items.
The actions that change the open database (:attr:`Actions.writing`) are disabled while
it is read-only; their other reasons to be enabled or not go through
:meth:`Actions.allow`, which keeps that rule. Shortcuts are bound by
:meth:`Actions.bind_shortcuts`, after the window's first paint: parsing the first key
sequence costs more than painting the window frame.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenuBar, QWidget

Shortcut = QKeySequence.StandardKey | str | tuple[str, ...] | None


class Actions(QObject):
    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._window = parent
        self._shortcuts: list[tuple[QAction, Shortcut]] = []
        self.shortcuts_bound = False
        self.read_only = False  # the open database can be read and printed, not changed
        self._wanted: dict[QAction, bool] = {}  # a writing action's state, but for that
        # File
        self.open_database = self._make(
            self.tr("&Open database…"),
            QKeySequence.StandardKey.Open,
            self.tr("Open a gsmeet database file"),
        )
        self.open_server = self._make(
            self.tr("Open &server database…"),
            "Ctrl+Shift+O",
            self.tr("Open a gsmeet database on a PostgreSQL server, shared by the secretariat"),
        )
        self.new_database = self._make(
            self.tr("&New database…"),
            "Ctrl+Shift+N",
            self.tr("Create an empty gsmeet database file"),
        )
        self.open_demo = self._make(
            self.tr("Open the &demo committee"),
            "Ctrl+Shift+D",
            self.tr("Open the sample committee to try gsmeet out"),
        )
        self.import_roster = self._make(
            self.tr("&Import roster…"),
            "Ctrl+I",
            self.tr("Read members from an Excel (.xlsx) or CSV roster into the register"),
        )
        self.backups = self._make(
            self.tr("&Backups…"),
            None,
            self.tr("The database's backups: make one now, or restore one"),
        )
        self.take_offline = self._make(
            self.tr("&Take session offline…"),
            None,
            self.tr("Copy the selected session into a file for a laptop with no network"),
        )
        self.bring_back = self._make(
            self.tr("Bring session bac&k…"),
            None,
            self.tr("Merge what a laptop recorded in a session taken offline"),
        )
        self.quit = self._make(self.tr("&Quit"), QKeySequence.StandardKey.Quit)
        # Edit
        self.undo = self._make(self.tr("&Undo"), QKeySequence.StandardKey.Undo)
        self.redo = self._make(self.tr("&Redo"), ("Ctrl+Shift+Z", "Ctrl+Y"))
        self.new_committee = self._make(
            self.tr("New &committee…"),
            None,
            self.tr("Set up another committee in this database"),
        )
        self.preferences = self._make(
            self.tr("&Preferences…"),
            "Ctrl+,",
            self.tr("Language, type size of the live screen and projector, folders"),
        )
        self.find = self._make(
            self.tr("&Find in sessions…"),
            QKeySequence.StandardKey.Find,
            self.tr("Search every session's remarks, decisions, action items and agenda"),
        )
        # Session
        self.new_session = self._make(
            self.tr("&New session…"),
            "Ctrl+Alt+N",
            self.tr("A session of any kind on any date: the first, a future or a past one"),
        )
        self.edit_session = self._make(
            self.tr("&Edit session…"), "Ctrl+E", self.tr("Change any field of the session")
        )
        self.postpone_session = self._make(
            self.tr("P&ostpone session…"), None, self.tr("Move a session not yet held")
        )
        self.cancel_session = self._make(
            self.tr("&Cancel session…"), None, self.tr("Cancel a session not yet held")
        )
        self.delete_session = self._make(
            self.tr("&Delete session"), None, self.tr("Delete a session with nothing recorded")
        )
        for action in self.session_edits:
            action.setEnabled(False)  # until a session that allows it is shown
        self.departed_owners = self._make(
            self.tr("&Actions of members who left…"),
            None,
            self.tr("Open action items whose owner left the committee: give them to others"),
        )
        self.session_kinds = self._make(
            self.tr("&Kinds of session…"),
            None,
            self.tr("The committee's kinds of session: names, numbering, quorum; add more"),
        )
        self.prepare_next = self._make(
            self.tr("&Prepare next session…"),
            "Ctrl+N",
            self.tr("Create the next session from one that was held, with its standing agenda"),
        )
        self.minutes = self._make(
            self.tr("&Minutes…"), "Ctrl+M", self.tr("Preview, export and issue the minutes")
        )
        self.minutes.setEnabled(False)  # until a session is shown
        self.send_minutes = self._make(
            self.tr("&Send the minutes…"),
            "Ctrl+Shift+M",
            self.tr("E-mail the minutes to the attendees, and the packets to the chairs"),
        )
        self.send_minutes.setEnabled(False)  # until a session is shown
        self.print_minutes = self._make(
            self.tr("Prin&t the minutes…"),
            QKeySequence.StandardKey.Print,
            self.tr("Print the minutes of the selected session"),
        )
        self.print_minutes.setEnabled(False)  # until a session is shown
        self.live = self._make(
            self.tr("&Live session"),
            "Ctrl+L",
            self.tr("Run the next session, or resume the one in progress, on the live screen"),
        )
        self.reload = self._make(
            self.tr("&Reload"), QKeySequence.StandardKey.Refresh, self.tr("Read the data again")
        )
        # View
        self.show_sessions = self._make(self.tr("&Sessions"), "Ctrl+Shift+S")
        self.show_register = self._make(
            self.tr("Committee &register"), "Ctrl+Shift+R", self.tr("Members of the committee")
        )
        self.show_strategies = self._make(
            self.tr("S&trategy register"),
            "Ctrl+Shift+T",
            self.tr("Tracks, strategies, tasks and achievements"),
        )
        self.show_tracker = self._make(
            self.tr("A&ction tracker"),
            "Ctrl+Shift+A",
            self.tr("Every action item of the committee: owner, due date, status, review"),
        )
        self.focus_list = self._make(self.tr("Session &list"), "F6")
        self.show_overview = self._make(self.tr("O&verview"), "Ctrl+1")
        self.show_agenda = self._make(self.tr("&Agenda"), "Ctrl+2")
        self.show_attendance = self._make(self.tr("Atte&ndance"), "Ctrl+3")
        self.show_records = self._make(self.tr("Recor&ds"), "Ctrl+4")
        # Help
        self.guide = self._make(
            self.tr("gsmeet &Guide"),
            QKeySequence.StandardKey.HelpContents,
            self.tr("The three moments, the live keys, your own committee, backups"),
        )
        self.about = self._make(self.tr("&About gsmeet"))
        for name, value in vars(self).items():
            if isinstance(value, QAction):
                value.setObjectName(name)  # (tests and the read-only rule name them)

    def build_menus(self, bar: QMenuBar) -> None:
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions(
            [self.open_database, self.open_server, self.new_database, self.open_demo]
        )
        file_menu.addSeparator()
        file_menu.addAction(self.new_committee)
        file_menu.addAction(self.import_roster)
        file_menu.addAction(self.backups)
        file_menu.addSeparator()
        file_menu.addActions([self.take_offline, self.bring_back])
        file_menu.addSeparator()
        file_menu.addAction(self.quit)

        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.undo, self.redo])
        edit_menu.addSeparator()
        edit_menu.addAction(self.find)
        edit_menu.addAction(self.preferences)

        session_menu = bar.addMenu(self.tr("&Session"))
        session_menu.addAction(self.new_session)
        session_menu.addAction(self.prepare_next)
        session_menu.addActions(self.session_edits)
        session_menu.addSeparator()
        session_menu.addAction(self.departed_owners)
        session_menu.addAction(self.session_kinds)
        session_menu.addSeparator()
        session_menu.addAction(self.live)
        session_menu.addAction(self.minutes)
        session_menu.addAction(self.send_minutes)
        session_menu.addAction(self.print_minutes)
        session_menu.addSeparator()
        session_menu.addAction(self.reload)

        view_menu = bar.addMenu(self.tr("&View"))
        view_menu.addActions(
            [self.show_sessions, self.show_register, self.show_strategies, self.show_tracker]
        )
        view_menu.addSeparator()
        view_menu.addAction(self.focus_list)
        view_menu.addSeparator()
        view_menu.addActions(
            [self.show_overview, self.show_agenda, self.show_attendance, self.show_records]
        )

        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addActions([self.guide, self.about])

    @property
    def session_edits(self) -> list[QAction]:
        return [
            self.edit_session,
            self.postpone_session,
            self.cancel_session,
            self.delete_session,
        ]

    @property
    def writing(self) -> list[QAction]:
        """The actions that change the open database (directly, or by the dialog they
        open, whose purpose is to change it). The live screen's action is not among them:
        it says in one line why it does not open on a read-only database."""
        return [
            self.import_roster,
            self.backups,  # (a restore writes the database; backups are made beside it)
            self.take_offline,
            self.bring_back,
            self.undo,
            self.redo,
            self.new_committee,
            self.new_session,
            self.prepare_next,
            *self.session_edits,
            self.departed_owners,
            self.session_kinds,
            self.send_minutes,  # (each delivery is recorded in the database)
        ]

    def allow(self, action: QAction, enabled: bool) -> None:
        """Enable ``action`` or not; a writing action stays disabled while the
        database is read-only, and gets ``enabled`` back when it is not."""
        if action in self.writing:
            self._wanted[action] = enabled
            enabled = enabled and not self.read_only
        action.setEnabled(enabled)

    def undo_allowed(self, can: bool) -> None:
        self.allow(self.undo, can)

    def redo_allowed(self, can: bool) -> None:
        self.allow(self.redo, can)

    def set_read_only(self, read_only: bool) -> None:
        self.read_only = read_only
        for action in self.writing:
            self.allow(action, self._wanted.get(action, True))

    def bind_shortcuts(self) -> None:
        """Give every action its keyboard shortcut (once)."""
        if self.shortcuts_bound:
            return
        self.shortcuts_bound = True
        for action, shortcut in self._shortcuts:
            if isinstance(shortcut, QKeySequence.StandardKey):
                action.setShortcuts(shortcut)
            elif isinstance(shortcut, tuple):
                action.setShortcuts([QKeySequence(keys) for keys in shortcut])
            elif shortcut:
                action.setShortcut(QKeySequence(shortcut))

    def undo_titled(self, what: str) -> None:
        """``Undo Add member 홍길동``: the menu says what Ctrl+Z would undo."""
        self.undo.setText(self.tr("&Undo {what}").format(what=what) if what else self.tr("&Undo"))

    def redo_titled(self, what: str) -> None:
        self.redo.setText(self.tr("&Redo {what}").format(what=what) if what else self.tr("&Redo"))

    def _make(self, text: str, shortcut: Shortcut = None, tip: str = "") -> QAction:
        action = QAction(text, self._window)
        self._shortcuts.append((action, shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        # A window-wide shortcut works wherever the focus is inside the window.
        self._window.addAction(action)
        return action
