"""Ctrl+F in the main window on the demo: results as you type, highlighted, and Enter
opening the session at the hit."""

from __future__ import annotations

import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from gsmeet.domain.enums import HitKind, Thing
from gsmeet.domain.errors import NoSuchRecord
from gsmeet.domain.search import SearchResults
from gsmeet.services.store import Database
from gsmeet.ui.search import ops
from gsmeet.ui.search.dialog import MARKED_ROLE, HitModel, SearchDialog
from gsmeet.ui.sessions.meeting_view import AGENDA, RECORDS
from gsmeet.ui.shell.main_window import MainWindow

from ..conftest import WAIT_MS, OpenWindow


def type_text(widget: QWidget, text: str) -> None:
    """As a Korean input method commits text, a character at a time."""
    for char in text:
        event = QInputMethodEvent()
        event.setCommitString(char)
        QApplication.sendEvent(widget, event)


def open_search(qtbot: QtBot, window: MainWindow) -> SearchDialog:
    # As a window manager does when a dialog closes (offscreen, nobody does).
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    features = window.features
    assert features is not None
    dialog = features.search_dialog
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.query, timeout=WAIT_MS)
    return dialog


def search(qtbot: QtBot, dialog: SearchDialog, words: str) -> None:
    dialog.query.clear()
    type_text(dialog.query, words)
    qtbot.waitUntil(lambda: dialog.shown_query == words, timeout=WAIT_MS)


def shown(window: MainWindow) -> int | None:
    record = window.meeting_view.record
    return None if record is None else record.meeting.number


def select_session(qtbot: QtBot, window: MainWindow, number: int) -> None:
    model = window.meeting_list.model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).number == number)
    window.meeting_list.select_row(row)
    qtbot.waitUntil(lambda: shown(window) == number, timeout=WAIT_MS)


def test_results_as_you_type_with_the_match_highlighted(
    qtbot: QtBot, open_window: OpenWindow, demo_db: Path
) -> None:
    window = open_window(demo_db)
    dialog = open_search(qtbot, window)
    search(qtbot, dialog, "워크숍")
    hits = dialog.model.rows
    assert hits and {h.kind for h in hits} >= {HitKind.REMARK, HitKind.DECISION, HitKind.ACTION}
    first = dialog.model.index(0, HitModel.SESSION).data()
    assert first.startswith("2nd round-table meeting")
    assert "22 August 2019" in first
    marked = dialog.model.index(0, HitModel.TEXT).data(MARKED_ROLE)
    assert '<span style="background-color:#fde68a' in marked and ">워크숍</span>" in marked
    assert dialog.status.text() == f"{len(hits)} hits"
    # A word typed on narrows the results as it is typed.
    type_text(dialog.query, " 정례화")
    qtbot.waitUntil(lambda: dialog.shown_query == "워크숍 정례화", timeout=WAIT_MS)
    assert 0 < len(dialog.model.rows) < len(hits)
    search(qtbot, dialog, "없는낱말")
    assert dialog.model.rowCount() == 0
    assert "Nothing found" in dialog.status.text()


def test_enter_opens_the_session_at_the_remark(
    qtbot: QtBot, open_window: OpenWindow, demo_db: Path
) -> None:
    window = open_window(demo_db)
    select_session(qtbot, window, 1)  # another session is on screen
    dialog = open_search(qtbot, window)
    search(qtbot, dialog, "ㅊㅇㅈ 정례화")  # 최영조's remark on it, by his initials
    (hit,) = [h for h in dialog.model.rows if h.kind is HitKind.REMARK]
    row = dialog.model.rows.index(hit)
    dialog.view.selectRow(row)
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: shown(window) == 2, timeout=WAIT_MS)
    view = window.meeting_view
    assert view.tabs.currentIndex() == RECORDS
    records = view.records
    qtbot.waitUntil(lambda: records.remark_view.currentIndex().isValid(), timeout=WAIT_MS)
    selected = records.remark_model.row_at(records.remark_view.currentIndex().row())
    assert selected.remark is not None and selected.remark.id == hit.id
    assert selected.remark.speaker is not None and selected.remark.speaker.name == "최영조"
    # Ctrl+F again: the same words and results, selected to be typed over.
    again = open_search(qtbot, window)
    assert again.query.text() == "ㅊㅇㅈ 정례화" == again.shown_query
    assert again.query.selectedText() == "ㅊㅇㅈ 정례화"
    assert again.model.rows == dialog.model.rows


