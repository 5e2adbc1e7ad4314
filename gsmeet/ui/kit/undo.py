"""Undo and redo: one :class:`Operation` type for every edit a window makes, and one
:class:`History` per window (the main window's, the live screen's), each a
:class:`QUndoStack` whose commands call services through the database worker.

An :class:`Operation` is three worker jobs — do it, undo it, redo it — and what it is
called. Every service edit returns what undoes it, and undoing returns what redoes it:
a :class:`Step` keeps that value (its *state*) and hands it from one call to the next.
It is only ever read and replaced inside jobs, on the worker thread, where jobs run
one after the other in the order they were submitted. So pressing Ctrl+Z three times
in a row queues three undos that each find the state the previous one left, without
waiting for the screen to catch up. The ``ops`` module of each feature builds its
operations; the window's history performs them.

Every edit says what it changes (the :class:`~gsmeet.domain.changes.Changes` its
services declare); after the edit, and after each undo and redo, :attr:`History.changed`
carries them to whoever refreshes the screens.

An edit is first carried out (:meth:`History.perform`) and only pushed on the stack once
it succeeded, so a refused edit (a blank name, a locked meeting) leaves no entry. Until
it has landed, an undo (or redo) asked for waits: Ctrl+Z pressed while a remark is
still being saved undoes that remark, not the edit before it. When an undo or redo
fails, the database is as it was before that call (each service call is one
transaction), but the history no longer matches it: it is cleared, and the user is
told why in one line.

Every edit is made on the rows as the screen showed them (``perform(seen=…)``) and
every undo and redo on the rows as this window's own edits left them: a row someone
else changed since is not written over — the edit, undo or redo is refused naming
who changed what (:mod:`gsmeet.storage.versions`), and the screens read it again.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from gsmeet.domain.changes import NOTHING, Changes
from gsmeet.domain.edits import ChangedMeanwhile, GoneMeanwhile, Seen
from gsmeet.domain.errors import GsmeetError
from gsmeet.ui.kit.wording import one_line

if TYPE_CHECKING:
    from gsmeet.services.store import Database
    from gsmeet.ui.kit.worker import Worker

DEFAULT_LIMIT = 200
NOTHING_SEEN = Seen()
Then = Callable[[Any], None]


def touched(module: str, *names: str) -> Callable[[], Changes]:
    """What the services ``names`` of ``module`` change (their declared
    :class:`~gsmeet.domain.changes.Changes`), asked once the edit has landed: by then
    the worker has imported them, so the GUI thread never loads the database layer."""

    def ask() -> Changes:
        from gsmeet.services.changes import changes_of

        found = importlib.import_module(module)
        return changes_of(*(getattr(found, name) for name in names))

    return ask


class Operation(NamedTuple):
    """An edit that can be taken back. ``do(store)`` returns what ``undo(store, it)``
    needs; ``undo`` returns what ``redo(store, it)`` needs, and ``redo`` what ``undo``
    needs again. ``text`` names it (the Edit menu: "Undo Add member 홍길동");
    ``undone(result)``, given what an undo returned, says what the undo took back
    ("Remark deleted: 김태형 18:53 …"; without it: "Undone: {text}")."""

    text: str
    do: Callable[[Database], Any]
    undo: Callable[[Database, Any], Any]
    redo: Callable[[Database, Any], Any]
    changes: Changes | Callable[[], Changes] = NOTHING
    undone: Callable[[Any], str] | None = None


class Step(QUndoCommand):
    """One performed :class:`Operation` on the undo stack."""

    def __init__(self, history: History, operation: Operation, state: Any, then: Then | None):
        super().__init__(operation.text)
        self._history = history
        self.operation = operation
        self._state: Any = state
        self.then = then
        self._done = True  # pushed after the edit ran: the stack's first redo() is a no-op

    def undo(self) -> None:
        self._history.run_step(self, self.operation.undo, undoing=True)

    def redo(self) -> None:
        if self._done:
            self._done = False
            return
        self._history.run_step(self, self.operation.redo, undoing=False)

    def advance(self, store: Database, call: Callable[[Database, Any], Any]) -> Any:
        """Run ``call`` on the current state and keep what it returns (worker thread),
        on the rows as this window's edits left them: one someone else changed since
        is not written over."""
        self._state = self._history.based_on(None, store, lambda: call(store, self._state))
        return self._state

    def changes(self) -> Changes:
        changes = self.operation.changes
        return changes() if callable(changes) else changes


class History(QObject):
    """A window's undo stack, and the one way its editors change the database."""

    failed = Signal(str)  # one line: an edit, undo or redo was refused
    changed = Signal(object)  # Changes: an edit, undo or redo reached the database
    undone = Signal(str)  # one line: what an undo took back
    redone = Signal(str)  # one line: what a redo did again

    def __init__(
        self, worker: Worker, *, limit: int = DEFAULT_LIMIT, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.worker = worker
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(limit)
        self._performing = 0  # edits submitted and not yet on the stack
        self._deferred: list[Callable[[], None]] = []  # undo/redo asked for meanwhile
        # The versioned rows as this window's edits, undos and redos left them (read
        # and replaced only in jobs, on the worker thread, one after the other).
        self._left = Seen()

    def based_on(self, seen: Seen | None, store: Database, call: Callable[[], Any]) -> Any:
        """Run ``call`` (worker thread) as an edit made on the rows as ``seen`` (a
        screen's; each at the newer of that and what this window's own edits left
        since), or, for an undo or redo (``None``), on the rows as this window's own
        edits left them: a row someone else changed since is refused, never written
        over."""
        from gsmeet.services.edits import based_on

        with based_on(self._left if seen is None else seen.since(self._left)) as watch:
            result = call()
        self._left = self._left.without(watch.gone()) | watch.left()
        return result

    @property
    def landing(self) -> bool:
        """Whether an edit is still on its way to the database."""
        return self._performing > 0

    def perform(
        self,
        operation: Operation,
        *,
        on_done: Then | None = None,
        on_error: Callable[[str], None] | None = None,
        then: Then | None = None,
        seen: Seen = NOTHING_SEEN,
        on_problem: Callable[[GsmeetError], None] | None = None,
    ) -> None:
        """Carry out ``operation`` on the worker; when it succeeded, push it on the undo
        stack, announce its changes (:attr:`changed`) and call ``on_done(result)``. A
        refused edit goes to ``on_problem`` (the error itself), else ``on_error`` (one
        line), else :attr:`failed`. ``then`` gets what each later undo and redo returns
        (a screen that folds it in). ``seen``: the rows as the screen showed them (an
        edit of a row someone else changed since is refused, and every screen reads it
        again)."""

        def done(result: Any) -> None:
            self.adopt(operation, result, then)
            if on_done is not None:
                on_done(result)
            self._performed()

        def error(problem: BaseException) -> None:
            self._performed()
            if isinstance(problem, ChangedMeanwhile | GoneMeanwhile):
                # Someone else changed what the screen showed: every screen that shows
                # it reads it again (an edit that was refused changes nothing itself).
                changes = operation.changes
                self.changed.emit(changes() if callable(changes) else changes)
            message = self.describe(problem)
            if on_problem is not None and isinstance(problem, GsmeetError):
                on_problem(problem)
            elif on_error is not None:
                on_error(message)
            else:
                self.failed.emit(message)

        self._performing += 1
        self.worker.submit(
            lambda store: self.based_on(seen, store, lambda: operation.do(store)), done, error
        )

    def adopt(self, operation: Operation, result: Any, then: Then | None = None) -> None:
        """``operation`` was carried out (``result``: what its undo needs): on the
        stack, its changes announced. :meth:`perform` ends so; an entry kept while the
        server did not answer and sent later ends so too."""
        step = Step(self, operation, result, then)
        self.stack.push(step)
        self.changed.emit(step.changes())

    def _performed(self) -> None:
        self._performing -= 1
        if not self._performing:
            deferred, self._deferred = self._deferred, []
            for call in deferred:
                call()

    def run_step(self, step: Step, call: Callable[[Database, Any], Any], *, undoing: bool) -> None:
        def done(result: Any) -> None:
            self.changed.emit(step.changes())
            if step.then is not None:
                step.then(result)
            if undoing:
                self.undone.emit(self._undone_text(step.operation, result))
            else:
                self.redone.emit(self.tr("Redone: {what}").format(what=step.operation.text))

        def error(problem: BaseException) -> None:
            message = self.describe(problem)
            self.stack.clear()
            if isinstance(problem, ChangedMeanwhile | GoneMeanwhile):
                self.changed.emit(step.changes())  # the screens show their change
            self.failed.emit(
                self.tr("{message} (the undo history was cleared)").format(message=message)
            )

        self.worker.submit(lambda store: step.advance(store, call), done, error)

    def _undone_text(self, operation: Operation, result: Any) -> str:
        if operation.undone is not None:
            return operation.undone(result)
        return self.tr("Undone: {what}").format(what=operation.text)

    def clear(self) -> None:
        """Forget the undo stack and what this window's edits left (another committee
        or database: its rows' ids and versions are not these)."""
        self.stack.clear()
        self._left = Seen()

    def undo(self) -> None:
        """Undo the last edit; one still on its way to the database first lands (Ctrl+Z
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
