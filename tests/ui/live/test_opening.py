"""Live mode from the main window (Ctrl+L): opening it records nothing — the session
starts when the secretary says so, and closing before that leaves it planned; Ctrl+L
pressed while the database is still being opened opens live mode as soon as it is
ready, showing that it is loading meanwhile; a session without an agenda offers to
build one; Ctrl+L with live mode open brings it forward."""

from __future__ import annotations

import sqlite3
import threading
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gsmeet.domain.enums import MeetingStatus
from gsmeet.ui.kit.worker import Worker
from gsmeet.ui.live.window import LiveWindow
from gsmeet.ui.sessions.meeting_view import AGENDA
from gsmeet.ui.shell.main_window import MainWindow

from ..conftest import OpenWindow
from .conftest import WAIT_MS, Prepared, settle

CTRL = Qt.KeyboardModifier.ControlModifier


def stored(database: Path, meeting_id: int) -> tuple[str, str | None]:
    """The session's status and start time as the file has them."""
    with closing(sqlite3.connect(database)) as connection:
        row = connection.execute(
            "SELECT status, started_at FROM meeting WHERE id = ?", (meeting_id,)
        ).fetchone()
    return row[0], row[1]


def press_ctrl_l(qtbot: QtBot, window: MainWindow) -> LiveWindow:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    window.menu_actions.bind_shortcuts()
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    assert window.features is not None
    live = window.features.live_window
    assert live is not None
    return live


def test_opening_records_nothing_until_the_session_is_started(
    qtbot: QtBot, open_window: OpenWindow, prepared: Prepared
) -> None:
    window = open_window(prepared.database)
    live = press_ctrl_l(qtbot, window)
    with qtbot.waitSignal(live.started, timeout=WAIT_MS):
        pass
    state = live.session.state
    assert state is not None and state.meeting.held_on == date(2019, 11, 28)
    assert state.meeting.status is MeetingStatus.PLANNED
    assert live.header.title.text() == "The session has not started yet"
    assert live.prompt.isVisible() and live.prompt.start_button.isVisible()
    assert live.preview.text() == "The session has not started: F9 starts it"
    # Typing and Enter before the start: nothing saved, the text stays, the line says why.
    live.entry.insertPlainText("시작 전에 적은 메모")
    qtbot.keyClick(live.entry, Qt.Key.Key_Return)
    assert live.entry.toPlainText() == "시작 전에 적은 메모"
    assert live.save_status.message == "The session has not started: F9 starts it"
    live.entry.clear()
    live.close()
    qtbot.waitUntil(lambda: window.features.live_window is None, timeout=WAIT_MS)  # type: ignore[union-attr]
    assert stored(prepared.database, prepared.meeting_id) == ("planned", None)

    live = press_ctrl_l(qtbot, window)  # again: still planned, and now started
    with qtbot.waitSignal(live.started, timeout=WAIT_MS):
        pass
    qtbot.keyClick(live.entry, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: live.session.running, timeout=WAIT_MS)
    settle(qtbot, live)
    assert live.header.title.text() == "개회" and not live.prompt.isVisible()
    assert live.save_status.message.startswith("The session has started (")
    status, started_at = stored(prepared.database, prepared.meeting_id)
    assert status == "in_progress" and started_at is not None
    qtbot.keyClick(live.entry, Qt.Key.Key_Z, CTRL)  # the start taken back
    qtbot.waitUntil(lambda: live.session.planned, timeout=WAIT_MS)
    settle(qtbot, live)
    assert stored(prepared.database, prepared.meeting_id) == ("planned", None)
    assert live.header.title.text() == "The session has not started yet"
    qtbot.keyClick(live.entry, Qt.Key.Key_PageDown, CTRL)  # the first item starts it too
    qtbot.waitUntil(lambda: live.session.running, timeout=WAIT_MS)
    assert live.header.title.text() == "개회"
    window.activateWindow()
    assert press_ctrl_l(qtbot, window) is live  # one live window: brought forward
    live.close()


def test_ctrl_l_while_the_database_is_being_opened(
    qtbot: QtBot, worker: Worker, prepared: Prepared
) -> None:
    window = MainWindow(worker, "en")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.workspace  # noqa: B018  (built at the first paint, as the application does)
    gate, sitting = threading.Event(), threading.Event()

    def hold() -> None:  # a slow laptop: the store is still being opened
        sitting.set()
        gate.wait(timeout=WAIT_MS / 1000 * 3)

    worker.call(hold, lambda _none: None)
    qtbot.waitUntil(sitting.is_set, timeout=WAIT_MS)
    try:
        window.open_database(prepared.database)
        live = press_ctrl_l(qtbot, window)
        assert live.isVisible()
        assert live.header.title.text() == "Reading the session…"  # loading, and says so
        assert "Open a committee first" not in window.statusBar().currentMessage()
    finally:
        gate.set()
    qtbot.waitUntil(lambda: live.session.state is not None, timeout=WAIT_MS)
    state = live.session.state
    assert state is not None and state.meeting.id == prepared.meeting_id
    assert state.meeting.status is MeetingStatus.PLANNED
    live.close()


def test_a_session_without_an_agenda_offers_to_build_one(
    qtbot: QtBot, open_window: OpenWindow, bare_demo_db: Path
) -> None:
    window = open_window(bare_demo_db)  # 제3차 planned, not prepared: no agenda
    live = press_ctrl_l(qtbot, window)
    with qtbot.waitSignal(live.started, timeout=WAIT_MS):
        pass
    assert live.header.title.text() == "This session has no agenda yet"
    assert live.prompt.agenda_button.isVisible() and not live.prompt.start_button.isVisible()
    assert not live.live_actions.start_session.isEnabled()
    live.prompt.agenda_button.click()
    qtbot.waitUntil(lambda: window.features.live_window is None, timeout=WAIT_MS)  # type: ignore[union-attr]
    qtbot.waitUntil(
        lambda: (
            window.meeting_view.record is not None
            and window.meeting_view.record.meeting.held_on == date(2019, 11, 28)
        ),
        timeout=WAIT_MS,
    )
    assert window.meeting_view.tabs.currentIndex() == AGENDA


@pytest.mark.usefixtures("korean")
def test_ctrl_l_with_no_session_left_to_run_opens_no_window(
    qtbot: QtBot, open_window: OpenWindow, prepared: Prepared
) -> None:
    with closing(sqlite3.connect(prepared.database)) as connection, connection:
        connection.execute("UPDATE meeting SET status = 'held' WHERE status = 'planned'")
    window = open_window(prepared.database, "ko")
    press_ctrl_l(qtbot, window)
    assert window.features is not None
    qtbot.waitUntil(lambda: window.features.live_window is None, timeout=WAIT_MS)  # type: ignore[union-attr]
    said = window.statusBar().currentMessage()
    assert said == "진행할 회의가 없습니다. 모든 회의가 이미 열렸습니다"
    assert not any(
        isinstance(w, LiveWindow) and w.isVisible() for w in QApplication.topLevelWidgets()
    )
