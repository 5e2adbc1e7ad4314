"""A read-only screen's ear on the database: :attr:`ChangeWatch.changed` fires when
another screen has committed a change, so that the screen reads the session again.

On a server database the watch listens (PostgreSQL's LISTEN/NOTIFY on a connection of
its own, :mod:`gsmeet.storage.notices`): a change is heard as it commits, through the
connection's socket in the event loop — no thread, nothing read while nothing
changes. Should the listening connection be lost (or none be had), the watch reads
again every :data:`POLL_MS` instead, as before there was an ear. A slow
:data:`SAFETY_MS` read stays on while listening (a change made by a gsmeet that does
not announce it)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSocketNotifier, QTimer, Signal

if TYPE_CHECKING:
    from gsmeet.services.store import ChangeListener, Database
    from gsmeet.ui.kit.worker import Worker

POLL_MS = 3_000  # without an ear: read again this often
SAFETY_MS = 60_000  # with one: still read again this often
GATHER_MS = 50  # the changes of one burst (an entry and its item) read once


class ChangeWatch(QObject):
    changed = Signal()

    def __init__(self, worker: Worker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._active = False
        self.listener: ChangeListener | None = None
        self._notifier: QSocketNotifier | None = None
        self._poll = QTimer(self)
        self._poll.timeout.connect(self.changed.emit)
        self._gather = QTimer(self)
        self._gather.setSingleShot(True)
        self._gather.setInterval(GATHER_MS)
        self._gather.timeout.connect(self.changed.emit)

    @property
    def listening(self) -> bool:
        return self._notifier is not None

    def start(self) -> None:
        """Begin watching (the ear is opened on the worker: it connects)."""
        if self._active:
            return
        self._active = True

        def job(store: Database) -> ChangeListener | None:
            from gsmeet.services.live.lease import listen

            return listen(store)

        self._worker.submit(job, self._opened, lambda _error: self._deaf())

    def _opened(self, listener: ChangeListener | None) -> None:
        if not self._active:  # stopped meanwhile
            if listener is not None:
                listener.close()
            return
        if listener is None:
            self._deaf()
            return
        self.listener = listener
        self._notifier = QSocketNotifier(listener.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._heard)
        self._poll.start(SAFETY_MS)

    def _heard(self) -> None:
        if self.listener is None:
            return
        tables = self.listener.take()
        if tables is None:  # the connection is lost: read again now, then every few seconds
            self._close()
            self._deaf()
            self.changed.emit()
        elif tables:
            self._gather.start()

    def _deaf(self) -> None:
        if self._active:
            self._poll.start(POLL_MS)

    def stop(self) -> None:
        self._active = False
        self._poll.stop()
        self._gather.stop()
        self._close()

    def _close(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self.listener is not None:
            self.listener.close()
            self.listener = None
