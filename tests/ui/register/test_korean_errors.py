"""What goes wrong in the Korean window is said in Korean: the roster import's invalid
rows and the member dialog's refused e-mail (the issue's examples: no English comes
through). ``GSMEET_SHOTS=FOLDER`` also saves what the screen shows there."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from gsmeet.ui.kit import prompts
from gsmeet.ui.register.roster_dialog import RosterDialog

from ..conftest import WAIT_MS, OpenWindow, shot
from .test_page import FIXTURES, idle, member_dialog, open_register, type_hangul

HANGUL = re.compile(r"[가-힣]")
ENGLISH = re.compile(r"\b[A-Za-z]{3,}\s+[A-Za-z]{3,}\b")


def test_roster_import_reasons_in_korean(
    qtbot: QtBot,
    korean: None,
    open_window: OpenWindow,
    demo_db: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = open_window(demo_db, "ko")
    open_register(qtbot, window)
    monkeypatch.setattr(prompts, "open_path", lambda *args: FIXTURES / "bad.csv")
    window.menu_actions.import_roster.trigger()
    dialog = window.features.dialog  # type: ignore[union-attr]
    assert isinstance(dialog, RosterDialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WAIT_MS)
    model = dialog.model
    reasons = [
        model.index(row, model.DETAIL).data()
        for row in range(model.rowCount())
        if model.row_at(row).problems
    ]
    assert reasons == [
        "없는 분과 '없는분과'",
        "성명이 비어 있음",
        "알 수 없는 구분 '회장'",
        "올바르지 않은 이메일 'x@'",
        "임기만료일 열: '2019-02-30'은 날짜가 아닙니다. 2월은 28일까지입니다 (30일은 없음)",
        "3행과 같은 위원",
    ]
    assert "오류 6" in dialog.summary.text()
    dialog.resize(1100, 480)
    shot(dialog, "roster-import-invalid-rows.png")
    dialog.reject()
    idle(qtbot, window)

    monkeypatch.setattr(prompts, "open_path", lambda *args: FIXTURES / "good.csv")
    window.menu_actions.import_roster.trigger()
    dialog = window.features.dialog  # type: ignore[union-attr]
    assert isinstance(dialog, RosterDialog)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=WAIT_MS)
    model = dialog.model
    changes = [
        model.index(row, model.DETAIL).data()
        for row in range(model.rowCount())
        if model.row_at(row).changes
    ]
    assert len(changes) == 2  # the changed fields, named in Korean ("phone" no more)
    assert all(HANGUL.search(text) and not ENGLISH.search(text) for text in changes), changes
    assert any("이메일" in text for text in changes), changes
    dialog.reject()
    idle(qtbot, window)


def test_the_member_dialog_refuses_an_e_mail_in_korean(
    qtbot: QtBot, korean: None, open_window: OpenWindow, demo_db: Path
) -> None:
    window = open_window(demo_db, "ko")
    page = open_register(qtbot, window)
    page.add_button.click()
    dialog = member_dialog(qtbot, page)
    type_hangul(dialog.name, "임꺽정")
    qtbot.keyClicks(dialog.email, "x@")
    dialog.ok_button.click()
    qtbot.waitUntil(dialog.error.isVisible, timeout=WAIT_MS)
    assert dialog.error.text() == "임꺽정: 'x@'은(는) 올바른 이메일 주소가 아닙니다"
    shot(dialog, "member-dialog-invalid-email.png")
    dialog.reject()
