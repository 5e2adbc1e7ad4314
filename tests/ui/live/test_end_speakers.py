"""Someone who spoke was there: the checklist before the end names the members who
spoke without being checked in and offers to mark them present, and the minutes never
list a speaker as absent. What the checklist chose is done only when the session ends:
cancelling it changes nothing, and says so."""

from __future__ import annotations

from pathlib import Path

import pypdf
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from gsmeet.domain.enums import AttendanceStatus, MeetingStatus, Role
from gsmeet.domain.records import MeetingRecord, PersonAtDate
from gsmeet.ui.live.window import LiveWindow

from .conftest import OpenLive, Prepared, settle
from .test_ending import checklist, lines
from .test_speakers import pick


def speak_unconfirmed(qtbot: QtBot, live: LiveWindow) -> PersonAtDate:
    """A member picked as speaker, 아니요 to the check-in question, one remark saved."""
    state = live.session.state
    assert state is not None
    member = next(r.person for r in state.attendance if r.person.role is Role.MEMBER)
    pick(qtbot, live, member.name)
    box = live.dialog
    assert isinstance(box, QMessageBox)
    box.button(QMessageBox.StandardButton.No).click()
    settle(qtbot, live)
    live.entry.insertPlainText("오늘 회의를 시작하겠습니다.")
    qtbot.keyClick(live.entry, Qt.Key.Key_Return)
    settle(qtbot, live)
    assert live.session.attendance_of(member.id) is AttendanceStatus.INVITED
    return member


def record_of(prepared: Prepared) -> MeetingRecord:
    from gsmeet.services.record import meeting_record
    from gsmeet.storage.db import open_store

    store = open_store(prepared.database)
    try:
        return meeting_record(store, prepared.meeting_id)
    finally:
        store.close()


def absent_section(record: MeetingRecord, tmp_path: Path) -> str:
    from gsmeet.report import RenderOptions, render_minutes

    out = tmp_path / "m.pdf"
    render_minutes(record, out, RenderOptions())
    text = "".join("".join((p.extract_text() or "").split()) for p in pypdf.PdfReader(out).pages)
    start = text.index("나.불참자")
    return text[start : text.index("다.", start)]


@pytest.mark.usefixtures("korean")
def test_a_speaker_left_unconfirmed_is_named_and_the_minutes_list_them_present(
    qtbot: QtBot, open_live: OpenLive, prepared: Prepared, tmp_path: Path
) -> None:
    live = open_live(lang="ko")
    member = speak_unconfirmed(qtbot, live)
    dialog = checklist(qtbot, live)
    texts = lines(dialog)
    spoke = f"1명이 출석 확인 없이 발언했습니다: {member.name} — 회의록에는 출석으로 적힙니다"
    assert spoke in texts
    assert "출석 확인이 안 된 위원 48명: 회의록에는 불참으로 적힙니다" in texts
    qtbot.keyClick(dialog, Qt.Key.Key_U)  # the others left unconfirmed; not the speaker
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    settle(qtbot, live)
    state = live.session.state
    assert state is not None and state.meeting.status is MeetingStatus.HELD
    live.close()

    record = record_of(prepared)
    row = next(r for r in record.attendance if r.person.id == member.id)
    assert row.status is AttendanceStatus.PRESENT
    assert record.quorum.present == 1 and record.quorum.absent == 48
    assert any(r.speaker == member for r in record.remarks)
    assert member.name not in absent_section(record, tmp_path)


@pytest.mark.usefixtures("korean")
def test_the_speakers_are_marked_present_with_p_when_the_session_ends(
    qtbot: QtBot, open_live: OpenLive, prepared: Prepared
) -> None:
    live = open_live(lang="ko")
    member = speak_unconfirmed(qtbot, live)
    dialog = checklist(qtbot, live)
    qtbot.keyClick(dialog, Qt.Key.Key_P)
    qtbot.keyClick(dialog, Qt.Key.Key_A)  # the others absent: never the speaker
    assert f"✓ 출석으로 기록: {member.name}" in lines(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    settle(qtbot, live)
    assert live.session.attendance_of(member.id) is AttendanceStatus.PRESENT
    state = live.session.state
    assert state is not None and state.meeting.status is MeetingStatus.HELD
    live.close()
    record = record_of(prepared)
    row = next(r for r in record.attendance if r.person.id == member.id)
    spoken = next(r.spoken_at for r in record.remarks if r.speaker == member)
    assert row.arrived_at == spoken  # arrived when first heard, not at the end


@pytest.mark.usefixtures("korean")
def test_cancelling_the_checklist_changes_nothing(qtbot: QtBot, open_live: OpenLive) -> None:
    live = open_live(lang="ko")
    live.entry.insertPlainText("초안")
    dialog = checklist(qtbot, live)
    qtbot.keyClick(dialog, Qt.Key.Key_A)  # mark absent … then cancel
    qtbot.keyClick(dialog, Qt.Key.Key_S)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    settle(qtbot, live)
    assert live.proceedings.checklist is None and live.session.running
    state = live.session.state
    assert state is not None
    assert all(r.status is not AttendanceStatus.ABSENT for r in state.attendance)
    assert state.remarks == () and live.entry.toPlainText() == "초안"
    said = live.save_status.message
    assert said == "회의를 종료하지 않았습니다: 점검 목록에서 바뀐 것은 없습니다"
    live.close()
