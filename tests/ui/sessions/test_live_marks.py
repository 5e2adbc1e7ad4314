"""The session list on a server database says which session a live screen runs, who
runs it and where (its tooltip), and follows the leases as they are taken and given
back."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gsmeet.domain.locations import Server
from gsmeet.services.live.lease import release_lease, take_lease
from gsmeet.services.store import open_database
from gsmeet.ui.sessions import live_marks
from gsmeet.ui.sessions.meeting_list import LIVE, MeetingListModel

from ..conftest import WAIT_MS, OpenWindow

PLANNED = 3


def test_a_session_run_live_elsewhere_is_marked_with_who_runs_it(
    qtbot: QtBot,
    open_window: OpenWindow,
    server_database: Callable[..., Server],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(live_marks, "POLL_MS", 200)  # (the test waits for the mark)
    server = server_database("demo")
    window = open_window(server)  # type: ignore[arg-type]
    model = window.meeting_list.model
    row = model.row_of(PLANNED)
    assert row is not None
    status = model.index(row, MeetingListModel.STATUS)
    assert "live" not in status.data()
    colleague = open_database(server)  # the meeting-room laptop starts the session
    try:
        take_lease(colleague, PLANNED, "their-screen", now=datetime.now())
        qtbot.waitUntil(lambda: "live: postgres" in status.data(), timeout=WAIT_MS)
        assert "Being run live by postgres on" in status.data(Qt.ItemDataRole.ToolTipRole)
        assert status.data(Qt.ItemDataRole.ForegroundRole) == LIVE
        other = model.index(model.row_of(2) or 0, MeetingListModel.STATUS)
        assert "live" not in other.data()
        release_lease(colleague, PLANNED, "their-screen")
        qtbot.waitUntil(lambda: "live" not in status.data(), timeout=WAIT_MS)
    finally:
        colleague.close()


def test_a_file_shows_no_marks(qtbot: QtBot, open_window: OpenWindow, demo_db: object) -> None:
    window = open_window(demo_db)  # type: ignore[arg-type]
    assert not window.workspace.live_marks._timer.isActive()
    assert window.meeting_list.model.live == {}
