"""The window on a read-only file (reliability row 4): opened to be read and printed,
said read-only where the file is named, minutes exported from it; every action that
would change it disabled (the live screen's refused in one line), and the file stays
byte for byte as it was."""

from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from gsmeet.ui.kit import prompts
from gsmeet.ui.sessions.minutes_dialog import MinutesDialog
from gsmeet.ui.shell.main_window import MainWindow

from ..conftest import WAIT_MS, OpenWindow, shot

# What the menus offer on a read-only database: reading, printing, exporting, going
# elsewhere. A new action is named here only if it cannot change the open database.
READING = {
    "open_database",
    "open_server",
    "new_database",
    "open_demo",
    "quit",
    "find",
    "preferences",  # (this computer's settings, not the database)
    "minutes",  # preview and export (issuing, within, is disabled)
    "print_minutes",
    "live",  # refused in one line
    "reload",
    "show_sessions",
    "show_register",
    "show_strategies",
    "show_tracker",
    "focus_list",
    "show_overview",
    "show_agenda",
    "show_attendance",
    "show_records",
    "guide",
    "about",
}


def enabled_in_menus(window: MainWindow) -> set[str]:
    """The names of the actions in the window's menus that can be chosen now."""
    found = set()
    for menu in window.menuBar().actions():
        assert menu.menu() is not None
        for action in menu.menu().actions():  # type: ignore[union-attr]
            if not action.isSeparator() and action.isEnabled():
                assert action.objectName(), action.text()
                found.add(action.objectName())
    return found


def select_session(qtbot: QtBot, window: MainWindow, meeting_id: int) -> None:
    row = window.meeting_list.model.row_of(meeting_id)
    assert row is not None
    window.meeting_list.select_row(row)
    qtbot.waitUntil(
        lambda: (
            window.meeting_view.record is not None
            and window.meeting_view.record.meeting.id == meeting_id
        ),
        timeout=WAIT_MS,
    )


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

    for meeting_id in (3, 2):  # planned (editable), then held (minutes to issue)
        select_session(qtbot, window, meeting_id)
        assert enabled_in_menus(window) <= READING
    assert window.menu_actions.minutes.isEnabled()
    window.menu_actions.minutes.trigger()
    minutes = window.features.dialog
    assert isinstance(minutes, MinutesDialog)
    assert minutes.export_button.isEnabled() and minutes.issue_button.isVisible()
    assert not minutes.issue_button.isEnabled() and not minutes.confirm_button.isEnabled()
    shot(minutes, "read-only-minutes.png")
    minutes.close()
    session_menu = window.menuBar().actions()[2].menu()
    assert session_menu is not None
    shot(session_menu, "read-only-session-menu.png")  # (drawn, not opened)

    window.menu_actions.live.trigger()  # the live screen would save: not opened
    assert window.features.live_window is None
    assert "read-only" in window.statusBar().currentMessage()
    assert sha256(read_only_db) == before
    assert not Path(f"{read_only_db}.lock").exists()


def test_a_writable_database_opened_next_gets_every_action_back(
    qtbot: QtBot, open_window: OpenWindow, read_only_db: Path, tmp_path: Path
) -> None:
    window = open_window(read_only_db)
    select_session(qtbot, window, 3)
    assert not window.menu_actions.edit_session.isEnabled()
    writable = tmp_path / "copy.db"
    shutil.copyfile(read_only_db, writable)
    window.open_database(writable)
    qtbot.waitUntil(lambda: window.database == writable, timeout=WAIT_MS)
    select_session(qtbot, window, 3)
    enabled = enabled_in_menus(window)
    assert {"edit_session", "postpone_session", "new_session", "import_roster"} <= enabled
    assert {"undo", "redo"}.isdisjoint(enabled)  # nothing to undo yet
