"""Moving to another item: the new item is on screen at once, before the worker has
recorded the move, and what is typed meanwhile goes to it; the agenda down the side
shows each entry whole — number, title, planned minutes and actual times, done ones
ticked — however often the current item changes."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from gsmeet.ui.live.window import LiveWindow

from .conftest import Clock, settle

CTRL = Qt.KeyboardModifier.ControlModifier


def test_the_new_item_shows_before_the_worker_has_it(qtbot: QtBot, live: LiveWindow) -> None:
    opening = live.session.state_item()
    live.worker.call(lambda: time.sleep(0.3), lambda _none: None)  # the worker is busy
    qtbot.keyClick(live.entry, Qt.Key.Key_PageDown, CTRL)
    assert live.session.state_item() == opening  # not recorded yet …
    assert live.header.title.text() == "이전 조치사항 점검"  # … but on screen
    assert live.header.timer.text() == "0:00"
    marked = [e for e in live.agenda.model.entries if e.current]
    assert [e.item.title for e in marked] == ["이전 조치사항 점검"]

    # Typed while the move is on its way: saved under the item on screen.
    live.entry.insertPlainText("조치사항 점검을 시작합니다")
    qtbot.keyClick(live.entry, Qt.Key.Key_Return)
    settle(qtbot, live)
    state = live.session.state
    assert state is not None and state.current_item_id != opening
    assert [r.text for r in state.remarks] == ["조치사항 점검을 시작합니다"]
    assert [r.agenda_item_id for r in state.remarks] == [state.current_item_id]
    assert live.remark_model.rowCount() == 1


def test_agenda_entries_are_whole(qtbot: QtBot, live: LiveWindow, clock: Clock) -> None:
    for _ in range(3):
        clock.advance(minutes=2)
        qtbot.keyClick(live.entry, Qt.Key.Key_PageDown, CTRL)
    settle(qtbot, live)
    view, model = live.agenda.list, live.agenda.model
    texts = [str(model.index(row).data()) for row in range(model.rowCount())]
    assert texts[0].startswith("✓ 1. 개회\n5 min · 14:00")
    assert texts[3].startswith("▶ 4. ") and texts[3].endswith("6 min · 14:06")
    assert texts[4].startswith("5. ") and texts[4].count("\n") == 1
    delegate = live.agenda.delegate
    previous_bottom = -1
    for row in range(model.rowCount()):
        index = model.index(row)
        rect = view.visualRect(index)
        # As high as its lines need, below the one before: nothing cut or overlapped.
        assert rect.height() >= delegate.sizeHint(QStyleOptionViewItem(), index).height()
        assert rect.top() > previous_bottom
        previous_bottom = rect.bottom()
        title = model.entries[row].item.title
        assert "".join(delegate.lines(model.entries[row])).replace(" ", "") == title.replace(
            " ", ""
        )


def test_an_items_record_shows_with_it_before_the_worker_reads_it(
    qtbot: QtBot, live: LiveWindow, clock: Clock
) -> None:
    import threading

    from .conftest import WAIT_MS

    live.entry.insertPlainText("개회 발언")
    qtbot.keyClick(live.entry, Qt.Key.Key_Return)
    settle(qtbot, live)
    clock.advance(minutes=2)
    qtbot.keyClick(live.entry, Qt.Key.Key_PageDown, CTRL)
    settle(qtbot, live)
    assert live.remark_model.rowCount() == 0
    gate, sitting = threading.Event(), threading.Event()

    def hold() -> None:  # the worker is busy: the move back is not read yet
        sitting.set()
        gate.wait(timeout=WAIT_MS / 1000 * 3)

    live.worker.call(hold, lambda _none: None)
    qtbot.waitUntil(sitting.is_set, timeout=WAIT_MS)
    try:
        qtbot.keyClick(live.entry, Qt.Key.Key_PageUp, CTRL)
        assert live.header.title.text() == "개회"
        assert [live.remark_model.row(0).text] == ["개회 발언"]  # at once, from the screen
        assert live.session.state_item() != live.session.current_item().id  # type: ignore[union-attr]
    finally:
        gate.set()
    settle(qtbot, live)
    assert [r.text for r in live.session.state.remarks] == ["개회 발언"]  # type: ignore[union-attr]
