"""What every editor of the window shares: the worker, the undo history, the language,
the committee on screen and its sessions, and the signals that say which data changed
so that each panel reloads only what it shows."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QObject, Signal

from gsmeet.domain.calendar import register_days
from gsmeet.ui.kit.undo import History

if TYPE_CHECKING:
    from gsmeet.domain.changes import Changes
    from gsmeet.domain.labels import Lang
    from gsmeet.domain.records import CommitteeInfo, MeetingSummary
    from gsmeet.services.store import Database
    from gsmeet.ui.kit.worker import Worker

T = TypeVar("T")


class Context(QObject):
    committee_changed = Signal()  # another committee (or none) is on screen
    meetings_changed = Signal()  # the session list was read again
    # What an edit changed (see apply):
    sessions_edited = Signal(int)  # a session was created, prepared or issued (its id)
    agenda_changed = Signal()  # a session's agenda
    record_changed = Signal()  # what was recorded at a session
    members_changed = Signal()  # the committee register
    strategies_changed = Signal()  # the strategy register
    message = Signal(str)  # one line for the status bar

    def __init__(
        self,
        worker: Worker,
        lang: Lang,
        *,
        now: Callable[[], datetime] = datetime.now,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.lang: Lang = lang
        self.now = now  # the clock the window's screens read (the live screen's too)
        self.today: Callable[[], date] = lambda: now().date()
        self.history = History(worker, parent=self)
        self.history.failed.connect(self.message)
        self.history.undone.connect(self.message)
        self.history.redone.connect(self.message)
        self.history.changed.connect(self.apply)
        self.committee: CommitteeInfo | None = None
        self.meetings: tuple[MeetingSummary, ...] = ()
        self.opening = False  # a database is being opened: its committee comes soon
        self.read_only = False  # the open database can be read and printed, not saved

    def set_committee(self, committee: CommitteeInfo | None) -> None:
        if committee != self.committee:
            same = (
                committee is not None
                and self.committee is not None
                and committee.id == self.committee.id
            )
            self.committee = committee
            if not same:
                self.history.clear()  # its edits belong to the other committee
                self.meetings = ()
                self.committee_changed.emit()

    def set_meetings(self, meetings: Sequence[MeetingSummary]) -> None:
        self.meetings = tuple(meetings)
        self.meetings_changed.emit()

    def apply(self, changes: Changes) -> None:
        """The one place an edit's changes reach the screens: each signal below goes
        to the panels that show that data, which read it again."""
        if changes.sessions:
            self.sessions_edited.emit(changes.meeting_id if changes.meeting_id is not None else -1)
        if changes.agenda:
            self.agenda_changed.emit()
        if changes.record:
            self.record_changed.emit()
        if changes.members:
            self.members_changed.emit()
        if changes.strategies:
            self.strategies_changed.emit()

    def register_days(self) -> tuple[date, MeetingSummary | None]:
        return register_days(self.meetings, self.today())

    def meeting(self, meeting_id: int) -> MeetingSummary | None:
        return next((m for m in self.meetings if m.id == meeting_id), None)

    def run(
        self,
        job: Callable[[Database], T],
        on_done: Callable[[T], None],
        on_error: Callable[[str], None] | None = None,
    ) -> None:
        """Run ``job`` on the worker; a refusal is one line, to ``on_error`` or the
        status bar; anything else is a bug and reaches the crash handler."""

        def failed(problem: BaseException) -> None:
            text = History.describe(problem)
            if on_error is not None:
                on_error(text)
            else:
                self.message.emit(text)

        self.worker.submit(job, on_done, failed)
