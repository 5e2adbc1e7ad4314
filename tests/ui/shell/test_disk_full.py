"""The window on a full disk (reliability row 3): every refusal is one translated line
(never ``OSError [Errno 28]``), nothing is half-written, and the same edit works once
there is room again; on a real small filesystem (tests/smalldisk.py)."""

from __future__ import annotations

import contextlib
import shutil
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from gsmeet.ui.kit.worker import Worker
from gsmeet.ui.sessions.session_form import PostponeDialog
from gsmeet.ui.shell.backups_dialog import BackupsDialog
from gsmeet.ui.shell.main_window import MainWindow

from ...smalldisk import fill
from ..conftest import WAIT_MS

ENGLISH = ("Errno", "OSError", "No space", "disk is full", "database or disk", "I/O")


def held_on(db: Path) -> str:
    with contextlib.closing(sqlite3.connect(f"{db.as_uri()}?mode=ro", uri=True)) as c:
        return str(c.execute("SELECT held_on FROM meeting WHERE id = 3").fetchone()[0])


def english_free(text: str) -> bool:
    return not any(word in text for word in ENGLISH)


def test_the_window_on_a_full_disk_says_so_in_one_translated_line(
    qtbot: QtBot,
    worker: Worker,
    korean: None,
    demo_db: Path,
    small_disk: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *_: warned.append(text))
    db = small_disk / "위원회.db"
    shutil.copyfile(demo_db, db)
    window = MainWindow(worker, "ko")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.open_database(db)
    qtbot.waitUntil(lambda: window.meeting_view.record is not None, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: not worker.busy, timeout=WAIT_MS)
    filler = fill(small_disk)

    row = window.meeting_list.model.row_of(3)  # 제3차, planned: postponed a week
    assert row is not None
    window.meeting_list.select_row(row)
    qtbot.waitUntil(
        lambda: (
            window.meeting_view.record is not None and window.meeting_view.record.meeting.id == 3
        ),
        timeout=WAIT_MS,
    )
    window.menu_actions.postpone_session.trigger()
    assert window.features is not None
    postpone = window.features.dialog
    assert isinstance(postpone, PostponeDialog)
    postpone.day.setText("2019. 12. 5.")
    qtbot.mouseClick(postpone.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(postpone.error.isVisible, timeout=WAIT_MS)
    said = postpone.error.text()
    assert "디스크가 가득" in said and "\n" not in said and english_free(said), said
    assert held_on(db) == "2019-11-28"  # nothing half-written

    window.menu_actions.backups.trigger()  # File ▸ Backups… ▸ back up now
    backups = window.features.dialog
    assert isinstance(backups, BackupsDialog)
    qtbot.waitUntil(lambda: backups.model.rowCount() > 0, timeout=WAIT_MS)
    made = backups.model.rowCount()
    backups.backup_button.click()
    qtbot.waitUntil(lambda: "디스크" in backups.status.text(), timeout=WAIT_MS)
    assert english_free(backups.status.text()), backups.status.text()
    left = sorted(p.name for p in (small_disk / "위원회-backups").iterdir())
    assert len(left) == made and not any(n.endswith(".partial") for n in left), left
    backups.close()

    with qtbot.waitSignal(window.open_failed, timeout=WAIT_MS) as failed:
        window.open_database(small_disk / "새 위원회.db")  # a new database: no room
    message = str(failed.args[0])
    assert "디스크가 가득" in message and "\n" not in message and english_free(message), message
    assert warned and all(english_free(text) for text in warned), warned
    assert window.database == db  # the open one stays
    assert not list(small_disk.glob("새 위원회.db*"))  # no empty file left behind

    filler.unlink()  # room again: the same edit goes through
    qtbot.mouseClick(postpone.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: held_on(db) == "2019-12-05", timeout=WAIT_MS)
