"""Small things a person noticed on the live screen: earlier action items past their due
date stand out in the review; a due date in the decisions pane, and the session's day
in the bar, are one token that never wraps inside ("2019. 12. / 20."); the speakers'
queue says how many wait, under the attendance it never hides."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from gsmeet.domain.enums import AgendaKind, AttendanceStatus, Role
from gsmeet.ui.live import style
from gsmeet.ui.live.briefing import ROW_ID
from gsmeet.ui.live.window import LiveWindow

from .conftest import DAY, WAIT_MS, OpenLive, settle


def test_overdue_earlier_actions_stand_out_in_the_review(qtbot: QtBot, live: LiveWindow) -> None:
    state = live.session.state
    assert state is not None
    review = next(i for i in state.agenda if i.kind is AgendaKind.ACTION_REVIEW)
    live.session.go_to(review.id)
    settle(qtbot, live)
    panel = live.item_panels.review
    qtbot.waitUntil(lambda: bool(panel.items), timeout=WAIT_MS)
    overdue = {i.action.id for i in panel.items if i.action.due_on and i.action.due_on < DAY}
    on_time = {i.action.id for i in panel.items if i.action.due_on and i.action.due_on >= DAY}
    assert overdue and on_time  # the prepared session has both
    red = QColor(style.RED)
    for index in range(panel.table.topLevelItemCount()):
        row = panel.table.topLevelItem(index)
        assert row is not None
        action_id = row.data(0, ROW_ID)
        marked = row.foreground(2).color() == red and row.font(2).bold()
        assert marked == (action_id in overdue), (row.text(0), row.text(2))
        if marked:
            assert row.toolTip(2).startswith("Overdue: due ")


def test_a_due_date_never_wraps_inside(qtbot: QtBot, open_live: OpenLive) -> None:
    live = open_live(lang="ko")
    state = live.session.state
    assert state is not None
    owner = next(r.person.name for r in state.attendance if r.person.role is Role.MEMBER)
    live.entry.insertPlainText(f"조치: 실증 결과 보고서 공유 @{owner} ~12/20")
    qtbot.keyClick(live.entry, Qt.Key.Key_Return)
    settle(qtbot, live)
    qtbot.waitUntil(lambda: live.outcomes.count() == 1, timeout=WAIT_MS)
    text = live.outcomes.item(0).text()
    assert "2019.\u00a012.\u00a020." in text, text  # no-break spaces: one token
    assert "2019. 12" not in text
    # The session's day in the bar above, too (at 1024×600 the title wraps).
    assert live.session_bar.session.text().endswith(" · 2019.\u00a011.\u00a028.(목)")
    live.close()


def test_the_queue_counts_who_waits_and_attendance_stays(qtbot: QtBot, live: LiveWindow) -> None:
    side = live.side
    assert side.queue_heading.text() == "Speakers' queue (0)"
    state = live.session.state
    assert state is not None
    members = [r.person for r in state.attendance if r.person.role is Role.MEMBER][:2]
    for person in members:
        live.check_ins.check_in(person.id, AttendanceStatus.PRESENT)
        live.queue.enqueue(person)
    settle(qtbot, live)
    qtbot.waitUntil(lambda: side.queue_heading.text() == "Speakers' queue (2)", timeout=WAIT_MS)
    assert live.attendance.isVisible() and live.queue.isVisible()
    assert live.attendance.height() > live.queue.height()  # who is there keeps the room
    live.queue.advance()  # the first called: checked in, so no question
    qtbot.waitUntil(lambda: side.queue_heading.text() == "Speakers' queue (1)", timeout=WAIT_MS)
    assert live.speakers.current == members[0]
