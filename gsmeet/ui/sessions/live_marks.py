"""The session list's "live": on a server database, which session a live screen runs
(this computer's or another's), who runs it and where, read again every
:data:`POLL_MS` (one small table: the leases). Nothing on a file: one writer at a time
is the file's lock."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

if TYPE_CHECKING:
    from gsmeet.domain.live import LeaseHolder
    from gsmeet.services.store import Database
    from gsmeet.ui.kit.worker import Worker
    from gsmeet.ui.sessions.meeting_list import MeetingListModel

POLL_MS = 10_000


class LiveMarks(QObject):
    def __init__(
        self,
        worker: Worker,
        model: MeetingListModel,
        clock: Callable[[], datetime],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._model = model
        self._clock = clock
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self.refresh)
        self._asked = False  # a read on its way (never two queued)

    def watch(self, shared: bool) -> None:
        """Follow the leases of a server database (``shared``), or show none."""
        if shared:
            self._timer.start()
            self.refresh()
        else:
            self._timer.stop()
            self._model.set_live({})

    def refresh(self) -> None:
        if self._asked:
            return
        self._asked = True
        now = self._clock()

        def job(store: Database) -> dict[int, LeaseHolder]:
            from gsmeet.services.live.lease import leases

            return leases(store, now=now)

        def done(found: dict[int, LeaseHolder]) -> None:
            self._asked = False
            if self._timer.isActive():
                self._model.set_live(found)

        def failed(_error: BaseException) -> None:
            self._asked = False  # (a lost connection: the next read tries again)

        self._worker.submit(job, done, failed)
