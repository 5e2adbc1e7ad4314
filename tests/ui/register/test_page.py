"""The committee register page on the demo committee: the table and its model, the
search box (초성 검색) and filters, adding, editing and deactivating members by
keyboard, the term-expiry warning, undo and redo of every edit, and the roster import."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from gsmeet.domain.enums import Role
from gsmeet.domain.register import MemberRow
from gsmeet.ui.kit import prompts
from gsmeet.ui.register.member_dialog import DeactivateDialog, MemberDialog
from gsmeet.ui.register.model import EXPIRING, MemberModel
from gsmeet.ui.register.page import RegisterPage
from gsmeet.ui.register.roster_dialog import RosterDialog
from gsmeet.ui.shell.main_window import MainWindow
from gsmeet.ui.shell.workspace import REGISTER

from ..conftest import WAIT_MS, OpenWindow

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "roster"


def type_hangul(widget: QWidget, text: str) -> None:
    """Type ``text`` as a Korean input method does: each syllable or lone consonant
    is committed to the focused field (QTest's key clicks know only ASCII keys)."""
    for char in text:
        event = QInputMethodEvent()
        event.setCommitString(char)
        QApplication.sendEvent(widget, event)


def idle(qtbot: QtBot, window: MainWindow) -> None:
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=WAIT_MS)


def open_register(qtbot: QtBot, window: MainWindow) -> RegisterPage:
    window.menu_actions.show_register.trigger()
    page = window.workspace.register_page
    assert window.workspace.currentIndex() == REGISTER
    qtbot.waitUntil(lambda: page.model.rowCount() > 0, timeout=WAIT_MS)
    idle(qtbot, window)
    return page


def names(page: RegisterPage) -> list[str]:
    return [page.model.row_at(r).name for r in range(page.model.rowCount())]


def active(qtbot: QtBot, dialog: QWidget) -> None:
    """Give ``dialog`` the keyboard, as the window manager does when it opens."""
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=WAIT_MS)


def member_dialog(qtbot: QtBot, page: RegisterPage) -> MemberDialog:
    """The member dialog, once open (it first reads the sub-committees to offer)."""

    def shown() -> bool:
        found = page.dialog
        return isinstance(found, MemberDialog) and isValid(found) and found.isVisible()

    qtbot.waitUntil(shown, timeout=WAIT_MS)
    dialog = page.dialog
    assert isinstance(dialog, MemberDialog)
    active(qtbot, dialog)
    return dialog


