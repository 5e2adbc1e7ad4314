"""One operator per live session on a server database (issue 13): the live screen takes
the session's lease once the session is on screen, renews it while it runs, gives it
back when it closes (:mod:`gsmeet.services.live.lease`). When another screen has it,
this one says who and shows the session read-only, reading it again whenever the other
screen's changes commit (:mod:`gsmeet.ui.live.watching`);
a lease left by a screen that stopped answering (a crash, a lost laptop) is offered to
take over, naming who had it. On a file nothing of this happens: one writer at a time
is the file's lock already.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from datetime import datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QMessageBox, QWidget

from gsmeet.domain.locations import Server
from gsmeet.ui.kit.wording import describe
from gsmeet.ui.live.watching import ChangeWatch

if TYPE_CHECKING:
    from PySide6.QtGui import QAction

    from gsmeet.domain.live import LeaseHolder, LiveState
    from gsmeet.services.store import Database
    from gsmeet.ui.live.session import LiveSession
    from gsmeet.ui.live.status import StatusLine


class LeaseController(QObject):
    """``parts``: the widgets and actions that record (disabled while read-only)."""

    def __init__(
        self,
        parent: QWidget,
        session: LiveSession,
        status: StatusLine,
        parts: tuple[QWidget | QAction, ...],
        clock: Callable[[], datetime],
    ) -> None:
        super().__init__(parent)
        from gsmeet.services.live.lease import RENEW_EVERY

        self._window = parent
        self._session = session
        self._status = status
        self._parts = parts
        self._clock = clock
        self.token = uuid.uuid4().hex
        self.holding = False
        self.read_only = False
        self.reason = ""
        self.offer: QMessageBox | None = None  # the question "take over?", while asked
        self._renew = QTimer(self)
        self._renew.setInterval(int(RENEW_EVERY.total_seconds() * 1000))
        self._renew.timeout.connect(self._renew_now)
        self.watch = ChangeWatch(session.worker, self)
        self.watch.changed.connect(session.reload)
        session.opened.connect(self._opened)
        session.shown.connect(self._keep_read_only)

    @property
    def shared(self) -> bool:
        return isinstance(self._session.database, Server)

    def _opened(self, _state: LiveState) -> None:
        if self.shared and not self.holding:
            self.take()

    def take(self, *, take_over: bool = False) -> None:
        """Take the lease on the worker (``take_over``: from the screen named)."""
        meeting_id, token, now = self._session.meeting_id, self.token, self._clock()

        def job(store: Database) -> LeaseHolder:
            from gsmeet.services.live.lease import take_lease

            return take_lease(store, meeting_id, token, now=now, take_over=take_over)

        self._session.worker.submit(job, self._held, self._refused)

    def _held(self, _holder: LeaseHolder) -> None:
        self.holding = True
        self.watch.stop()
        self._renew.start()
        if self.read_only:
            self._set_read_only(False, "")
            self._session.reload()

    def _refused(self, error: BaseException) -> None:
        from gsmeet.services.live.lease import LeftRunning, RunElsewhere

        if not isinstance(error, (RunElsewhere, LeftRunning)):
            self._status.refuse(describe(error))
            return
        self._set_read_only(True, describe(error))
        if isinstance(error, LeftRunning):
            self._offer_take_over()

    def _offer_take_over(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Take over the session?"),
            self.reason,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self._window,
        )
        box.setInformativeText(
            self.tr(
                "Take it over only if that screen is closed or its computer is off: "
                "whatever it still holds unsaved stays there."
            )
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("&Take over"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("&Watch only"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.finished.connect(
            lambda answer: (
                self.take(take_over=True) if answer == QMessageBox.StandardButton.Yes else None
            )
        )
        self.offer = box
        box.open()

    def _renew_now(self) -> None:
        meeting_id, token, now = self._session.meeting_id, self.token, self._clock()

        def job(store: Database) -> None:
            from gsmeet.services.live.lease import renew_lease

            renew_lease(store, meeting_id, token, now=now)

        self._session.worker.submit(job, lambda _none: None, self._renew_refused)

    def _renew_refused(self, error: BaseException) -> None:
        from gsmeet.services.live.lease import TakenOver

        if isinstance(error, TakenOver):
            self.holding = False
            self._renew.stop()
            self._set_read_only(True, describe(error))
        # (a lost connection: the next renewal tries again; the entries say it themselves)

    def release(self) -> None:
        """Give the lease back (the window closes): queued after what it still saves."""
        self._renew.stop()
        self.watch.stop()
        if not self.holding:
            return
        self.holding = False
        meeting_id, token = self._session.meeting_id, self.token

        def job(store: Database) -> None:
            from gsmeet.services.live.lease import release_lease

            release_lease(store, meeting_id, token)

        self._session.worker.submit(job, lambda _none: None, lambda _error: None)

    def _set_read_only(self, read_only: bool, reason: str) -> None:
        self.read_only, self.reason = read_only, reason
        self._keep_read_only()
        if read_only:
            self._status.refuse(reason)
            self.watch.start()
        else:
            for part in self._parts:
                part.setEnabled(True)
            self._status.say("")

    def _keep_read_only(self, _state: object = None) -> None:
        # After every state drawn: the controllers enable what the state allows.
        if self.read_only:
            for part in self._parts:
                part.setEnabled(False)
