"""One background thread for all database work.

Jobs run strictly in the order they were submitted, on one thread, which owns the
:class:`~gsmeet.services.store.Database` (it is opened and closed there, so SQLite connections
never cross threads). Results and errors come back on the GUI thread through a queued
signal; the UI only ever sees what a job returns (frozen records), never a Session.

The database layer (SQLAlchemy) is imported on this thread, the first time a database
is opened, so the window can be painted before that import is paid for.
"""

from __future__ import annotations

import queue
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from PySide6.QtCore import QObject, QThread, Signal, SignalInstance

from gsmeet.domain.errors import DatabaseError, GsmeetError

if TYPE_CHECKING:
    from gsmeet.domain.locations import Location
    from gsmeet.services.store import Database

T = TypeVar("T")
ErrorHandler = Callable[[BaseException], None]


class NoDatabaseOpen(DatabaseError):
    text = "No database is open"


class _Job(NamedTuple):
    run: Callable[[Database | None], Any]
    on_done: Callable[[Any], None]
    on_error: ErrorHandler | None


class _Outcome(NamedTuple):
    job: _Job
    value: Any = None
    error: BaseException | None = None


class _Thread(QThread):
    """Runs queued jobs one after the other until told to stop."""

    def __init__(self, jobs: queue.SimpleQueue[_Job | None], deliver: SignalInstance) -> None:
        super().__init__()
        self.setObjectName("gsmeet-db")
        self._jobs = jobs
        self._deliver = deliver
        self.store: Database | None = None

    def run(self) -> None:
        try:
            while True:
                job = self._jobs.get()
                if job is None:  # queued after every job submitted before shutdown
                    return
                try:
                    outcome = _Outcome(job, value=job.run(self.store))
                except BaseException as error:  # handed to the GUI thread, not lost
                    outcome = _Outcome(job, error=error)
                self._deliver.emit(outcome)
        finally:
            if self.store is not None:
                self.store.close()
                self.store = None


class Worker(QObject):
    """The one database thread. ``submit`` work; get the result back on the GUI thread.

    Errors go to the job's ``on_error``; without one, a :class:`GsmeetError` (something
    the user can act on) or an ``OSError`` (the system refused: a full disk) is emitted
    as :attr:`failed` and anything else goes to ``sys.excepthook`` (a bug: logged and
    shown).
    """

    failed = Signal(object)  # a GsmeetError no job handled
    _delivered = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._thread = _Thread(self._jobs, self._delivered)
        self._delivered.connect(self._on_delivered)
        self._closed = False
        self._pending = 0

    @property
    def busy(self) -> bool:
        """Whether a job is queued or running (or its result not yet delivered)."""
        return self._pending > 0

    def submit(
        self,
        job: Callable[[Database], T],
        on_done: Callable[[T], None],
        on_error: ErrorHandler | None = None,
    ) -> None:
        """Run ``job(store)`` on the database thread after every job submitted before it;
        call ``on_done(result)`` (or ``on_error(error)``) on the GUI thread."""

        def with_store(store: Database | None) -> T:
            if store is None:
                raise NoDatabaseOpen()
            return job(store)

        self._enqueue(_Job(with_store, on_done, on_error))

    def call(
        self,
        job: Callable[[], T],
        on_done: Callable[[T], None],
        on_error: ErrorHandler | None = None,
    ) -> None:
        """As :meth:`submit`, for work that needs no database (finding files)."""
        self._enqueue(_Job(lambda _store: job(), on_done, on_error))

    def open(
        self,
        path: Location,
        then: Callable[[Database], T],
        on_done: Callable[[T], None],
        on_error: ErrorHandler | None = None,
    ) -> None:
        """Open the database at ``path`` (creating and migrating it as needed, and
        holding its single-instance lock while it is open), make it the store later
        jobs get, and run ``then(store)`` on it. If the database cannot
        be opened, the one already open stays in use."""
        thread = self._thread

        def open_then(_current: Database | None) -> T:
            from gsmeet.services.store import open_for_window

            store = open_for_window(path)
            try:
                result = then(store)
            except BaseException:
                store.close()
                raise
            if thread.store is not None:
                thread.store.close()
            thread.store = store
            return result

        self._enqueue(_Job(open_then, on_done, on_error))

    def shutdown(self) -> None:
        """Finish every job submitted so far (a save queued behind a slow export is
        still a save), then close the store and stop. Jobs submitted later are refused."""
        if self._closed:
            return
        self._closed = True
        self._jobs.put(None)
        if self._thread.isRunning():
            self._thread.wait()
        elif self._thread.store is not None:
            self._thread.store.close()
            self._thread.store = None

    def _enqueue(self, job: _Job) -> None:
        if self._closed:
            return
        self._pending += 1
        self._jobs.put(job)
        if not self._thread.isRunning():
            self._thread.start()

    def _on_delivered(self, outcome: _Outcome) -> None:
        self._pending -= 1
        if self._closed:
            return
        if outcome.error is None:
            outcome.job.on_done(outcome.value)
        elif outcome.job.on_error is not None:
            outcome.job.on_error(outcome.error)
        elif isinstance(outcome.error, GsmeetError):
            self.failed.emit(outcome.error)
        elif isinstance(outcome.error, OSError):  # the system said no (a full disk)
            from gsmeet.domain.files import as_error

            self.failed.emit(as_error(outcome.error))
        else:
            import sys

            error = outcome.error
            sys.excepthook(type(error), error, error.__traceback__)
