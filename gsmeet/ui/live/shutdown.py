"""SIGTERM (an OS shutdown, ``kill``) during a live session: keep the draft, let the
worker commit the edit it was given, close cleanly.

Python runs a signal handler only when the interpreter gets control, and during
``app.exec()`` Qt's C++ event loop has it. So the C-level handler's wake-up byte
(``signal.set_wakeup_fd``) goes to a socket that a :class:`QSocketNotifier` watches:
the event loop wakes at once and the Python slot does the work — no polling timer.
"""

from __future__ import annotations

import signal
import socket
from collections.abc import Callable
from types import FrameType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QSocketNotifier, QTimer
from PySide6.QtWidgets import QApplication

if TYPE_CHECKING:
    from gsmeet.ui.kit.worker import Worker
    from gsmeet.ui.live.drafts import DraftKeeper


class TerminationHandler(QObject):
    """Installed by :func:`install_termination_handler`; ``uninstall`` puts back the
    previous handlers."""

    def __init__(
        self, app: QCoreApplication, on_terminate: Callable[[], None], signals: tuple[int, ...]
    ) -> None:
        super().__init__(app)
        self._on_terminate = on_terminate
        self._reader, self._writer = socket.socketpair()
        self._reader.setblocking(False)
        self._writer.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._writer.fileno())
        self._previous = {number: signal.signal(number, _noted) for number in signals}
        self._notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.activated.connect(self._woken)
        self._done = False

    def _woken(self) -> None:
        try:
            received = self._reader.recv(64)
        except BlockingIOError:
            return
        if self._done or not any(byte in self._previous for byte in received):
            return
        self._done = True
        self._on_terminate()

    def uninstall(self) -> None:
        self._notifier.setEnabled(False)
        signal.set_wakeup_fd(self._previous_fd)
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        self._reader.close()
        self._writer.close()


def _noted(_number: int, _frame: FrameType | None) -> None:
    """The Python-level handler: the work is done by the notifier's slot."""


def flush(drafts: DraftKeeper, worker: Worker, timeout_ms: int = 5000) -> bool:
    """Keep what is typed and let the worker commit what it was given (SIGTERM, a live
    window closing): drafts saved durably now, then the queued jobs finished. Returns
    whether the worker got through them in time."""
    drafts.flush()
    loop = QEventLoop()
    deadline = QTimer()
    deadline.setSingleShot(True)
    deadline.start(timeout_ms)
    while worker.busy and deadline.isActive():
        # Asleep until the worker reports (or the deadline): a loop polling the
        # events would hold the interpreter against the worker and slow it down.
        loop.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents)
    # Again, in case a save queued before the first flush already ran its check.
    drafts.flush()
    return not worker.busy


def close_live_windows_and_quit(app: QCoreApplication) -> None:
    """Flush every open live window (drafts saved, queued edits committed), close
    them, and end the event loop."""
    from gsmeet.ui.live.window import LiveWindow

    if isinstance(app, QApplication):
        for widget in app.topLevelWidgets():
            if isinstance(widget, LiveWindow):
                widget.close()  # its closeEvent flushes
    app.quit()


def install_termination_handler(
    app: QCoreApplication,
    on_terminate: Callable[[], None] | None = None,
    signals: tuple[int, ...] = (signal.SIGTERM,),
) -> TerminationHandler:
    """On SIGTERM, call ``on_terminate`` in the event loop (by default: flush and close
    the live windows, then quit). Call from the GUI thread after the app exists."""
    action = on_terminate or (lambda: close_live_windows_and_quit(app))
    return TerminationHandler(app, action, signals)
