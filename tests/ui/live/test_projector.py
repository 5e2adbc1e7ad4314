"""The projector (F5): the current item, its timer, the speaker, the decisions and
action items of the item — committed ones only, never a draft nor an entry still being
saved; Ctrl+B blanks it. Timers turn amber at 80 % and red past 100 %."""

from __future__ import annotations

import time

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gsmeet.ui.live.style import TimerState
from gsmeet.ui.live.window import LiveWindow

from .conftest import Clock, OpenLive, settle

CTRL = Qt.KeyboardModifier.ControlModifier


def test_projector_shows_committed_records_only(
    qtbot: QtBot, live: LiveWindow, clock: Clock
) -> None:
    assert not live.session_bar.projector.isVisible()  # closed: nothing said
    qtbot.keyClick(live.entry, Qt.Key.Key_F5)
    projector = live.projection.window
    assert projector is not None and projector.isVisible()
    assert live.session_bar.projector.isVisible()
    assert live.session_bar.projector.text() == "On the projector"
    assert projector.title.text() == "개회"
    assert projector.title.font().pixelSize() > 2 * live.entry.fontInfo().pixelSize()

    # Typed, not saved: nowhere on the projector (the draft is saved meanwhile).
    with qtbot.waitSignal(live.drafts.saved, timeout=15_000):
        live.entry.insertPlainText("결정: 아직 초안인 결정")
    assert "초안" not in projector.decisions.text()
    # Enter while the worker is busy: on the secretary's screen as saving, not projected.
    live.worker.call(lambda: time.sleep(0.3), lambda _none: None)
    qtbot.keyClick(live.entry, Qt.Key.Key_Return)
    assert live.entry.toPlainText() == ""
    assert "초안" not in projector.decisions.text()
    settle(qtbot, live)
    assert "아직 초안인 결정" in projector.decisions.text()
    assert projector.decisions.isVisible() and not projector.action_list.isVisible()

    # The speaker follows the secretary's choice.
    live.speakers.set(live.session.state.attendance[1].person)  # type: ignore[union-attr]
    assert "최영조" in projector.speaker.text()

    # The next item replaces what is shown.
    qtbot.keyClick(live.entry, Qt.Key.Key_PageDown, CTRL)
    settle(qtbot, live)
    assert projector.title.text() == "이전 조치사항 점검"
    assert not projector.decisions.isVisible()

    qtbot.keyClick(live.entry, Qt.Key.Key_B, CTRL)
    assert projector.blanked and projector.pages.currentIndex() == 1
    assert live.session_bar.projector.text() == "Projector blanked"  # the secretary sees it
    qtbot.keyClick(live.entry, Qt.Key.Key_B, CTRL)
    assert not projector.blanked
    assert live.session_bar.projector.text() == "On the projector"
    qtbot.keyClick(live.entry, Qt.Key.Key_F5)
    assert not projector.isVisible()
    assert not live.session_bar.projector.isVisible()


def test_before_the_first_item_the_room_sees_the_session(qtbot: QtBot, open_live: OpenLive) -> None:
    live = open_live(start=False)
    qtbot.keyClick(live.entry, Qt.Key.Key_F5)
    projector = live.projection.window
    assert projector is not None and projector.isVisible()
    assert projector.title.text() == "경산발전전략위원회"  # the committee, large
    assert projector.kind.text().startswith("3rd regular meeting")  # the session
    assert projector.timer.text() == "Thursday 28 November 2019 14:00\n경산시청 대회의실"
    assert projector.session.text() == ""  # not said twice
    assert "Please wait" not in projector.title.text()
    live.live_actions.start_session.trigger()
    settle(qtbot, live)
    assert projector.title.text() == "개회"
    live.close()


def test_item_timer_turns_amber_then_red(qtbot: QtBot, live: LiveWindow, clock: Clock) -> None:
    item = live.session.current_item()
    assert item is not None and item.planned_minutes == 5
    qtbot.keyClick(live.entry, Qt.Key.Key_F5)
    clock.advance(minutes=3)
    live.session.tick()
    assert live.header.timer_state is TimerState.ON_TIME
    assert live.header.timer.text() == "3:00"
    clock.advance(minutes=1, seconds=1)
    live.session.tick()
    assert live.header.timer_state is TimerState.WARNING
    clock.advance(minutes=1)
    live.session.tick()
    assert live.header.timer_state is TimerState.OVER
    projector = live.projection.window
    assert projector is not None and projector.timer.text() == "5:01 / 5:00"
    assert "0:05:01" not in live.session_bar.session_clock.text()
    assert "5:01" in live.session_bar.session_clock.text()


def test_type_size_keys(qtbot: QtBot, live: LiveWindow) -> None:
    before = live.entry.font().pointSizeF()
    qtbot.keyClick(live.entry, Qt.Key.Key_Equal, CTRL)
    qtbot.keyClick(live.entry, Qt.Key.Key_Equal, CTRL)
    assert live.entry.font().pointSizeF() > before
    assert live.header.title.font().pointSizeF() > 2 * before
    qtbot.keyClick(live.entry, Qt.Key.Key_Minus, CTRL)
    qtbot.keyClick(live.entry, Qt.Key.Key_Minus, CTRL)
    assert abs(live.entry.font().pointSizeF() - before) < 0.01


def test_fits_a_meeting_room_laptop(qtbot: QtBot, live: LiveWindow) -> None:
    """At 1366×768 the essentials are on screen whole: agenda, current item, timer,
    quorum, remarks, entry — nothing cut by the window's edge."""
    live.resize(1366, 768)
    qtbot.wait(50)
    window = live.rect()
    for widget in (
        live.agenda.list,
        live.header.title,
        live.header.timer,
        live.session_bar.quorum,
        live.remarks,
        live.outcomes,
        live.entry,
        live.preview,
        live.attendance.table,
        live.next_button,
    ):
        assert widget.isVisible(), widget
        top_left = widget.mapTo(live, widget.rect().topLeft())
        bottom_right = widget.mapTo(live, widget.rect().bottomRight())
        assert window.contains(top_left) and window.contains(bottom_right), widget
    assert live.remarks.height() > 5 * live.remarks.fontMetrics().height()


def test_a_small_screen_keeps_title_and_timer_apart(qtbot: QtBot, live: LiveWindow) -> None:
    """At 1024×600 (a netbook, a projector's own resolution) the title wraps beside
    the timer instead of running under it."""
    live.resize(1024, 600)
    qtbot.waitUntil(lambda: live.width() == 1024, timeout=5000)
    for _ in range(3):
        qtbot.keyClick(live.entry, Qt.Key.Key_PageDown, CTRL)  # the long titles
    settle(qtbot, live)
    header = live.header
    title = header.title.geometry()
    timer = header.timer.geometry()
    assert header.title.text().startswith("4차 산업혁명")
    assert not title.intersects(timer), (title, timer)
    assert title.right() < timer.left()
    assert timer.width() >= header.timer.sizeHint().width()
