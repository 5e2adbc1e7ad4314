"""Ctrl+E shows what is still open before the session ends — a draft in the entry,
items never taken up, members never checked in, earlier action items never reviewed —
each settled with one key; the end is taken back with Ctrl+Z, every record kept."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gsmeet.domain.enums import AgendaKind, AttendanceStatus, MeetingStatus
from gsmeet.ui.live.ending import EndChecklist
from gsmeet.ui.live.window import LiveWindow

from .conftest import WAIT_MS, OpenLive, settle
from .test_undo import undo

CTRL = Qt.KeyboardModifier.ControlModifier


def checklist(qtbot: QtBot, window: LiveWindow) -> EndChecklist:
    qtbot.keyClick(window.entry, Qt.Key.Key_E, CTRL)
    qtbot.waitUntil(lambda: window.proceedings.checklist is not None, timeout=WAIT_MS)
    dialog = window.proceedings.checklist
    assert dialog is not None
    dialog.activateWindow()  # its one-key shortcuts need it active (slow under load)
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT_MS)
    return dialog


def lines(dialog: EndChecklist) -> list[str]:
    return [line.text() for line in dialog.lines]


def test_the_checklist_settles_each_thing_with_one_key(qtbot: QtBot, live: LiveWindow) -> None:
    live.entry.insertPlainText("마지막 발언")
    qtbot.keyClick(live.entry, Qt.Key.Key_Return)
    settle(qtbot, live)
    live.entry.insertPlainText("아직 저장하지 않은 초안")
    dialog = checklist(qtbot, live)
    texts = lines(dialog)
    assert texts[0] == "The entry holds text not saved: “아직 저장하지 않은 초안”"
    assert texts[1].startswith("14 items never taken up: 2. 이전 조치사항 점검, 3. 총괄개요")
    assert texts[2] == "49 members never checked in; the minutes list them as absent"
    assert texts[3] == "11 earlier action items not reviewed"
    assert not dialog.end_button.isEnabled()  # the draft first: saved or discarded
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible() and live.session.running

    qtbot.keyClick(dialog, Qt.Key.Key_S)  # save it
    qtbot.keyClick(dialog, Qt.Key.Key_A)  # the members not checked in: absent
    qtbot.keyClick(dialog, Qt.Key.Key_C)  # the reviews: carried over
    assert lines(dialog)[0] == "✓ Saved" and lines(dialog)[2] == "✓ Marked absent: 49"
    assert dialog.end_button.isEnabled()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    settle(qtbot, live)
    state = live.session.state
    assert state is not None and state.meeting.status is MeetingStatus.HELD
    assert live.entry.toPlainText() == ""

    live.entry.setFocus()
    qtbot.keyClick(live.entry, Qt.Key.Key_Z, CTRL)  # the end taken back
    settle(qtbot, live)
    state = live.session.state
    assert state is not None and state.meeting.status is MeetingStatus.IN_PROGRESS
    assert [r.text for r in state.remarks] == ["마지막 발언", "아직 저장하지 않은 초안"]
    members = [r for r in state.attendance if r.person.role and r.person.role.counts_for_quorum]
    assert all(r.status is AttendanceStatus.ABSENT for r in members)


def test_go_to_closes_the_checklist_without_ending(qtbot: QtBot, live: LiveWindow) -> None:
    dialog = checklist(qtbot, live)
    assert dialog.end_button.isEnabled()  # nothing blocks: no draft
    qtbot.keyClick(dialog, Qt.Key.Key_R)  # to the review of earlier action items
    settle(qtbot, live)
    assert live.proceedings.checklist is None and live.session.running
    item = live.session.current_item()
    assert item is not None and item.kind is AgendaKind.ACTION_REVIEW


def test_a_draft_discarded_is_gone_and_the_session_ends(qtbot: QtBot, live: LiveWindow) -> None:
    live.entry.insertPlainText("버릴 글")
    dialog = checklist(qtbot, live)
    qtbot.keyClick(dialog, Qt.Key.Key_D)
    qtbot.keyClick(dialog, Qt.Key.Key_U)  # left unconfirmed: printed as absent
    assert lines(dialog)[2] == "✓ Left unconfirmed: the minutes list them as absent"
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    settle(qtbot, live)
    state = live.session.state
    assert state is not None and state.meeting.status is MeetingStatus.HELD
    assert live.entry.toPlainText() == "" and state.remarks == ()
    assert all(r.status is AttendanceStatus.INVITED for r in state.attendance)


@pytest.mark.usefixtures("korean")
def test_after_the_end_the_entry_takes_no_text_and_nothing_moves(
    qtbot: QtBot, open_live: OpenLive
) -> None:
    live = open_live(lang="ko")
    bar = live.statusBar()
    before = (bar.isVisible(), live.entry.geometry())
    dialog = checklist(qtbot, live)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    settle(qtbot, live)
    state = live.session.state
    assert state is not None and state.meeting.status is MeetingStatus.HELD
    assert (
        live.entry.isReadOnly()
        and live.entry.placeholderText() == "회의가 종료되었습니다: Ctrl+Z 종료 취소"
    )
    assert live.preview.text() == "회의가 종료되었습니다: Ctrl+Z 종료 취소"
    qtbot.keyClicks(live.entry, "abc")
    qtbot.keyClick(live.entry, Qt.Key.Key_Return)
    settle(qtbot, live)
    assert live.entry.toPlainText() == ""
    assert live.preview.text() == "회의가 종료되었습니다: Ctrl+Z 종료 취소"  # not "Enter를 …"
    assert (bar.isVisible(), live.entry.geometry()) == before  # no second bar, no jump

    undo(qtbot, live)  # the end taken back
    state = live.session.state
    assert state is not None and state.meeting.status is MeetingStatus.IN_PROGRESS
    assert not live.entry.isReadOnly()
    assert bar.currentMessage() == ""  # not "회의가 종료되었습니다 …" any more
    live.close()
