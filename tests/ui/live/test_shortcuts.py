"""No two things answer the same key. For every window — the main window on each of its
pages and tabs, the live screen on each kind of item, and the live screen's dialogs —
in English and in Korean: the keyboard shortcuts of all its actions (and QShortcuts)
are distinct; within each menu, the items' mnemonics are distinct; and the mnemonics
reachable at one time (Alt+letter: the menu bar's titles and the buttons, boxes, labels
and tabs on screen) are distinct — Alt+F must not open the File menu when a check box
on the page says (F)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QDialog,
    QGroupBox,
    QLabel,
    QMenu,
    QTabBar,
    QWidget,
)
from pytestqt.qtbot import QtBot

from gsmeet.domain.enums import AgendaKind
from gsmeet.ui.shell.main_window import MainWindow
from gsmeet.ui.shell.workspace import REGISTER, SESSIONS, STRATEGIES, TRACKER

from ..conftest import OpenWindow
from .conftest import WAIT_MS, Clock, OpenLive, Prepared, settle

MNEMONIC = re.compile(r"&([^&\s])")
LOCAL = (Qt.ShortcutContext.WidgetShortcut, Qt.ShortcutContext.WidgetWithChildrenShortcut)


def mnemonic(text: str) -> str | None:
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).upper() if found else None


def menus(window: QWidget) -> Iterator[QMenu]:
    yield from window.findChildren(QMenu)


def menu_clashes(window: QWidget) -> list[str]:
    found = []
    for menu in menus(window):
        letters: dict[str, list[str]] = defaultdict(list)
        for action in menu.actions():
            letter = mnemonic(action.text())
            if letter and not action.isSeparator():
                letters[letter].append(action.text())
        found += [f"menu {menu.title()!r}: {texts}" for texts in letters.values() if len(texts) > 1]
    return found


def shortcut_clashes(window: QWidget) -> list[str]:
    """Keys bound twice where both would answer: window-wide actions and shortcuts, and
    local ones (a list's own keys) against the window-wide ones."""
    wide: dict[str, list[str]] = defaultdict(list)
    local: dict[str, list[str]] = defaultdict(list)
    actions = set(window.findChildren(QAction)) | set(window.actions())
    for menu in menus(window):
        actions |= set(menu.actions())
    for action in actions:
        where = local if action.shortcutContext() in LOCAL else wide
        for key in action.shortcuts():
            where[key.toString()].append(action.text())
    for shortcut in window.findChildren(QShortcut):
        where = local if shortcut.context() in LOCAL else wide
        where[shortcut.key().toString()].append(f"QShortcut({shortcut.key().toString()})")
    found = [f"{key}: {names}" for key, names in wide.items() if key and len(names) > 1]
    found += [f"{key}: {names} and {wide[key]}" for key, names in local.items() if key in wide]
    return found


def reachable_mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Alt+letter as it works now: the menu bar's titles and what is on screen."""
    letters: dict[str, list[str]] = defaultdict(list)
    bar = window.menuBar() if hasattr(window, "menuBar") else None
    if bar is not None:
        for action in bar.actions():
            letter = mnemonic(action.text())
            if letter:
                letters[letter].append(f"menu {action.text()}")

    def shown(widget: QWidget) -> bool:
        return widget.isVisibleTo(window) and widget.window() is window

    for button in window.findChildren(QAbstractButton):
        letter = mnemonic(button.text())
        if letter and shown(button):
            letters[letter].append(button.text())
    for label in window.findChildren(QLabel):
        letter = mnemonic(label.text())
        if letter and label.buddy() is not None and shown(label):
            letters[letter].append(label.text())
    for box in window.findChildren(QGroupBox):
        letter = mnemonic(box.title())
        if letter and shown(box):
            letters[letter].append(box.title())
    for bar_ in window.findChildren(QTabBar):
        if shown(bar_):
            for index in range(bar_.count()):
                letter = mnemonic(bar_.tabText(index))
                if letter:
                    letters[letter].append(bar_.tabText(index))
    return letters


def check(window: QWidget, where: str) -> list[str]:
    clashes = menu_clashes(window) + shortcut_clashes(window)
    clashes += [
        f"Alt+{letter}: {names}"
        for letter, names in reachable_mnemonics(window).items()
        if len(names) > 1
    ]
    return [f"{where}: {clash}" for clash in clashes]


@pytest.fixture(params=["en", "ko"])
def lang(request: pytest.FixtureRequest) -> str:
    """Each window is walked in English and in Korean (the translations have their own
    mnemonics)."""
    if request.param == "ko":
        request.getfixturevalue("korean")
    return str(request.param)


def test_the_main_window_on_every_page(
    qtbot: QtBot, open_window: OpenWindow, prepared: Prepared, lang: str
) -> None:
    window: MainWindow = open_window(prepared.database, lang)
    window.menu_actions.bind_shortcuts()
    found: list[str] = []
    tabs = window.meeting_view.tabs
    for day_row in range(window.meeting_list.model.rowCount()):
        window.meeting_list.select_row(day_row)
        qtbot.waitUntil(lambda: not window.worker.busy, timeout=WAIT_MS)
        for tab in range(tabs.count()):
            tabs.setCurrentIndex(tab)
            found += check(window, f"{lang} session row {day_row}, tab {tabs.tabText(tab)}")
    for page in (REGISTER, STRATEGIES, TRACKER, SESSIONS):
        window.workspace.show_page(page)
        qtbot.waitUntil(lambda: not window.worker.busy, timeout=WAIT_MS)
        found += check(window, f"{lang} page {page}")
    # Its dialogs: the minutes, preparing a session, a member, an achievement.
    features = window.features
    assert features is not None
    for open_dialog in (
        window.menu_actions.minutes.trigger,
        window.menu_actions.prepare_next.trigger,
        window.menu_actions.find.trigger,
        lambda: open_page_dialog(qtbot, window, REGISTER),
        lambda: open_page_dialog(qtbot, window, STRATEGIES),
    ):
        open_dialog()
        qtbot.waitUntil(lambda: not window.worker.busy, timeout=WAIT_MS)
        dialog = shown_dialog(window)
        found += check(dialog, f"{lang} {type(dialog).__name__}")
        dialog.reject()
    assert not found, "\n".join(sorted(set(found)))


def open_page_dialog(qtbot: QtBot, window: MainWindow, page: int) -> None:
    window.workspace.show_page(page)
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=WAIT_MS)
    if page == REGISTER:
        window.workspace.register_page.add_button.click()
    else:
        strategies = window.workspace.strategy_page
        strategies.view.setCurrentIndex(strategies.model.index_of(("strategy", 1)))
        strategies.achievement_button.click()


