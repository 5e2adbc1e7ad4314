"""What the window's menus do beyond opening databases: undo and redo, the registers,
the roster import, preparing the next session, the agenda builder, the minutes, and
search across the sessions (opening a hit where it is).

Kept out of :mod:`gsmeet.ui.shell.main_window` so that the window stays a frame that opens
databases and shows sessions; this wires its actions to the feature panels and dialogs.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal

from gsmeet.domain.enums import HitKind, MeetingStatus
from gsmeet.ui.kit import prompts
from gsmeet.ui.sessions import editing
from gsmeet.ui.shell.workspace import REGISTER, SESSIONS, STRATEGIES, TRACKER

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QDialog, QMainWindow

    from gsmeet.domain.records import MeetingRecord
    from gsmeet.domain.search import SearchHit
    from gsmeet.domain.tracker import TrackedAction
    from gsmeet.ui.kit.context import Context
    from gsmeet.ui.live.window import LiveWindow
    from gsmeet.ui.search.dialog import SearchDialog
    from gsmeet.ui.shell.actions import Actions
    from gsmeet.ui.shell.workspace import Workspace


class Features(QObject):
    database_replaced = Signal()  # a backup was restored over the open database

    def __init__(
        self, window: QMainWindow, actions: Actions, workspace: Workspace, context: Context
    ) -> None:
        super().__init__(window)
        self.window = window
        self.workspace = workspace
        self.context = context
        self.dialog: QDialog | None = None  # the feature dialog open now (for tests)
        self.live_window: LiveWindow | None = None
        self.search_dialog: SearchDialog | None = None
        # What to show once its session is on screen: meeting, kind, record, agenda item.
        self._wanted: tuple[int, HitKind, int, int | None] | None = None
        self.actions = actions
        a = actions
        history = context.history
        a.undo.triggered.connect(history.undo)
        a.redo.triggered.connect(history.redo)
        stack = history.stack
        stack.canUndoChanged.connect(a.undo_allowed)
        stack.canRedoChanged.connect(a.redo_allowed)
        stack.undoTextChanged.connect(a.undo_titled)
        stack.redoTextChanged.connect(a.redo_titled)
        a.undo_titled("")
        a.redo_titled("")
        a.allow(a.undo, False)
        a.allow(a.redo, False)

        a.show_sessions.triggered.connect(lambda: workspace.show_page(SESSIONS))
        a.show_register.triggered.connect(lambda: workspace.show_page(REGISTER))
        a.show_strategies.triggered.connect(lambda: workspace.show_page(STRATEGIES))
        a.show_tracker.triggered.connect(lambda: workspace.show_page(TRACKER))
        workspace.action_chosen.connect(self.show_action)
        a.import_roster.triggered.connect(self.import_roster)
        a.backups.triggered.connect(self.backups)
        a.take_offline.triggered.connect(self.take_offline)
        a.bring_back.triggered.connect(self.bring_back)
        a.prepare_next.triggered.connect(self.prepare_next)
        a.new_session.triggered.connect(self.new_session)
        a.departed_owners.triggered.connect(self.departed_owners)
        a.session_kinds.triggered.connect(self.session_kinds)
        a.edit_session.triggered.connect(
            lambda: self._with_record(editing.open_edit, True, self._open_session)
        )
        a.postpone_session.triggered.connect(lambda: self._with_record(editing.open_postpone, True))
        a.cancel_session.triggered.connect(lambda: self._with_record(editing.cancel, False))
        a.delete_session.triggered.connect(lambda: self._with_record(editing.delete, False))
        a.minutes.triggered.connect(self.minutes)
        a.send_minutes.triggered.connect(self.send_minutes)
        a.print_minutes.triggered.connect(self.print_minutes)
        a.minutes.setEnabled(False)
        a.live.triggered.connect(self.live)
        a.find.triggered.connect(self.find)
        context.committee_changed.connect(self._forget_search)
        context.message.connect(lambda text: window.statusBar().showMessage(text, 10_000))

    # -- the selected session -------------------------------------------------------

    def record_shown(self, record: MeetingRecord) -> None:
        a = self.actions
        a.minutes.setEnabled(True)
        a.allow(a.send_minutes, True)
        a.print_minutes.setEnabled(True)
        a.allow(a.edit_session, editing.editable(record))
        for action in (a.postpone_session, a.cancel_session):
            a.allow(action, editing.planned(record))
        a.allow(a.delete_session, record.meeting.status is not MeetingStatus.MINUTES_ISSUED)
        planned = record.meeting.status is MeetingStatus.PLANNED
        self.workspace.show_builder(planned)
        if planned:
            self.workspace.agenda_builder.show_meeting(record.meeting)
        wanted = self._wanted
        if wanted is not None and wanted[0] == record.meeting.id:
            self._wanted = None
            self.workspace.meeting_view.reveal(*wanted[1:])

    def no_record(self) -> None:
        a = self.actions
        a.minutes.setEnabled(False)
        a.allow(a.send_minutes, False)
        a.print_minutes.setEnabled(False)
        for action in a.session_edits:
            a.allow(action, False)
        self.workspace.show_builder(False)

    # -- search ---------------------------------------------------------------------------

    def find(self) -> None:
        """Ctrl+F: the search across the committee's sessions (with the last words and
        results, until another committee is shown)."""
        from gsmeet.ui.search.dialog import SearchDialog

        if self.context.committee is None:
            self.context.message.emit(self.tr("Open a committee first."))
            return
        old = self.search_dialog
        if old is not None and old.isVisible():
            old.focus_words()
            return
        dialog = (
            old.carry_on(self.window)
            if old is not None
            else SearchDialog(self.context, self.window)
        )
        if old is not None:
            old.deleteLater()
        self.search_dialog = dialog
        dialog.chosen.connect(self.show_hit)
        dialog.show()

    def show_hit(self, hit: SearchHit) -> None:
        self.show_at(hit.meeting_id, hit.kind, hit.id, hit.agenda_item_id)

    def show_action(self, row: TrackedAction) -> None:
        """The tracker's row: the session that decided it, at the action."""
        action = row.action
        self.show_at(action.meeting_id, HitKind.ACTION, action.id, action.agenda_item_id)

    def show_at(self, meeting_id: int, kind: HitKind, record_id: int, item_id: int | None) -> None:
        """Open a session at one of its records (selected once the session is read)."""
        workspace = self.workspace
        workspace.setCurrentIndex(SESSIONS)
        shown = workspace.meeting_view.record
        if shown is not None and shown.meeting.id == meeting_id:
            workspace.meeting_view.reveal(kind, record_id, item_id)
            return
        row = workspace.meeting_list.model.row_of(meeting_id)
        if row is None:
            return
        self._wanted = (meeting_id, kind, record_id, item_id)
        workspace.meeting_list.select_row(row)

    def _forget_search(self) -> None:
        if self.search_dialog is not None:
            self.search_dialog.close()
            self.search_dialog.deleteLater()
            self.search_dialog = None
        self._wanted = None

    # -- dialogs ------------------------------------------------------------------------

    def _open(self, dialog: QDialog) -> None:
        self.dialog = dialog
        dialog.finished.connect(lambda _result: dialog.deleteLater())
        dialog.open()

    def backups(self) -> None:
        from gsmeet.ui.shell.backups_dialog import BackupsDialog

        dialog = BackupsDialog(self.context.worker, self.context.lang, self.window)
        dialog.restored.connect(lambda _restored: self.database_replaced.emit())
        self._open(dialog)

    def take_offline(self) -> None:
        from gsmeet.ui.shell.offline_dialogs import take_offline

        record = self.workspace.meeting_view.record
        if record is None:
            self.context.message.emit(self.tr("Select a session first."))
            return
        take_offline(self.context, record, self.window, self.actions.reload.trigger)

    def bring_back(self) -> None:
        from gsmeet.ui.shell.offline_dialogs import BringBackDialog

        path = prompts.open_path(
            self.window,
            self.tr("Bring a session back"),
            self.tr("gsmeet databases (*.db);;All files (*)"),
        )
        if path is None:
            return
        dialog = BringBackDialog(self.context.worker, path, self.window)
        dialog.brought_back.connect(self.actions.reload.trigger)
        self._open(dialog)

    def import_roster(self) -> None:
        from gsmeet.ui.register.roster_dialog import ROSTER_FILTER, RosterDialog

        if self.context.committee is None:
            self.context.message.emit(self.tr("Open a committee first."))
            return
        path = prompts.open_path(
            self.window,
            self.tr("Import a roster"),
            self.tr("Rosters ({patterns});;All files (*)").format(patterns=ROSTER_FILTER),
        )
        if path is None:
            return
        self.workspace.show_page(REGISTER)
        dialog = RosterDialog(self.context, path, self.window)
        self._open(dialog)
        dialog.start()

    def departed_owners(self) -> None:
        from gsmeet.ui.sessions.owners_dialog import OwnersDialog, load_departed, reassign

        committee = self.context.committee
        if committee is None:
            self.context.message.emit(self.tr("Open a committee first."))
            return
        on, _session = self.context.register_days()

        def show(departed: Any) -> None:
            dialog = OwnersDialog(self.context, departed, self.window)

            def submitted(fields: dict[str, Any]) -> None:
                owners: dict[int, int] = fields["owners"]
                if not owners:
                    dialog.accept()
                    return
                self.context.history.perform(
                    reassign(owners, on),
                    on_done=lambda _changes: dialog.accept(),
                    on_error=dialog.show_error,
                )

            dialog.submitted.connect(submitted)
            self._open(dialog)

        self.context.run(load_departed(committee.id, on), show)

    def session_kinds(self) -> None:
        from gsmeet.ui.sessions.kinds_dialog import KindsDialog, apply, load_kinds

        committee = self.context.committee
        if committee is None:
            self.context.message.emit(self.tr("Open a committee first."))
            return

        def show(kinds: Any) -> None:
            dialog = KindsDialog(kinds, self.window)

            def submitted(fields: dict[str, Any]) -> None:
                if not fields["edits"] and not fields["added"]:
                    dialog.accept()
                    return
                self.context.history.perform(
                    apply(committee.id, fields["edits"], fields["added"]),
                    on_done=lambda _change: dialog.accept(),
                    on_error=dialog.show_error,
                )

            dialog.submitted.connect(submitted)
            self._open(dialog)

        self.context.run(load_kinds(committee.id), show)

    def new_session(self) -> None:
        editing.open_new(self.context, self.window, self._open_session)

    def _open_session(self, dialog: QDialog) -> None:
        """A session dialog, its *Renew terms…* the register's bulk renewal."""
        from gsmeet.ui.sessions.session_form import SessionDialog

        if isinstance(dialog, SessionDialog):
            dialog.renew.clicked.connect(lambda: self.workspace.register_page.renew_terms(dialog))
            self.context.members_changed.connect(dialog.look_again)
        self._open(dialog)

    def _with_record(
        self,
        edit: Callable[..., None],
        dialog: bool,
        opener: Callable[[QDialog], None] | None = None,
    ) -> None:
        """An edit of the session on screen (opens its dialog when ``dialog``)."""
        record = self.workspace.meeting_view.record
        if record is None:
            self.context.message.emit(self.tr("Select a session first."))
            return
        if dialog:
            edit(self.context, record, self.window, opener or self._open)
        else:
            edit(self.context, record, self.window)

    def prepare_next(self) -> None:
        from gsmeet.ui.sessions.session_dialog import PrepareDialog, prepare

        if self.context.committee is None:
            self.context.message.emit(self.tr("Open a committee first."))
            return
        dialog = PrepareDialog(self.context, self.window)
        dialog.submitted.connect(lambda fields: prepare(self.context, dialog, fields))
        dialog.renew.clicked.connect(lambda: self.workspace.register_page.renew_terms(dialog))
        self.context.members_changed.connect(dialog.look_again)
        dialog.accepted.connect(self.actions.show_agenda.trigger)  # to build it
        self._open(dialog)

    def live(self) -> None:
        """Live mode on the next session not yet held, or the one in progress. While
        the database is still being opened, the live window opens at once and shows
        the session as soon as it is read (the worker does one thing after another)."""
        from gsmeet.ui.live.opening import open_live

        if self.live_window is not None:
            self.live_window.raise_()  # one live window: Ctrl+L again brings it forward
            self.live_window.activateWindow()
            return
        committee = self.context.committee
        if committee is None and not self.context.opening:
            self.context.message.emit(self.tr("Open a committee first."))
            return
        if self.context.read_only:  # nothing said in the session could be kept
            self.context.message.emit(
                self.tr(
                    "This database is read-only: the live screen needs to save what is "
                    "said. Open a copy you can write to."
                )
            )
            return
        window = open_live(
            self.window,
            self.context.worker,
            None,
            lang=self.context.lang,
            committee_id=committee.id if committee is not None else None,
            clock=self.context.now,
            refused=self.context.message.emit,  # said here: the live window is gone
        )
        self.live_window = window
        window.agenda_wanted.connect(self.build_agenda)
        # Whatever live mode recorded shows in the session view when it closes.
        window.destroyed.connect(self._live_closed)

    def _live_closed(self) -> None:
        self.live_window = None
        self.actions.reload.trigger()

    def build_agenda(self, meeting_id: int) -> None:
        """From live mode, a session without an agenda: its agenda builder, here."""
        if self.live_window is not None:
            self.live_window.close()
        self.window.raise_()
        self.window.activateWindow()
        self.workspace.show_page(SESSIONS)
        row = self.workspace.meeting_list.model.row_of(meeting_id)
        if row is not None:
            self.workspace.meeting_list.select_row(row)
        self.actions.show_agenda.trigger()

    def send_minutes(self) -> None:
        from gsmeet.ui.mail.dialog import SendDialog

        record = self.workspace.meeting_view.record
        if record is None:
            self.context.message.emit(self.tr("Select a session first."))
            return
        self._open(SendDialog(self.context, record.meeting, self.window))

    def minutes(self) -> None:
        from gsmeet.ui.sessions.minutes_dialog import MinutesDialog

        record = self.workspace.meeting_view.record
        if record is None:
            self.context.message.emit(self.tr("Select a session first."))
            return
        self._open(MinutesDialog(self.context, record, self.window))

    def print_minutes(self) -> None:
        """The Minutes dialog, printing its minutes (rendered, then Qt's print dialog)."""
        from gsmeet.report.file_names import Doc
        from gsmeet.ui.sessions.minutes_dialog import MinutesDialog

        self.minutes()
        if isinstance(self.dialog, MinutesDialog):
            self.dialog.outputs.print_document(Doc.MINUTES)
