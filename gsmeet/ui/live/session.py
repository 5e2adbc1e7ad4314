"""The live session as the screen knows it: the last committed state, and every change
sent through the undo history to the worker. The panels and controllers listen to its
signals; nothing here draws.

Opening live mode only reads the session: it starts when the secretary says so
(:meth:`LiveSession.start`, or the first Ctrl+PgDn), which records the start time and
is undone like any edit. The screen shows only what a job reported committed. A remark
being saved is *pending* (shown greyed on the secretary's screen, never on the
projector) until its job returns; a draft is never part of the state at all. A move to
another item is shown at once (:func:`~gsmeet.ui.live.states.provisional`: title,
timer, agenda marker), its records when the worker has read them.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QObject, QTimer, Signal

from gsmeet.domain import outline
from gsmeet.domain.enums import (
    AgendaKind,
    AttendanceStatus,
    MeetingStatus,
)
from gsmeet.domain.errors import GsmeetError
from gsmeet.domain.identity import new_uid
from gsmeet.domain.live import ItemRecords
from gsmeet.ui.kit.undo import History, Operation
from gsmeet.ui.kit.wording import one_line
from gsmeet.ui.live import ops, record_ops
from gsmeet.ui.live.states import (
    Switch,
    provisional,
    provisional_check_in,
    records_of,
    with_check_in,
    with_entry,
)
from gsmeet.ui.live.unsent import Kept, UnsentEntries

if TYPE_CHECKING:
    from gsmeet.domain.entry import EntryResult
    from gsmeet.domain.labels import Lang
    from gsmeet.domain.live import AttendanceChange, LiveState
    from gsmeet.domain.locations import Location
    from gsmeet.domain.records import AgendaItemRecord, PersonAtDate
    from gsmeet.services.store import Database
    from gsmeet.ui.kit.worker import Worker

IDLE_CHECKPOINT_MS = 1000  # services.live.session.idle_checkpoint: after a second without edits
UNDO_LIMIT = 500  # two hours of remarks
TICK_MS = 1000


class Pending(NamedTuple):
    token: int
    item_id: int
    text: str
    speaker: PersonAtDate | None
    kept: bool = False  # kept on this computer: not yet on the server


class LiveSession(QObject):
    opened = Signal(object)  # LiveState: the session's first state, as read
    shown = Signal(object)  # LiveState (committed or provisional): draw it
    landed = Signal(object)  # LiveState: a committed state, drawn just before
    records_changed = Signal(object)  # LiveState: an entry was added to the current item
    attendance_changed = Signal(object)  # LiveState: someone's attendance changed
    checked_in = Signal(object)  # AttendanceChange: a check-in landed (not its undo)
    entry_pending = Signal(object)  # Pending
    entry_saved = Signal(int, object)  # token, EntryResult: committed and on screen
    entry_failed = Signal(int, str)  # token, why
    entry_kept = Signal(int, str)  # token, why: kept on this computer, sent later
    briefing_loaded = Signal(object)  # BriefingView (of its item_id)
    reviews_loaded = Signal(object)  # list[ReviewItem]
    ticked = Signal(object)  # datetime: once a second, for the clocks
    failed = Signal(str)
    open_failed = Signal(str)  # one line: the session could not be read (none to run)

    def __init__(
        self,
        worker: Worker,
        lang: Lang,
        *,
        clock: Callable[[], datetime] = datetime.now,
        drafts: Path | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.lang: Lang = lang
        self.clock = clock
        self._drafts = drafts  # the outbox of a server database is kept beside it
        self.history = History(worker, limit=UNDO_LIMIT, parent=self)
        self.history.failed.connect(self.failed)
        self.unsent = UnsentEntries(worker, self.history, self)
        self.unsent.landed_earlier.connect(self.reload)
        self.state: LiveState | None = None
        self.database: Location | None = None
        self._tokens = itertools.count(1)
        self._known = ops.Known()  # the state as the worker last left it
        self._heading_to: int | None = None  # the item a queued move goes to
        self._heading_since = datetime.min  # when that move was asked for
        # What each item showed when last current: a move back shows it at once (the
        # worker's read, a moment later, is drawn only where it differs).
        self._records: dict[int, ItemRecords] = {}
        self._idle = QTimer(self)
        self._idle.setSingleShot(True)
        self._idle.setInterval(IDLE_CHECKPOINT_MS)
        self._idle.timeout.connect(self._checkpoint)
        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self.tick)

    # -- what is known ----------------------------------------------------------------

    @property
    def meeting_id(self) -> int:
        assert self.state is not None
        return self.state.meeting.id

    @property
    def held_on(self) -> date | None:
        return self.state.meeting.held_on if self.state is not None else None

    @property
    def status(self) -> MeetingStatus | None:
        return self.state.meeting.status if self.state is not None else None

    @property
    def running(self) -> bool:
        return self.status is MeetingStatus.IN_PROGRESS

    @property
    def planned(self) -> bool:
        return self.status is MeetingStatus.PLANNED

    @property
    def on_screen(self) -> LiveState | None:
        """The state on screen: the committed one, or while a move is on its way to the
        worker, the :func:`provisional` state it will lead to."""
        state, heading = self.state, self._heading_to
        if state is None or heading is None or heading == state.current_item_id:
            return state
        return provisional(state, heading, self._heading_since, self.known_records(heading))

    def known_records(self, item_id: int) -> ItemRecords | None:
        """What is recorded under ``item_id`` as this screen knows it: as shown when it
        was last current, nothing for an item with no record at all, else None."""
        found = self._records.get(item_id)
        if found is None and self.state is not None and item_id not in self.state.recorded:
            return ItemRecords()
        return found

    def state_item(self) -> int | None:
        """The current item as the worker last reported it."""
        return self.state.current_item_id if self.state is not None else None

    def current_item(self) -> AgendaItemRecord | None:
        """The item on screen: what is typed now is saved under it (a move queued
        before the entry is done first: the worker runs jobs in order)."""
        shown = self.on_screen
        if shown is None or shown.current_item_id is None:
            return None
        return next((i for i in shown.agenda if i.id == shown.current_item_id), None)

    def attendance_of(self, person_id: int) -> AttendanceStatus | None:
        if self.state is None:
            return None
        row = next((r for r in self.state.attendance if r.person.id == person_id), None)
        return row.status if row is not None else None

    def person(self, person_id: int) -> PersonAtDate | None:
        if self.state is None:
            return None
        return next((r.person for r in self.state.attendance if r.person.id == person_id), None)

    # -- opening, starting, moving, ending -----------------------------------------------

    def open(self, meeting_id: int | None, committee_id: int | None = None) -> None:
        """Read the session (``None``: the one in progress, else the next one planned);
        nothing is recorded. :attr:`opened` once it is on screen."""
        known, drafts = self._known, self._drafts

        def job(store: Database) -> ops.Opened:
            opened = ops.open_session(meeting_id, committee_id, drafts=drafts)(store)
            known.state = opened.state
            return opened

        def done(opened: ops.Opened) -> None:
            self.database = opened.database
            self._show(opened.state)
            self._ticker.start()
            self._read_records()  # ahead of what opening leads to (회의 시작, a move)
            self.opened.emit(opened.state)
            self.unsent.attach(opened.outbox, opened.flushed)  # said once it is on screen

        def refused(problem: BaseException) -> None:
            self._report(problem)
            self.open_failed.emit(History.describe(problem))

        self.worker.submit(job, done, refused)

    def _read_records(self) -> None:
        """Every item's record, read behind what is queued: a move then shows the
        item's record at once (the worker's state confirms it a moment later)."""
        if self.state is None:
            return
        agenda = [item.id for item in self.state.agenda]

        def done(found: dict[int, ItemRecords]) -> None:
            current = self.state_item()  # its record is the committed state's
            for item in agenda:
                if item != current:
                    self._records[item] = found.get(item, ItemRecords())

        self.worker.submit(ops.records(self.meeting_id), done, self._report)

    def reload(self) -> None:
        if self.state is None:
            return
        read, known = ops.state(self.meeting_id), self._known

        def job(store: Database) -> LiveState:
            known.state = read(store)
            return known.state

        self.worker.submit(job, self._show, self._report)

    def start(self, item_id: int | None = None) -> None:
        """Start the session now (with ``item_id``, else the first item not yet started,
        as the current item): undone by Ctrl+Z like any edit."""
        if not self.planned:
            return
        operation = ops.start(self.meeting_id, self.clock(), self._known, item_id)
        self._time_step(operation)

    def go_to(self, item_id: int) -> None:
        """Move to ``item_id``: shown now, recorded by the worker as of now. In a session
        not started yet, starting it at that item."""
        if self.planned:
            self.start(item_id)
            return
        if not self.running:
            return
        since = self.clock()
        self._heading_to, self._heading_since = item_id, since

        def refused(message: str) -> None:
            self._heading_to = None
            if self.state is not None:
                self._show(self.state)  # back to the item the worker has current
            self.failed.emit(message)

        # Drawn (and painted) before the worker starts: its work and the painting
        # would otherwise take turns at the interpreter, and both finish later.
        shown = self.on_screen
        if shown is not None:
            self.shown.emit(shown)
        self._time_step(ops.move(self.meeting_id, item_id, since, self._known), refused)

    def step(self, forward: bool) -> None:
        """The next (or previous) item in outline order, counted from the item last
        asked for: three quick Ctrl+PgDn go three items on, though the first move has
        not come back from the worker yet. In a session not started yet, the first
        Ctrl+PgDn starts it at its first item."""
        if self.state is None:
            return
        if self.planned:
            if forward:
                self.start()
            return
        here = self._heading_to or self.state.current_item_id
        target = outline.step(self.state.agenda, here, forward=forward)
        if target is not None:
            self.go_to(target)

    def end(self) -> None:
        if self.running:
            self._time_step(ops.end(self.meeting_id, self.clock, self._known))

    def _time_step(
        self, operation: Operation, refused: Callable[[str], None] | None = None
    ) -> None:
        show: Callable[[Switch], None] = lambda switch: self._show(switch.shown)  # noqa: E731
        self.history.perform(operation, on_done=show, on_error=refused, then=show)

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
        outbox = self.unsent.book  # a server database's: the entry is kept first
        uid = new_uid() if outbox is not None else None
        operation = record_ops.entry(
            self.meeting_id,
            item.id,
            text,
            speaker.id if speaker else None,
            self.clock,
            lang=self.lang,
            outbox=outbox,
            uid=uid,
        )
        self.entry_pending.emit(pending)

        def kept(error: GsmeetError) -> None:
            self.entry_kept.emit(token, one_line(error))

        self.history.perform(
            operation,
            on_done=lambda result: self._saved(token, result),
            on_problem=self.unsent.or_refused(
                uid,
                Kept(
                    operation,
                    self._reload,
                    lambda result: self._saved(token, result),
                    lambda why: self.entry_failed.emit(token, why),
                ),
                kept,
            ),
            then=self._reload,
        )
        self._idle.start()
        return token

    # -- attendance, briefings, reviews --------------------------------------------------

    def check_in(
        self, person_id: int, status: AttendanceStatus, *, reason: str = "", proxy: str = ""
    ) -> None:
        person = self.person(person_id)
        if self.state is None or person is None:
            return
        outbox = self.unsent.book  # a server database's: the mark is kept first
        uid = new_uid() if outbox is not None else None
        operation = ops.check_in(
            self.meeting_id,
            person_id,
            status,
            now=self.clock,
            reason=reason,
            proxy=proxy,
            name=person.name,
            outbox=outbox,
            uid=uid,
        )

        def done(change: AttendanceChange) -> None:
            self._attendance(change)
            self.checked_in.emit(change)

        def kept(error: GsmeetError) -> None:
            # Shown as marked (the quorum as the server last counted it), and said.
            if self.state is not None:
                mark = provisional_check_in(self.state, person_id, status, reason, proxy)
                self._attendance(mark(self.clock()))
            self.failed.emit(one_line(error))

        self.history.perform(
            operation,
            on_done=done,
            then=self._attendance,
            on_problem=self.unsent.or_refused(
                uid, Kept(operation, self._attendance, done, self.failed.emit), kept
            ),
        )
        self._idle.start()

    def load_briefing(self, item_id: int) -> None:
        job = ops.briefing(self.meeting_id, item_id)
        self.worker.submit(job, self.briefing_loaded.emit, self._report)

    def load_reviews(self) -> None:
        job = ops.reviews(self.meeting_id)
        self.worker.submit(job, self.reviews_loaded.emit, self._report)

    # -- inside -------------------------------------------------------------------------

    def tick(self) -> None:
        if self.state is not None:
            self.ticked.emit(self.clock())

    def stop(self) -> None:
        """The window closes: no more ticks, no idle checkpoint."""
        self._ticker.stop()
        self._idle.stop()
        self.unsent.stop()

    def perform(
        self,
        operation: Operation,
        *,
        done: Callable[[Any], None] | None = None,
        then: Callable[[Any], None] | None = None,
    ) -> None:
        """Carry out ``operation`` (an edit of this session): ``done(result)`` once it
        landed, ``then(result)`` after each undo and redo (by default, for both, the
        state is read again)."""
        self.history.perform(operation, on_done=done or self._reload, then=then or self._reload)
        self._idle.start()
        # A remark moved, another deleted: the other items' records are read afresh,
        # after the edit (the worker keeps the order).
        current = self.state_item()
        self._records = {k: v for k, v in self._records.items() if k == current}
        self._read_records()

    def _reload(self, _result: Any = None) -> None:
        self.reload()

    def _show(self, state: LiveState) -> None:
        if self._heading_to == state.current_item_id or not self.worker.busy:
            self._heading_to = None
        self.state = state
        if state.current_item_id is not None:
            self._records[state.current_item_id] = records_of(state)
        shown = self.on_screen
        assert shown is not None
        self.shown.emit(shown)
        if shown is state:
            self.landed.emit(state)

    def _saved(self, token: int, result: EntryResult) -> None:
        self.append(result)
        self.entry_saved.emit(token, result)

    def append(self, result: EntryResult) -> None:
        """A saved entry is added to the state on screen (no read of it all again)."""
        state = None if self.state is None else with_entry(self.state, result)
        if state is not None:  # else saved under an item no longer current
            self.state = state
            if state.current_item_id is not None:
                self._records[state.current_item_id] = records_of(state)
            if self.on_screen is state:  # else on the way to another item, drawn with it
                self.records_changed.emit(state)

    def _attendance(self, change: AttendanceChange) -> None:
        if self.state is not None:
            self.state = with_check_in(self.state, change)
            self.attendance_changed.emit(self.state)

    def load_item_panel(self, item_id: int) -> None:
        """Read the panel of ``item_id`` (its briefing, or the review list) if it is
        still the item on screen."""
        item = self.current_item()
        if item is None or item.id != item_id:
            return
        if item.kind is AgendaKind.ACTION_REVIEW:
            self.load_reviews()
        elif item.strategy_id is not None:
            self.load_briefing(item.id)

    def refresh_item_panel(self, _result: Any = None) -> None:
        """The current item's panel read again (a status, an achievement, a review)."""
        item = self.current_item()
        if item is not None:
            self.load_item_panel(item.id)

    def _checkpoint(self) -> None:
        if self.worker.busy:
            self._idle.start()  # not idle after all: try again a second later
            return
        self.worker.submit(ops.checkpoint, lambda _none: None, lambda _error: None)

    def _report(self, problem: BaseException) -> None:
        self.failed.emit(History.describe(problem))
