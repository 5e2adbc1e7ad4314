"""Opening the live screen on a session past members' terms says so before the start
(issue 8: preparing *or starting* a session warns of ended terms)."""

from __future__ import annotations

from datetime import date

from pytestqt.qtbot import QtBot

from gsmeet.domain.setup import SessionSpec, Template
from gsmeet.services.sessions import new_session
from gsmeet.storage.db import open_store

from ..conftest import WAIT_MS
from .conftest import OpenLive, Prepared, settle


def test_a_session_past_everyones_term_warns_before_the_start(
    qtbot: QtBot, open_live: OpenLive, prepared: Prepared
) -> None:
    store = open_store(prepared.database)
    try:  # the launch term ends 2020-10-31
        later = new_session(
            store, SessionSpec(committee_id=1, held_on=date(2020, 11, 26), template=Template.EMPTY)
        ).meeting
    finally:
        store.close()
    live = open_live(later.id, start=False)
    qtbot.waitUntil(lambda: "terms end before" in live.save_status.message, timeout=WAIT_MS)
    assert "gsmeet member renew" in live.save_status.message
    live.close()


def test_a_session_within_the_terms_says_nothing_of_them(qtbot: QtBot, open_live: OpenLive) -> None:
    live = open_live(start=False)  # 제3차, 2019-11-28
    settle(qtbot, live)  # every reply of the worker is in
    assert "terms" not in live.save_status.message
    live.close()
