"""The whole session on the demo, driven as the secretary drives it — keys, panels and
small forms — and then read back through the services as the minutes will read it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gsmeet.domain.enums import (
    AgendaKind,
    AttendanceStatus,
    MeetingStatus,
    ReviewOutcome,
    TaskStatus,
    VoteMode,
)
from gsmeet.ui.live.forms import AchievementForm, ActionForm, DecisionForm, StatusForm
from gsmeet.ui.live.speakers import SpeakerPicker
from gsmeet.ui.live.window import LiveWindow

from .conftest import WAIT_MS, Clock, Prepared, settle

CTRL = Qt.KeyboardModifier.ControlModifier


def key(qtbot: QtBot, window: LiveWindow, code: Qt.Key, modifier=CTRL) -> None:  # type: ignore[no-untyped-def]
    qtbot.keyClick(window.entry, code, modifier)


def type_entry(qtbot: QtBot, window: LiveWindow, text: str) -> None:
    window.entry.insertPlainText(text)  # QTest types Latin keys only
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)
    settle(qtbot, window)


def current_kind(window: LiveWindow) -> AgendaKind | None:
    item = window.session.current_item()
    return None if item is None else item.kind


def pick_speaker(qtbot: QtBot, window: LiveWindow, query: str) -> str:
    key(qtbot, window, Qt.Key.Key_K)
    picker = window.dialog
    assert isinstance(picker, SpeakerPicker)
    picker.search.setText(query)
    first = picker.results.item(0).text()
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    return first


def test_a_whole_session(qtbot: QtBot, live: LiveWindow, prepared: Prepared, clock: Clock) -> None:
    state = live.session.state
    assert state is not None and state.meeting.status is MeetingStatus.IN_PROGRESS
    assert current_kind(live) is AgendaKind.OPENING and live.entry.hasFocus()
    assert "Quorum not met" in live.session_bar.quorum.text()

    # Check-in: the co-chairs and members arrive; one excused, one by proxy.
    members = [r.person for r in state.attendance if r.person.role is not None]
    for person in members[:24]:
        live.attendance.select_person(person.id)
        live.attendance.present.click()
        clock.advance(seconds=5)
    settle(qtbot, live)
    assert live.session.state is not None and live.session.state.quorum.present == 24
    assert "not met" in live.session_bar.quorum.text()
    live.check_ins.check_in(members[24].id, AttendanceStatus.PROXY, proxy="김현수(차장)")
    live.check_ins.check_in(members[25].id, AttendanceStatus.EXCUSED, reason="출장")
    settle(qtbot, live)
    assert live.session_bar.quorum.text() == "Quorum met"
    assert "present 25" in live.attendance.summary.text()

    # Ctrl+K finds 최영조 by initial consonants; the remark is his.
    assert "최영조" in pick_speaker(qtbot, live, "ㅊㅇㅈ")
    assert live.speakers.current is not None and live.speakers.current.name == "최영조"
    type_entry(qtbot, live, "성원이 되었으므로 개회를 선언합니다")
    assert live.remark_model.row(0).speaker.name == "최영조"

    # Ctrl+PgDn: the review of earlier action items, each in turn.
    clock.advance(minutes=4)
    key(qtbot, live, Qt.Key.Key_PageDown)
    settle(qtbot, live)
    assert current_kind(live) is AgendaKind.ACTION_REVIEW
    review = live.item_panels.review
    qtbot.waitUntil(lambda: len(review.items) == 11, timeout=WAIT_MS)
    first = review.selected()
    review.comment.setText("국책사업 2건 선정")
    review.buttons[ReviewOutcome.DONE].click()
    settle(qtbot, live)
    second = review.selected()
    assert second != first  # the next one not yet reviewed
    review.new_due.edit.setText("2020. 2. 30.")
    assert not review.buttons[ReviewOutcome.REDATE].isEnabled()
    assert "29" in review.new_due.note.text()  # says why: February has 29 days in 2020
    review.new_due.edit.setText("3/31")
    assert review.new_due.value() == date(2020, 3, 31)
    review.buttons[ReviewOutcome.REDATE].click()
    settle(qtbot, live)
    assert sum(1 for i in review.items if i.review is not None) == 2

    # Two items on, by the button and by the agenda list: a status briefing.
    live.next_button.click()
    settle(qtbot, live)
    key(qtbot, live, Qt.Key.Key_PageDown)
    settle(qtbot, live)
    assert current_kind(live) is AgendaKind.BRIEFING
    briefing = live.item_panels.briefing
    qtbot.waitUntil(lambda: briefing.view is not None, timeout=WAIT_MS)
    assert briefing.view is not None and briefing.view.strategy_number == 1
    task = briefing.view.tasks[0]
    briefing.tasks.setCurrentItem(briefing.tasks.topLevelItem(0))
    briefing.status_button.click()
    form = live.dialog
    assert isinstance(form, StatusForm)
    form.status.setCurrentIndex(form.status.findData(TaskStatus.DONE.value))
    form.note.setText("실증 완료")
    form.accept()
    settle(qtbot, live)
    assert briefing.view.tasks[0].status is TaskStatus.DONE
    assert "←" in briefing.tasks.topLevelItem(0).text(3)
    briefing.achievement_button.click()
    achievement = live.dialog
    assert isinstance(achievement, AchievementForm)
    achievement.text.setText("자율주행 실증 특구 지정")
    achievement.figure.setText("1건")
    achievement.accept()
    settle(qtbot, live)
    assert "자율주행 실증 특구 지정" in briefing.news.text()

    # Typed prefixes, then the same through the small forms.
    type_entry(qtbot, live, "결정: 원안대로 의결")
    type_entry(qtbot, live, "조치: 예산안 재검토 @김도윤 ~2019-12-31")
    key(qtbot, live, Qt.Key.Key_D)
    decision = live.dialog
    assert isinstance(decision, DecisionForm)
    decision.text.setPlainText("추진계획 변경안 가결")
    decision.set_mode(VoteMode.VOTE)
    decision.votes_for.setValue(20)
    decision.votes_against.setValue(3)
    decision.abstentions.setValue(1)
    decision.accept()
    key(qtbot, live, Qt.Key.Key_T)
    action = live.dialog
    assert isinstance(action, ActionForm)
    action.title.setText("실증 결과 보고서 공유")
    action.owner.setCurrentText("4차 산업혁명 선도도시")
    action.due.edit.setText("12월 20일")
    action.accept()
    settle(qtbot, live)
    outcomes = [live.outcomes.item(i).text() for i in range(live.outcomes.count())]
    assert len(outcomes) == 4 and any("20/3/1" in text for text in outcomes)
    assert (
        live.session.state is not None and live.session.state.decisions[0].text == "원안대로 의결"
    )

    # A remark corrected: moved to the opening.
    type_entry(qtbot, live, "개회 때 빠진 인사말")
    live.remarks.setCurrentIndex(live.remark_model.index(0))
    mover = live.corrections.move_remark()
    assert mover is not None
    mover.setTextValue(mover.comboBoxItems()[0])
    mover.accept()
    settle(qtbot, live)
    assert live.remark_model.rowCount() == 0

    # Ctrl+E: the checklist, then Enter ends the session.
    clock.advance(minutes=90)
    key(qtbot, live, Qt.Key.Key_E)
    qtbot.waitUntil(lambda: live.proceedings.checklist is not None, timeout=WAIT_MS)
    checklist = live.proceedings.checklist
    assert checklist is not None and checklist.end_button.isEnabled()
    qtbot.keyClick(checklist, Qt.Key.Key_Return)
    settle(qtbot, live)
    assert live.session.state is not None
    assert live.session.state.meeting.status is MeetingStatus.HELD
    assert "The session has ended" in live.save_status.message
    assert "ended" in live.preview.text()  # what to press instead: Ctrl+Z takes it back

    record = read_back(prepared.database, prepared.meeting_id)
    assert record.meeting.status is MeetingStatus.HELD and record.ended_at == clock.now
    opening = record.agenda[0]
    briefing_presenter = next(i for i in record.agenda if i.kind is AgendaKind.BRIEFING).presenter
    assert [(r.text, r.speaker.name if r.speaker else None) for r in record.remarks] == [
        ("성원이 되었으므로 개회를 선언합니다", "최영조"),
        # On the briefing, its presenter spoke (the speaker follows the item).
        ("개회 때 빠진 인사말", briefing_presenter.name if briefing_presenter else None),
    ]
    assert {r.agenda_item_id for r in record.remarks} == {opening.id}
    assert [(d.text, d.vote_mode) for d in record.decisions] == [
        ("원안대로 의결", VoteMode.NO_OBJECTION),
        ("추진계획 변경안 가결", VoteMode.VOTE),
    ]
    actions = {a.title: a for a in record.actions}
    assert actions["예산안 재검토"].owner == "김도윤"
    assert actions["예산안 재검토"].due_on == date(2019, 12, 31)
    assert actions["실증 결과 보고서 공유"].due_on == date(2019, 12, 20)
    assert {(r.action.id, r.outcome) for r in record.reviews} == {
        (first, ReviewOutcome.DONE),
        (second, ReviewOutcome.REDATE),
    }
    assert record.quorum.present == 25 and record.quorum.met
    statuses = {a.person.id: a.status for a in record.attendance}
    assert statuses[members[25].id] is AttendanceStatus.EXCUSED
    changed = {t.id: t for s in record.strategies for t in s.tasks}[task.id]
    assert changed.status is TaskStatus.DONE
    assert all(i.started_at is not None for i in record.agenda[:4])


def read_back(database: Path, meeting_id: int):  # type: ignore[no-untyped-def]
    from gsmeet.services.record import meeting_record
    from gsmeet.storage.db import open_store

    store = open_store(database)
    try:
        return meeting_record(store, meeting_id)
    finally:
        store.close()
