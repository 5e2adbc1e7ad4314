"""F1: the user guide, in the window's language with the other one a button away; the
same text is in docs/; it names every key of the live screen."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from gsmeet.ui.kit.guide import GuideWindow, guide_text
from gsmeet.ui.live.actions import LiveActions

from ..conftest import ROOT, WAIT_MS, OpenWindow

SECTIONS = {
    "ko": ["회의 전", "회의 중", "회의 후", "우리 위원회 시작하기", "자료는 어디에", "설정"],
    "en": ["Before", "During", "After", "Starting your own committee", "Where the data", "Pref"],
}


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_guide_in_docs_is_the_guide_in_the_app(lang: str) -> None:
    assert (ROOT / "docs" / f"guide-{lang}.md").read_text(encoding="utf-8") == guide_text(lang)  # type: ignore[arg-type]


@pytest.mark.parametrize("lang", ["ko", "en"])
def test_the_guide_covers_the_three_moments_and_the_rest(lang: str) -> None:
    headings = re.findall(r"^## \d\. (.+)$", guide_text(lang), re.M)  # type: ignore[arg-type]
    assert len(headings) == 6
    for heading, wanted in zip(headings, SECTIONS[lang], strict=True):
        assert heading.startswith(wanted), heading
    for command in ("gsmeet committee new", "gsmeet session new", "gsmeet restore", "-backups"):
        assert command in guide_text(lang)  # type: ignore[arg-type]


def test_the_guide_names_every_key_of_the_live_screen(qapp: object) -> None:
    actions = LiveActions(QMainWindow())
    keys = [  # each action's keys (a standard key has several: Ctrl+F4 or Ctrl+W)
        [k.toString(QKeySequence.SequenceFormat.PortableText) for k in action.shortcuts()]
        for action in vars(actions).values()
        if isinstance(action, QAction) and action.shortcuts()
    ]
    assert len(keys) > 20
    for lang in ("ko", "en"):
        text = guide_text(lang)  # type: ignore[arg-type]
        missing = [ways for ways in keys if not any(way in text for way in ways)]
        assert not missing, f"{lang}: {missing}"


def test_f1_opens_the_korean_guide_and_english_is_a_button_away(
    qtbot: QtBot, korean: None, open_window: OpenWindow, demo_db: Path
) -> None:
    window = open_window(demo_db, "ko")
    assert window.menu_actions.guide.shortcut() == QKeySequence(
        QKeySequence.StandardKey.HelpContents
    )
    qtbot.keyClick(window, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: window.findChild(GuideWindow) is not None, timeout=WAIT_MS)
    guide = window.findChild(GuideWindow)
    assert guide is not None and guide.isVisible()
    assert guide.windowTitle() == "gsmeet 사용 안내"
    assert "회의 중 (라이브 화면)" in guide.browser.toPlainText()
    assert guide.other.text() == "English"
    guide.other.click()
    assert "During the session" in guide.browser.toPlainText()
    assert guide.other.text() == "한국어"
    window.menu_actions.guide.trigger()  # again: the same window
    assert len(window.findChildren(GuideWindow)) == 1
    qtbot.keyClick(guide.browser, Qt.Key.Key_Escape)
    assert not guide.isVisible()
