"""Ctrl+Z / Ctrl+Shift+Z undo and redo every live edit, through the services' inverse
functions on the worker; typing in the entry keeps its own undo while there is some."""

from __future__ import annotations

import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gsmeet.domain.enums import AttendanceStatus, MeetingStatus
from gsmeet.ui.live.speakers import SpeakerPicker
from gsmeet.ui.live.window import LiveWindow

from .conftest import WAIT_MS, Clock, OpenLive, Prepared, settle

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier


def undo(qtbot: QtBot, window: LiveWindow, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(window.entry, Qt.Key.Key_Z, CTRL)
    settle(qtbot, window)


def redo(qtbot: QtBot, window: LiveWindow, times: int = 1) -> None:
    for _ in range(times):
        qtbot.keyClick(window.entry, Qt.Key.Key_Z, CTRL_SHIFT)
    settle(qtbot, window)


def counts(window: LiveWindow) -> tuple[int, int, int]:
    state = window.session.state
    assert state is not None
    return len(state.remarks), len(state.decisions), len(state.actions)


def enter(qtbot: QtBot, window: LiveWindow, text: str) -> None:
    window.entry.insertPlainText(text)
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    settle(qtbot, window)


def test_entries_check_ins_and_moves_undo_and_redo(
    qtbot: QtBot, live: LiveWindow, clock: Clock
) -> None:
    enter(qtbot, live, "첫 발언")
    enter(qtbot, live, "결정: 원안 가결")
    enter(qtbot, live, "조치: 자료 배포 @미래전략과")
    assert counts(live) == (1, 1, 1)
    first = live.session.state.remarks[0].id  # type: ignore[union-attr]

    # Typing is undone first while there is typing; then the live edits.
    qtbot.keyClicks(live.entry, "abc")
    qtbot.keyClick(live.entry, Qt.Key.Key_Z, CTRL)
    assert live.entry.toPlainText() == "" and counts(live) == (1, 1, 1)
    live.entry.clear()  # (else the next Ctrl+Shift+Z redoes the typing, as in any editor)
    undo(qtbot, live, 3)
    assert counts(live) == (0, 0, 0)
    redo(qtbot, live, 3)
    assert counts(live) == (1, 1, 1)
    assert live.session.state.remarks[0].id == first  # type: ignore[union-attr]

    person = live.session.state.attendance[0].person  # type: ignore[union-attr]
    live.check_ins.check_in(person.id, AttendanceStatus.PRESENT)
    settle(qtbot, live)
    assert live.session.state.quorum.present == 1  # type: ignore[union-attr]
    undo(qtbot, live)
    assert live.session.state.quorum.present == 0  # type: ignore[union-attr]
    redo(qtbot, live)
    assert live.session.state.quorum.present == 1  # type: ignore[union-attr]

    opening = live.session.current_item()
    clock.advance(minutes=3)
    qtbot.keyClick(live.entry, Qt.Key.Key_PageDown, CTRL)
    qtbot.keyClick(live.entry, Qt.Key.Key_PageDown, CTRL)  # two presses, two items on
    settle(qtbot, live)
    third = live.session.current_item()
    assert third is not None and third.title == "총괄개요"
    undo(qtbot, live, 2)
    back = live.session.current_item()
    assert back is not None and opening is not None and back.id == opening.id
    assert back.ended_at is None
    assert all(i.started_at is None for i in live.session.state.agenda[1:])  # type: ignore[union-attr]
    redo(qtbot, live)
    assert live.session.current_item().title == "이전 조치사항 점검"  # type: ignore[union-attr]


def test_corrections_undo_and_redo(qtbot: QtBot, live: LiveWindow) -> None:
    enter(qtbot, live, "오타가 있는 발언")
    presenter = live.session.state.remarks[0].speaker  # type: ignore[union-attr]
    assert presenter is not None and presenter.name == "정수민"  # the opening's presenter
    live.remarks.setFocus()
    live.remarks.setCurrentIndex(live.remark_model.index(0))
    editor = live.corrections.edit_remark()
    assert editor is not None
    editor.setTextValue("고친 발언")
    editor.accept()
    settle(qtbot, live)
    assert live.session.state.remarks[0].text == "고친 발언"  # type: ignore[union-attr]

    live.remarks.setCurrentIndex(live.remark_model.index(0))
    picker = live.corrections.change_remark_speaker()
    assert isinstance(picker, SpeakerPicker)
    picker.search.setText("ㄱㅌㅎ")
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    settle(qtbot, live)
    speaker = live.session.state.remarks[0].speaker  # type: ignore[union-attr]
    assert speaker is not None and speaker.name == "김태형"

    live.remarks.setFocus()
    live.remarks.setCurrentIndex(live.remark_model.index(0))
    qtbot.keyClick(live.remarks, Qt.Key.Key_Delete)
    settle(qtbot, live)
    assert counts(live) == (0, 0, 0)
    live.entry.setFocus()
    undo(qtbot, live)  # the delete
    assert live.session.state.remarks[0].speaker.name == "김태형"  # type: ignore[union-attr]
    undo(qtbot, live)  # the speaker
    assert live.session.state.remarks[0].speaker == presenter  # type: ignore[union-attr]
    undo(qtbot, live)  # the text
    assert live.session.state.remarks[0].text == "오타가 있는 발언"  # type: ignore[union-attr]
    redo(qtbot, live, 3)
    assert counts(live) == (0, 0, 0)


def rows(database: Path, table: str) -> list[tuple[object, ...]]:
    """A table's rows, every column: their ``uid``, links and place among their siblings."""
    with sqlite3.connect(database) as connection:
        return connection.execute(f"SELECT * FROM {table} ORDER BY id").fetchall()


def test_a_deleted_entry_undone_is_the_same_row_in_its_place(
    qtbot: QtBot, live: LiveWindow, prepared: Prepared
) -> None:
    for text in ("첫 발언", "가운데 발언", "끝 발언", "결정: 원안 가결", "조치: 자료 배포"):
        enter(qtbot, live, text)
    tables = ("remark", "decision", "action_item")
    before = {table: rows(prepared.database, table) for table in tables}
    live.remarks.setFocus()
    middle = next(
        row
        for row in range(live.remark_model.rowCount())
        if getattr(live.remark_model.row(row), "text", None) == "가운데 발언"
    )
    live.remarks.setCurrentIndex(live.remark_model.index(middle))
    qtbot.keyClick(live.remarks, Qt.Key.Key_Delete)
    settle(qtbot, live)
    assert counts(live) == (2, 1, 1)
    live.entry.setFocus()
    undo(qtbot, live)  # the delete: 가운데 발언 back, itself, between the other two
    assert rows(prepared.database, "remark") == before["remark"]
    undo(qtbot, live, 2)  # the action item, then the decision: deleted
    redo(qtbot, live, 2)  # and back, the same rows
    assert rows(prepared.database, "decision") == before["decision"]
    assert rows(prepared.database, "action_item") == before["action_item"]
    assert counts(live) == (3, 1, 1)


def test_ending_the_session_is_undone_by_reopening(qtbot: QtBot, live: LiveWindow) -> None:
    enter(qtbot, live, "끝나기 전 발언")
    live.session.end()
    settle(qtbot, live)
    assert live.session.state.meeting.status is MeetingStatus.HELD  # type: ignore[union-attr]
    live.entry.setFocus()
    undo(qtbot, live)
    assert live.session.state.meeting.status is MeetingStatus.IN_PROGRESS  # type: ignore[union-attr]
    assert live.session.current_item() is not None and counts(live) == (1, 0, 0)
    assert live.save_status.message == "The session is in progress again"


def test_ctrl_z_before_the_save_lands_undoes_that_remark(qtbot: QtBot, live: LiveWindow) -> None:
    enter(qtbot, live, "먼저 저장된 발언")
    gate, sitting = threading.Event(), threading.Event()

    def hold() -> None:  # a slow disk: the worker sits here until the test says
        sitting.set()
        gate.wait(timeout=WAIT_MS / 1000 * 3)

    live.worker.call(hold, lambda _none: None)
    qtbot.waitUntil(sitting.is_set, timeout=WAIT_MS)
    try:
        live.entry.insertPlainText("저장 중인 발언")
        qtbot.keyClick(live.entry, Qt.Key.Key_Return)
        assert live.entry.toPlainText() == ""
        qtbot.keyClick(live.entry, Qt.Key.Key_Z, CTRL)  # the entry is empty: the history's
        assert live.session.history.landing
    finally:
        gate.set()
    settle(qtbot, live)
    assert [r.text for r in live.session.state.remarks] == ["먼저 저장된 발언"]  # type: ignore[union-attr]
    assert live.remark_model.rowCount() == 1
    assert live.save_status.message.startswith("Remark deleted: ")
    assert "저장 중인 발언" in live.save_status.message


def test_ctrl_z_in_an_entry_holding_text_undoes_typing_only(qtbot: QtBot, live: LiveWindow) -> None:
    enter(qtbot, live, "저장된 발언")
    live.entry.setPlainText("되살린 초안")  # as a restored draft: no typing to undo
    qtbot.keyClick(live.entry, Qt.Key.Key_Z, CTRL)
    settle(qtbot, live)
    assert live.entry.toPlainText() == "되살린 초안" and counts(live) == (1, 0, 0)
    live.entry.clear()
    qtbot.keyClicks(live.entry, "abc")
    qtbot.keyClick(live.entry, Qt.Key.Key_Z, CTRL)  # the typing goes
    settle(qtbot, live)
    assert live.entry.toPlainText() == "" and counts(live) == (1, 0, 0)
    qtbot.keyClick(live.entry, Qt.Key.Key_Z, CTRL)  # now the remark, and the screen says so
    settle(qtbot, live)
    assert counts(live) == (0, 0, 0)
    assert live.save_status.message.startswith("Remark deleted: ")
    assert "저장된 발언" in live.save_status.message


@pytest.mark.usefixtures("korean")
def test_redo_after_undoing_a_record_redoes_the_record_not_the_typing(
    qtbot: QtBot, open_live: OpenLive
) -> None:
    live = open_live(lang="ko")
    enter(qtbot, live, "저장된 발언")
    live.entry.insertPlainText("임시")  # typed, not saved
    undo(qtbot, live)  # the typing goes
    assert live.entry.toPlainText() == "" and counts(live) == (1, 0, 0)
    undo(qtbot, live)  # then the remark
    assert counts(live) == (0, 0, 0)
    assert live.save_status.message.startswith("발언 삭제: ")
    redo(qtbot, live)  # the last thing undone was the remark's save: it comes back
    assert live.entry.toPlainText() == ""
    assert counts(live) == (1, 0, 0)
    redo(qtbot, live)  # and the typing undone before it is not brought back
    assert live.entry.toPlainText() == "" and counts(live) == (1, 0, 0)
    live.entry.insertPlainText("결정: 원안대로 의결")
    qtbot.keyClick(live.entry, Qt.Key.Key_Return)
    settle(qtbot, live)
    assert counts(live) == (1, 1, 0)  # a decision, not a remark "임시결정: …"
    live.close()