def test_a_decision_an_action_and_an_agenda_title_open_where_they_are(
    qtbot: QtBot, open_window: OpenWindow, demo_db: Path
) -> None:
    window = open_window(demo_db)
    dialog = open_search(qtbot, window)
    view = window.meeting_view
    records = view.records

    search(qtbot, dialog, "분기 1회 정례화")
    decision = next(h for h in dialog.model.rows if h.kind is HitKind.DECISION)
    dialog.open_row(dialog.model.rows.index(decision))
    qtbot.waitUntil(lambda: shown(window) == 2, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: records.decision_view.currentIndex().isValid(), timeout=WAIT_MS)
    assert records.lists.currentIndex() == 0
    row = records.decision_view.currentIndex().row()
    assert records.decision_model.row_at(row).id == decision.id

    dialog = open_search(qtbot, window)
    search(qtbot, dialog, "자율주행트램 부품기업")
    action = next(h for h in dialog.model.rows if h.kind is HitKind.ACTION)
    dialog.open_row(dialog.model.rows.index(action))
    qtbot.waitUntil(lambda: records.lists.currentIndex() == 1, timeout=WAIT_MS)
    row = records.action_view.currentIndex().row()
    assert records.action_model.row_at(row).id == action.id

    dialog = open_search(qtbot, window)
    search(qtbot, dialog, "청색기술 중심도시 추진상황")
    item = next(
        h for h in dialog.model.rows if h.kind is HitKind.ITEM and h.held_on == date(2019, 8, 22)
    )
    qtbot.keyClick(dialog.query, Qt.Key.Key_Down)  # into the results, then to the item
    dialog.view.selectRow(dialog.model.rows.index(item))
    qtbot.keyClick(dialog.view, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.tabs.currentIndex() == AGENDA, timeout=WAIT_MS)
    row = view.agenda_view.currentIndex().row()
    assert view.agenda.row_at(row).item.id == item.agenda_item_id


def test_enter_before_the_results_came_opens_the_first(
    qtbot: QtBot, open_window: OpenWindow, demo_db: Path
) -> None:
    window = open_window(demo_db)
    select_session(qtbot, window, 1)
    dialog = open_search(qtbot, window)
    type_text(dialog.query, "국책사업화 건의")
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)  # at once, before the typing pause
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: shown(window) == 2, timeout=WAIT_MS)


def test_the_dialog_in_korean(
    qtbot: QtBot, korean: None, open_window: OpenWindow, demo_db: Path
) -> None:
    window = open_window(demo_db, lang="ko")
    dialog = open_search(qtbot, window)
    assert dialog.windowTitle() == "회의 기록 찾기"
    search(qtbot, dialog, "워크숍")
    assert dialog.model.headerData(0, Qt.Orientation.Horizontal) == "회의"
    assert dialog.model.index(0, HitModel.SESSION).data().startswith("제2차 간담회")
    assert dialog.model.index(0, HitModel.KIND).data() == "발언"
    assert dialog.status.text() == f"{len(dialog.model.rows)}건"


def test_words_typed_while_a_search_fails_are_searched(
    qtbot: QtBot, open_window: OpenWindow, demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(demo_db)
    dialog = open_search(qtbot, window)
    release = threading.Event()
    real = ops.find

    def find(query: str, committee_id: int | None) -> Callable[[Database], SearchResults]:
        if query != "실패":
            return real(query, committee_id)

        def failing(store: Database) -> SearchResults:
            release.wait(timeout=WAIT_MS / 1000)  # until the next words are typed
            raise NoSuchRecord(what=Thing.COMMITTEE, id=99)  # the database went away

        return failing

    monkeypatch.setattr(ops, "find", find)
    type_text(dialog.query, "실패")
    dialog.search_now()
    dialog.query.setText("워크숍")
    dialog.search_now()  # as the timer does: the failing search is still running
    dialog._timer.stop()
    release.set()
    qtbot.waitUntil(lambda: dialog.shown_query == "워크숍", timeout=WAIT_MS)
    assert dialog.model.rows and dialog.status.styleSheet() == ""
