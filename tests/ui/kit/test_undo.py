"""The one undo history: an operation's three jobs run on the worker, in order; Ctrl+Z
pressed before an edit has landed waits for it and undoes *that* edit, never the one
before; the status line says what an undo took back. The worker is held on a gate
the test opens, so no clock decides the outcome."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from pytestqt.qtbot import QtBot

from gsmeet.domain.changes import STRATEGIES
from gsmeet.services.store import Database
from gsmeet.ui.kit.undo import History, Operation
from gsmeet.ui.kit.worker import Worker
from gsmeet.ui.shell.main_window import MainWindow
from gsmeet.ui.strategies.model import StrategyModel

from ..conftest import WAIT_MS, OpenWindow


@contextmanager
def held(qtbot: QtBot, worker: Worker) -> Iterator[None]:
    """The worker sits on a gate (a slow disk) until the block ends."""
    gate, sitting = threading.Event(), threading.Event()

    def hold() -> None:
        sitting.set()
        gate.wait(timeout=WAIT_MS / 1000 * 3)

    worker.call(hold, lambda _none: None)
    qtbot.waitUntil(sitting.is_set, timeout=WAIT_MS)
    try:
        yield
    finally:
        gate.set()


def test_an_operation_runs_undo_and_redo_in_order(
    qtbot: QtBot, worker: Worker, demo_db: Path
) -> None:
    opened: list[object] = []
    worker.open(demo_db, lambda _store: None, opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=WAIT_MS)
    history = History(worker, limit=2)
    log: list[str] = []
    told: list[str] = []
    history.undone.connect(told.append)
    changed: list[object] = []
    history.changed.connect(changed.append)

    def operation(name: str) -> Operation:
        return Operation(
            name,
            lambda _store: log.append(f"do {name}") or name,
            lambda _store, state: log.append(f"undo {state}") or f"{state}'",
            lambda _store, state: log.append(f"redo {state}") or name,
            STRATEGIES,
            lambda state: f"took back {state}",
        )

    for name in "abc":
        history.perform(operation(name))
    qtbot.waitUntil(lambda: history.stack.count() == 2, timeout=WAIT_MS)  # the limit
    history.undo()
    history.undo()
    history.undo()  # nothing left past the limit
    history.redo()
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    assert log == ["do a", "do b", "do c", "undo c", "undo b", "redo b'"]
    assert told == ["took back c'", "took back b'"]
    assert changed == [STRATEGIES] * 6


def test_ctrl_z_before_the_edit_lands_undoes_that_edit(
    qtbot: QtBot, open_window: OpenWindow, demo_db: Path
) -> None:
    window: MainWindow = open_window(demo_db)
    window.menu_actions.show_strategies.trigger()
    page = window.workspace.strategy_page
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=WAIT_MS)

    def title(task_id: int) -> str:
        node = page.model.node_of(("task", task_id))
        assert node is not None
        return str(node.record.task.title)

    first, second = title(1), title(2)
    assert page.model.setData(page.model.index_of(("task", 1)), "먼저 고친 과제")
    qtbot.waitUntil(lambda: title(1) == "먼저 고친 과제", timeout=WAIT_MS)

    page.view.setFocus()
    with held(qtbot, window.worker):
        assert page.model.setData(page.model.index_of(("task", 2)), "저장 중인 과제")
        shortcut = window.menu_actions.undo.shortcut()
        assert shortcut == QKeySequence(QKeySequence.StandardKey.Undo)
        qtbot.keyClick(page.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        assert window.context.history.landing  # nothing landed yet: the undo waits
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: title(2) == second, timeout=WAIT_MS)
    assert title(1) == "먼저 고친 과제"  # the edit before it stays
    assert first != title(1)
    assert window.context.history.stack.index() == 1  # one left to undo: the first edit
    assert window.statusBar().currentMessage().startswith("Undone: Edit task")
    assert page.model.index_of(("task", 2), StrategyModel.STATUS).isValid()


def test_edits_are_made_on_what_the_screen_showed_and_undos_on_what_they_left(
    qtbot: QtBot, worker: Worker, demo_db: Path
) -> None:
    """A second edit before the screen has read the first back is not taken for
    someone else's; another window's change is, for an edit made on the older screen
    and for an undo; an edit not made on a screen (``seen`` empty) is not checked."""
    from gsmeet.services.agenda import agenda, update_item

    opened: list[Database] = []
    worker.open(demo_db, lambda store: store, opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=WAIT_MS)
    store = opened[0]  # (read here only while the worker is idle)
    plan = agenda(store, 3)
    first, second = plan.items[0].item, plan.items[1].item
    mine, other = History(worker), History(worker)
    failed: list[str] = []
    mine.failed.connect(failed.append)

    def rename(item_id: int, title: str) -> Operation:
        return Operation(
            title,
            lambda s: update_item(s, item_id, title=title),
            lambda s, old: update_item(s, item_id, title=old.title) and None,
            lambda s, _none: update_item(s, item_id, title=title),
        )

    def landed() -> None:
        qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)

    mine.perform(rename(first.id, "하나"), seen=plan.seen)
    mine.perform(rename(first.id, "둘"), seen=plan.seen)  # the screen not read again yet
    landed()
    assert failed == [] and mine.stack.count() == 2
    other.perform(rename(second.id, "다른 창"))  # another window, meanwhile
    landed()
    mine.perform(rename(second.id, "셋"), seen=plan.seen)
    landed()
    assert len(failed) == 1 and "was changed by" in failed[0]
    other.perform(rename(first.id, "다른 창의 제목"))
    landed()
    mine.undo()
    landed()
    assert len(failed) == 2 and not mine.stack.canUndo()  # refused, the history cleared
    titles = {p.item.id: p.item.title for p in agenda(store, 3).items}
    assert titles[first.id] == "다른 창의 제목" and titles[second.id] == "다른 창"
    mine.perform(rename(first.id, "넷"))  # not made on a screen: not checked
    landed()
    assert len(failed) == 2
