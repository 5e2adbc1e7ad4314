"""File ▸ Backups… and a damaged database at open (reliability rows 5, 9): the list,
a backup made now, a restore undone; a damaged file offered its newest backup with
its date and counts, restored only when asked, kept byte for byte; and the session
list never shows a file that failed to open."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from gsmeet.storage.backup import backup_database, list_backups
from gsmeet.ui.kit import prompts
from gsmeet.ui.kit.worker import Worker
from gsmeet.ui.shell.backups_dialog import BackupsDialog
from gsmeet.ui.shell.main_window import MainWindow

from ..conftest import WAIT_MS, OpenWindow


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def people(path: Path) -> int:
    connection = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True)
    try:
        return int(connection.execute("SELECT count(*) FROM person").fetchone()[0])
    finally:
        connection.close()


def open_backups(qtbot: QtBot, window: MainWindow) -> BackupsDialog:
    assert window.features is not None
    window.menu_actions.backups.trigger()
    dialog = window.features.dialog
    assert isinstance(dialog, BackupsDialog)
    qtbot.waitUntil(lambda: dialog.model.rowCount() > 0, timeout=WAIT_MS)
    return dialog


def test_the_window_backs_up_daily_and_lists_restores_and_undoes(
    qtbot: QtBot, open_window: OpenWindow, demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(demo_db)
    dialog = open_backups(qtbot, window)
    assert dialog.model.rowCount() == 1  # the daily backup made when the window opened
    assert "daily" in dialog.model.data(dialog.model.index(0, 1))
    assert dialog.model.data(dialog.model.index(0, 3)) == "3"  # sessions
    assert dialog.model.data(dialog.model.index(0, 6)) == "verified"

    connection = sqlite3.connect(demo_db)  # a change after the backup (from outside)
    connection.execute("DELETE FROM attendance WHERE person_id = 57")
    connection.execute("DELETE FROM membership WHERE person_id = 57")
    connection.execute("DELETE FROM person WHERE id = 57")
    connection.commit()
    connection.close()
    assert people(demo_db) == 56

    dialog.backup_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 2, timeout=WAIT_MS)
    assert "Backed up" in dialog.status.text()

    monkeypatch.setattr(prompts, "confirm", lambda *_: True)
    dialog.view.selectRow(1)  # the older one, of 57 people
    with qtbot.waitSignal(dialog.restored, timeout=WAIT_MS):
        dialog.restore_button.click()
    assert people(demo_db) == 57
    assert dialog.undo_button.isEnabled()
    kept = [b for b in list_backups(demo_db) if b.reason == "before-restore"]
    assert len(kept) == 1 and str(kept[0].path) in dialog.status.text()
    qtbot.waitUntil(lambda: window.meeting_list.model.rowCount() == 3, timeout=WAIT_MS)

    with qtbot.waitSignal(dialog.restored, timeout=WAIT_MS):
        dialog.undo_button.click()
    assert people(demo_db) == 56
    dialog.reject()


def damage_a_page(path: Path) -> None:
    """Garbage in one page past the header: the first look can still read the session
    list, the full open's check finds the damage."""
    data = bytearray(path.read_bytes())
    page = 4096
    data[page * 20 : page * 21] = bytes(range(256)) * 16
    path.write_bytes(bytes(data))


def test_a_damaged_database_is_offered_its_backup_and_restored_only_when_asked(
    qtbot: QtBot, worker: Worker, demo_db: Path
) -> None:
    made = backup_database(demo_db, "daily")
    damage_a_page(demo_db)
    damaged = sha256(demo_db)
    window = MainWindow(worker, "en", interactive=False)
    qtbot.addWidget(window)
    window.show()
    recovery = window.recovery
    with qtbot.waitSignal(recovery.offered, timeout=WAIT_MS) as offered:
        window.open_database(demo_db)
    box: QMessageBox = offered.args[0]
    assert "damaged" in box.text() and "Nothing was moved" in box.text()
    assert "3 sessions, 57 people" in box.informativeText()
    assert made.taken_at.strftime("%Y") in box.informativeText()
    # The session list shows nothing of the file that failed to open.
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=WAIT_MS)
    assert window.meeting_list.model.rowCount() == 0
    assert sha256(demo_db) == damaged and not list(demo_db.parent.glob("demo.db.damaged-*"))

    assert recovery.restore_button is not None
    with qtbot.waitSignal(window.ready, timeout=WAIT_MS):
        recovery.restore_button.click()
    qtbot.waitUntil(lambda: window.meeting_list.model.rowCount() == 3, timeout=WAIT_MS)
    assert window.database == demo_db
    (aside,) = [p for p in demo_db.parent.glob("demo.db.damaged-*") if p.name[-4] != "-"]
    assert sha256(aside) == damaged


def test_declining_the_offer_moves_nothing(qtbot: QtBot, worker: Worker, demo_db: Path) -> None:
    backup_database(demo_db, "daily")
    damage_a_page(demo_db)
    damaged = sha256(demo_db)
    window = MainWindow(worker, "en", interactive=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.recovery.offered, timeout=WAIT_MS) as offered:
        window.open_database(demo_db)
    box: QMessageBox = offered.args[0]
    cancel = box.button(QMessageBox.StandardButton.Cancel)
    assert cancel is not None
    cancel.click()
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=WAIT_MS)
    assert sha256(demo_db) == damaged and window.database is None
    assert not list(demo_db.parent.glob("demo.db.damaged-*"))


def test_a_damaged_database_without_a_backup_says_so(
    qtbot: QtBot, worker: Worker, demo_db: Path
) -> None:
    damage_a_page(demo_db)
    window = MainWindow(worker, "en", interactive=False)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.recovery.offered, timeout=WAIT_MS) as offered:
        window.open_database(demo_db)
    box: QMessageBox = offered.args[0]
    assert "no verified backup" in box.informativeText()
    assert window.recovery.restore_button is None
