"""Speakers follow the room: a member picked who is not checked in is asked about (mark
present?); an official sitting in who speaks is checked in as they do; on each new item
the speaker is its presenter, unless the secretary chose someone else for that item."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from gsmeet.domain.enums import AttendanceStatus, Role
from gsmeet.ui.live.speakers import SpeakerPicker
from gsmeet.ui.live.window import LiveWindow

from .conftest import Clock, OpenLive, settle

CTRL = Qt.KeyboardModifier.ControlModifier


def pick(qtbot: QtBot, window: LiveWindow, name: str) -> None:
    qtbot.keyClick(window.entry, Qt.Key.Key_K, CTRL)
    picker = window.dialog
    assert isinstance(picker, SpeakerPicker)
    picker.search.setText(name)
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)


def status_of(window: LiveWindow, person_id: int) -> AttendanceStatus | None:
    return window.session.attendance_of(person_id)


def test_a_member_not_checked_in_is_asked_about(qtbot: QtBot, live: LiveWindow) -> None:
    state = live.session.state
    assert state is not None
    member = next(r.person for r in state.attendance if r.person.role is Role.MEMBER)
    pick(qtbot, live, member.name)
    box = live.dialog
    assert isinstance(box, QMessageBox) and member.name in box.text()
    assert "(not checked in)" in live.speaker_label.message
    qtbot.keyClick(box, Qt.Key.Key_Return)  # Yes, the default
    settle(qtbot, live)
    assert status_of(live, member.id) is AttendanceStatus.PRESENT
    assert live.speaker_label.message == f"Speaker: {member.name} (Member)"

    other = next(
        r.person
        for r in state.attendance
        if r.person.role is Role.MEMBER and r.person.id != member.id
    )
    pick(qtbot, live, other.name)
    box = live.dialog
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.No).click()
    settle(qtbot, live)
    assert status_of(live, other.id) is AttendanceStatus.INVITED
    assert live.save_status.message == f"{other.name} (Member) speaks without being checked in"


def test_an_official_sitting_in_is_checked_in_as_they_speak(qtbot: QtBot, live: LiveWindow) -> None:
    state = live.session.state
    assert state is not None
    official = next(r.person for r in state.attendance if r.person.role is Role.OBSERVER)
    pick(qtbot, live, official.name)
    assert live.dialog is None  # no question for someone who is not a member
    live.entry.insertPlainText("배석 공무원의 보고")
    qtbot.keyClick(live.entry, Qt.Key.Key_Return)
    settle(qtbot, live)
    assert status_of(live, official.id) is AttendanceStatus.PRESENT
    state = live.session.state
    assert state is not None and state.remarks[-1].speaker == official


def test_the_speaker_follows_the_item_unless_chosen_for_it(
    qtbot: QtBot, live: LiveWindow, clock: Clock
) -> None:
    state = live.session.state
    assert state is not None
    opening = state.agenda[0]
    assert opening.presenter is not None
    assert live.speakers.current == opening.presenter
    co_chair = next(r.person for r in state.attendance if r.person.role is Role.CO_CHAIR)
    live.check_ins.check_in(co_chair.id, AttendanceStatus.PRESENT)
    settle(qtbot, live)
    pick(qtbot, live, co_chair.name)  # chosen for the opening
    assert live.speakers.current == co_chair

    clock.advance(minutes=5)
    qtbot.keyClick(live.entry, Qt.Key.Key_PageDown, CTRL)
    settle(qtbot, live)
    item = live.session.current_item()
    assert item is not None and live.speakers.current == item.presenter  # the next item's
    qtbot.keyClick(live.entry, Qt.Key.Key_PageUp, CTRL)
    settle(qtbot, live)
    assert live.speakers.current == co_chair  # back: the choice made for the opening


@pytest.mark.usefixtures("korean")
def test_checking_in_an_official_as_they_speak_is_said(qtbot: QtBot, open_live: OpenLive) -> None:
    live = open_live(lang="ko")
    state = live.session.state
    assert state is not None
    official = next(r.person for r in state.attendance if r.person.role is Role.OBSERVER)
    pick(qtbot, live, official.name)
    live.entry.insertPlainText("배석 공무원의 보고")
    qtbot.keyClick(live.entry, Qt.Key.Key_Return)
    settle(qtbot, live)
    assert status_of(live, official.id) is AttendanceStatus.PRESENT
    said = live.save_status.message
    assert said.startswith("저장됨 ") and said.endswith(f"{official.name} 출석으로 기록")
    live.close()