def shown_dialog(window: MainWindow) -> QDialog:
    dialogs = [d for d in window.findChildren(QDialog) if d.isVisible()]
    assert len(dialogs) == 1, dialogs
    return dialogs[0]


def test_the_live_screen_on_every_kind_of_item(
    qtbot: QtBot, open_live: OpenLive, clock: Clock, lang: str
) -> None:
    live = open_live(lang=lang, start=False)
    found = check(live, f"{lang} live, not started")
    live.live_actions.start_session.trigger()
    settle(qtbot, live)
    seen: set[AgendaKind] = set()
    state = live.session.state
    assert state is not None
    for _ in state.agenda:
        item = live.session.current_item()
        assert item is not None
        if item.kind not in seen:
            seen.add(item.kind)
            found += check(live, f"{lang} live, {item.kind}")
        clock.advance(minutes=1)
        live.live_actions.next_item.trigger()
        settle(qtbot, live)
    assert {AgendaKind.BRIEFING, AgendaKind.ACTION_REVIEW} <= seen
    for open_form in (live.forms.open_decision_form, live.forms.open_action_form):
        form = open_form()
        assert isinstance(form, QDialog)
        found += check(form, f"{lang} live, {type(form).__name__}")
        form.reject()
    live.entry.insertPlainText("초안")
    live.proceedings.ask_to_end()
    qtbot.waitUntil(lambda: live.proceedings.checklist is not None, timeout=WAIT_MS)
    checklist = live.proceedings.checklist
    assert checklist is not None
    found += check(checklist, f"{lang} end checklist")
    checklist.reject()
    live.close()
    assert not found, "\n".join(sorted(set(found)))


def test_the_check_finds_a_clash(qtbot: QtBot, open_live: OpenLive) -> None:
    """The walk itself can fail: a clash put there on purpose is found."""
    live = open_live(start=False)
    live.prompt.start_button.setText("&Session")  # Alt+S: also the Session menu
    live.live_actions.decision.setShortcut(QKeySequence("Ctrl+K"))  # also the speaker
    live.live_actions.focus_entry.setText("Bac&k")  # in the Entry menu beside spea&ker
    found = check(live, "on purpose")
    assert any("Alt+S" in clash for clash in found)
    assert any("Ctrl+K" in clash for clash in found)
    assert any("menu" in clash and "Bac&k" in clash for clash in found)
    live.close()
