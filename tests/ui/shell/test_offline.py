"""File ▸ Take session offline… and File ▸ Bring session back… in a real window, in
Korean: the question before the copy, the session out, a conflict listed with a
choice, the merge."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QComboBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from gsmeet.domain.enums import Side
from gsmeet.ui.kit import prompts
from gsmeet.ui.shell.offline_dialogs import KEEP_COLUMN, BringBackDialog

from ...offline import phone_of, set_phone
from ..conftest import WAIT_MS, OpenWindow, shot


def test_a_session_goes_offline_and_comes_back_through_the_window(
    qtbot: QtBot,
    korean: None,
    open_window: OpenWindow,
    demo_db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(demo_db, "ko")
    model = window.meeting_list.model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).held_on == date(2019, 11, 28))
    window.meeting_list.select_row(row)
    qtbot.waitUntil(
        lambda: (r := window.meeting_view.record) is not None and r.meeting.number == 3,
        timeout=WAIT_MS,
    )
    laptop = tmp_path / "노트북.db"
    asked: list[str] = []

    def confirm(parent: QWidget, title: str, text: str) -> bool:
        asked.append(text)
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel
        box = QMessageBox(QMessageBox.Icon.Question, title, text, buttons, parent)
        box.show()
        shot(box, "take-offline-question.png")
        box.close()
        return True

    monkeypatch.setattr(prompts, "save_path", lambda *_: laptop)
    monkeypatch.setattr(prompts, "confirm", confirm)
    window.menu_actions.take_offline.trigger()
    qtbot.waitUntil(
        lambda: "되가져올 때까지" in window.statusBar().currentMessage(), timeout=WAIT_MS
    )
    assert laptop.is_file()
    assert "제3차" in asked[0] and "노트북에서만 기록합니다" in asked[0]
    shot(window, "taken-offline.png")

    set_phone(demo_db, 1, "서버 번호")
    set_phone(laptop, 1, "노트북 번호")
    set_phone(laptop, 2, "노트북에서만")
    monkeypatch.setattr(prompts, "open_path", lambda *_: laptop)
    window.menu_actions.bring_back.trigger()
    assert window.features is not None
    dialog = window.features.dialog
    assert isinstance(dialog, BringBackDialog)
    qtbot.waitUntil(dialog.merge.isEnabled, timeout=WAIT_MS)
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 1).text() == "인물"
    assert "노트북" in dialog.table.horizontalHeaderItem(4).text()
    assert dialog.table.item(0, 4).text() == "바뀜 (전화)"
    assert "1개 행이 양쪽에서 바뀌었습니다" in dialog.status.text()
    shot(dialog, "bring-back-conflicts.png")
    choice = dialog.table.cellWidget(0, KEEP_COLUMN)
    assert isinstance(choice, QComboBox) and choice.currentData() == Side.SERVER
    dialog.all_laptop.click()
    assert dialog.choices() == {dialog.conflicts[0].uid: Side.LAPTOP}
    with qtbot.waitSignal(dialog.brought_back, timeout=WAIT_MS):
        dialog.merge.click()
    assert "되가져왔습니다" in dialog.status.text()
    shot(dialog, "brought-back.png")
    assert (phone_of(demo_db, 1), phone_of(demo_db, 2)) == ("노트북 번호", "노트북에서만")
