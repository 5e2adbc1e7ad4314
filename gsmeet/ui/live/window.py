"""The live window: the screen the secretary lives in for two hours.

Agenda down the side, the current item large with its timer, the session clock and
the quorum at a glance, the remarks and outcomes of the item, and the remark entry,
which has the focus. Every change goes through :class:`LiveSession` to the worker;
the screen calls an entry saved only when the worker reports it committed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gsmeet.ui.kit.settings import LIVE_GEOMETRY, LIVE_TYPE_SCALE
from gsmeet.ui.live import style
from gsmeet.ui.live.actions import LiveActions
from gsmeet.ui.live.agenda import AgendaPanel
from gsmeet.ui.live.attendance import AttendancePanel
from gsmeet.ui.live.briefing import BriefingPanel, ReviewPanel
from gsmeet.ui.live.corrections import CorrectionsMixin
from gsmeet.ui.live.drafts import DraftKeeper
from gsmeet.ui.live.editing import EditingMixin
from gsmeet.ui.live.entry import EntryPreview, RemarkEntry
from gsmeet.ui.live.header import ItemHeader, SessionBar
from gsmeet.ui.live.panels import REVIEW, ItemPanels, page_for
from gsmeet.ui.live.projector import ProjectorWindow
from gsmeet.ui.live.records import RemarkListModel, remark_view
from gsmeet.ui.live.session import LiveSession
from gsmeet.ui.live.showing import ShowingMixin
from gsmeet.ui.live.speakers import QueuePanel

if TYPE_CHECKING:
    from gsmeet.domain.labels import Lang
    from gsmeet.ui.kit.worker import Worker

DEFAULT_SIZE = (1366, 740)  # a meeting-room laptop, less its task bar
TICK_MS = 1000


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet(f"color: {style.MUTED}; font-weight: bold;")
    return label


class LiveWindow(ShowingMixin, EditingMixin, CorrectionsMixin, QMainWindow):
    """``started``: the session's first state is on screen. ``remark_saved(id, text)``:
    a remark is shown as saved (committed)."""

    started = Signal()
    remark_saved = Signal(int, str)

    def __init__(
        self,
        worker: Worker,
        meeting_id: int | None,
        *,
        lang: Lang,
        committee_id: int | None = None,
        clock: Callable[[], datetime] = datetime.now,
        drafts_path: Path | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.lang = lang
        self.worker = worker
        self._meeting_id = meeting_id
        self._committee_id = committee_id
        self.clock = clock
        self.session = LiveSession(worker, lang, clock=clock, parent=self)
        self.drafts = DraftKeeper(worker, path=drafts_path, parent=self)
        self.speaker = None
        self.projector: ProjectorWindow | None = None
        self.setWindowTitle(self.tr("Live session — gsmeet"))

        self.live_actions = LiveActions(self)
        self.live_actions.build_menus(self.menuBar())
        self._build()
        self._connect()
        self.scale = style.clamp_scale(LIVE_TYPE_SCALE.get())
        self.apply_fonts()
        self.resize(*DEFAULT_SIZE)
        geometry = LIVE_GEOMETRY.get()
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.tick)

    @property
    def briefing(self) -> BriefingPanel:
        return self.item_panels.briefing

    @property
    def review(self) -> ReviewPanel:
        return self.item_panels.review

    # -- building ---------------------------------------------------------------------

    def _build(self) -> None:
        lang = self.lang
        self.session_bar = SessionBar(lang)
        self.agenda = AgendaPanel(lang)
        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.previous_button.setToolTip("Ctrl+PgUp")
        self.next_button.setToolTip("Ctrl+PgDn")
        navigation = QHBoxLayout()
        navigation.addWidget(self.previous_button)
        navigation.addWidget(self.next_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.agenda, 1)
        left_layout.addLayout(navigation)

        self.header = ItemHeader(lang)
        self.item_panels = ItemPanels(lang, self.clock().date())
        self.remark_model = RemarkListModel(lang, self)
        self.remarks, self.remark_delegate = remark_view(self.remark_model, self.tr("Remarks"))
        self.remark_delegate.saving_text = self.tr("saving…")
        self.remarks.addActions(self.live_actions.remark_actions())
        self.outcomes = QListWidget()
        self.outcomes.setAccessibleName(self.tr("Decisions and action items"))
        self.outcomes.setWordWrap(True)
        self.remarks_heading = heading(self.tr("Remarks"))
        self.outcomes_heading = heading(self.tr("Decisions and action items"))
        records = QWidget()
        grid = QHBoxLayout(records)
        grid.setContentsMargins(0, 0, 0, 0)
        for title, view, share in (
            (self.remarks_heading, self.remarks, 1),
            (self.outcomes_heading, self.outcomes, 1),
        ):
            column = QVBoxLayout()
            column.addWidget(title)
            column.addWidget(view, 1)
            grid.addLayout(column, share)
        self.middle_split = QSplitter(Qt.Orientation.Vertical)
        self.middle_split.addWidget(self.item_panels)
        self.middle_split.addWidget(records)
        self.middle_split.setChildrenCollapsible(False)

        self.speaker_label = QLabel()
        self.speaker_button = QPushButton(self.tr("Speaker… (Ctrl+K)"))
        self.speaker_button.setAutoDefault(False)
        self.save_status = QLabel()
        speaker_row = QHBoxLayout()
        speaker_row.addWidget(self.speaker_label, 1)
        speaker_row.addWidget(self.save_status)
        speaker_row.addWidget(self.speaker_button)
        self.entry = RemarkEntry()
        self.entry.setPlaceholderText(self.tr("Type a remark and press Enter"))
        self.entry.pass_through(self.live_actions.window_keys())
        self.preview = EntryPreview(lang)
        middle = QWidget()
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(0, 0, 0, 0)
        middle_layout.addWidget(self.header)
        middle_layout.addWidget(self.middle_split, 1)
        middle_layout.addLayout(speaker_row)
        middle_layout.addWidget(self.entry)
        middle_layout.addWidget(self.preview)

        self.attendance = AttendancePanel(lang)
        self.queue = QueuePanel(lang)
        self.side_tabs = QTabWidget()
        self.side_tabs.addTab(self.attendance, self.tr("Attendance"))
        self.side_tabs.addTab(self.queue, self.tr("Speakers' queue"))

        self.split = QSplitter(Qt.Orientation.Horizontal)
        for widget in (left, middle, self.side_tabs):
            self.split.addWidget(widget)
        self.split.setStretchFactor(0, 5)
        self.split.setStretchFactor(1, 12)
        self.split.setStretchFactor(2, 6)
        # The agenda wide enough for a title on two lines; the roster needs less.
        self.split.setSizes([5 * 52, 12 * 52, 6 * 52])
        self.split.setChildrenCollapsible(False)

        self.central = central = QWidget()
        layout = QVBoxLayout(central)
        self.session_bar.setObjectName("sessionBar")
        self.session_bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.session_bar.setStyleSheet(
            f"#sessionBar {{ background: {style.PANEL}; border-radius: 6px; padding: 4px; }}"
        )
        layout.addWidget(self.session_bar)
        layout.addWidget(self.split, 1)
        self.setCentralWidget(central)
        self.setFocusProxy(self.entry)

    def _connect(self) -> None:
        a, s = self.live_actions, self.session
        a.next_item.triggered.connect(lambda: s.step(True))
        a.previous_item.triggered.connect(lambda: s.step(False))
        self.next_button.clicked.connect(a.next_item.trigger)
        self.previous_button.clicked.connect(a.previous_item.trigger)
        self.agenda.chosen.connect(s.go_to)
        a.end_session.triggered.connect(lambda: self.end_session(confirm=True))
        a.close_window.triggered.connect(self.close)
        a.undo.triggered.connect(s.history.undo)
        a.redo.triggered.connect(s.history.redo)
        s.history.undone.connect(self.show_undone)
        s.history.redone.connect(self.show_undone)
        s.history.stack.canUndoChanged.connect(a.undo.setEnabled)
        s.history.stack.canRedoChanged.connect(a.redo.setEnabled)
        a.undo.setEnabled(False)
        a.redo.setEnabled(False)
        a.projector.triggered.connect(self.toggle_projector)
        a.blank.toggled.connect(self.blank_projector)
        a.bigger.triggered.connect(lambda: self.set_scale(self.scale + style.SCALE_STEP))
        a.smaller.triggered.connect(lambda: self.set_scale(self.scale - style.SCALE_STEP))
        a.focus_entry.triggered.connect(self.entry.setFocus)
        a.focus_attendance.triggered.connect(self._focus_attendance)
        s.state_changed.connect(self.show_state)
        s.records_changed.connect(self._show_records)
        s.attendance_changed.connect(self._show_attendance)
        s.briefing_loaded.connect(self.item_panels.briefing_loaded)
        s.reviews_loaded.connect(self.item_panels.reviews_loaded)
        self.item_panels.wanted.connect(self._load_panel)
        s.failed.connect(self.show_problem)
        self.connect_editing()
        self.connect_corrections()

    # -- starting and showing -----------------------------------------------------------

    def start(self) -> None:
        """Start (or resume) the session on the worker; :attr:`started` once shown."""
        self.save_status.setText(self.tr("Starting…"))
        self.session.start(self._meeting_id, self._committee_id)

    def _load_panel(self, item_id: int) -> None:
        item = self.session.current_item()
        if item is None or item.id != item_id:
            return
        if page_for(item) == REVIEW:
            self.session.load_reviews()
        else:
            self.session.load_briefing(item_id)

    # -- type size and projector ----------------------------------------------------------

    def set_scale(self, scale: float) -> None:
        self.scale = style.clamp_scale(scale)
        LIVE_TYPE_SCALE.set(self.scale)
        self.apply_fonts()

    def apply_fonts(self) -> None:
        base = style.scaled_font(QApplication.font(), self.scale)
        self.central.setFont(base)
        self.header.apply_fonts(base)
        style.set_scaled_font(self.session_bar.session, base, style.HEADING, bold=True)
        style.set_scaled_font(self.session_bar.session_clock, base, style.HEADING, bold=True)
        style.set_scaled_font(self.entry, base, 1.15)
        style.set_scaled_font(self.speaker_label, base, 1.05, bold=True)
        self.remark_delegate.forget()
        lines = self.entry.fontMetrics().lineSpacing()
        self.entry.setFixedHeight(int(lines * 3.2) + 2 * self.entry.frameWidth() + 8)
        self.remarks.relayout()
        self.agenda.relayout()

    def toggle_projector(self) -> None:
        if self.projector is not None and self.projector.isVisible():
            self.projector.close()
            return
        if self.projector is None:
            self.projector = ProjectorWindow(self.lang)
            self.projector.addAction(self.live_actions.projector)
            self.projector.addAction(self.live_actions.blank)
        state = self.session.state
        if state is not None:
            self.projector.present(state, self.speaker)
        self.projector.set_blank(self.live_actions.blank.isChecked())
        self.projector.show_beside(self)
        self.tick()
        self.activateWindow()  # the secretary keeps typing here

    def blank_projector(self, blank: bool) -> None:
        if self.projector is not None:
            self.projector.set_blank(blank)

    # -- problems, shutting down ----------------------------------------------------------

    def show_undone(self, message: str) -> None:
        """What an undo took back (or a redo did again), where the save status was."""
        self._status(message, style.MUTED)

    def show_problem(self, message: str) -> None:
        self._status(message, style.RED)
        self.statusBar().showMessage(message, 15_000)

    def flush(self, timeout_ms: int = 5000) -> bool:
        """Keep what is typed and let the worker commit what it was given (SIGTERM,
        closing): drafts saved durably now, then the queued jobs finished. Returns
        whether the worker got through them in time."""
        self.drafts.flush()
        loop = QEventLoop()
        deadline = QTimer()
        deadline.setSingleShot(True)
        deadline.start(timeout_ms)
        while self.worker.busy and deadline.isActive():
            # Asleep until the worker reports (or the deadline): a loop polling the
            # events would hold the interpreter against the worker and slow it down.
            loop.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
        # Again, in case a save queued before the first flush already ran its check.
        self.drafts.flush()
        return not self.worker.busy

    def closeEvent(self, event: QCloseEvent) -> None:
        self.flush()
        self.drafts.close()
        self._ticker.stop()
        if self.projector is not None:
            self.projector.close()
            self.projector.deleteLater()
            self.projector = None
        LIVE_GEOMETRY.set(self.saveGeometry())
        super().closeEvent(event)
