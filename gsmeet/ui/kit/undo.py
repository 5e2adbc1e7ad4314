"""Undo and redo for the window's edits: one :class:`QUndoStack`, commands that call
services through the database worker.

Every service edit returns what undoes it, and undoing returns what redoes it. A
:class:`Step` keeps that value (its *state*) and hands it from one call to the next: it
is only ever read and replaced inside jobs, on the worker thread, where jobs run one
after the other in the order they were submitted. So pressing Ctrl+Z three times in a
row queues three undos that each find the state the previous one left, without waiting
for the screen to catch up.

Every edit says what it changes (the :class:`~gsmeet.domain.changes.Changes` its
services declare); after the edit, and after each undo and redo, :attr:`History.changed`
carries them to the one place that refreshes the screens
(:meth:`gsmeet.ui.kit.context.Context.apply`).

An edit is first carried out (:meth:`History.perform`) and only pushed on the stack once
it succeeded, so a refused edit (a blank name, a locked meeting) leaves no entry. When
an undo or redo fails, the database is as it was before that call (each service call is
one transaction), but the history no longer matches it: it is cleared, and the user is
told why in one line.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from gsmeet.domain.errors import GsmeetError
from gsmeet.ui.kit.wording import one_line

if TYPE_CHECKING:
    from gsmeet.domain.changes import Changes
    from gsmeet.services.store import Database
    from gsmeet.ui.kit.worker import Worker

S = TypeVar("S")  # what undoes an edit
U = TypeVar("U")  # what redoes it


def touched(module: str, *names: str) -> Callable[[], Changes]:
    """What the services ``names`` of ``module`` change (their declared
    :class:`~gsmeet.domain.changes.Changes`), asked once the edit has landed: by then
    the worker has imported them, so the GUI thread never loads the database layer."""

    def ask() -> Changes:
        from gsmeet.services.changes import changes_of

        found = importlib.import_module(module)
        return changes_of(*(getattr(found, name) for name in names))

    return ask


class Step(QUndoCommand):
    """One edit on the undo stack. ``undo(store, state)`` and ``redo(store, state)`` run
    on the worker; each returns the state the other one needs next."""

    def __init__(
        self,
        history: History,
        text: str,
        state: Any,
        *,
        undo: Callable[[Database, Any], Any],
        redo: Callable[[Database, Any], Any],
        changes: Changes | Callable[[], Changes],
    ) -> None:
        super().__init__(text)
        self._history = history
        self._state: Any = state
        self._undo = undo
        self._redo = redo
        self._changes = changes
        self._done = True  # pushed after the edit ran: the stack's first redo() is a no-op

    def undo(self) -> None:
        self._history.run_step(self, self._undo)

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._history.run_step(self, self._redo)

    def advance(self, store: Database, call: Callable[[Database, Any], Any]) -> None:
        """Run ``call`` on the current state and keep what it returns (worker thread)."""
        self._state = call(store, self._state)

    def changes(self) -> Changes:
        return self._changes() if callable(self._changes) else self._changes


class History(QObject):
    """The window's undo stack, and the one way its editors change the database."""

    failed = Signal(str)  # one line: an edit, undo or redo was refused
    changed = Signal(object)  # Changes: an edit, undo or redo reached the database

    def __init__(self, worker: Worker, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(200)
        self._performing = 0  # edits submitted and not yet on the stack
        self._deferred: list[Callable[[], None]] = []  # undo/redo asked for meanwhile

    def perform(
        self,
        text: str,
        do: Callable[[Database], S],
        undo: Callable[[Database, S], U],
        redo: Callable[[Database, U], S],
        changes: Changes | Callable[[], Changes],
        *,
        on_done: Callable[[S], None] | None = None,
        on_error: Callable[[str], None] | None = None,
    ) -> None:
        """Carry out an edit on the worker; when it succeeded, push it on the undo stack
        (as ``text``), announce its ``changes`` (:attr:`changed`) and call
        ``on_done(result)``. A refused edit goes to ``on_error`` (one line), or to
        :attr:`failed`."""

        def done(result: S) -> None:
            step = Step(self, text, result, undo=undo, redo=redo, changes=changes)
            self.stack.push(step)
            self.changed.emit(step.changes())
            if on_done is not None:
                on_done(result)
            self._performed()

        def error(problem: BaseException) -> None:
            self._performed()
            message = self.describe(problem)
            if on_error is not None:
                on_error(message)
            else:
                self.failed.emit(message)

        self._performing += 1
        self.worker.submit(do, done, error)

    def _performed(self) -> None:
        self._performing -= 1
        if not self._performing:
            deferred, self._deferred = self._deferred, []
            for call in deferred:
                call()

    def run_step(self, step: Step, call: Callable[[Database, Any], Any]) -> None:
        def done(_result: None) -> None:
            self.changed.emit(step.changes())

        def error(problem: BaseException) -> None:
            message = self.describe(problem)
            self.stack.clear()
            self.failed.emit(
                self.tr("{message} (the undo history was cleared)").format(message=message)
            )

        self.worker.submit(lambda store: step.advance(store, call), done, error)

    def clear(self) -> None:
        self.stack.clear()

    def undo(self) -> None:
        """Undo the last edit; one still on its way to the database first arrives (Ctrl+Z
        right after typing undoes what was typed, not the edit before it)."""
        if self._performing:
            self._deferred.append(self.stack.undo)
        else:
            self.stack.undo()

    def redo(self) -> None:
        if self._performing:
            self._deferred.append(self.stack.redo)
        else:
            self.stack.redo()

    @staticmethod
    def describe(problem: BaseException) -> str:
        """The one line a user is shown; anything but a :class:`GsmeetError` is a bug."""
        if isinstance(problem, GsmeetError):
            return one_line(problem)
        raise problem
