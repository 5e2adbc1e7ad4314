"""The live session as the screen knows it: the last committed state, and every change
sent through the undo history to the worker.

The screen shows only what a job reported committed. A remark being saved is *pending*
(shown greyed on the secretary's screen, never on the projector) until its job
returns; a draft is never part of the state at all. A move to another item is shown at
once (:func:`~gsmeet.ui.live.states.provisional`: title, timer, agenda marker), its
records when the worker has read them.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QObject, QTimer, Signal

from gsmeet.domain import outline
from gsmeet.domain.edits import KEEP, Keep
from gsmeet.domain.enums import (
    AgendaKind,
    AttendanceStatus,
    MeetingStatus,
    ReviewOutcome,
    TaskStatus,
    VoteMode,
)
from gsmeet.ui.kit.undo import History, Operation
from gsmeet.ui.live import ops
from gsmeet.ui.live.states import Switch, provisional, with_check_in, with_entry

if TYPE_CHECKING:
    from gsmeet.domain.entry import EntryResult
    from gsmeet.domain.labels import Lang
    from gsmeet.domain.live import AttendanceChange, LiveState
    from gsmeet.domain.records import AgendaItemRecord, PersonAtDate
    from gsmeet.services.store import Database
    from gsmeet.ui.kit.worker import Worker

IDLE_CHECKPOINT_MS = 1000  # services.live.session.idle_checkpoint: after a second without edits
UNDO_LIMIT = 500  # two hours of remarks


class Pending(NamedTuple):
    token: int
    item_id: int
    text: str
    speaker: PersonAtDate | None


class LiveSession(QObject):
    state_changed = Signal(object)  # LiveState (committed or provisional): redraw it
    records_changed = Signal()  # the current item's committed remarks, decisions, actions
    attendance_changed = Signal()
    entry_pending = Signal(object)  # Pending
    entry_saved = Signal(int, object)  # token, EntryResult: committed and on screen
    entry_failed = Signal(int, str)  # token, why
    briefing_loaded = Signal(object)  # BriefingView (of its item_id)
    reviews_loaded = Signal(object)  # list[ReviewItem]
    failed = Signal(str)

    def __init__(
        self,
        worker: Worker,
        lang: Lang,
        *,
        clock: Callable[[], datetime] = datetime.now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.lang: Lang = lang
        self.clock = clock
        self.history = History(worker, limit=UNDO_LIMIT, parent=self)
        self.history.failed.connect(self.failed)
        self.state: LiveState | None = None
        self.database: Path | None = None
        self._tokens = itertools.count(1)
        # The state as the worker last left it (read and written in jobs only, which
        # run in order): a switch queued behind another knows the times to restore.
        self._worker_state: LiveState | None = None
        self._heading_to: int | None = None  # the item a queued move goes to
        self._heading_since = datetime.min  # when that move was asked for
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_CHECKPOINT_MS)
        self._idle.timeout.connect(self._checkpoint)

    # -- what is known ----------------------------------------------------------------

    @property
    def meeting_id(self) -> int:
        assert self.state is not None
        return self.state.meeting.id

    @property
    def held_on(self) -> date | None:
        return self.state.meeting.held_on if self.state is not None else None

    @property
    def running(self) -> bool:
        return self.state is not None and self.state.meeting.status is MeetingStatus.IN_PROGRESS

    @property
    def shown(self) -> LiveState | None:
        """The state on screen: the committed one, or while a move is on its way to the
        worker, the :func:`provisional` state it will lead to."""
        state, heading = self.state, self._heading_to
        if state is None or heading is None or heading == state.current_item_id:
            return state
        return provisional(state, heading, self._heading_since)

    def state_item(self) -> int | None:
        """The current item as the worker last reported it."""
        return self.state.current_item_id if self.state is not None else None

    def current_item(self) -> AgendaItemRecord | None:
        """The item on screen: what is typed now is saved under it (a move queued
        before the entry is done first: the worker runs jobs in order)."""
        shown = self.shown
        if shown is None or shown.current_item_id is None:
            return None
        return next((i for i in shown.agenda if i.id == shown.current_item_id), None)

    def person(self, person_id: int) -> PersonAtDate | None:
        if self.state is None:
            return None
        return next((r.person for r in self.state.attendance if r.person.id == person_id), None)

    # -- starting, reading, moving ------------------------------------------------------

    def start(self, meeting_id: int | None, committee_id: int | None = None) -> None:
        def job(store: Database) -> ops.Started:
            started = ops.start(meeting_id, self.clock(), committee_id)(store)
            self._worker_state = started.state
            return started

        def done(started: ops.Started) -> None:
            self.database = started.database
            self._show(started.state)

        self.worker.submit(job, done, self._report)

    def reload(self) -> None:
        if self.state is None:
            return
        read = ops.state(self.meeting_id)

        def job(store: Database) -> LiveState:
            self._worker_state = read(store)
            return self._worker_state

        self.worker.submit(job, self._show, self._report)

    def go_to(self, item_id: int) -> None:
        """Move to ``item_id``: shown now, recorded by the worker as of now."""
        if self.state is None or not self.running:
            return
        meeting_id = self.meeting_id
        since = self.clock()
        self._heading_to, self._heading_since = item_id, since

        def move(store: Database, before: LiveState | None, now: datetime) -> Switch:
            from gsmeet.services.live.session import go_to_item

            shown = go_to_item(store, meeting_id, item_id, now=now)
            self._worker_state = shown
            return Switch(before or shown, shown)

        def do(store: Database) -> Switch:
            return move(store, self._worker_state, since)

        def undo(store: Database, switch: Switch) -> Switch:
            from gsmeet.services.live.session import restore_times

            restored = restore_times(store, switch.before)
            self._worker_state = restored
            return Switch(restored, restored)

        def refused(message: str) -> None:
            self._heading_to = None
            if self.state is not None:
                self._show(self.state)  # back to the item the worker has current
            self.failed.emit(message)

        # Drawn (and painted) before the worker starts: its work and the painting
        # would otherwise take turns at the interpreter, and both finish later.
        shown = self.shown
        if shown is not None:
            self.state_changed.emit(shown)
        operation = Operation(
            self.tr("Go to another item"),
            do,
            undo,
            lambda store, switch: move(store, switch.shown, self.clock()),
        )
        show: Callable[[Switch], None] = lambda switch: self._show(switch.shown)  # noqa: E731
        self.history.perform(operation, on_done=show, on_error=refused, then=show)

    def step(self, forward: bool) -> None:
        """The next (or previous) item in outline order, counted from the item last
        asked for: three quick Ctrl+PgDn go three items on, though the first move has
        not come back from the worker yet."""
        if self.state is None:
            return
        here = self._heading_to or self.state.current_item_id
        target = outline.step(self.state.agenda, here, forward=forward)
        if target is not None:
            self.go_to(target)

    def end(self) -> None:
        if self.state is None or not self.running:
            return
        self.history.perform(
            ops.end(self.meeting_id, self.clock),
            on_done=self._show_tracked,
            then=self._show_tracked,
        )

    # -- entries ----------------------------------------------------------------------

    def submit_entry(self, text: str, speaker: PersonAtDate | None) -> int | None:
        """Save what was typed under the current item; returns the token that
        :attr:`entry_saved` or :attr:`entry_failed` will carry (None: nothing to save
        to, the session is not running)."""
        item = self.current_item()
        if item is None or not self.running:
            return None
        token = next(self._tokens)
        pending = Pending(token, item.id, text, speaker)
        operation = ops.entry(
            self.meeting_id,
            item.id,
            text,
            speaker.id if speaker else None,
            self.clock,
            lang=self.lang,
        )
        self.entry_pending.emit(pending)
        self.history.perform(
            operation,
            on_done=lambda result: self._saved(token, result),
            on_error=lambda message: self.entry_failed.emit(token, message),
            then=self._reload,
        )
        self._idle.start()
        return token

    def add_decision(
        self,
        text: str,
        mode: VoteMode,
        votes: tuple[int | None, int | None, int | None] = (None, None, None),
    ) -> None:
        item = self.current_item()
        if item is not None:
            self._perform(
                ops.decision(item.id, text, mode, votes, lang=self.lang), done=self._added
            )

    def add_action(self, title: str, owner: str, due_on: date | None, detail: str) -> None:
        item = self.current_item()
        if item is not None:
            operation = ops.action(item.id, title, owner, due_on, detail, lang=self.lang)
            self._perform(operation, done=self._added)

    def delete(self, saved: EntryResult) -> None:
        self._perform(ops.delete(saved))

    def update_remark(
        self,
        remark_id: int,
        *,
        text: str | Keep = KEEP,
        speaker_id: int | Keep | None = KEEP,
        item_id: int | Keep = KEEP,
    ) -> None:
        self._perform(
            ops.remark_update(remark_id, text=text, speaker_id=speaker_id, item_id=item_id)
        )

    # -- attendance, briefings, reviews --------------------------------------------------

    def check_in(
        self, person_id: int, status: AttendanceStatus, *, reason: str = "", proxy: str = ""
    ) -> None:
        person = self.person(person_id)
        if self.state is None or person is None:
            return
        operation = ops.check_in(
            self.meeting_id,
            person_id,
            status,
            now=self.clock,
            reason=reason,
            proxy=proxy,
            name=person.name,
        )
        self.history.perform(operation, on_done=self._attendance, then=self._attendance)
        self._idle.start()

    def load_briefing(self, item_id: int) -> None:
        job = ops.briefing(self.meeting_id, item_id)
        self.worker.submit(job, self.briefing_loaded.emit, self._report)

    def load_reviews(self) -> None:
        job = ops.reviews(self.meeting_id)
        self.worker.submit(job, self.reviews_loaded.emit, self._report)

    def change_task_status(self, task_id: int, status: TaskStatus, note: str = "") -> None:
        operation = ops.task_status(self.meeting_id, task_id, status, note, self.clock)
        self._perform(operation, done=self._refresh_item_panel, then=self._refresh_item_panel)

    def record_achievement(
        self,
        strategy_id: int,
        text: str,
        occurred_on: date,
        figure: str = "",
        task_id: int | None = None,
    ) -> None:
        operation = ops.achievement(
            self.meeting_id,
            strategy_id,
            text,
            occurred_on=occurred_on,
            figure=figure,
            task_id=task_id,
        )
        self._perform(operation, done=self._refresh_item_panel, then=self._refresh_item_panel)

    def review(
        self,
        action_id: int,
        outcome: ReviewOutcome,
        comment: str = "",
        new_due_on: date | None = None,
    ) -> None:
        operation = ops.review(self.meeting_id, action_id, outcome, comment, new_due_on)
        self._perform(operation, done=self._refresh_item_panel, then=self._refresh_item_panel)

    # -- inside -------------------------------------------------------------------------

    def _perform(
        self,
        operation: Operation,
        *,
        done: Callable[[Any], None] | None = None,
        then: Callable[[Any], None] | None = None,
    ) -> None:
        """Carry out ``operation``: ``done(result)`` once it landed, ``then(result)``
        after each undo and redo (by default, the state is read again)."""
        self.history.perform(operation, on_done=done or self._reload, then=then or self._reload)
        self._idle.start()

    def _reload(self, _result: Any = None) -> None:
        self.reload()

    def _show(self, state: LiveState) -> None:
        if self._heading_to == state.current_item_id or not self.worker.busy:
            self._heading_to = None
        self.state = state
        shown = self.shown
        assert shown is not None
        self.state_changed.emit(shown)

    def _show_tracked(self, state: LiveState) -> None:
        self._show(state)
        self.reload()  # keeps the worker's copy of the times in step

    def _saved(self, token: int, result: EntryResult) -> None:
        self._append(result)
        self.entry_saved.emit(token, result)

    def _added(self, result: EntryResult) -> None:
        self._append(result)

    def _append(self, result: EntryResult) -> None:
        state = None if self.state is None else with_entry(self.state, result)
        if state is not None:  # else saved under an item no longer current
            self.state = state
            self.records_changed.emit()

    def _attendance(self, change: AttendanceChange) -> None:
        if self.state is not None:
            self.state = with_check_in(self.state, change)
            self.attendance_changed.emit()

    def _refresh_item_panel(self, _result: Any = None) -> None:
        item = self.current_item()
        if item is None:
            return
        if item.kind is AgendaKind.ACTION_REVIEW:
            self.load_reviews()
        elif item.strategy_id is not None:
            self.load_briefing(item.id)

    def _checkpoint(self) -> None:
        if self.worker.busy:
            self._idle.start()  # not idle after all: try again a second later
            return
        self.worker.submit(ops.checkpoint, lambda _none: None, lambda _error: None)

    def _report(self, problem: BaseException) -> None:
        self.failed.emit(History.describe(problem))
