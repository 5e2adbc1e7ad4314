"""The GUI thread never waits for a save: with the database worker held up, remarks
typed with the keyboard still appear at once (shown as saving), the event loop keeps
turning, and every one is saved, in order, when the worker is free again.

No clock is read: the worker is held by a gate the test opens, so a busy machine
changes how long this takes, never its outcome. The timing figure (no GUI stall over
50 ms during a burst of saves) is measured by ``benchmarks/heartbeat.py``."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from gsmeet.ui.live.window import LiveWindow

from .conftest import WAIT_MS, settle

REMARKS = 20


def test_typing_goes_on_while_the_worker_is_held(qtbot: QtBot, live: LiveWindow) -> None:
    saved: list[str] = []
    live.remark_saved.connect(lambda _remark_id, text: saved.append(text))
    gate = threading.Event()
    held = threading.Event()

    def hold() -> None:  # a slow disk: the worker sits here until the test says
        held.set()
        gate.wait(timeout=WAIT_MS / 1000 * 3)

    live.worker.call(hold, lambda _none: None)
    qtbot.waitUntil(held.is_set, timeout=WAIT_MS)
    try:
        ticks: list[int] = []
        heartbeat = QTimer()
        heartbeat.timeout.connect(lambda: ticks.append(1))
        heartbeat.start(1)
        typed = [f"예산 편성에 대한 발언 {n}" for n in range(REMARKS)]
        for text in typed:
            live.entry.insertPlainText(text)
            qtbot.keyClick(live.entry, Qt.Key.Key_Return)
            assert live.entry.toPlainText() == ""  # taken at once, ready for the next
        # The loop turns (timers fire, the pending rows are painted) with the saves queued.
        before = len(ticks)
        qtbot.waitUntil(lambda: len(ticks) >= before + 5, timeout=WAIT_MS)
        heartbeat.stop()
        assert live.remark_model.rowCount() == REMARKS
        assert all(live.remark_model.is_pending(row) for row in range(REMARKS))
        assert saved == [] and live.worker.busy
    finally:
        gate.set()
    qtbot.waitUntil(lambda: len(saved) == REMARKS, timeout=WAIT_MS)
    settle(qtbot, live)
    assert saved == typed
    assert not any(live.remark_model.is_pending(row) for row in range(REMARKS))
    state = live.session.state
    assert state is not None and [r.text for r in state.remarks] == typed
