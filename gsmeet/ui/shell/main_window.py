"""The main window: the committee's sessions on the left, one session on the right.

All data arrives through the :class:`~gsmeet.ui.kit.worker.Worker` as frozen records.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QWidget

from gsmeet import __version__
from gsmeet.domain.errors import CorruptDatabaseError, GsmeetError, LockedError
from gsmeet.domain.locations import PasswordNeeded, Server, WrongPassword
from gsmeet.ui.kit.settings import MAIN_GEOMETRY
from gsmeet.ui.kit.wording import describe
from gsmeet.ui.kit.worker import Worker
from gsmeet.ui.shell import ops
from gsmeet.ui.shell.actions import Actions

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QPaintEvent

    from gsmeet.domain.labels import Lang
    from gsmeet.domain.locations import Location
    from gsmeet.domain.records import CommitteeInfo, Glance, MeetingRecord, MeetingSummary
    from gsmeet.ui.kit.context import Context
    from gsmeet.ui.sessions.meeting_list import MeetingListPanel
    from gsmeet.ui.sessions.meeting_view import MeetingView
    from gsmeet.ui.shell.features import Features
    from gsmeet.ui.shell.instance import WindowServer
    from gsmeet.ui.shell.recovery import Recovery
    from gsmeet.ui.shell.starting import Starting
    from gsmeet.ui.shell.welcome import Welcome
    from gsmeet.ui.shell.workspace import Workspace


DEFAULT_SIZE = (1280, 720)  # fits a 1366×768 laptop with its task bar
SAMPLE_STYLE = "QLabel { background: #fef3c7; color: #92400e; padding: 1px 8px; }"


def _ignore(_error: BaseException) -> None:
    """A first look that fails says nothing: the full open reports the problem."""


class MainWindow(QMainWindow):
    """``interactive`` False (``--quit-when-ready``) reports failures only through
    :attr:`open_failed`, never in a dialog nobody would close."""

    first_painted = Signal()
    listed = Signal()  # sessions shown from the first look, before the full open
    ready = Signal()  # the opened database's session list is on screen
    settled = Signal()  # then the first work through the ORM is done (which loads it)
    open_failed = Signal(str)  # one line: why the database could not be opened
    handed_over = Signal(object)  # Path: another gsmeet has it open and came forward
    brought_forward = Signal()  # a second gsmeet on this file asked for this window
    record_shown = Signal(int)  # meeting id

    def __init__(
        self,
        worker: Worker,
        lang: Lang,
        *,
        interactive: bool = True,
        clock: Callable[[], datetime] = datetime.now,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.clock = clock
        self.lang = lang
        self.interactive = interactive
        self.database: Location | None = None
        self.committees: tuple[CommitteeInfo, ...] = ()
        self.committee: CommitteeInfo | None = None
        self._painted = False
        self._ready_sent = False
        self._wanted: MeetingSummary | None = None
        self._windows: WindowServer | None = None  # answers a second gsmeet on this file
        self._loading: int | None = None  # meeting id of the record job in flight
        self._load_timer = QTimer(self)
        self._load_timer.setSingleShot(True)
        self._load_timer.setInterval(0)  # coalesces a burst of arrow keys into one load
        self._load_timer.timeout.connect(self._load_wanted)
        self._load_deferred = False  # a record wanted before the store was open
        self._tidy_due = False  # an open's leftovers, removed once its list is shown
        self._first_look: tuple[MeetingSummary, ...] | None = None  # on screen, not yet read again

        self.setWindowTitle("gsmeet")
        self.menu_actions = Actions(self)
        self.menu_actions.build_menus(self.menuBar())

        self._workspace: Workspace | None = None
        self._welcome: Welcome | None = None
        self._starting: Starting | None = None
        self._select_committee: int | None = None
        self._context: Context | None = None
        self.features: Features | None = None
        self._select_id: int | None = None  # a session to show once the list is read
        self._recovery: Recovery | None = None

        self.path_label = QLabel()
        self.sample_label = QLabel(self.tr("Sample data: invented for the demonstration"))
        self.sample_label.setStyleSheet(SAMPLE_STYLE)
        self.sample_label.setVisible(False)
        self.statusBar().addWidget(self.path_label, 1)
        self.statusBar().addPermanentWidget(self.sample_label)
        self.path_label.setText(self.tr("No database open"))

        self._connect()
        self.resize(*DEFAULT_SIZE)
        geometry = MAIN_GEOMETRY.get()
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)

    # -- the working area, built after the first paint ------------------------------

    @property
    def context(self) -> Context:
        """What the editors share: the undo history, the committee, its sessions."""
        if self._context is None:
            from gsmeet.ui.kit.context import Context

            self._context = Context(self.worker, self.lang, now=self.clock, parent=self)
            self._context.sessions_edited.connect(self.refresh_sessions)
        return self._context

    @property
    def workspace(self) -> Workspace:
        """The session list and session view, and the registers (built on first use)."""
        if self._workspace is None:
            from gsmeet.ui.sessions.meeting_view import AGENDA, ATTENDANCE, OVERVIEW, RECORDS
            from gsmeet.ui.shell.features import Features
            from gsmeet.ui.shell.workspace import SESSIONS, Workspace

            workspace = Workspace(self.context, self.width())
            self._workspace = workspace
            self.pages = QStackedWidget()
            self.pages.addWidget(workspace)
            self.setCentralWidget(self.pages)
            a = self.menu_actions
            a.bind_shortcuts()
            self.features = Features(self, self.menu_actions, workspace, self.context)
            self.features.database_replaced.connect(self.database_replaced)
            a.focus_list.triggered.connect(lambda: workspace.show_page(SESSIONS))
            for action, tab in (
                (a.show_overview, OVERVIEW),
                (a.show_agenda, AGENDA),
                (a.show_attendance, ATTENDANCE),
                (a.show_records, RECORDS),
            ):
                action.triggered.connect(lambda _checked=False, t=tab: self._show_tab(t))
            workspace.meeting_list.meeting_selected.connect(self._on_meeting_selected)
            workspace.meeting_list.committee_chosen.connect(self._on_committee_chosen)
        return self._workspace

    @property
    def welcome(self) -> Welcome:
        """The first screen of a database without a committee (built on first use)."""
        if self._welcome is None:
            from gsmeet.ui.shell.welcome import Welcome

            self.workspace  # noqa: B018  (the pages it joins)
            welcome = Welcome()
            self._welcome = welcome
            self.pages.addWidget(welcome)
            welcome.create_committee.connect(self.starting.new_committee)
            welcome.open_demo.connect(self.open_demo)
            welcome.import_export.connect(self.starting.import_export)
        return self._welcome

    @property
    def starting(self) -> Starting:
        if self._starting is None:
            from gsmeet.ui.shell.starting import Starting

            self._starting = Starting(self, self)
        return self._starting

    def show_welcome(self, path: Location | None) -> None:
        self.welcome.show_database(str(path) if path is not None else None)
        self.pages.setCurrentWidget(self.welcome)
        self.welcome.create_button.setFocus()

    def _hide_welcome(self) -> None:
        if self._welcome is not None:
            self.pages.setCurrentWidget(self.workspace)

    def _show_tab(self, tab: int) -> None:
        from gsmeet.ui.shell.workspace import SESSIONS

        self.workspace.setCurrentIndex(SESSIONS)
        self.meeting_view.tabs.setCurrentIndex(tab)

    @property
    def meeting_list(self) -> MeetingListPanel:
        return self.workspace.meeting_list

    @property
    def meeting_view(self) -> MeetingView:
        return self.workspace.meeting_view

    # -- opening ------------------------------------------------------------------

    def open_database(self, path: Location, *, demo: bool = False) -> None:
        """Open ``path`` on the worker (first creating the demo committee there when
        ``demo`` and the file does not exist) and show its first committee."""
        self.path_label.setText(self.tr("Opening {path}…").format(path=path))
        self.context.opening = True
        if demo and isinstance(path, Path) and not path.exists():
            self.worker.call(
                lambda: ops.ensure_demo(path), self.open_database, self._on_open_failed
            )
            return
        if self.database is None:
            # The session list from a plain sqlite3 read first; the full open follows.
            self.worker.call(lambda: ops.first_look(path), self._on_first_look, _ignore)
        self._tidy_due = True
        self.worker.open(
            path,
            ops.describe_database,
            self._on_opened,
            lambda error: self._on_open_failed(error, path),
        )

    def _on_first_look(self, glance: Glance | None) -> None:
        if glance is None or not glance.committees or self.database is not None:
            return
        committee = glance.committees[0]
        self.setWindowTitle(f"{committee.name} — gsmeet")
        self.sample_label.setVisible(committee.is_sample)
        self.meeting_list.set_meetings(glance.meetings)
        self._first_look = glance.meetings
        self.listed.emit()

    def open_demo(self) -> None:
        """Open the demo committee, kept in its own file beside the default database
        (built there the first time), so sample data never mixes with real data."""
        self.worker.call(
            ops.locate_databases, lambda found: self.open_database(found.demo, demo=True)
        )

    def open_initial_database(self, path: Location | None, *, auto_demo: bool = False) -> None:
        """At start: ``path`` if given, else the default database; when that does not
        exist yet (the first run), ask whether to open the demo committee or start an
        empty database (``auto_demo``: the demo, without asking)."""
        if path is not None:
            self.open_database(path)
            return

        def located(found: ops.Locations) -> None:
            if found.default_exists:
                self.open_database(found.default)
                return
            from gsmeet.ui.shell.first_run import FirstRun, ask_first_run

            choice = FirstRun.DEMO if auto_demo else ask_first_run(self)
            if choice is FirstRun.DEMO:
                self.open_database(found.demo, demo=True)
            elif choice is FirstRun.EMPTY:
                self.open_database(found.default)
            else:
                self.show_no_database()

        self.worker.call(ops.locate_databases, located)

    def reload(self, select_committee: int | None = None) -> None:
        """Read the database again (``select_committee``: show that committee next)."""
        if self.database is not None:
            self._select_committee = select_committee
            self.worker.submit(ops.describe_database, self._on_opened)

    def database_replaced(self) -> None:
        """A backup now stands in place of the open file: what the undo history and the
        panels knew is of the other file."""
        self.context.set_committee(None)
        self.committee = None
        self.reload()

    def show_committee(self, committee: CommitteeInfo) -> None:
        self._hide_welcome()
        self.committee = committee
        self.setWindowTitle(f"{committee.name} — gsmeet")
        self.sample_label.setVisible(committee.is_sample)
        wanted = self._wanted.id if self._wanted is not None else None
        if self._select_id is not None:
            wanted, self._select_id = self._select_id, None
        self.context.set_committee(committee)

        def shown(meetings: tuple[MeetingSummary, ...]) -> None:
            if self.committee is not None and self.committee.id == committee.id:
                self.context.set_meetings(meetings)
                first_look, self._first_look = self._first_look, None
                if meetings == first_look:  # on screen already: the selection stands
                    self._on_meeting_selected(self.meeting_list.current_meeting())
                else:
                    self.meeting_list.set_meetings(meetings, select_id=wanted)
                self._announce_ready()
                if self._load_deferred:
                    self._load_deferred = False
                    self._load_timer.start()

        self.worker.submit(ops.load_meetings(committee.id), shown)

    def refresh_sessions(self, select_id: int) -> None:
        """Read the session list again (a session was prepared, issued or removed) and
        show ``select_id`` if it is still there."""
        if self.committee is not None:
            self._select_id = select_id
            self.show_committee(self.committee)

    def _on_opened(self, opened: ops.OpenedDatabase) -> None:
        self.context.opening = False
        reopened = opened.location == self.database
        if not reopened:
            self.context.set_committee(None)  # the undo history was of the other file
        self.database = opened.location
        if self._ready_sent:
            self._answer_for(opened.location)  # (the first database: once its list is shown)
        on_server = isinstance(opened.location, Server)
        self.menu_actions.allow(self.menu_actions.backups, not on_server)  # (its own: pg_dump)
        self.workspace.live_marks.watch(on_server)
        if isinstance(opened.location, Server):
            from gsmeet.ui.shell.server_dialogs import remember_server

            remember_server(opened.location)
        self.committees = opened.committees
        self.path_label.setText(self.tr("Database: {path}").format(path=opened.location))
        if opened.risky_location:
            self.path_label.setText(
                self.path_label.text()
                + "   "
                + self.tr(
                    "(a network or synchronised folder: SQLite cannot lock files there "
                    "reliably; keep the database on this computer)"
                )
            )
        self.context.read_only = opened.read_only
        self.menu_actions.set_read_only(opened.read_only)
        if opened.read_only:
            self.path_label.setText(
                self.path_label.text()
                + "   "
                + self.tr("(read-only: it can be read and printed; nothing can be saved in it)")
            )
        if opened.backup_problem is not None:
            self.statusBar().showMessage(describe(opened.backup_problem), 30_000)
        current = self.committee.id if reopened and self.committee is not None else None
        if self._select_committee is not None:
            current, self._select_committee = self._select_committee, None
        ids = [c.id for c in opened.committees]
        if current not in ids:
            current = ids[0] if ids else None
            self._wanted = None
        self.meeting_list.set_committees(opened.committees, current)
        if current is None:
            self.committee = None
            self.context.set_committee(None)
            self.setWindowTitle("gsmeet")
            self.sample_label.setVisible(False)
            self.meeting_view.show_message(self.tr("This database holds no committee yet."))
            self.show_welcome(opened.location)
            self._announce_ready()
            return
        self.show_committee(opened.committees[ids.index(current)])

    def _answer_for(self, path: Location) -> None:
        """Another gsmeet started on this file brings this window forward (a server
        database is open in many windows at once: the server keeps them apart)."""
        from gsmeet.ui.shell.instance import WindowServer

        if not isinstance(path, Path):
            return
        if self._windows is None:
            self._windows = WindowServer(self)
            self._windows.wanted.connect(self._come_forward)
        self._windows.listen(path)

    def _come_forward(self) -> None:
        from gsmeet.ui.shell.instance import come_forward

        come_forward(self, self.features.live_window if self.features is not None else None)
        self.brought_forward.emit()

    def _on_open_failed(self, error: BaseException, path: Location | None = None) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.context.opening = False
        if isinstance(error, OSError):  # the system said no (a full disk) where unforeseen
            from gsmeet.domain.files import as_error

            error = as_error(error)
        if not isinstance(error, GsmeetError):
            raise error
        if self.interactive and isinstance(error, PasswordNeeded | WrongPassword):
            from gsmeet.ui.shell import server_dialogs

            server = server_dialogs.ask_password(self, error)
            if server is not None:
                self.open_database(server)
                return
        if self.interactive and isinstance(error, LockedError) and isinstance(path, Path):
            from gsmeet.ui.shell.instance import bring_forward

            if bring_forward(path):  # another window of ours has it: that one comes forward
                self.handed_over.emit(path)
                return
        if self.database is None or self.database != path:
            self._forget_first_look()
        message = describe(error)
        self.path_label.setText(
            self.tr("Database: {path}").format(path=self.database)
            if self.database is not None
            else self.tr("No database open")
        )
        self.open_failed.emit(message)
        if isinstance(error, CorruptDatabaseError) and isinstance(path, Path):
            self.recovery.offer(path, error)  # the newest verified backup, if any
        elif self.interactive:
            QMessageBox.warning(
                self,
                self.tr("Cannot open the database"),
                self.tr("The database could not be opened: {message}").format(message=message),
            )

    def _forget_first_look(self) -> None:
        """The session list may show what the first look read from a file that then
        failed to open: it must not stay on screen."""
        self._first_look = None
        if self.database is None:
            self.meeting_list.set_meetings(())
            self.setWindowTitle("gsmeet")
            self.sample_label.setVisible(False)
        elif self.committee is not None:
            self.show_committee(self.committee)

    @property
    def recovery(self) -> Recovery:
        if self._recovery is None:
            from gsmeet.ui.shell.recovery import Recovery

            self._recovery = Recovery(self, self.worker, self.lang, interactive=self.interactive)
            self._recovery.restored.connect(self.open_database)
        return self._recovery

    def show_no_database(self) -> None:
        """Nothing to open (the first-run question was dismissed): the first screen."""
        self.meeting_view.show_message(
            self.tr("No database is open. Use the File menu to open or create one.")
        )
        self.show_welcome(None)
        self._announce_ready()

    def _announce_ready(self) -> None:
        if self._tidy_due and self.database is not None:
            # The first work through the ORM (which it loads), once the list is shown:
            # ahead of the record of the selected session and every later job.
            self._tidy_due = False
            self.worker.submit(ops.tidy_up, lambda _done: self.settled.emit())
        elif not self._ready_sent:  # nothing to tidy: settled once what is queued is done
            self.worker.call(lambda: None, lambda _done: self.settled.emit())
        if not self._ready_sent:
            self._ready_sent = True
            if self.database is not None:
                self._answer_for(self.database)  # a second gsmeet is handed over when ready
            self.ready.emit()

    # -- the selected session -------------------------------------------------------

    def _on_meeting_selected(self, meeting: MeetingSummary | None) -> None:
        self._wanted = meeting
        if meeting is None:
            self.meeting_view.show_message(self.tr("Select a session in the list."))
            if self.features is not None:
                self.features.no_record()
            return
        self.meeting_view.show_loading(meeting)
        self._load_timer.start()

    def _load_wanted(self) -> None:
        if self._wanted is None or self._loading is not None:
            return  # a load in flight: the newest wish is loaded when it returns
        if self.database is None:  # the first look's list: the store is not open yet
            self._load_deferred = True  # loaded after the full list (``shown``)
            return
        self._loading = self._wanted.id
        self.worker.submit(
            ops.load_record(self._wanted.id), self._on_record, self._on_record_failed
        )

    def _on_record(self, record: MeetingRecord) -> None:
        self._loading = None
        if self._wanted is None or self._wanted.id != record.meeting.id:
            self._load_timer.start()  # the selection moved on while this loaded
            return
        self.meeting_view.show_record(record)
        self.menu_actions.minutes.setData(record.meeting.id)
        if self.features is not None:
            self.features.record_shown(record)
        self.record_shown.emit(record.meeting.id)

    def _on_record_failed(self, error: BaseException) -> None:
        self._loading = None
        if not isinstance(error, GsmeetError):
            raise error
        self.meeting_view.show_message(describe(error))

    # -- actions ---------------------------------------------------------------------

    def _connect(self) -> None:
        a = self.menu_actions
        a.open_database.triggered.connect(self._choose_database)
        a.open_server.triggered.connect(self._choose_server)
        a.new_database.triggered.connect(self._choose_new_database)
        a.open_demo.triggered.connect(self.open_demo)
        # Built when first asked for: the dialog's modules load after the first paint.
        a.new_committee.triggered.connect(lambda: self.starting.new_committee())  # noqa: PLW0108
        a.quit.triggered.connect(self.close)
        a.reload.triggered.connect(lambda: self.reload())  # noqa: PLW0108 (not its bool)
        a.about.triggered.connect(self._about)
        a.guide.triggered.connect(self._guide)
        a.preferences.triggered.connect(self._preferences)
        self.worker.failed.connect(self._on_worker_failed)

    def _on_committee_chosen(self, committee_id: int) -> None:
        for committee in self.committees:
            if committee.id == committee_id and committee != self.committee:
                self._wanted = None
                self.show_committee(committee)

    def _on_worker_failed(self, error: GsmeetError) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.statusBar().showMessage(describe(error), 10_000)
        if self.interactive:
            QMessageBox.warning(self, "gsmeet", describe(error))

    def _choose_database(self) -> None:
        from gsmeet.ui.shell.database_dialogs import choose_database

        path = choose_database(self, self.database)
        if path is not None:
            self.open_database(path)

    def _choose_server(self) -> None:
        from gsmeet.ui.shell import server_dialogs

        server = server_dialogs.choose_server(self, self.database)
        if server is not None:
            self.open_database(server)

    def _choose_new_database(self) -> None:
        from gsmeet.ui.shell.database_dialogs import choose_new_database

        path = choose_new_database(self, self.database)
        if path is not None:
            self.open_database(path)

    def _about(self) -> None:
        from gsmeet.ui.shell.database_dialogs import about

        about(self, __version__)

    def _guide(self) -> None:
        from gsmeet.ui.kit.guide import open_guide

        open_guide(self, self.lang)

    def _preferences(self) -> None:
        from gsmeet.ui.shell.preferences import open_preferences

        open_preferences(self)

    # -- window state ------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            # After this paint has been flushed to the screen, not inside it.
            QTimer.singleShot(0, self.first_painted.emit)

    def closeEvent(self, event: QCloseEvent) -> None:
        MAIN_GEOMETRY.set(self.saveGeometry())
        if self._workspace is not None:
            self._workspace.save_state()
        super().closeEvent(event)
