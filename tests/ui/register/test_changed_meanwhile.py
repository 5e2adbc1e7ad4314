"""Two secretaries on one server database, seen from the register page: a member edit
made after a colleague changed that member is refused in one line naming who changed
what; the dialog stays open with what was typed while the page behind it shows the
colleague's change, and pressing OK again applies the typed change on top of theirs.
An undo of an edit a colleague changed since is refused the same way."""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot
from shiboken6 import isValid

from gsmeet.domain.locations import Server
from gsmeet.domain.register import MemberRow
from gsmeet.services.register import list_members, update_member
from gsmeet.services.store import open_database
from gsmeet.ui.register.member_dialog import MemberDialog
from gsmeet.ui.register.page import RegisterPage
from gsmeet.ui.shell.main_window import MainWindow

from ..conftest import WAIT_MS, OpenWindow
from .test_page import idle, member_dialog, open_register, type_hangul

DAY = date(2019, 11, 28)
NAME = "김태형"
SHOTS = os.environ.get("GSMEET_SHOTS")  # a folder: the dialog is saved there as a PNG


def colleague_sets(server: Server, **fields: object) -> None:
    """Another secretary, at the office PC, changes the member meanwhile."""
    store = open_database(server)
    try:
        row = next(r for r in list_members(store, 1, on=DAY) if r.name == NAME)
        update_member(store, row.membership_id, on=DAY, **fields)  # type: ignore[arg-type]
    finally:
        store.close()


def shown(page: RegisterPage) -> MemberRow:
    return next(row for row in page.members if row.name == NAME and row.active)


def open_member(
    qtbot: QtBot, open_window: OpenWindow, server: Server
) -> tuple[MainWindow, RegisterPage, MemberDialog]:
    """The window on ``server``, its register, and the member dialog of 김태형."""
    window = open_window(server)  # type: ignore[arg-type]
    page = open_register(qtbot, window)
    type_hangul(page.search, NAME)
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    return window, page, member_dialog(qtbot, page)


def test_a_refused_edit_keeps_the_dialog_and_what_was_typed(
    qtbot: QtBot, open_window: OpenWindow, server_database: Callable[..., Server]
) -> None:
    server = server_database("demo")
    window, page, dialog = open_member(qtbot, open_window, server)
    dialog.phone.setText("010-2222-3333")
    colleague_sets(server, email="kim@office.kr")
    dialog.ok_button.click()
    qtbot.waitUntil(dialog.error.isVisible, timeout=WAIT_MS)
    message = dialog.error.text()
    assert NAME in message and "e-mail" in message and "not saved" in message
    assert "\n" not in message
    # The page behind shows the colleague's change; the dialog keeps the typed phone.
    qtbot.waitUntil(lambda: shown(page).email == "kim@office.kr", timeout=WAIT_MS)
    assert isValid(dialog) and dialog.isVisible() and dialog.isEnabled()
    assert dialog.phone.text() == "010-2222-3333"
    assert shown(page).phone != "010-2222-3333"  # nothing of it written
    assert window.context.history.stack.count() == 0
    if SHOTS:
        dialog.grab().save(str(Path(SHOTS) / "member-changed-meanwhile.png"))
    # Seen their change: OK again applies the typed phone on top of it.
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible(), timeout=WAIT_MS)
    qtbot.waitUntil(lambda: shown(page).phone == "010-2222-3333", timeout=WAIT_MS)
    assert shown(page).email == "kim@office.kr"
    assert window.context.history.stack.count() == 1


def test_an_undo_after_a_colleagues_change_is_refused(
    qtbot: QtBot, open_window: OpenWindow, server_database: Callable[..., Server]
) -> None:
    server = server_database("demo")
    window, page, dialog = open_member(qtbot, open_window, server)
    dialog.phone.setText("010-4444-5555")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: shown(page).phone == "010-4444-5555", timeout=WAIT_MS)
    idle(qtbot, window)
    colleague_sets(server, phone="053-810-0000")
    stack = window.context.history.stack
    window.menu_actions.undo.trigger()
    qtbot.waitUntil(
        lambda: "was changed by" in window.statusBar().currentMessage(), timeout=WAIT_MS
    )
    assert NAME in window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: shown(page).phone == "053-810-0000", timeout=WAIT_MS)
    idle(qtbot, window)
    assert not stack.canUndo() and not stack.canRedo()  # the history was cleared
    assert shown(page).phone == "053-810-0000"  # the colleague's change stands
