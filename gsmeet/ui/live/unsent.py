"""Entries not yet on the server (a server database whose connection was lost): kept
on this computer (:mod:`gsmeet.services.live.outbox`), shown as such, and sent again by
themselves — on the worker, never on the GUI thread, after 1, 2, 4, 8 and then every
15 seconds — until the server has them all. Each one sent lands as if it had been saved
at once: on screen as saved, on the undo history."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QObject, QTimer, Signal

from gsmeet.domain.errors import GsmeetError
from gsmeet.ui.kit.undo import History

if TYPE_CHECKING:
    from gsmeet.services.live.outbox import Flushed, OutboxBook
    from gsmeet.services.store import Database
    from gsmeet.ui.kit.undo import Operation, Then
    from gsmeet.ui.kit.worker import Worker

BACKOFF_MS = (1_000, 2_000, 4_000, 8_000, 15_000)


class Kept(NamedTuple):
    """What this screen kept: the edit, and what to do once it reached the server
    (``landed(result)``) or was refused for good (``refused(why)``)."""

    operation: Operation
    then: Then | None
    landed: Callable[[Any], None]
    refused: Callable[[str], None]


class UnsentEntries(QObject):
    """``count_changed(n)``: n entries are not yet on the server (0: all are).
    ``landed_earlier()``: entries kept by an earlier run were sent (read the state).
    ``returned(text, why)``: one an earlier run kept was refused for good: its text
    goes back to the entry, so that nothing typed is lost."""

    count_changed = Signal(int)
    landed_earlier = Signal()
    returned = Signal(str, str)

    def __init__(self, worker: Worker, history: History, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._history = history
        self.book: OutboxBook | None = None  # a server database's outbox, once open
        self._kept: dict[str, Kept] = {}  # uid -> what this screen kept
        self.count = 0
        self._tries = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.send)

    def attach(self, book: OutboxBook | None, flushed: Flushed | None) -> None:
        """The outbox of the database just opened (None: a file, none needed), and
        what opening sent of what an earlier run had kept."""
        self.book = book
        if flushed is not None:
            self._sent(flushed)

    def keep(self, uid: str, kept: Kept, left: int) -> None:
        """The entry ``uid`` stays kept (``left`` in all): sent by the next attempt."""
        self._kept[uid] = kept
        self._count(left)
        if not self._timer.isActive():
            self._tries = 0
            self._later()
        elif self._timer.remainingTime() > BACKOFF_MS[0]:
            # Perhaps kept only behind older ones, the server back: try soon.
            self._timer.start(BACKOFF_MS[0])

    def or_refused(
        self, uid: str | None, kept: Kept, said: Callable[[GsmeetError], None]
    ) -> Callable[[GsmeetError], None]:
        """What an edit's refusal does: when the server did not answer, it is kept on
        this computer (``kept`` says what to do once it is sent) and ``said``; else
        the reason goes to ``kept.refused``."""

        def problem(error: GsmeetError) -> None:
            from gsmeet.services.live.outbox import NotYetOnServer

            if uid is not None and isinstance(error, NotYetOnServer):
                self.keep(uid, kept, int(str(error.fields["count"])))
                said(error)
            else:
                kept.refused(History.describe(error))

        return problem

    def send(self) -> None:
        """Send what is kept, oldest first (a job behind those queued)."""
        book = self.book
        if book is None:
            return

        def job(store: Database) -> Flushed:
            from gsmeet.services.live.outbox import send_kept

            return send_kept(store, book)

        self._worker.submit(job, self._sent, self._failed)

    def _failed(self, problem: BaseException) -> None:
        if not isinstance(problem, GsmeetError):
            raise problem  # a bug: the worker's hook shows it
        self._later()

    def stop(self) -> None:
        self._timer.stop()

    def _sent(self, flushed: Flushed) -> None:
        from gsmeet.ui.kit.wording import one_line

        earlier = False
        for sent in flushed.sent:
            kept = self._kept.pop(sent.uid, None)
            if kept is None:
                earlier = True
                continue
            self._history.adopt(kept.operation, sent.result, kept.then)
            kept.landed(sent.result)
        for refused in flushed.refused:
            kept = self._kept.pop(refused.uid, None)
            if kept is not None:
                kept.refused(one_line(refused.problem))
            elif refused.text:
                self.returned.emit(refused.text, one_line(refused.problem))
        self._count(flushed.left)
        if earlier:
            self.landed_earlier.emit()
        if flushed.left:
            self._later()
        else:
            self._timer.stop()
            self._tries = 0

    def _later(self) -> None:
        self._timer.start(BACKOFF_MS[min(self._tries, len(BACKOFF_MS) - 1)])
        self._tries += 1

    def _count(self, count: int) -> None:
        if count != self.count:
            self.count = count
            self.count_changed.emit(count)