def test_the_register_and_its_model(
    qtbot: QtBot, qtmodeltester: ModelTester, open_window: OpenWindow, demo_db: Path
) -> None:
    window = open_window(demo_db)
    page = open_register(qtbot, window)
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 55  # in office; two former members hidden
    header = [
        page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())
    ]
    assert header == [
        "Name",
        "Organisation",
        "Position",
        "Role",
        "Sub-committee",
        "Term",
        "Contact",
        "Allowance",
    ]
    row = page.model.row_of(9)  # 김태형, membership 9
    assert row is not None
    cells = [page.model.index(row, c).data() for c in range(8)]
    assert cells[:5] == ["김태형", "영남대학교", "기계공학부 교수", "Sub-committee chair", cells[4]]
    assert cells[5] == "1 Nov 2018 ∼ 31 Oct 2020"  # English dates in the English window
    assert "kimth@example.org" in cells[6] and cells[7] == "○"
    assert "55 in office on Friday 23 August 2019" in page.count.text()
    assert "terms checked against 3rd regular meeting" in page.count.text()

    page.former.setChecked(True)
    assert page.model.rowCount() == 57
    former = page.model.row_at(page.model.rowCount() - 1)
    assert not former.active
    tooltip = page.model.index(page.model.rowCount() - 1, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tooltip.startswith(("Left the committee on", "The term ended on"))
    qtmodeltester.check(page.model)


def test_search_by_initial_consonants_and_filters(
    qtbot: QtBot, open_window: OpenWindow, demo_db: Path
) -> None:
    window = open_window(demo_db)
    page = open_register(qtbot, window)
    type_hangul(page.search, "ㅊㅇㅈ")
    found = names(page)
    assert "최영조" in found and len(found) < 10  # and those whose 소속 or 직위 fit
    page.search.clear()
    type_hangul(page.search, "ㄱㅌㅎ")
    assert names(page) == ["김태형"]
    page.search.clear()
    type_hangul(page.search, "ㅇㄴㄷ")  # 영남대학교
    assert {"김태형", "장민석", "권혁준"} <= set(names(page))
    page.search.clear()
    page.role.setCurrentIndex(page.role.findData(Role.CO_CHAIR))
    assert sorted(names(page)) == ["이재훈", "최영조"]
    page.role.setCurrentIndex(0)
    sub = page.subcommittee.findText("행복건강도시 분과")
    page.subcommittee.setCurrentIndex(sub)
    assert "서지현" in names(page)
    assert all(
        page.model.row_at(r).subcommittee == "행복건강도시 분과"
        for r in range(page.model.rowCount())
    )


def test_add_a_member_by_keyboard_then_undo_and_redo(
    qtbot: QtBot, open_window: OpenWindow, demo_db: Path
) -> None:
    window = open_window(demo_db)
    page = open_register(qtbot, window)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Insert)
    dialog = member_dialog(qtbot, page)
    assert dialog.term_start.value() == date(2019, 8, 23)  # the demo's calendar stands still
    type_hangul(dialog.name, "홍길동")
    type_hangul(dialog.organisation, "경산시")
    dialog.subcommittee.setCurrentIndex(dialog.subcommittee.findText("청년희망도시 분과"))
    dialog.term_end.setText("19.11.1")  # ends before the planned session of 2019-11-28
    # Only the press: the dialog disables itself as it submits, so the key's release
    # would land on a disabled field (Qt drops it, and QTest warns that nobody took it).
    qtbot.keyPress(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "홍길동" in names(page), timeout=WAIT_MS)
    idle(qtbot, window)
    current = page.current_member()
    assert current is not None and current.name == "홍길동" and current.term_expiring
    row = page.model.person_row(current.person_id)
    assert row is not None
    term = page.model.index(row, MemberModel.TERM)
    assert term.data(Qt.ItemDataRole.ForegroundRole) == EXPIRING
    assert "before the session of" in term.data(Qt.ItemDataRole.ToolTipRole)
    assert page.warning.isVisible() and "홍길동" in page.warning.text()
    assert window.menu_actions.undo.text() == "&Undo Add member 홍길동"

    window.menu_actions.undo.trigger()
    qtbot.waitUntil(lambda: "홍길동" not in names(page), timeout=WAIT_MS)
    window.menu_actions.redo.trigger()
    qtbot.waitUntil(lambda: "홍길동" in names(page), timeout=WAIT_MS)


def test_a_refused_member_keeps_the_dialog_open_with_the_reason(
    qtbot: QtBot, open_window: OpenWindow, demo_db: Path
) -> None:
    window = open_window(demo_db)
    page = open_register(qtbot, window)
    page.add_button.click()
    dialog = member_dialog(qtbot, page)
    assert not dialog.ok_button.isEnabled()  # no name yet
    type_hangul(dialog.name, "임꺽정")
    qtbot.keyClicks(dialog.email, "x@")
    dialog.ok_button.click()
    qtbot.waitUntil(dialog.error.isVisible, timeout=WAIT_MS)
    assert "malformed e-mail" in dialog.error.text() and "\n" not in dialog.error.text()
    assert dialog.isVisible() and dialog.isEnabled()
    assert not window.context.history.stack.canUndo()
    assert "임꺽정" not in names(page)


