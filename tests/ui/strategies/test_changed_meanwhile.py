"""Two secretaries on one server database, seen from the strategy register: a rename
made after a colleague renamed the same track is refused, and the prompt comes back
with the reason and what was typed; OK again renames it on top of theirs."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from gsmeet.domain.locations import Server
from gsmeet.services.register.framework import rename_track
from gsmeet.services.store import open_database
from gsmeet.ui.kit import prompts

from ..conftest import WAIT_MS, OpenWindow
from .test_page import idle, open_strategies

MINE, THEIRS = "내가 고친 분야 이름", "동료가 고친 분야 이름"


def test_a_refused_rename_asks_again_with_the_reason_and_what_was_typed(
    qtbot: QtBot,
    open_window: OpenWindow,
    server_database: Callable[..., Server],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    server = server_database("demo")
    window = open_window(server)  # type: ignore[arg-type]
    page = open_strategies(qtbot, window)
    track = page.model.roots[0].record
    page.select_key(("track", track.id))
    asked: list[tuple[str, str]] = []

    def ask(_parent: QWidget, _title: str, label: str, text: str = "") -> str:
        asked.append((label, text))
        if len(asked) == 1:  # while the secretary types, a colleague renames it
            colleague = open_database(server)
            try:
                rename_track(colleague, track.id, THEIRS)
            finally:
                colleague.close()
        return MINE

    monkeypatch.setattr(prompts, "ask_text", ask)
    page.frame.rename()
    qtbot.waitUntil(lambda: len(asked) == 2, timeout=WAIT_MS)
    label, text = asked[1]
    assert text == MINE  # what was typed, kept
    assert "was changed by" in label and THEIRS in label and "not saved" in label
    idle(qtbot, window)
    qtbot.waitUntil(lambda: page.model.roots[0].record.name == MINE, timeout=WAIT_MS)
    assert len(asked) == 2 and window.context.history.stack.count() == 1
