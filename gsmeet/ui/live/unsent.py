"""Entries not yet on the server (a server database whose connection was lost): kept
on this computer (:mod:`gsmeet.services.live.outbox`), shown as such, and sent again by
themselves — on the worker, never on the GUI thread, after 1, 2, 4, 8 and then every
15 seconds — until the server has them all. Each one sent lands as if it had been saved
at once: on screen as saved, on the undo history."""

from __future__ import annotations

from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, QTimer, Signal

from gsmeet.domain.errors import GsmeetError

if TYPE_CHECKING:
    from gsmeet.services.live.outbox import Flushed, OutboxBook
    from gsmeet.services.store import Database
    from gsmeet.ui.kit.undo import History, Operation, Then
    from gsmeet.ui.kit.worker import Worker

BACKOFF_MS = (1_000, 2_000, 4_000, 8_000, 15_000)


class Kept(NamedTuple):
    token: int
    operation: Operation
    then: Then | None


class UnsentEntries(QObject):
    """``count_changed(n)``: n entries are not yet on the server (0: all are).
    ``sent(token, result)``: an entry kept on this screen reached the server.
    ``refused(token, why)``: the server refused it for good (out of the outbox).
    ``landed_earlier()``: entries kept by an earlier run were sent (read the state).
    ``returned(text, why)``: one an earlier run kept was refused for good: its text
    goes back to the entry, so that nothing typed is lost."""

    count_changed = Signal(int)
    sent = Signal(int, object)
    refused = Signal(int, str)
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

    def keep(
        self, uid: str, token: int, operation: Operation, then: Then | None, left: int
    ) -> None:
        """The entry ``uid`` stays kept (``left`` in all): sent by the next attempt."""
        self._kept[uid] = Kept(token, operation, then)
        self._count(left)
        if not self._timer.isActive():
            self._tries = 0
            self._later()
        elif self._timer.remainingTime() > BACKOFF_MS[0]:
            # Perhaps kept only behind older ones, the server back: try soon.
            self._timer.start(BACKOFF_MS[0])

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
            self.sent.emit(kept.token, sent.result)
        for refused in flushed.refused:
            kept = self._kept.pop(refused.uid, None)
            if kept is not None:
                self.refused.emit(kept.token, one_line(refused.problem))
            else:
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