def test_edit_and_deactivate_with_undo(
    qtbot: QtBot, open_window: OpenWindow, demo_db: Path
) -> None:
    window = open_window(demo_db)
    page = open_register(qtbot, window)
    type_hangul(page.search, "김도윤")
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    dialog = member_dialog(qtbot, page)
    dialog.position.setText("센터장")
    dialog.reason.setText("승진")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: page.model.row_at(0).position == "센터장", timeout=WAIT_MS)
    idle(qtbot, window)

    page.search.clear()
    type_hangul(page.search, "장민석")
    assert names(page) == ["장민석"]
    page.deactivate_button.click()
    leave = page.dialog
    assert isinstance(leave, DeactivateDialog)
    assert leave.day.value() == date(2019, 8, 23)  # from the register's day on
    leave.reason.setText("본인 사임")
    leave.ok_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=WAIT_MS)  # out of office
    page.former.setChecked(True)
    gone = page.model.row_at(0)
    assert gone.left_on == date(2019, 8, 23) and gone.left_reason == "본인 사임"
    stack = window.context.history.stack
    assert stack.count() == 2

    def member(name: str) -> MemberRow:
        return next(row for row in page.members if row.name == name and row.active)

    window.menu_actions.undo.trigger()  # back in office
    window.menu_actions.undo.trigger()  # the old position again: two undos run in order
    qtbot.waitUntil(lambda: not stack.canUndo(), timeout=WAIT_MS)
    idle(qtbot, window)
    assert member("장민석").left_on is None
    assert member("김도윤").position == "책임연구원"
    window.menu_actions.redo.trigger()
    window.menu_actions.redo.trigger()
    qtbot.waitUntil(lambda: not stack.canRedo(), timeout=WAIT_MS)
    idle(qtbot, window)
    assert member("김도윤").position == "센터장"
    assert not any(row.name == "장민석" and row.active for row in page.members)


def test_roster_import_preview_import_and_undo(
    qtbot: QtBot, open_window: OpenWindow, demo_db: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(demo_db)
    page = open_register(qtbot, window)
    before = page.model.rowCount()
    monkeypatch.setattr(prompts, "open_path", lambda *args: FIXTURES / "bad.csv")
    window.menu_actions.import_roster.trigger()
    dialog = window.features.dialog  # type: ignore[union-attr]
    assert isinstance(dialog, RosterDialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WAIT_MS)
    assert not dialog.import_button.isEnabled() and dialog.import_valid_button.isEnabled()
    assert "6 invalid" in dialog.summary.text()
    invalid = [r for r in range(dialog.model.rowCount()) if dialog.model.row_at(r).problems]
    assert len(invalid) == 6
    cell = dialog.model.index(invalid[0], dialog.model.DETAIL)
    assert cell.data() == "unknown sub-committee '없는분과'"
    assert dialog.model.index(invalid[0], 0).data() == "4"
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is not None  # highlighted
    dialog.reject()
    idle(qtbot, window)
    assert page.model.rowCount() == before  # nothing written

    monkeypatch.setattr(prompts, "open_path", lambda *args: FIXTURES / "good.csv")
    window.menu_actions.import_roster.trigger()
    dialog = window.features.dialog  # type: ignore[union-attr]
    assert isinstance(dialog, RosterDialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WAIT_MS)
    assert dialog.import_button.isEnabled() and not dialog.import_valid_button.isVisible()
    dialog.import_button.click()
    qtbot.waitUntil(lambda: page.model.rowCount() == before + 3, timeout=WAIT_MS)
    assert {"새위원", "박새롬", "Jane Doe"} <= set(names(page))
    assert "Roster imported: 3 new, 2 updated" in window.statusBar().currentMessage()
    window.menu_actions.undo.trigger()
    qtbot.waitUntil(lambda: page.model.rowCount() == before, timeout=WAIT_MS)
    window.menu_actions.redo.trigger()
    qtbot.waitUntil(lambda: page.model.rowCount() == before + 3, timeout=WAIT_MS)
