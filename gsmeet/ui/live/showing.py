"""Drawing the session's state on the live screen. Mixed into :class:`LiveWindow`.

A state comes from :class:`LiveSession` after every read — committed, or provisional
while a move to another item is on its way to the worker (the new item's title, timer
and agenda marker at once; its remarks and outcomes when the worker has read them).
Each part is redrawn only when what it shows changed: a switch leaves the attendance
of 200 people, the agenda's layout and the item panels of other items alone.
"""

from __future__ import annotations

import gc
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent

from gsmeet.domain.outline import outline
from gsmeet.ui.live.records import action_text, decision_text
from gsmeet.ui.live.speakers import candidates

if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import datetime

    from PySide6.QtCore import QTimer, SignalInstance
    from PySide6.QtWidgets import QLabel, QListWidget, QTabWidget, QWidget

    from gsmeet.domain.labels import Lang
    from gsmeet.domain.live import LiveState
    from gsmeet.domain.records import PersonAtDate
    from gsmeet.ui.live.actions import LiveActions
    from gsmeet.ui.live.agenda import AgendaPanel
    from gsmeet.ui.live.attendance import AttendancePanel
    from gsmeet.ui.live.drafts import DraftKeeper
    from gsmeet.ui.live.entry import RemarkEntry
    from gsmeet.ui.live.header import ItemHeader, SessionBar
    from gsmeet.ui.live.panels import ItemPanels
    from gsmeet.ui.live.projector import ProjectorWindow
    from gsmeet.ui.live.records import RemarkListModel
    from gsmeet.ui.live.session import LiveSession
    from gsmeet.ui.live.speakers import QueuePanel


class ShowingMixin:
    if TYPE_CHECKING:
        lang: Lang
        session: LiveSession
        live_actions: LiveActions
        drafts: DraftKeeper
        session_bar: SessionBar
        agenda: AgendaPanel
        header: ItemHeader
        item_panels: ItemPanels
        remark_model: RemarkListModel
        outcomes: QListWidget
        attendance: AttendancePanel
        queue: QueuePanel
        side_tabs: QTabWidget
        entry: RemarkEntry
        save_status: QLabel
        projector: ProjectorWindow | None
        speaker: PersonAtDate | None
        started: SignalInstance
        clock: Callable[[], datetime]
        _ticker: QTimer

        def follow_remarks(self) -> None: ...
        def _widget(self) -> QWidget: ...
        def show_speaker(self) -> None: ...

    _started = False
    _shown_attendance: tuple[object, ...] = ()
    _shown_outcomes: tuple[object, ...] = ()
    _loaded_panel: int | None = None  # the item whose panel was read at its last move

    def show_state(self, state: LiveState) -> None:
        """Draw ``state``: the one the worker committed (:attr:`LiveSession.state`), or
        the provisional one of a move still on its way."""
        committed = state is self.session.state
        self.session_bar.show_state(state)
        self.agenda.show_state(state)
        current = next((i for i in state.agenda if i.id == state.current_item_id), None)
        number = next((r.number for r in outline(state.agenda) if r.item is current), "")
        self.header.show_item(current, number)
        if self.remark_model.show(state.remarks, state.current_item_id):
            self.follow_remarks()
        self._show_outcomes(state)
        if state.attendance != self._shown_attendance:
            # A switch leaves attendance as it was: 200 rows are not redrawn for it.
            self._shown_attendance = state.attendance
            self.attendance.show_state(state)
            self.queue.know(candidates(state.attendance))
        else:
            self.attendance.show_quorum(state)
        self.item_panels.show_item(current)
        running = self.session.running and current is not None
        self.entry.setEnabled(running)
        for action in (
            self.live_actions.next_item,
            self.live_actions.previous_item,
            self.live_actions.end_session,
        ):
            action.setEnabled(self.session.running)
        if not self.session.running:
            self.save_status.setText(
                QCoreApplication.translate("LiveWindow", "The session has ended")
            )
        if self.projector is not None and committed:
            self.projector.present(state, self.speaker)
        self.tick()
        self.show_speaker()
        self._paint_now()
        current_id = current.id if current is not None else None
        if committed and current_id != self._loaded_panel:
            # Once the move is committed and painted: the panel is read afresh.
            self._loaded_panel = current_id
            self.item_panels.load()
        if not self._started:
            self._first_shown(state)

    def _paint_now(self) -> None:
        """Lay out and paint what changed now, not after the events queued: the
        worker's next job (the move, the item panel's read) then runs on its own
        instead of taking turns at the interpreter with the painting."""
        if self._widget().isVisible():
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
            QCoreApplication.sendPostedEvents(self._widget(), QEvent.Type.UpdateRequest)

    def _first_shown(self, state: LiveState) -> None:
        self._started = True
        # What is loaded by now lives as long as the process: kept out of the
        # collector's full passes, which would otherwise stall typing for 100+ ms.
        gc.freeze()
        self._ticker.start()
        self.entry.setFocus()
        if self.session.database is not None:
            self.drafts.open(self.session.database, state.meeting.id)
        self.save_status.setText("")
        self.started.emit()

    def _show_records(self) -> None:
        """A saved entry was added to the current item."""
        state = self.session.shown
        if state is None or state is not self.session.state:
            return  # on the way to another item: its records come with it
        self._show_outcomes(state)
        if self.projector is not None:
            self.projector.present(state, self.speaker)

    def _show_outcomes(self, state: LiveState) -> None:
        shown = (state.current_item_id, state.decisions, state.actions)
        if shown == self._shown_outcomes:
            return  # a remark saved: the outcomes are as they were
        self._shown_outcomes = shown
        self.outcomes.clear()
        for decision in state.decisions:
            self.outcomes.addItem(
                QCoreApplication.translate("LiveWindow", "Decision: {text}").format(
                    text=decision_text(decision, self.lang)
                )
            )
        for action in state.actions:
            self.outcomes.addItem(
                QCoreApplication.translate("LiveWindow", "Action: {text}").format(
                    text=action_text(action, self.lang)
                )
            )
        self.outcomes.scrollToBottom()

    def _show_attendance(self) -> None:
        state = self.session.state
        if state is not None:
            self._shown_attendance = state.attendance
            self.attendance.show_state(state)
            self.session_bar.show_quorum(state)

    def _focus_attendance(self) -> None:
        self.side_tabs.setCurrentWidget(self.attendance)
        self.attendance.table.setFocus()

    def tick(self) -> None:
        state = self.session.state
        if state is None:
            return
        now = self.clock()
        self.session_bar.tick(state, now)
        self.header.tick(self.session.current_item(), now)
        if self.projector is not None:
            self.projector.tick(now)
