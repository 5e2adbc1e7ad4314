"""The window on a read-only file (reliability row 4): opened to be read and printed,
said read-only where the file is named, minutes exported from it; an edit is refused
in one line and the file stays byte for byte as it was."""

from __future__ import annotations

import hashlib
import os
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gsmeet.ui.kit import prompts
from gsmeet.ui.sessions.minutes_dialog import MinutesDialog
from gsmeet.ui.sessions.session_form import PostponeDialog

from ..conftest import WAIT_MS, OpenWindow


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def read_only_db(demo_db: Path) -> Iterator[Path]:
    """The demo database made read-only: chmod for a user; root ignores modes, so it
    gets the immutable attribute."""
    as_root = os.geteuid() == 0
    if as_root:
        subprocess.run(["chattr", "+i", str(demo_db)], check=True)
    else:
        demo_db.chmod(0o400)
    try:
        yield demo_db
    finally:
        if as_root:
            subprocess.run(["chattr", "-i", str(demo_db)], check=True)


def test_a_read_only_database_is_opened_to_read_and_print(
    qtbot: QtBot,
    open_window: OpenWindow,
    read_only_db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = sha256(read_only_db)
    window = open_window(read_only_db)
    assert "read-only" in window.path_label.text()
    assert window.meeting_list.model.rowCount() == 3

    window.menu_actions.minutes.trigger()  # the minutes of 2019-08-22, printed
    assert window.features is not None
    minutes = window.features.dialog
    assert isinstance(minutes, MinutesDialog)
    out = tmp_path / "회의록.pdf"
    monkeypatch.setattr(prompts, "save_path", lambda *_args: out)
    minutes.export_button.click()
    qtbot.waitUntil(lambda: out.exists() and not minutes.busy.isVisible(), timeout=WAIT_MS)
    assert out.read_bytes().startswith(b"%PDF")
    minutes.close()

    row = window.meeting_list.model.row_of(3)  # an edit: refused in one line
    assert row is not None
    window.meeting_list.select_row(row)
    qtbot.waitUntil(
        lambda: (
            window.meeting_view.record is not None and window.meeting_view.record.meeting.id == 3
        ),
        timeout=WAIT_MS,
    )
    window.menu_actions.postpone_session.trigger()
    postpone = window.features.dialog
    assert isinstance(postpone, PostponeDialog)
    postpone.day.setText("2019. 12. 5.")
    qtbot.mouseClick(postpone.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(postpone.error.isVisible, timeout=WAIT_MS)
    said = postpone.error.text()
    assert "read-only" in said and "\n" not in said, said
    postpone.reject()

    window.menu_actions.live.trigger()  # the live screen would save: not opened
    assert window.features.live_window is None
    assert "read-only" in window.statusBar().currentMessage()
    assert sha256(read_only_db) == before
    assert not Path(f"{read_only_db}.lock").exists()
