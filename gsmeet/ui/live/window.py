"""The live window: the screen the secretary lives in for two hours.

Agenda down the side, the current item large with its timer, the session clock and
the quorum at a glance, the remarks and outcomes of the item, the remark entry (which
has the focus), attendance and the speakers' queue. This module only lays the screen
out and wires it: the panels draw the :class:`LiveSession`'s signals themselves, and
each part of the work is a controller handed what it works with — typing
(:mod:`.entry_control`), speakers and the queue (:mod:`.speaker_control`), the small
forms (:mod:`.form_control`), corrections (:mod:`.correction_control`), check-in
(:mod:`.checkin_control`), the session's start and end (:mod:`.session_control`) and
the projector (:mod:`.projector_control`). The screen calls an entry saved only when
the worker reports it committed.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QSplitter,
    QWidget,
)

from gsmeet.ui.kit.guide import open_guide
from gsmeet.ui.kit.settings import LIVE_GEOMETRY, LIVE_TYPE_SCALE
from gsmeet.ui.kit.views import column, paint_now
from gsmeet.ui.live import shutdown
from gsmeet.ui.live.actions import LiveActions
from gsmeet.ui.live.agenda import AgendaPanel
from gsmeet.ui.live.attendance import AttendancePanel
from gsmeet.ui.live.checkin_control import CheckInController
from gsmeet.ui.live.correction_control import CorrectionController
from gsmeet.ui.live.dialogs import Dialogs
from gsmeet.ui.live.drafts import DraftKeeper
from gsmeet.ui.live.entry import EntryPreview, RemarkEntry
from gsmeet.ui.live.entry_control import EntryController
from gsmeet.ui.live.form_control import FormController
from gsmeet.ui.live.header import ItemHeader, Prompt, SessionBar
from gsmeet.ui.live.lease_control import LeaseController
from gsmeet.ui.live.panels import ItemPanels
from gsmeet.ui.live.projector_control import ProjectorController
from gsmeet.ui.live.records import OutcomeList, RecordsPane, RemarkListModel, RemarkView
from gsmeet.ui.live.room import Room
from gsmeet.ui.live.session import LiveSession
from gsmeet.ui.live.session_control import SessionController
from gsmeet.ui.live.speaker_control import SpeakerController
from gsmeet.ui.live.speakers import QueuePanel, SideColumn
from gsmeet.ui.live.status import FittedLabel, StatusLine
from gsmeet.ui.live.type_size import TypeSize

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog

    from gsmeet.domain.labels import Lang
    from gsmeet.domain.live import LiveState
    from gsmeet.ui.kit.worker import Worker

DEFAULT_SIZE = (1366, 740)  # a meeting-room laptop, less its task bar


class LiveWindow(QMainWindow):
    """``started``: the session's first state is on screen (nothing recorded by that).
    ``remark_saved(id, text)``: a remark is shown as saved (committed).
    ``agenda_wanted(meeting_id)``: build the agenda of a session that has none."""

    started = Signal()
    remark_saved = Signal(int, str)  # id, text: a remark is shown as saved (committed)
    agenda_wanted = Signal(int)

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
        self._begin = False
        self.clock = clock
        self.session = LiveSession(worker, lang, clock=clock, drafts=drafts_path, parent=self)
        self.drafts = DraftKeeper(worker, path=drafts_path, parent=self)
        self.setWindowTitle(self.tr("Live session — gsmeet"))
        self.live_actions = LiveActions(self)
        self.live_actions.build_menus(self.menuBar())
        self._build()
        self._connect()
        self.type_size = TypeSize(
            self.live_actions,
            central=self.central,
            header=self.header,
            bar=self.session_bar,
            entry=self.entry,
            speaker=self.speaker_label,
            remarks=self.remarks,
            agenda=self.agenda,
        )
        self.resize(*DEFAULT_SIZE)
        geometry = LIVE_GEOMETRY.get()
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)

    @property
    def dialog(self) -> QDialog | None:
        """The small form, picker or question open now."""
        return self.dialogs.current

    # -- building ---------------------------------------------------------------------

    def _build(self) -> None:
        lang, a = self.lang, self.live_actions
        self.session_bar = SessionBar(lang)
        self.agenda = AgendaPanel(lang)
        self.previous_button = QPushButton(self.tr("◀ Previous"))
        self.next_button = QPushButton(self.tr("Next ▶"))
        self.previous_button.setToolTip("Ctrl+PgUp")
        self.next_button.setToolTip("Ctrl+PgDn")
        navigation = QHBoxLayout()
        navigation.addWidget(self.previous_button)
        navigation.addWidget(self.next_button)
        left = column(self.agenda, navigation, stretch=self.agenda)

        self.header = ItemHeader(lang)
        self.prompt = Prompt(a.keys()["start"])
        self.item_panels = ItemPanels(lang, self.clock().date())
        self.remark_model = RemarkListModel(lang, self)
        self.remarks = RemarkView(self.remark_model, self.tr("Remarks"))
        self.remarks.delegate.saving_text = self.tr("saving…")
        self.remarks.delegate.unsent_text = self.tr("not yet on the server")
        self.remarks.addActions(a.remark_actions())
        self.outcomes = OutcomeList(lang)
        self.records = RecordsPane(self.remarks, self.outcomes)
        self.middle_split = QSplitter(Qt.Orientation.Vertical)
        self.middle_split.addWidget(self.item_panels)
        self.middle_split.addWidget(self.records)
        self.middle_split.setChildrenCollapsible(False)

        self.speaker_label = FittedLabel()
        self.speaker_button = QPushButton(self.tr("Speaker… (Ctrl+K)"))
        self.speaker_button.setAutoDefault(False)
        self.save_status = StatusLine()
        speaker_row = QHBoxLayout()  # the status under the entry: each has the width
        speaker_row.addWidget(self.speaker_label, 1)
        speaker_row.addWidget(self.speaker_button)
        self.entry = RemarkEntry()
        self.entry.setPlaceholderText(self.tr("Type a remark and press Enter"))
        self.entry.pass_through(a.window_keys())
        self.preview = EntryPreview(lang)
        middle = column(
            self.header,
            self.prompt,
            self.middle_split,
            speaker_row,
            self.entry,
            self.preview,
            self.save_status,
            stretch=self.middle_split,
        )

        self.attendance = AttendancePanel(lang)
        self.queue = QueuePanel(lang)
        self.side = SideColumn(self.attendance, self.queue)

        self.split = QSplitter(Qt.Orientation.Horizontal)
        for widget in (left, middle, self.side):
            self.split.addWidget(widget)
        for index, share in enumerate((5, 12, 6)):
            self.split.setStretchFactor(index, share)
        # The agenda wide enough for a title on two lines; the roster needs less.
        self.split.setSizes([5 * 52, 12 * 52, 6 * 52])
        self.split.setChildrenCollapsible(False)

        self.central = column(self.session_bar, self.split, stretch=self.split)
        self.central.setContentsMargins(9, 9, 9, 9)
        self.setCentralWidget(self.central)
        self.setFocusProxy(self.entry)

    def _connect(self) -> None:
        a, s = self.live_actions, self.session
        self.dialogs = Dialogs(self, self.entry)
        status = self.save_status
        room = Room(s, self.lang, status, self.dialogs, a)
        self.speakers = SpeakerController(room, self.speaker_label, self.queue)
        self.typing = EntryController(
            room,
            self.speakers,
            entry=self.entry,
            preview=self.preview,
            remarks=self.remarks,
            drafts=self.drafts,
        )
        self.forms = FormController(room, self.entry, self.item_panels)
        self.corrections = CorrectionController(room, self.remarks, self.speakers)
        self.check_ins = CheckInController(room, self.attendance)
        self.proceedings = SessionController(room, self.prompt, self.typing)
        self.projection = ProjectorController(room, self.speakers, self.session_bar, self)
        # What the session shows, each panel drawing it; painted last, at once.
        for panel in (self.session_bar, self.agenda, self.header, self.item_panels, self.remarks):
            panel.listen_to(s)
        self.outcomes.listen_to(s)
        self.attendance.listen_to(s)
        s.shown.connect(lambda _state: s.tick())  # the clocks of the item shown
        s.shown.connect(lambda _state: paint_now(self))
        s.opened.connect(self._opened)
        s.failed.connect(status.refuse)
        s.unsent.count_changed.connect(self.session_bar.show_unsent)
        bar = self.statusBar()  # there from the start: a refusal does not move the screen
        status.problem.connect(lambda text: bar.showMessage(text, 15_000))
        for undone in (s.history.undone, s.history.redone):  # what the bar kept is past
            undone.connect(status.say)
            undone.connect(lambda _text: bar.clearMessage())
        self.proceedings.agenda_wanted.connect(self.agenda_wanted)
        self.typing.remark_saved.connect(self.remark_saved)
        a.drive(
            s,
            close=self.close,
            entry=self.entry,
            attendance=self.attendance.filter,
            guide=lambda: open_guide(self, self.lang),
            buttons=(self.previous_button, self.next_button, self.speaker_button),
        )
        # On a server database: this screen runs the session only with its lease.
        widgets: tuple[QWidget, ...] = (self.entry, self.agenda, self.attendance, self.prompt)
        buttons = (self.previous_button, self.next_button, self.speaker_button)
        recording: tuple[QWidget | QAction, ...] = (*widgets, *buttons, *a.recording())
        self.lease = LeaseController(self, s, status, recording, self.clock)

    # -- showing ----------------------------------------------------------------------

    def start(self, *, begin: bool = False) -> None:
        """Read the session on the worker (nothing is recorded): :attr:`started` once
        it is on screen. ``begin`` (scripts, benchmarks): also start it, as 회의 시작
        does, and :attr:`started` once it is under way."""
        self._begin = begin
        reading = self.tr("Reading the session…")
        self.header.show_item(None, "", reading)  # the loading state, until it is read
        self.save_status.say(reading)
        self.session.open(self._meeting_id, self._committee_id)

    def _begun(self, _state: LiveState) -> None:
        if self.session.running:
            self.session.landed.disconnect(self._begun)
            self.started.emit()

    def _opened(self, state: LiveState) -> None:
        # What is loaded by now lives as long as the process: kept out of the
        # collector's full passes, which would otherwise stall typing for 100+ ms.
        gc.freeze()
        self.entry.setFocus()
        if self.session.database is not None:
            self.drafts.open(self.session.database, state.meeting.id)
        self.save_status.say("")
        self.session.tick()
        if self._begin and self.session.planned:
            self.session.landed.connect(self._begun)
            self.session.start()
        else:
            self.started.emit()

    @property
    def scale(self) -> float:
        """The type size: a factor of the application font (:mod:`.type_size`)."""
        return self.type_size.scale

    def apply_preferences(self) -> None:
        """The type sizes chosen in the preferences, now (this screen and its projector)."""
        self.type_size.set_scale(LIVE_TYPE_SCALE.get())
        if self.projection.window is not None:
            self.projection.window.apply_preferences()

    # -- shutting down ----------------------------------------------------------------

    def flush(self, timeout_ms: int = 5000) -> bool:
        """Drafts saved, the worker's queued edits committed (see :func:`.shutdown.flush`)."""
        return shutdown.flush(self.drafts, self.worker, timeout_ms)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.lease.release()  # queued after the edits still on their way; flushed below
        self.flush()
        self.drafts.close()
        self.session.stop()
        self.projection.dispose()
        LIVE_GEOMETRY.set(self.saveGeometry())
        super().closeEvent(event)
