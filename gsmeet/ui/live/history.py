"""Undo and redo of every live edit: one :class:`QUndoStack` whose commands call the
services' inverse functions through the database worker.

Each service edit returns what undoes it, and each undo returns what redoes it. A
:class:`LiveStep` keeps that value and passes it from call to call *on the worker*,
where jobs run one after another in submission order: three quick Ctrl+Z presses queue
three undos, each finding the value the previous one left, without waiting for the
screen. An edit is pushed only once it was committed, so a refused edit leaves no step.
A failed undo leaves the database as it was (one transaction per call), but the stack
no longer matches it: it is cleared, and the secretary is told why.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from gsmeet.domain.errors import GsmeetError
from gsmeet.ui.kit.wording import one_line

if TYPE_CHECKING:
    from gsmeet.services.store import Database
    from gsmeet.ui.kit.worker import Worker

S = TypeVar("S")
U = TypeVar("U")
After = Callable[[Any], None]


class LiveStep(QUndoCommand):
    def __init__(
        self,
        history: LiveHistory,
        text: str,
        state: Any,
        *,
        undo: Callable[[Database, Any], Any],
        redo: Callable[[Database, Any], Any],
        after: After,
    ) -> None:
        super().__init__(text)
        self._history = history
        self._state: Any = state
        self._undo = undo
        self._redo = redo
        self.after = after
        self._fresh = True  # pushed once done: QUndoStack.push calls redo() at once

    def undo(self) -> None:
        self._history.run(self, self._undo)

    def redo(self) -> None:
        if self._fresh:
            self._fresh = False
            return
        self._history.run(self, self._redo)

    def advance(self, store: Database, call: Callable[[Database, Any], Any]) -> Any:
        """Worker thread: run ``call`` on the kept value and keep what it returns."""
        self._state = call(store, self._state)
        return self._state


class LiveHistory(QObject):
    failed = Signal(str)  # one line: why an edit, an undo or a redo was refused
    changed = Signal()  # an edit, undo or redo reached the database

    def __init__(self, worker: Worker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(500)

    def perform(
        self,
        text: str,
        do: Callable[[Database], S],
        undo: Callable[[Database, S], U],
        redo: Callable[[Database, U], S],
        after: After,
        *,
        on_done: After | None = None,
        on_error: Callable[[str], None] | None = None,
    ) -> None:
        """Run ``do`` on the worker; once committed, push it as ``text`` and call
        ``on_done(result)`` (default ``after``); ``after`` gets the result of each undo
        and redo."""

        def done(result: S) -> None:
            self.stack.push(LiveStep(self, text, result, undo=undo, redo=redo, after=after))
            (on_done or after)(result)
            self.changed.emit()

        def error(problem: BaseException) -> None:
            message = describe(problem)
            if on_error is not None:
                on_error(message)
            else:
                self.failed.emit(message)

        self.worker.submit(do, done, error)

    def run(self, step: LiveStep, call: Callable[[Database, Any], Any]) -> None:
        def done(result: Any) -> None:
            step.after(result)
            self.changed.emit()

        def error(problem: BaseException) -> None:
            self.stack.clear()
            self.failed.emit(
                self.tr("{message} (the undo history was cleared)").format(
                    message=describe(problem)
                )
            )

        self.worker.submit(lambda store: step.advance(store, call), done, error)


def describe(problem: BaseException) -> str:
    """The one line the secretary sees; anything but a :class:`GsmeetError` is a bug
    and goes on to the crash handler."""
    if isinstance(problem, GsmeetError):
        return one_line(problem)
    raise problem
