"""The live screen on a session taken offline to a laptop: starting it is refused on
the server's side, naming who took it where and when, and nothing is recorded."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gsmeet.services.offline.checkout import take_offline
from gsmeet.storage.db import open_store

from ..conftest import OpenWindow, shot
from .conftest import WAIT_MS, Prepared
from .test_opening import press_ctrl_l, stored


def test_a_session_out_on_a_laptop_is_not_started_here(
    qtbot: QtBot, korean: None, open_window: OpenWindow, prepared: Prepared, tmp_path: Path
) -> None:
    store = open_store(prepared.database)
    try:
        take_offline(store, prepared.meeting_id, tmp_path / "노트북.db", now=datetime.now())
    finally:
        store.close()
    window = open_window(prepared.database, "ko")
    live = press_ctrl_l(qtbot, window)
    with qtbot.waitSignal(live.started, timeout=WAIT_MS):
        pass
    qtbot.keyClick(live.entry, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: "반출했습니다" in live.save_status.message, timeout=WAIT_MS)
    assert "노트북.db" in live.save_status.message
    shot(live, "live-refused-out.png")
    assert not live.session.running
    assert stored(prepared.database, prepared.meeting_id) == ("planned", None)
    live.close()
