"""Cycles are collected on the GUI thread, between events, even when they became
garbage in the database worker: a widget is never destroyed from the wrong thread."""

from __future__ import annotations

import gc
import threading

from pytestqt.qtbot import QtBot

from gsmeet.ui.kit.collector import GuiThreadCollector, collect_if_due

from ..conftest import WAIT_MS


class Cyclic:
    """Garbage only the cycle collector can free; says on which thread it was."""

    def __init__(self, freed_on: list[str]) -> None:
        self.me = self
        self.freed_on = freed_on

    def __del__(self) -> None:
        self.freed_on.append(threading.current_thread().name)


def test_garbage_made_in_another_thread_is_collected_on_the_gui_thread(qtbot: QtBot) -> None:
    freed_on: list[str] = []
    kept: list[object] = []

    def worker() -> None:
        Cyclic(freed_on)
        kept.append([[n] for n in range(5 * gc.get_threshold()[0])])  # past the threshold

    collector = GuiThreadCollector()
    collector.start()
    try:
        assert not gc.isenabled()
        thread = threading.Thread(target=worker, name="gsmeet-db")
        thread.start()
        thread.join()
        assert freed_on == []  # the worker's allocations collected nothing there
        qtbot.waitUntil(lambda: bool(freed_on), timeout=WAIT_MS)
        assert freed_on == [threading.main_thread().name]
    finally:
        collector.stop()


def test_collect_if_due_collects_only_past_the_threshold() -> None:
    freed_on: list[str] = []
    gc.collect()
    Cyclic(freed_on)
    assert collect_if_due() == 0 and freed_on == []  # one object is not past the threshold
    _churn = [[n] for n in range(2 * gc.get_threshold()[0])]
    assert collect_if_due() >= 1 and freed_on == ["MainThread"]


def test_freeze_puts_what_exists_out_of_sight_until_stop(qtbot: QtBot) -> None:
    """Start-up's objects are frozen once it has settled (gc.freeze): a full collection
    no longer walks them; stopping (the window gone, the process going on) unfreezes."""
    assert gc.get_freeze_count() == 0
    collector = GuiThreadCollector()
    collector.freeze()
    assert gc.get_freeze_count() == 0  # not collecting: nothing of ours to freeze
    collector.start()
    try:
        kept = [[n] for n in range(1000)]
        collector.freeze()
        frozen = gc.get_freeze_count()
        assert frozen > len(kept)
        collector.freeze()  # once: later objects are the collector's again
        assert gc.get_freeze_count() == frozen
        later = [[n] for n in range(1000)]
        assert gc.get_freeze_count() == frozen and later
    finally:
        collector.stop()
    assert gc.get_freeze_count() == 0
