"""Every action of the live screen, declared in one place with its shortcut.

The window connects to the actions' ``triggered`` signals. Window-wide actions work
wherever the focus is in the live window; the remark entry lets their keys through
(:meth:`RemarkEntry.pass_through`) where a text box would keep them. The remark
actions (edit, delete, move, speaker) act on the selected remark in the list, and work
while the list has the focus.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenuBar, QPushButton, QWidget

from gsmeet.ui.kit.undo import History

if TYPE_CHECKING:
    from gsmeet.ui.live.session import LiveSession

Shortcut = QKeySequence.StandardKey | str | list[str] | None


class LiveActions(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.all: list[QAction] = []
        make = self._make
        # Session
        self.start_session = make(
            self.tr("&Start the session"),
            "F9",
            self.tr("Record the start time; the first item begins"),
        )
        self.next_item = make(
            self.tr("&Next item"), "Ctrl+PgDown", self.tr("Move to the next item")
        )
        self.previous_item = make(
            self.tr("&Previous item"), "Ctrl+PgUp", self.tr("Move back to the previous item")
        )
        self.end_session = make(
            self.tr("&End the session…"),
            "Ctrl+E",
            self.tr("Record the end time; the session is held"),
        )
        self.close_window = make(self.tr("&Close live mode"), QKeySequence.StandardKey.Close)
        # Entries
        self.speaker = make(
            self.tr("Choose the &speaker…"),
            "Ctrl+K",
            self.tr("Find an attendee by name, 직위 or 소속"),
        )
        self.next_speaker = make(
            self.tr("Ne&xt speaker in the queue"),
            "Ctrl+N",
            self.tr("The first in the queue speaks"),
        )
        self.decision = make(self.tr("&Decision…"), "Ctrl+D", self.tr("Record a decision"))
        self.action_item = make(
            self.tr("&Action item…"), "Ctrl+T", self.tr("Record an action item")
        )
        self.undo = make(self.tr("&Undo"), "Ctrl+Z")
        self.redo = make(self.tr("&Redo"), "Ctrl+Shift+Z")
        self.focus_entry = make(self.tr("Back to the remark entr&y"), "Ctrl+R")
        self.focus_attendance = make(self.tr("A&ttendance check-in"), "Ctrl+Shift+A")
        # The selected remark
        self.edit_remark = make(self.tr("&Edit the remark…"), "F2", local=True)
        self.change_speaker = make(self.tr("Change its spea&ker…"), "Ctrl+Shift+K", local=True)
        self.move_remark = make(self.tr("&Move to another item…"), "Ctrl+Shift+M", local=True)
        self.delete_remark = make(
            self.tr("De&lete the remark"), QKeySequence.StandardKey.Delete, local=True
        )
        # View
        self.projector = make(
            self.tr("&Projector"), "F5", self.tr("Open or close the audience window")
        )
        self.blank = make(self.tr("&Blank the projector"), "Ctrl+B")
        self.blank.setCheckable(True)
        # Ctrl++ too: on most keyboards + is Shift+=.
        self.bigger = make(self.tr("&Larger type"), ["Ctrl+=", "Ctrl++"])
        self.smaller = make(self.tr("&Smaller type"), "Ctrl+-")
        # Help
        self.guide = make(self.tr("gsmeet &Guide"), QKeySequence.StandardKey.HelpContents)

    def window_keys(self) -> list[QKeySequence]:
        """The window-wide shortcuts, for the entry to let through."""
        keys: list[QKeySequence] = []
        for action in self.all:
            if action.shortcutContext() == Qt.ShortcutContext.WindowShortcut:
                keys.extend(action.shortcuts())
        return keys

    def undo_keys(self) -> str:
        """Ctrl+Z as this system writes it, for the screen's hints."""
        return self.undo.shortcut().toString(QKeySequence.SequenceFormat.NativeText)

    def keys(self) -> dict[str, str]:
        """The keys the screen's hints name: start, next item, undo."""
        native = QKeySequence.SequenceFormat.NativeText
        return {
            "start": self.start_session.shortcut().toString(native),
            "next": self.next_item.shortcut().toString(native),
            "undo": self.undo_keys(),
        }

    def drive(
        self,
        session: LiveSession,
        *,
        close: Callable[[], object],
        entry: QWidget,
        attendance: QWidget,
        guide: Callable[[], object],
        buttons: tuple[QPushButton, QPushButton, QPushButton],
    ) -> None:
        """The window's own actions on ``session``; ``buttons`` (previous, next,
        speaker) trigger theirs."""
        for action, slot in (
            (self.next_item, lambda: session.step(True)),
            (self.previous_item, lambda: session.step(False)),
            (self.close_window, close),
            (self.focus_entry, entry.setFocus),
            (self.focus_attendance, attendance.setFocus),
            (self.guide, guide),
        ):
            action.triggered.connect(slot)
        previous, following, speaker = buttons
        previous.clicked.connect(self.previous_item.trigger)
        following.clicked.connect(self.next_item.trigger)
        speaker.clicked.connect(self.speaker.trigger)
        self.follow(session.history)

    def follow(self, history: History) -> None:
        """Undo and redo act on ``history``, enabled while it has something to take."""
        self.undo.triggered.connect(history.undo)
        self.redo.triggered.connect(history.redo)
        history.stack.canUndoChanged.connect(self.undo.setEnabled)
        history.stack.canRedoChanged.connect(self.redo.setEnabled)
        self.undo.setEnabled(False)
        self.redo.setEnabled(False)

    def recording(self) -> tuple[QAction, ...]:
        """The actions that record something (disabled on a read-only screen)."""
        return (
            self.start_session,
            self.next_item,
            self.previous_item,
            self.end_session,
            self.speaker,
            self.next_speaker,
            self.decision,
            self.action_item,
            self.undo,
            self.redo,
            self.focus_attendance,
            self.edit_remark,
            self.change_speaker,
            self.move_remark,
            self.delete_remark,
        )

    def remark_actions(self) -> list[QAction]:
        return [self.edit_remark, self.change_speaker, self.move_remark, self.delete_remark]

    def build_menus(self, bar: QMenuBar) -> None:
        session = bar.addMenu(self.tr("&Session"))
        session.addAction(self.start_session)
        session.addActions([self.previous_item, self.next_item])
        session.addSeparator()
        session.addActions([self.focus_attendance, self.end_session])
        session.addSeparator()
        session.addAction(self.close_window)
        entries = bar.addMenu(self.tr("&Entry"))
        entries.addActions([self.speaker, self.next_speaker, self.decision, self.action_item])
        entries.addSeparator()
        entries.addActions([self.undo, self.redo])
        entries.addSeparator()
        entries.addActions([self.focus_entry, *self.remark_actions()])
        view = bar.addMenu(self.tr("&View"))
        view.addActions([self.projector, self.blank])
        view.addSeparator()
        view.addActions([self.bigger, self.smaller])
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.guide)

    def _make(
        self, text: str, shortcut: Shortcut = None, tip: str = "", *, local: bool = False
    ) -> QAction:
        action = QAction(text, self._window)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)
        elif isinstance(shortcut, list):
            action.setShortcuts([QKeySequence(s) for s in shortcut])
        elif shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
            action.setToolTip(tip)
        if local:
            # Added to the remark list by the window: the keys act where the list is.
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        else:
            self._window.addAction(action)
        self.all.append(action)
        return action
