"""The action tracker page on the demo: filters, sorting, the departed owner in red,
jumping to the origin, the export with its 'open folder'."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from gsmeet.ui.kit import prompts, written
from gsmeet.ui.shell.main_window import MainWindow
from gsmeet.ui.tracker.model import WARNING, TrackerModel
from gsmeet.ui.tracker.page import TrackerPage

from ..conftest import WAIT_MS, OpenWindow


def open_tracker(qtbot: QtBot, window: MainWindow) -> TrackerPage:
    qtbot.keyClick(
        window,
        Qt.Key.Key_A,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    page = window.workspace.tracker_page
    qtbot.waitUntil(lambda: page.isVisible() and page.rows != [], timeout=WAIT_MS)
    return page


def titles(page: TrackerPage) -> list[str]:
    return [row.action.title for row in page.model.rows]


def test_filters_and_sorting(qtbot: QtBot, open_window: OpenWindow, demo_db: Path) -> None:
    window = open_window(demo_db)
    page = open_tracker(qtbot, window)
    assert page.model.rowCount() == 11  # open ones first
    assert page.summary.text() == "11 of 12 action items"
    page.open_only.setChecked(False)
    assert page.model.rowCount() == 12
    due = [row.action.due_on for row in page.model.rows]
    assert due == sorted(due)  # by due date, as the heading shows
    for char in "ㅇㅈㅎ":  # 이재훈, by initials
        event = QInputMethodEvent()
        event.setCommitString(char)
        QApplication.sendEvent(page.owner, event)
    assert {row.action.owner for row in page.model.rows} == {"이재훈"}
    page.owner.clear()
    page.subcommittee.setCurrentIndex(page.subcommittee.findData("청색기술 중심도시 분과"))
    assert titles(page) == ["청색기술 기업 대상 설명회 개최"]
    page.subcommittee.setCurrentIndex(0)
    page.overdue.setChecked(True)
    page.overdue_day.setText("2019. 10. 1.")
    assert titles(page) == [
        "핵심선도사업 국책사업화 대상 발굴",
        "분과 워크숍 분기별 정례 운영계획 수립",
    ]
    due_cell = page.model.index(0, TrackerModel.DUE)
    assert due_cell.data(Qt.ItemDataRole.ForegroundRole) == WARNING
    page.overdue.setChecked(False)
    page.view.horizontalHeader().setSortIndicator(TrackerModel.OWNER, Qt.SortOrder.DescendingOrder)
    owners = [row.action.owner for row in page.model.rows]
    assert owners == sorted(owners, reverse=True)


def test_a_departed_owner_shows_in_red(
    qtbot: QtBot, open_window: OpenWindow, demo_db: Path
) -> None:
    connection = sqlite3.connect(demo_db)
    connection.execute(
        "UPDATE membership SET left_on = '2019-08-01' "
        "WHERE person_id = (SELECT id FROM person WHERE name = '이재훈')"
    )
    connection.commit()
    connection.close()
    window = open_window(demo_db)
    page = open_tracker(qtbot, window)
    gone = [r for r, row in enumerate(page.model.rows) if row.action.owner_left]
    assert len(gone) == 2
    cell = page.model.index(gone[0], TrackerModel.OWNER)
    assert cell.data() == "이재훈 (has left)"
    assert cell.data(Qt.ItemDataRole.ForegroundRole) == WARNING
    assert "has left the committee" in cell.data(Qt.ItemDataRole.ToolTipRole)
    assert "2 with an owner who has left" in page.summary.text()


def test_enter_opens_the_session_that_decided_it(
    qtbot: QtBot, open_window: OpenWindow, demo_db: Path
) -> None:
    window = open_window(demo_db)
    page = open_tracker(qtbot, window)
    row = titles(page).index("위원 소통 채널 구축")  # decided at 제1차
    page.view.selectRow(row)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    view = window.meeting_view
    qtbot.waitUntil(
        lambda: view.record is not None and view.record.meeting.number == 1, timeout=WAIT_MS
    )
    records = view.records
    qtbot.waitUntil(lambda: records.action_view.currentIndex().isValid(), timeout=WAIT_MS)
    assert records.lists.currentIndex() == 1
    chosen = records.action_model.row_at(records.action_view.currentIndex().row())
    assert chosen.title == "위원 소통 채널 구축"


def test_export_writes_what_is_shown_and_offers_the_folder(
    qtbot: QtBot,
    open_window: OpenWindow,
    demo_db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(demo_db)
    page = open_tracker(qtbot, window)
    target = tmp_path / "내보내기"
    suggested: list[str] = []

    def save_path(_parent: object, _title: str, name: str, _filter: str) -> Path:
        suggested.append(name)
        return target  # typed without .xlsx: it is added

    opened: list[Path] = []
    monkeypatch.setattr(prompts, "save_path", save_path)
    monkeypatch.setattr(written, "open_folder", lambda path: opened.append(path) or True)
    page.owner.setText("정수민")
    page.export_button.click()
    qtbot.waitUntil(page.written.folder_button.isVisible, timeout=WAIT_MS)
    out = target.with_name("내보내기.xlsx")
    day = window.context.register_days()[0]  # the demo's calendar stands still
    assert suggested == [f"경산발전전략위원회 action items {day.isoformat()}.xlsx"]
    sheet = load_workbook(out).active
    assert [sheet.cell(row=r, column=2).value for r in (2, 3)] == ["위원 소통 채널 구축", None]
    assert str(out) in page.written.text.text()
    page.written.folder_button.click()
    assert opened == [out]
