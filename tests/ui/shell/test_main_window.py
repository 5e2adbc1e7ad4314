"""The main window on the demo committee: the session list, one session's tabs, the
keyboard, the status bar, and what happens with databases that cannot be opened."""

from __future__ import annotations

import sqlite3
import threading
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gsmeet.domain.enums import AgendaKind
from gsmeet.ui.kit.worker import Worker
from gsmeet.ui.sessions.meeting_view import AGENDA, ATTENDANCE, OVERVIEW, RECORDS
from gsmeet.ui.shell.main_window import MainWindow

from ..conftest import WAIT_MS, OpenWindow

REFERENCE_DAY = date(2019, 8, 22)


def shown_day(window: MainWindow) -> date | None:
    record = window.meeting_view.record
    return None if record is None else record.meeting.held_on


def select_day(qtbot: QtBot, window: MainWindow, day: date) -> None:
    model = window.meeting_list.model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).held_on == day)
    window.meeting_list.select_row(row)
    qtbot.waitUntil(lambda: shown_day(window) == day, timeout=WAIT_MS)


def test_the_demo_committee_and_its_reference_session(
    qtbot: QtBot, open_window: OpenWindow, demo_db: Path
) -> None:
    window = open_window(demo_db)
    assert window.windowTitle().startswith("경산발전전략위원회")
    assert window.meeting_list.model.rowCount() == 3
    assert not window.meeting_list.committee_box.isVisible()  # one committee: no selector
    assert window.sample_label.isVisible()
    assert str(demo_db) in window.path_label.text()

    select_day(qtbot, window, REFERENCE_DAY)
    view = window.meeting_view
    agenda = view.agenda
    assert agenda.rowCount() == 15
    items = [row.item for row in agenda.rows]
    assert items[0].kind is AgendaKind.OPENING and items[-1].kind is AgendaKind.CLOSING
    assert items[1].kind is AgendaKind.ACTION_REVIEW and items[2].kind is AgendaKind.OVERVIEW
    assert [i.kind for i in items[3:13]] == [AgendaKind.BRIEFING] * 10
    assert items[13].kind is AgendaKind.DISCUSSION
    titles = [i.title for i in items]
    assert "청색기술 중심도시 추진상황 보고" in titles
    assert "스마트농업도시 추진상황 보고" in titles

    record = view.record
    assert record is not None
    assert view.attendance.rowCount() == len(record.attendance)
    quorum = record.quorum
    assert not quorum.applies and quorum.enrolled > 0  # a round-table meeting
    assert f"Enrolled {quorum.enrolled} · present {quorum.present}" in view.overview.counts.text()
    assert view.overview.quorum.text() == "No quorum for this kind of session"
    assert f"present {quorum.present}" in view.attendance_summary.text()
    assert "경산시청 대회의실" in view.overview.place.text()

    records = view.records
    assert len(records.remark_model.remarks()) == len(record.remarks) > 10
    assert records.decision_model.rowCount() == len(record.decisions) > 0
    assert records.action_model.rowCount() >= 6
    assert records.lists.tabText(1) == f"Action items ({len(record.actions)})"


def test_arrow_keys_move_through_the_sessions(
    qtbot: QtBot, open_window: OpenWindow, demo_db: Path
) -> None:
    window = open_window(demo_db)
    select_day(qtbot, window, REFERENCE_DAY)
    view = window.meeting_list.view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Down)  # newest first: down is the older session
    qtbot.waitUntil(lambda: shown_day(window) == date(2018, 11, 27), timeout=WAIT_MS)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    qtbot.keyClick(view, Qt.Key.Key_Up)  # two keys at once: only the last one counts
    qtbot.waitUntil(lambda: shown_day(window) == date(2019, 11, 28), timeout=WAIT_MS)
    record = window.meeting_view.record
    assert record is not None and record.meeting.number == 3
    assert "not counted" in window.meeting_view.overview.quorum.text()  # planned


def test_the_session_selected_at_start_says_it_is_being_read(
    qtbot: QtBot, worker: Worker, demo_db: Path, korean: None
) -> None:
    """The list comes from the first look, before the store is open: the session it
    selects says, in Korean, that it is being read until its record arrives — never
    "select a session in the list" under a selected session."""
    window = MainWindow(worker, "ko")
    qtbot.addWidget(window)
    window.show()
    view = window.meeting_view
    seen: list[tuple[str, bool, str]] = []

    def listed() -> None:  # the store is not open yet: no record can have arrived
        shown = view.stack.currentWidget() is view.placeholder
        seen.append((view.placeholder.text(), shown, view.heading.text()))

    window.listed.connect(listed)
    window.open_database(demo_db)
    qtbot.waitUntil(lambda: view.record is not None, timeout=WAIT_MS)
    assert seen == [("회의를 불러오는 중…", True, view.heading.text())]
    assert view.heading.text()  # the selected session's name, there from the start
    assert view.stack.currentWidget() is view.tabs


def test_the_list_of_the_first_look_is_not_set_again_when_the_store_reads_the_same(
    qtbot: QtBot, worker: Worker, demo_db: Path
) -> None:
    window = MainWindow(worker, "en")
    qtbot.addWidget(window)
    window.show()
    resets: list[int] = []
    window.meeting_list.model.modelReset.connect(lambda: resets.append(1))
    with qtbot.waitSignal(window.ready, timeout=WAIT_MS):
        window.open_database(demo_db)
    assert len(resets) == 1  # the first look's; the store's equal list left as it is
    assert window.meeting_list.model.rowCount() == 3
    qtbot.waitUntil(lambda: window.meeting_view.record is not None, timeout=WAIT_MS)


