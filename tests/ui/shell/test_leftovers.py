"""The window opens its database without tidying it (that would load the ORM before
the list is ready); its first job once the list is shown removes what an issue killed
half-way left, as every command that writes does at its start."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from gsmeet.storage.db import open_store
from gsmeet.storage.models import PendingFile

from ..conftest import WAIT_MS, OpenWindow


def test_the_window_removes_a_killed_issues_file_once_its_list_is_shown(
    qtbot: QtBot, open_window: OpenWindow, demo_db: Path, tmp_path: Path
) -> None:
    dead = tmp_path / ".m.pdf.dead.tmp"
    dead.write_bytes(b"half")
    mine = tmp_path / ".m.pdf.mine.tmp"
    mine.write_bytes(b"being written")
    store = open_store(demo_db)
    with store.session() as s:
        s.add(PendingFile(path=str(dead), pid=2**22 + 12345, created_at=datetime(2019, 9, 2)))
        s.add(PendingFile(path=str(mine), pid=os.getpid(), created_at=datetime(2019, 9, 2)))
    store.close()
    window = open_window(demo_db)
    qtbot.waitUntil(lambda: not dead.exists(), timeout=WAIT_MS)
    assert mine.exists() and window.meeting_list.model.rowCount() == 3
