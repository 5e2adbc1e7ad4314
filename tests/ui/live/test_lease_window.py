"""Two live screens on one server database: the first runs the session (its lease),
the second says who does and shows the session read-only, following what the first
records; when the first stops answering (its lease stale), the second is offered the
session naming who had it, and takes it over only when asked."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from gsmeet.domain.locations import Server
from gsmeet.services.live.lease import STALE_AFTER, holder_of
from gsmeet.services.store import open_database
from gsmeet.ui.kit.worker import Worker
from gsmeet.ui.live.window import LiveWindow

from .conftest import DAY, WAIT_MS, Clock, settle

SHOTS = os.environ.get("GSMEET_SHOTS")  # a folder: the windows are saved there as PNGs


@pytest.fixture
def workers() -> Iterator[Callable[[], Worker]]:
    made: list[Worker] = []

    def make() -> Worker:
        made.append(Worker())
        return made[-1]

    yield make
    for worker in made:
        worker.shutdown()


def prepared_on_server(server: Server) -> int:
    from gsmeet.services import prepare as preparing
    from gsmeet.services.listing import list_meetings

    store = open_database(server)
    try:
        second = next(m for m in list_meetings(store, 1) if m.number == 2)
        return preparing.prepare_next(store, from_meeting_id=second.id, held_on=DAY).meeting.id
    finally:
        store.close()


def live_on(
    qtbot: QtBot, worker: Worker, server: Server, meeting_id: int, clock: Clock, drafts: Path
) -> LiveWindow:
    opened: list[object] = []
    worker.open(server, lambda _store: None, opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=WAIT_MS)
    window = LiveWindow(worker, meeting_id, lang="en", clock=clock, drafts_path=drafts)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    with qtbot.waitSignal(window.started, timeout=WAIT_MS):
        window.start()
    settle(qtbot, window)
    return window


def test_the_second_screen_watches_and_takes_over_only_when_asked(
    qtbot: QtBot,
    server_database: Callable[..., Server],
    workers: Callable[[], Worker],
    tmp_path: Path,
) -> None:
    server = server_database("bare")
    meeting_id = prepared_on_server(server)
    room_clock, office_clock = Clock(), Clock()
    room = live_on(qtbot, workers(), server, meeting_id, room_clock, tmp_path / "a.sqlite3")
    assert room.lease.holding and not room.lease.read_only
    room.live_actions.start_session.trigger()
    qtbot.waitUntil(lambda: room.session.running, timeout=WAIT_MS)

    office = live_on(qtbot, workers(), server, meeting_id, office_clock, tmp_path / "b.sqlite3")
    qtbot.waitUntil(lambda: office.lease.read_only, timeout=WAIT_MS)
    assert not office.lease.holding
    assert "is being run live by postgres" in office.statusBar().currentMessage()
    assert not office.entry.isEnabled() and not office.live_actions.end_session.isEnabled()

    room.entry.insertPlainText("예산 편성에 관한 첫 발언")
    qtbot.keyClick(room.entry, Qt.Key.Key_Return)
    settle(qtbot, room)
    qtbot.waitUntil(  # the watching screen reads the session again by itself
        lambda: office.remark_model.rowCount() == 1, timeout=WAIT_MS
    )
    if SHOTS:
        office.grab().save(str(Path(SHOTS) / "live-read-only.png"))

    # The meeting-room laptop stops answering; the office screen is offered the session.
    office_clock.advance(seconds=STALE_AFTER.total_seconds() + 60)
    office.lease.take()
    qtbot.waitUntil(lambda: office.lease.offer is not None, timeout=WAIT_MS)
    offer = office.lease.offer
    assert offer is not None
    qtbot.waitUntil(offer.isVisible, timeout=WAIT_MS)
    assert "with no sign of that screen since" in offer.text()
    if SHOTS:
        offer.grab().save(str(Path(SHOTS) / "live-take-over.png"))
    offer.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: office.lease.holding, timeout=WAIT_MS)
    assert not office.lease.read_only and office.entry.isEnabled()

    # The laptop wakes: its next renewal finds the session taken over.
    room.lease._renew_now()
    qtbot.waitUntil(lambda: room.lease.read_only, timeout=WAIT_MS)
    assert "was taken over by postgres" in room.statusBar().currentMessage()
    room.close()
    office.close()
    settle(qtbot, office)
    store = open_database(server)
    try:
        assert holder_of(store, meeting_id, now=office_clock()) is None  # given back
    finally:
        store.close()


def test_the_watching_screen_hears_each_entry_as_it_commits(
    qtbot: QtBot,
    server_database: Callable[..., Server],
    workers: Callable[[], Worker],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """With no reading again by the clock at all, the read-only screen shows each
    remark of the running screen: it heard of it (LISTEN/NOTIFY)."""
    from gsmeet.ui.live import watching

    monkeypatch.setattr(watching, "POLL_MS", 3_600_000)
    monkeypatch.setattr(watching, "SAFETY_MS", 3_600_000)
    server = server_database("bare")
    meeting_id = prepared_on_server(server)
    room = live_on(qtbot, workers(), server, meeting_id, Clock(), tmp_path / "a.sqlite3")
    room.live_actions.start_session.trigger()
    qtbot.waitUntil(lambda: room.session.running, timeout=WAIT_MS)
    office = live_on(qtbot, workers(), server, meeting_id, Clock(), tmp_path / "b.sqlite3")
    qtbot.waitUntil(lambda: office.lease.watch.listening, timeout=WAIT_MS)
    for count, text in enumerate(("첫 발언입니다", "둘째 발언입니다"), start=1):
        room.entry.insertPlainText(text)
        qtbot.keyClick(room.entry, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda n=count: office.remark_model.rowCount() == n, timeout=WAIT_MS)
    room.close()
    office.close()
    settle(qtbot, office)
    assert office.lease.watch.listener is None  # its connection closed with the screen