def test_the_selected_session_is_read_when_the_first_look_and_the_open_arrive_together(
    qtbot: QtBot, worker: Worker, demo_db: Path
) -> None:
    """The database layer already loaded, the open done before the window heard of the
    first look: the session the first look selected is still read and shown."""
    window = MainWindow(worker, "en")
    qtbot.addWidget(window)
    window.show()
    window.open_database(demo_db)
    both = threading.Event()
    worker.call(both.set, lambda _none: None)  # after the first look and the open
    assert both.wait(WAIT_MS / 1000)  # (their results wait for this thread, together)
    qtbot.waitUntil(lambda: window.meeting_view.record is not None, timeout=WAIT_MS)
    current = window.meeting_list.current_meeting()
    assert current is not None and window.meeting_view.record.meeting.id == current.id


def test_a_list_that_changed_after_the_first_look_is_shown_as_the_store_reads_it(
    qtbot: QtBot, worker: Worker, demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gsmeet.domain.records import Glance
    from gsmeet.ui.shell import ops

    look = ops.first_look

    def older_look(path: Path) -> Glance | None:  # as if a session was added meanwhile
        glance = look(path)
        assert glance is not None
        return Glance(glance.committees, glance.meetings[1:])

    monkeypatch.setattr(ops, "first_look", older_look)
    window = MainWindow(worker, "en")
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.listed, timeout=WAIT_MS):
        window.open_database(demo_db)
    assert window.meeting_list.model.rowCount() == 2
    qtbot.waitUntil(lambda: window.meeting_view.record is not None, timeout=WAIT_MS)
    assert window.meeting_list.model.rowCount() == 3


def test_tab_shortcuts(qtbot: QtBot, open_window: OpenWindow, demo_db: Path) -> None:
    window = open_window(demo_db)
    tabs = window.meeting_view.tabs
    actions = window.menu_actions
    for action, tab in (
        (actions.show_agenda, AGENDA),
        (actions.show_attendance, ATTENDANCE),
        (actions.show_records, RECORDS),
        (actions.show_overview, OVERVIEW),
    ):
        action.trigger()
        assert tabs.currentIndex() == tab
    assert actions.show_agenda.shortcut().toString() == "Ctrl+2"
    assert actions.minutes.isEnabled()  # a session is shown
    assert actions.minutes.text() == "&Minutes…"
    actions.focus_list.trigger()
    assert actions.open_database.shortcut().toString() == "Ctrl+O"
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&Session", "&View", "&Help"]
    assert actions.prepare_next.shortcut().toString() == "Ctrl+N"
    assert actions.undo.shortcut().toString() == "Ctrl+Z"
    assert [k.toString() for k in actions.redo.shortcuts()] == ["Ctrl+Shift+Z", "Ctrl+Y"]


def test_reload_keeps_the_selected_session(
    qtbot: QtBot, open_window: OpenWindow, demo_db: Path
) -> None:
    window = open_window(demo_db)
    select_day(qtbot, window, date(2018, 11, 27))
    window.menu_actions.reload.trigger()
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=WAIT_MS)
    assert shown_day(window) == date(2018, 11, 27)
    assert window.meeting_list.current_meeting() is not None


def test_several_committees_get_a_selector(
    qtbot: QtBot, open_window: OpenWindow, demo_db: Path
) -> None:
    with sqlite3.connect(demo_db) as connection:
        connection.execute(
            "INSERT INTO committee (name, host_body, department, quorum_kind, "
            "quorum_numerator, quorum_denominator, quorum_count, quorum_counts_proxies, "
            "is_sample, uid) SELECT '두번째 위원회', host_body, department, quorum_kind, "
            "quorum_numerator, quorum_denominator, quorum_count, quorum_counts_proxies, 0, "
            "lower(hex(randomblob(16))) FROM committee LIMIT 1"
        )
    connection.close()
    window = open_window(demo_db)
    box = window.meeting_list.committee_box
    assert box.isVisible() and box.count() == 2
    box.setCurrentIndex(1)
    box.activated.emit(1)
    qtbot.waitUntil(lambda: window.meeting_list.model.rowCount() == 0, timeout=WAIT_MS)
    assert window.windowTitle().startswith("두번째 위원회")
    assert window.meeting_view.record is None
    assert not window.sample_label.isVisible()
    assert window.meeting_list.empty_note.isVisible()


def test_a_newer_database_is_reported_and_the_open_one_kept(
    qtbot: QtBot, open_window: OpenWindow, demo_db: Path, tmp_path: Path
) -> None:
    window = open_window(demo_db)
    newer = tmp_path / "newer.db"
    newer.write_bytes(demo_db.read_bytes())
    with sqlite3.connect(newer) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    window.interactive = False  # no dialog in a test
    with qtbot.waitSignal(window.open_failed, timeout=WAIT_MS) as failed:
        window.open_database(newer)
    (message,) = failed.args
    assert "newer gsmeet" in message and "\n" not in message
    assert window.database == demo_db  # still showing the committee it had
    assert str(demo_db) in window.path_label.text()
    window.menu_actions.reload.trigger()
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=WAIT_MS)
    assert window.meeting_list.model.rowCount() == 3


def test_an_empty_database(qtbot: QtBot, worker: Worker, tmp_path: Path) -> None:
    window = MainWindow(worker, "en")
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.ready, timeout=WAIT_MS):
        window.open_database(tmp_path / "new.db")
    assert (tmp_path / "new.db").exists()
    assert window.committee is None and window.windowTitle() == "gsmeet"
    assert "no committee" in window.meeting_view.placeholder.text()


def test_a_database_on_a_network_share_is_warned_about(
    qtbot: QtBot, open_window: OpenWindow, demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import gsmeet.services.store

    monkeypatch.setattr(gsmeet.services.store, "is_risky_location", lambda path: True)
    window = open_window(demo_db)
    assert "cannot lock files there" in window.path_label.text()
