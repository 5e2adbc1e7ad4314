"""Check-in under a hurried hand: typing in the filter selects the top row it leaves
visible, Enter marks that person present, Up and Down move among the visible rows
only, a row the filter hides is never marked (whatever had been selected before), and
the status line says who was marked how, with the key that takes it back. The speaker
picker follows the same rules; an absence asks its reason naming the person."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QTreeWidgetItem
from pytestqt.qtbot import QtBot

from gsmeet.domain.enums import AttendanceStatus
from gsmeet.domain.search import matches
from gsmeet.ui.live.speakers import SpeakerPicker
from gsmeet.ui.live.window import LiveWindow

from .conftest import OpenLive, settle

CTRL = Qt.KeyboardModifier.ControlModifier


def status_of(window: LiveWindow, name: str) -> AttendanceStatus:
    state = window.session.state
    assert state is not None
    return next(r.status for r in state.attendance if r.person.name == name)


def row_name(item: QTreeWidgetItem) -> str:
    return str(item.data(0, Qt.ItemDataRole.UserRole + 1)[0])  # name, position, 소속, 분과


def visible_names(window: LiveWindow) -> list[str]:
    return [row_name(item) for item in window.attendance.visible_rows()]


def type_filter(window: LiveWindow, text: str) -> None:
    """The filter typed as a Korean input method types it, jamo by jamo."""
    field = window.attendance.filter
    field.setFocus()
    for char in text:
        compose_char(field, char)


def compose_char(field: object, char: str) -> None:
    from PySide6.QtGui import QInputMethodEvent

    event = QInputMethodEvent()
    event.setCommitString(char)
    QApplication.sendEvent(field, event)  # type: ignore[arg-type]


def test_the_filter_selects_the_top_match_and_enter_marks_it(
    qtbot: QtBot, live: LiveWindow
) -> None:
    state = live.session.state
    assert state is not None
    hidden = next(
        r.person
        for r in state.attendance
        if not matches("ㅊㅇㅈ", r.person.name, r.person.position, r.person.organisation)
        and not matches("ㅊㅇㅈ", r.person.subcommittee)
    )
    live.attendance.select_person(hidden.id)  # selected before the filter hides it
    qtbot.keyClick(live.entry, Qt.Key.Key_A, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert live.attendance.filter.hasFocus()
    type_filter(live, "ㅊㅇㅈ")
    shown = visible_names(live)
    assert shown[0] == "최영조" and hidden.name not in shown
    assert live.attendance.selected_person() is not None
    qtbot.keyClick(live.attendance.filter, Qt.Key.Key_Return)
    settle(qtbot, live)
    assert status_of(live, shown[0]) is AttendanceStatus.PRESENT
    assert status_of(live, hidden.name) is AttendanceStatus.INVITED  # never the hidden one
    assert live.save_status.message == f"{shown[0]} Present 14:00 (Ctrl+Z takes it back)"
    field = live.attendance.filter
    assert field.selectedText() == "ㅊㅇㅈ"  # the next name typed replaces it
    qtbot.keyClick(live.entry, Qt.Key.Key_Z, CTRL)
    settle(qtbot, live)
    assert status_of(live, shown[0]) is AttendanceStatus.INVITED
    assert live.save_status.message == f"Check-in undone: {shown[0]}"


def test_down_and_up_move_among_the_visible_rows_only(qtbot: QtBot, live: LiveWindow) -> None:
    type_filter(live, "김")
    shown = visible_names(live)
    assert len(shown) >= 3
    field = live.attendance.filter
    qtbot.keyClick(field, Qt.Key.Key_Down)
    qtbot.keyClick(field, Qt.Key.Key_Down)
    qtbot.keyClick(field, Qt.Key.Key_Up)
    assert field.text() == "김"  # the typing stayed in the filter
    qtbot.keyClick(field, Qt.Key.Key_Return)
    settle(qtbot, live)
    assert status_of(live, shown[1]) is AttendanceStatus.PRESENT
    assert [n for n in shown if status_of(live, n) is AttendanceStatus.PRESENT] == [shown[1]]
    for _ in range(len(shown) + 3):  # never past the last visible row
        qtbot.keyClick(field, Qt.Key.Key_Down)
    current = live.attendance.table.currentItem()
    assert current is not None and not current.isHidden()
    assert row_name(current) == shown[-1]


def test_a_filter_that_finds_nobody_marks_nobody(qtbot: QtBot, live: LiveWindow) -> None:
    live.attendance.select_person(live.session.state.attendance[0].person.id)  # type: ignore[union-attr]
    type_filter(live, "없는사람")
    assert visible_names(live) == [] and live.attendance.selected_person() is None
    qtbot.keyClick(live.attendance.filter, Qt.Key.Key_Return)
    qtbot.keyClick(live.attendance.filter, Qt.Key.Key_Tab)  # to the table, then Enter
    qtbot.keyClick(live.attendance.table, Qt.Key.Key_Return)
    live.attendance.present.click()
    settle(qtbot, live)
    state = live.session.state
    assert state is not None
    assert all(r.status is AttendanceStatus.INVITED for r in state.attendance)


def test_an_excused_absence_asks_why_naming_the_person(qtbot: QtBot, live: LiveWindow) -> None:
    type_filter(live, "ㅊㅇㅈ")
    name = visible_names(live)[0]
    live.attendance.excused.click()
    dialog = live.check_ins.dialog
    assert dialog is not None and name in dialog.windowTitle() and name in dialog.labelText()
    dialog.setTextValue("출장")
    dialog.accept()
    settle(qtbot, live)
    state = live.session.state
    assert state is not None
    row = next(r for r in state.attendance if r.person.name == name)
    assert row.status is AttendanceStatus.EXCUSED and row.reason == "출장"


def test_the_speaker_picker_follows_the_same_rules(qtbot: QtBot, live: LiveWindow) -> None:
    qtbot.keyClick(live.entry, Qt.Key.Key_K, CTRL)
    picker = live.dialog
    assert isinstance(picker, SpeakerPicker)
    picker.search.setFocus()
    for char in "ㄱㅌㅎ":
        compose_char(picker.search, char)
    first = picker.results.item(0).text()
    assert picker.results.currentRow() == 0  # the top match, selected
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert live.speakers.current is not None and live.speakers.current.name in first


@pytest.mark.usefixtures("korean")
def test_the_filter_is_replaced_cleared_and_says_when_nobody_matches(
    qtbot: QtBot, open_live: OpenLive
) -> None:
    live = open_live(lang="ko")
    field = live.attendance.filter
    type_filter(live, "ㅊㅇㅈ")
    live.entry.setFocus()  # elsewhere, then Ctrl+Shift+A: the old text is selected
    qtbot.keyClick(live.entry, Qt.Key.Key_A, CTRL | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(field.hasFocus)
    assert field.selectedText() == "ㅊㅇㅈ"
    for char in "ㅋㅋㅋ":
        compose_char(field, char)
    assert field.text() == "ㅋㅋㅋ"  # replaced, not "ㅊㅇㅈㅋㅋㅋ"
    assert live.attendance.visible_rows() == []
    qtbot.keyClick(field, Qt.Key.Key_Return)
    settle(qtbot, live)
    assert live.save_status.message == "“ㅋㅋㅋ”에 맞는 사람이 없습니다: 아무도 기록하지 않았습니다"
    state = live.session.state
    assert state is not None
    assert all(r.status is AttendanceStatus.INVITED for r in state.attendance)
    qtbot.keyClick(field, Qt.Key.Key_Escape)  # the filter cleared: everyone again
    assert field.text() == "" and len(live.attendance.visible_rows()) == len(state.attendance)
    live.close()
