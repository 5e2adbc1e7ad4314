"""A committee's life through the window, as a secretary clicks it: the first screen of
an empty database, a committee created and given its frame and first session; the
session dialog's every field, postponing, cancelling and deleting, all undoable; Ctrl+N
saying which planned session it fills; counts that agree; renewal of terms; actions of
members who left; the demo's next session ready for a newcomer's Ctrl+L."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gsmeet.domain.quorum import QuorumKind
from gsmeet.storage.db import open_store
from gsmeet.ui.kit import prompts
from gsmeet.ui.kit.worker import Worker
from gsmeet.ui.sessions.owners_dialog import OwnersDialog
from gsmeet.ui.sessions.session_dialog import PrepareDialog
from gsmeet.ui.sessions.session_form import PostponeDialog, SessionDialog
from gsmeet.ui.shell.committee_dialog import CommitteeDialog
from gsmeet.ui.shell.main_window import MainWindow
from gsmeet.ui.shell.workspace import REGISTER, STRATEGIES
from gsmeet.ui.strategies.frame import StrategyDialog

from ..conftest import WAIT_MS, OpenWindow

CTRL = Qt.KeyboardModifier.ControlModifier


def rows(db: Path, query: str) -> list[tuple[Any, ...]]:
    with closing(sqlite3.connect(db)) as connection:
        return connection.execute(query).fetchall()


def settle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=WAIT_MS)


def dialog_of(window: MainWindow, kind: type) -> Any:
    assert window.features is not None
    dialog = window.features.dialog
    assert isinstance(dialog, kind), dialog
    return dialog


def closed(dialog: Any) -> bool:
    """The dialog closed (and deleted once it finished)."""
    try:
        return not dialog.isVisible()
    except RuntimeError:
        return True


def select(window: MainWindow, meeting_id: int) -> None:
    row = window.meeting_list.model.row_of(meeting_id)
    assert row is not None
    window.meeting_list.select_row(row)


def undo(qtbot: QtBot, window: MainWindow) -> None:
    window.menu_actions.undo.trigger()
    settle(qtbot, window)


def test_an_empty_database_starts_a_committee_from_nothing(
    qtbot: QtBot, worker: Worker, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "ours.db"
    open_store(db).close()  # an empty database, as "New database" leaves it
    window = MainWindow(worker, "en")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.open_database(db)
    qtbot.waitUntil(
        lambda: window._welcome is not None and window.welcome.isVisible(), timeout=WAIT_MS
    )
    welcome = window.welcome
    assert str(db) in welcome.where.text()
    assert [
        b.text() for b in (welcome.create_button, welcome.demo_button, welcome.import_button)
    ] == [
        "&Create a committee…",
        "Open the &demo committee",
        "&Import a JSON export…",
    ]
    qtbot.mouseClick(welcome.create_button, Qt.MouseButton.LeftButton)
    dialog = window.starting.dialog
    assert isinstance(dialog, CommitteeDialog)
    assert not dialog.ok_button.isEnabled()
    dialog.name.setText("경산발전전략위원회")
    dialog.host.setText("경산시")
    dialog.department.setText("미래전략과")
    dialog.secretary.setText("정수민")
    dialog.opening.kind.setCurrentIndex(dialog.opening.kind.findData(QuorumKind.FRACTION))
    dialog.subcommittees.setPlainText("착한나눔도시 분과\n행복건강도시 분과\n")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.committee is not None, timeout=WAIT_MS)
    assert window.committee is not None and window.committee.name == "경산발전전략위원회"
    assert not window.welcome.isVisible()
    assert rows(db, "SELECT quorum_kind, quorum_numerator, quorum_denominator FROM committee") == [
        ("fraction", 2, 3)
    ]
    assert rows(db, "SELECT name FROM subcommittee ORDER BY position") == [
        ("착한나눔도시 분과",),
        ("행복건강도시 분과",),
    ]

    # The strategy register: a track and a strategy, renamed, then the rename undone.
    window.workspace.show_page(STRATEGIES)
    page = window.workspace.strategy_page
    answers = iter(["희망정책 5대전략", "희망정책 전략"])
    monkeypatch.setattr(prompts, "ask_text", lambda *_args: next(answers))
    qtbot.mouseClick(page.frame.add_track_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=WAIT_MS)
    # the new track is selected, so "Add strategy" goes under it
    qtbot.waitUntil(
        lambda: (page.model.key(page.view.currentIndex()) or ("",))[0] == "track", timeout=WAIT_MS
    )
    qtbot.mouseClick(page.frame.add_strategy_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: isinstance(page.frame.dialog, StrategyDialog), timeout=WAIT_MS)
    strategy_dialog = page.frame.dialog
    assert strategy_dialog is not None
    strategy_dialog.name.setText("착한나눔도시")
    strategy_dialog.subcommittee.setCurrentIndex(1)
    qtbot.mouseClick(strategy_dialog.ok_button, Qt.MouseButton.LeftButton)
    settle(qtbot, window)
    qtbot.waitUntil(lambda: page.model.rowCount(page.model.index(0, 0)) == 1, timeout=WAIT_MS)
    qtbot.waitUntil(  # the new strategy is selected, its track opened to show it
        lambda: (page.model.key(page.view.currentIndex()) or ("",))[0] == "strategy",
        timeout=WAIT_MS,
    )
    assert page.view.isExpanded(page.model.index(0, 0))
    page.view.setCurrentIndex(page.model.index(0, 0))
    qtbot.mouseClick(page.frame.rename_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: rows(db, "SELECT name FROM track") == [("희망정책 전략",)], timeout=WAIT_MS
    )
    undo(qtbot, window)
    assert rows(db, "SELECT name FROM track") == [("희망정책 5대전략",)]
    assert rows(db, "SELECT number, name FROM strategy") == [(1, "착한나눔도시")]

    # The first session: any date, the standing agenda, numbered 1.
    window.workspace.show_page(0)
    window.menu_actions.new_session.trigger()
    qtbot.waitUntil(lambda: isinstance(window.features.dialog, SessionDialog), timeout=WAIT_MS)  # type: ignore[union-attr]
    session = dialog_of(window, SessionDialog)
    session.title.setText("위원회 첫 회의")
    session.day.setText("2020. 3. 5.")
    qtbot.waitUntil(lambda: session.number.value() == 1, timeout=WAIT_MS)
    session.guests.setPlainText("이철우|경상북도|도지사")
    qtbot.mouseClick(session.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.context.meetings) == 1, timeout=WAIT_MS)
    assert rows(db, "SELECT number, title, held_on FROM meeting") == [
        (1, "위원회 첫 회의", "2020-03-05")
    ]
    assert rows(db, "SELECT name, organisation FROM guest") == [("이철우", "경상북도")]
    assert rows(db, "SELECT count(*) FROM agenda_item")[0][0] == 6  # one briefing
    undo(qtbot, window)
    assert rows(db, "SELECT count(*) FROM meeting") == [(0,)]


def test_edit_postpone_cancel_delete_through_the_session_menu(
    qtbot: QtBot, open_window: OpenWindow, demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(demo_db)
    select(window, 3)
    qtbot.waitUntil(lambda: window.meeting_view.record.meeting.id == 3, timeout=WAIT_MS)  # type: ignore[union-attr]
    a = window.menu_actions
    assert a.edit_session.isEnabled() and a.postpone_session.isEnabled()
    a.edit_session.trigger()
    qtbot.waitUntil(lambda: isinstance(window.features.dialog, SessionDialog), timeout=WAIT_MS)  # type: ignore[union-attr]
    dialog = dialog_of(window, SessionDialog)
    assert dialog.title.text() == "2019년 하반기 정기회의" and dialog.number.value() == 3
    dialog.title.setText("하반기 정기회의")
    dialog.place.setText("경산시청 소회의실")
    dialog.end.setText("17:00")
    dialog.headcount.setValue(80)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog), timeout=WAIT_MS)
    settle(qtbot, window)
    query = "SELECT title, place, end_time, headcount, number FROM meeting WHERE id = 3"
    assert rows(demo_db, query) == [
        ("하반기 정기회의", "경산시청 소회의실", "17:00:00.000000", 80, 3)
    ]
    undo(qtbot, window)
    assert rows(demo_db, query) == [
        ("2019년 하반기 정기회의", "경산시청 대회의실", "16:00:00.000000", None, 3)
    ]

    a.postpone_session.trigger()
    postpone = dialog_of(window, PostponeDialog)
    postpone.day.setText("2019. 12. 5.")
    qtbot.mouseClick(postpone.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(postpone), timeout=WAIT_MS)
    settle(qtbot, window)
    assert rows(demo_db, "SELECT held_on FROM meeting WHERE id = 3") == [("2019-12-05",)]
    assert rows(demo_db, "SELECT from_date, to_date FROM postponement") == [
        ("2019-11-28", "2019-12-05")
    ]
    qtbot.waitUntil(
        lambda: (
            window.meeting_view.record is not None
            and window.meeting_view.record.meeting.held_on == date(2019, 12, 5)
        ),
        timeout=WAIT_MS,
    )  # type: ignore[union-attr]
    assert window.meeting_view.overview.status.text() == "Planned (postponed from 28 November 2019)"

    monkeypatch.setattr(prompts, "ask_text", lambda *_args: "위원장 일정")
    a.cancel_session.trigger()
    settle(qtbot, window)
    assert rows(demo_db, "SELECT status, number, cancel_reason FROM meeting WHERE id = 3") == [
        ("cancelled", None, "위원장 일정")
    ]
    qtbot.waitUntil(
        lambda: (
            window.meeting_view.record is not None and window.meeting_view.record.meeting.cancelled
        ),
        timeout=WAIT_MS,
    )  # type: ignore[union-attr]
    assert window.meeting_view.overview.status.text() == "Cancelled — 위원장 일정"
    assert not a.edit_session.isEnabled() and not a.cancel_session.isEnabled()
    undo(qtbot, window)
    assert rows(demo_db, "SELECT status, number FROM meeting WHERE id = 3") == [("planned", 3)]

    monkeypatch.setattr(prompts, "confirm", lambda *_args: True)
    qtbot.waitUntil(a.delete_session.isEnabled, timeout=WAIT_MS)
    a.delete_session.trigger()
    settle(qtbot, window)
    assert rows(demo_db, "SELECT count(*) FROM meeting WHERE id = 3") == [(0,)]
    undo(qtbot, window)
    assert rows(demo_db, "SELECT count(*) FROM agenda_item WHERE meeting_id = 3") == [(15,)]


def test_ctrl_n_says_which_planned_session_it_fills_and_takes_kind_and_title(
    qtbot: QtBot, open_window: OpenWindow, bare_demo_db: Path
) -> None:
    window = open_window(bare_demo_db)
    window.menu_actions.prepare_next.trigger()
    dialog = dialog_of(window, PrepareDialog)
    qtbot.waitUntil(lambda: dialog.chair.text() != "—", timeout=WAIT_MS)  # its defaults
    dialog.day.setText("2019. 11. 28.")
    qtbot.waitUntil(lambda: dialog.fills.text().startswith("Fills the planned"), timeout=WAIT_MS)
    assert dialog.fills.text() == (
        "Fills the planned 3rd regular meeting (Thursday 28 November 2019)."
    )
    assert dialog.kind.currentText() == "regular meeting"  # its own, not 제2차's 간담회
    assert dialog.title.text() == "2019년 하반기 정기회의"
    dialog.kind.setCurrentIndex(dialog.kind.findText("round-table meeting"))
    dialog.title.setText("하반기 간담회")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog), timeout=WAIT_MS)
    settle(qtbot, window)
    query = (
        "SELECT k.code, m.title, m.number FROM meeting m"
        " JOIN session_kind k ON k.id = m.kind_id WHERE m.id = 3"
    )
    assert rows(bare_demo_db, query) == [("roundtable", "하반기 간담회", 3)]
    undo(qtbot, window)
    assert rows(bare_demo_db, query) == [("regular", "2019년 하반기 정기회의", 3)]

    window.menu_actions.prepare_next.trigger()  # a date past everyone's term
    dialog = dialog_of(window, PrepareDialog)
    qtbot.waitUntil(lambda: dialog.chair.text() != "—", timeout=WAIT_MS)  # its defaults
    dialog.day.setText("2020. 11. 26.")
    qtbot.waitUntil(dialog.terms.isVisible, timeout=WAIT_MS)
    assert dialog.fills.text() == "A new session is created on this date."
    assert "members' terms end before 26 November 2020" in dialog.terms.text()
    assert dialog.renew.isVisible()
    dialog.reject()


def test_a_new_session_past_everyones_term_says_so(
    qtbot: QtBot, open_window: OpenWindow, bare_demo_db: Path
) -> None:
    window = open_window(bare_demo_db)
    window.menu_actions.new_session.trigger()
    qtbot.waitUntil(lambda: isinstance(window.features.dialog, SessionDialog), timeout=WAIT_MS)  # type: ignore[union-attr]
    dialog = dialog_of(window, SessionDialog)
    dialog.day.setText("2019. 12. 12.")  # everyone still serving
    settle(qtbot, window)
    assert not dialog.terms.isVisible()
    dialog.day.setText("2020. 11. 26.")  # the launch term ended 2020-10-31
    qtbot.waitUntil(dialog.terms.isVisible, timeout=WAIT_MS)
    assert "members' terms end before 26 November 2020" in dialog.terms.text()
    assert "gsmeet member renew" in dialog.terms.text()
    assert dialog.renew.isVisible()  # the register's bulk renewal, from here
    qtbot.mouseClick(dialog.renew, Qt.MouseButton.LeftButton)
    page = window.workspace.register_page
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=WAIT_MS)
    renewal = page.dialog
    assert renewal is not None and renewal.windowTitle() == "Renew terms"
    renewal.until.setText("2022. 10. 31.")  # type: ignore[union-attr]
    qtbot.mouseClick(renewal.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.terms.isVisible(), timeout=WAIT_MS)  # asked again
    assert not dialog.renew.isVisible()
    dialog.reject()


def test_a_planned_sessions_counts_agree_on_the_overview_and_attendance_tabs(
    qtbot: QtBot, open_window: OpenWindow, demo_db: Path
) -> None:
    window = open_window(demo_db)
    select(window, 3)
    view = window.meeting_view
    qtbot.waitUntil(
        lambda: view.record is not None and view.record.meeting.id == 3, timeout=WAIT_MS
    )
    members = "Enrolled 49 · present 0 · absent 0 · not checked in 49"
    assert view.overview.counts.text() == f"Members: {members}"
    assert view.overview.quorum.text() == "not counted before the session"
    summary = view.attendance_summary.text()
    assert summary == (
        f"Everyone 55 · came 0 · absent 0 · not checked in 55   |   Members: {members}"
        "   |   Quorum: not counted before the session"
    )
    assert summary.count("Quorum") == 1


def test_terms_renewed_in_bulk_from_the_register(
    qtbot: QtBot, open_window: OpenWindow, demo_db: Path
) -> None:
    window = open_window(demo_db)
    window.workspace.show_page(REGISTER)
    page = window.workspace.register_page
    qtbot.waitUntil(lambda: bool(page.members), timeout=WAIT_MS)
    qtbot.mouseClick(page.renew_button, Qt.MouseButton.LeftButton)
    dialog = page.dialog
    assert dialog is not None and dialog.windowTitle() == "Renew terms"
    dialog.until.setText("2022. 10. 31.")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog), timeout=WAIT_MS)
    settle(qtbot, window)
    renewed = "SELECT count(*) FROM membership WHERE term_end = '2022-10-31'"
    assert rows(demo_db, renewed)[0][0] > 40
    undo(qtbot, window)
    assert rows(demo_db, renewed) == [(0,)]


def test_actions_of_members_who_left_are_given_to_others(
    qtbot: QtBot, open_window: OpenWindow, demo_db: Path
) -> None:
    owned = (
        "SELECT a.id, p.name FROM action_item a JOIN person p ON p.id = a.owner_person_id"
        " WHERE a.status IN ('open', 'in_progress') ORDER BY a.id"
    )
    action_id, owner = rows(demo_db, owned)[0]
    with closing(sqlite3.connect(demo_db)) as connection:
        connection.execute(
            "UPDATE membership SET left_on = '2019-08-23', left_reason = '사임' WHERE person_id = "
            "(SELECT id FROM person WHERE name = ?)",
            (owner,),
        )
        connection.commit()
    window = open_window(demo_db)
    window.menu_actions.departed_owners.trigger()
    qtbot.waitUntil(lambda: isinstance(window.features.dialog, OwnersDialog), timeout=WAIT_MS)  # type: ignore[union-attr]
    dialog = dialog_of(window, OwnersDialog)
    box = dialog.choices[action_id]
    assert box.currentText() == f"(keep {owner})"
    box.setCurrentIndex(box.findText("김태형") if owner != "김태형" else box.findText("정은주"))
    taker = box.currentText()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog), timeout=WAIT_MS)
    settle(qtbot, window)
    assert (action_id, taker) in rows(demo_db, owned)
    undo(qtbot, window)
    assert (action_id, owner) in rows(demo_db, owned)


def test_a_newcomer_opens_the_demo_presses_ctrl_l_starts_and_types(
    qtbot: QtBot, open_window: OpenWindow, demo_db: Path
) -> None:
    window = open_window(demo_db)  # the demo as it comes: 제3차 prepared
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT_MS)
    window.menu_actions.bind_shortcuts()
    qtbot.keyClick(window, Qt.Key.Key_L, CTRL)
    assert window.features is not None and window.features.live_window is not None
    live = window.features.live_window
    qtbot.waitUntil(lambda: live.session.state is not None, timeout=WAIT_MS)
    state = live.session.state
    assert state is not None and state.meeting.number == 3 and len(state.agenda) == 15
    qtbot.keyClick(live.entry, Qt.Key.Key_F9)  # start: the first item is under way
    qtbot.waitUntil(lambda: live.session.running, timeout=WAIT_MS)
    qtbot.waitUntil(lambda: live.header.title.text() == "개회", timeout=WAIT_MS)
    live.entry.insertPlainText("오늘 회의를 시작하겠습니다.")
    qtbot.keyClick(live.entry, Qt.Key.Key_Return)
    qtbot.waitUntil(
        lambda: (
            rows(
                demo_db,
                "SELECT text FROM remark r JOIN agenda_item a ON a.id = r.agenda_item_id"
                " WHERE a.meeting_id = 3",
            )
            == [("오늘 회의를 시작하겠습니다.",)]
        ),
        timeout=WAIT_MS,
    )
    live.close()


def test_the_kinds_of_session_are_the_committees_own(
    qtbot: QtBot, open_window: OpenWindow, demo_db: Path
) -> None:
    from PySide6.QtCore import Qt as QtCore

    from gsmeet.ui.sessions.kinds_dialog import QUORUM, KindsDialog

    window = open_window(demo_db)
    window.menu_actions.session_kinds.trigger()
    qtbot.waitUntil(lambda: isinstance(window.features.dialog, KindsDialog), timeout=WAIT_MS)  # type: ignore[union-attr]
    dialog = dialog_of(window, KindsDialog)
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]  # type: ignore[union-attr]
    assert names[:6] == ["정기회의", "임시회의", "간담회", "분과회의", "행사", "워크숍"]
    assert {"추진상황보고회", "전략회의"} <= set(names)  # the seed's committee holds them
    roundtable = names.index("간담회")
    dialog.table.item(roundtable, QUORUM).setCheckState(QtCore.CheckState.Checked)  # type: ignore[union-attr]
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    row = dialog.table.rowCount() - 1
    dialog.table.item(row, 0).setText("정책토론회")  # type: ignore[union-attr]
    dialog.table.item(row, 1).setText("policy forum")  # type: ignore[union-attr]
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: closed(dialog), timeout=WAIT_MS)
    settle(qtbot, window)
    kinds = "SELECT code, name_ko, series, quorum_applies FROM session_kind ORDER BY position"
    assert ("policy-forum", "정책토론회", "policy-forum", 0) in rows(demo_db, kinds)
    assert ("roundtable", "간담회", "main", 1) in rows(demo_db, kinds)
    undo(qtbot, window)
    assert ("roundtable", "간담회", "main", 0) in rows(demo_db, kinds)
    assert len(rows(demo_db, kinds)) == 8
