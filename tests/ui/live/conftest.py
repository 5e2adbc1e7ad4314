"""The live window on a copy of the demo committee whose 제3차 (2019-11-28) was
prepared from 제2차, as the secretary would before the session."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from gsmeet.ui.kit.worker import Worker
from gsmeet.ui.live.window import LiveWindow

WAIT_MS = 20_000  # the first open in a run imports the database layer

DAY = date(2019, 11, 28)
T0 = datetime(2019, 11, 28, 14, 0)


class Clock:
    """The time the window sees; tests move it on."""

    def __init__(self, start: datetime = T0) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@dataclass
class Prepared:
    database: Path
    meeting_id: int
    drafts: Path


def prepare(database: Path) -> int:
    """제3차 filled with the standing agenda and invitations (services.prepare)."""
    from gsmeet.services import prepare as preparing
    from gsmeet.services.listing import list_meetings
    from gsmeet.storage.db import open_store

    store = open_store(database)
    try:
        second = next(m for m in list_meetings(store, 1) if m.number == 2)
        return preparing.prepare_next(store, from_meeting_id=second.id, held_on=DAY).meeting.id
    finally:
        store.close()


@pytest.fixture
def prepared(bare_demo_db: Path, tmp_path: Path) -> Prepared:
    return Prepared(bare_demo_db, prepare(bare_demo_db), tmp_path / "drafts.sqlite3")


@pytest.fixture
def clock() -> Clock:
    return Clock()


OpenLive = Callable[..., LiveWindow]


@pytest.fixture
def open_live(qtbot: QtBot, worker: Worker, prepared: Prepared, clock: Clock) -> OpenLive:
    """A shown live window on the prepared session, once its state is on screen and
    (``start``) once the session has been started with 회의 시작."""

    def open_(meeting_id: int | None = -1, lang: str = "en", *, start: bool = True) -> LiveWindow:
        opened: list[object] = []
        worker.open(prepared.database, lambda _store: None, opened.append)
        qtbot.waitUntil(lambda: bool(opened), timeout=WAIT_MS)
        window = LiveWindow(
            worker,
            prepared.meeting_id if meeting_id == -1 else meeting_id,
            lang="ko" if lang == "ko" else "en",
            clock=clock,
            drafts_path=prepared.drafts,
        )
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        with qtbot.waitSignal(window.started, timeout=WAIT_MS):
            window.start()
        if start:
            window.live_actions.start_session.trigger()
            qtbot.waitUntil(lambda: window.session.running, timeout=WAIT_MS)
            settle(qtbot, window)
        return window

    return open_


@pytest.fixture
def live(open_live: OpenLive) -> Iterator[LiveWindow]:
    window = open_live()
    yield window
    window.close()


def settle(qtbot: QtBot, window: LiveWindow) -> None:
    """Wait until the worker has done everything it was given."""
    qtbot.waitUntil(lambda: not window.worker.busy, timeout=WAIT_MS)
