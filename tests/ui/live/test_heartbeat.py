"""The GUI thread never blocks: a 10 ms heartbeat while 500 remarks are typed and
saved through the UI shows no gap over 50 ms (the saves run on the worker)."""

from __future__ import annotations

import itertools
import time

from PySide6.QtCore import Qt, QTimer
from pytestqt.qtbot import QtBot

from gsmeet.ui.live.window import LiveWindow

from .conftest import settle

REMARKS = 500
BUDGET_MS = 50.0


def test_a_burst_of_remarks_never_stalls_the_gui(qtbot: QtBot, live: LiveWindow) -> None:
    saved: list[int] = []
    live.remark_saved.connect(lambda remark_id, _text: saved.append(remark_id))
    # Warm up the first save's one-off costs (statement compilation) before measuring.
    live.entry.insertPlainText("warm-up")
    qtbot.keyClick(live.entry, Qt.Key.Key_Return)
    settle(qtbot, live)
    saved.clear()

    beats: list[float] = []
    heartbeat = QTimer()
    heartbeat.setTimerType(Qt.TimerType.PreciseTimer)
    heartbeat.setInterval(10)
    heartbeat.timeout.connect(lambda: beats.append(time.perf_counter()))
    typed = 0

    def type_one() -> None:
        # One remark per tick, as fast as the event loop turns: each keystroke
        # returns to the loop, as it does when a person types.
        nonlocal typed
        if typed == REMARKS:
            driver.stop()
            return
        live.entry.insertPlainText(f"예산 편성 시기와 분과 워크숍 일정에 대한 발언 {typed}")
        qtbot.keyClick(live.entry, Qt.Key.Key_Return)
        typed += 1

    driver = QTimer()
    driver.setInterval(1)
    driver.timeout.connect(type_one)
    heartbeat.start()
    beats.append(time.perf_counter())
    driver.start()
    qtbot.waitUntil(lambda: len(saved) == REMARKS, timeout=60_000)
    heartbeat.stop()
    gaps = [(b - a) * 1000 for a, b in itertools.pairwise(beats)]
    worst = max(gaps)
    print(f"{REMARKS} remarks, {len(gaps)} beats, max gap {worst:.1f} ms")
    assert worst <= BUDGET_MS, f"the GUI thread stalled {worst:.1f} ms"
    assert live.remark_model.rowCount() == REMARKS + 1
