"""A bad date typed in the Korean live screen is refused in Korean, saying why (the
issue's example: "저장할 수 없음: … not a real date" no more). ``GSMEET_SHOTS=FOLDER``
also saves the screen there."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from ..conftest import shot
from .conftest import OpenLive, settle


def test_a_bad_due_date_is_refused_in_korean(
    qtbot: QtBot, korean: None, open_live: OpenLive
) -> None:
    live = open_live(lang="ko")
    live.entry.insertPlainText("조치: 예산안 재검토 @김도윤 ~2019-02-30")
    qtbot.waitUntil(lambda: not live.preview.ok, timeout=5000)
    assert live.preview.text() == (
        "저장할 수 없음: '~2019-02-30'은 날짜가 아닙니다. 2월은 28일까지입니다 (30일은 없음)"
    )
    settle(qtbot, live)
    shot(live, "live-entry-bad-date.png")
    live.entry.clear()
    live.close()
