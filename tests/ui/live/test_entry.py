"""The remark entry: Enter during Hangul composition saves the whole remark exactly
once, whatever the input method does afterwards; Shift+Enter is a new line; a text
that cannot be saved stays where it was typed, with the reason."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gsmeet.ui.live.window import LiveWindow

from .conftest import WAIT_MS, settle


def compose(qtbot: QtBot, window: LiveWindow, committed: str, preedit: str) -> None:
    """What a Korean input method sends: finished syllables committed, the last one
    still being composed (shown underlined, not yet in the text)."""
    entry = window.entry
    entry.setFocus()
    typed = QInputMethodEvent()
    typed.setCommitString(committed)
    QApplication.sendEvent(entry, typed)
    composing = QInputMethodEvent(preedit, [])
    QApplication.sendEvent(entry, composing)
    assert entry.toPlainText() == committed and entry.composing == preedit


def saved_texts(window: LiveWindow) -> list[str]:
    state = window.session.state
    assert state is not None
    return [r.text for r in state.remarks]


def test_enter_while_composing_saves_the_last_syllable_once(qtbot: QtBot, live: LiveWindow) -> None:
    compose(qtbot, live, "감사합니", "다")
    qtbot.keyClick(live.entry, Qt.Key.Key_Return)
    settle(qtbot, live)
    # Some input methods flush their composition after the reset: that '다' was saved.
    late = QInputMethodEvent()
    late.setCommitString("다")
    QApplication.sendEvent(live.entry, late)
    settle(qtbot, live)
    assert saved_texts(live) == ["감사합니다"]
    assert live.entry.toPlainText() == "" and live.entry.composing == ""

    # The next remark is typed as usual: a later '다' is text again.
    compose(qtbot, live, "다음 안건", "입")
    qtbot.keyClick(live.entry, Qt.Key.Key_Return)
    settle(qtbot, live)
    assert saved_texts(live) == ["감사합니다", "다음 안건입"]


def test_input_method_that_commits_before_enter(qtbot: QtBot, live: LiveWindow) -> None:
    compose(qtbot, live, "동의합니", "다")
    done = QInputMethodEvent()
    done.setCommitString("다")
    QApplication.sendEvent(live.entry, done)
    qtbot.keyClick(live.entry, Qt.Key.Key_Return)
    settle(qtbot, live)
    assert saved_texts(live) == ["동의합니다"]


def test_shift_enter_is_a_new_line_and_bad_text_stays(qtbot: QtBot, live: LiveWindow) -> None:
    entry = live.entry
    qtbot.keyClicks(entry, "first line")
    qtbot.keyClick(entry, Qt.Key.Key_Return, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(entry, "second")
    assert entry.toPlainText() == "first line\nsecond"
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    settle(qtbot, live)
    assert saved_texts(live) == ["first line\nsecond"]

    entry.insertPlainText("조치: 예산 재검토 ~2019-02-30")  # (QTest types Latin keys only)
    assert "month 2 has only 28 days" in live.preview.text() and not live.preview.ok
    qtbot.keyClick(entry, Qt.Key.Key_Return)
    settle(qtbot, live)
    assert entry.toPlainText() == "조치: 예산 재검토 ~2019-02-30"  # kept, not saved
    assert saved_texts(live) == ["first line\nsecond"]
    assert live.session.state is not None and live.session.state.actions == ()
    entry.clear()
    qtbot.keyClick(entry, Qt.Key.Key_Return)  # nothing typed: nothing saved
    settle(qtbot, live)
    assert len(saved_texts(live)) == 1


def test_a_slow_save_shows_its_remark_greyed_meanwhile(qtbot: QtBot, live: LiveWindow) -> None:
    gate = threading.Event()  # a slow disk: the worker waits until the test opens it
    live.worker.call(lambda: gate.wait(timeout=60), lambda _none: None)
    try:
        live.entry.insertPlainText("느린 저장")
        qtbot.keyClick(live.entry, Qt.Key.Key_Return)
        assert live.entry.toPlainText() == ""
        # Not painted greyed for the few ms a save takes; past HOLD_MS, it is.
        qtbot.waitUntil(live.remarks.updatesEnabled, timeout=WAIT_MS)
        assert live.remark_model.rowCount() == 1 and live.remark_model.is_pending(0)
    finally:
        gate.set()
    settle(qtbot, live)
    assert not live.remark_model.is_pending(0) and live.remarks.updatesEnabled()
    assert saved_texts(live) == ["느린 저장"]
