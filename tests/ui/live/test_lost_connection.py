"""The live screen of a server database while the server is gone (issue 13, a lost
connection): what is typed meanwhile shows as "not yet on the server", with a count,
and reaches the server by itself once it is back, in order and exactly once; what a
window that died meanwhile had kept is sent when live mode opens again. The server is
a private cluster of this module's (fsync on), killed (``pg_ctl stop -m immediate``)
and started again; no other test sees it. ``GSMEET_SHOTS=FOLDER`` saves the screen."""

from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from gsmeet.domain.enums import AttendanceStatus
from gsmeet.domain.locations import Server, parse_server
from gsmeet.services.live.outbox import open_outbox
from gsmeet.services.live.session import live_state, start_session
from gsmeet.services.store import open_database
from gsmeet.storage.outbox import OUTBOX_FILE
from gsmeet.ui.kit.worker import Worker
from gsmeet.ui.live.window import LiveWindow

from ...pgcluster import Cluster, throwaway_cluster
from ..conftest import shot
from .conftest import WAIT_MS, Clock, Prepared, settle
from .test_checkin import status_of, type_filter

MEETING = 3  # the demo's prepared 제3차
BACK_MS = 60_000  # the server restarts, then the screen's next retry (at most 15 s on)


@pytest.fixture(scope="module")
def private_cluster() -> Iterator[Cluster]:
    with throwaway_cluster(durable=True) as cluster:
        yield cluster


@pytest.fixture
def server(private_cluster: Cluster, request: pytest.FixtureRequest) -> Iterator[Server]:
    from gsmeet.demo.build import build_demo
    from gsmeet.storage.server import open_server

    name = f"lost_{request.node.name[-40:]}"
    location = parse_server(private_cluster.create_database(name))
    store = open_server(location)
    try:
        build_demo(store)
    finally:
        store.close()
    yield location
    if not (private_cluster.data / "postmaster.pid").exists():
        private_cluster.start()
    private_cluster.drop_database(name)


def live_on(qtbot: QtBot, worker: Worker, server: Server, drafts: Path) -> LiveWindow:
    opened: list[object] = []
    worker.open(server, lambda _store: None, opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=WAIT_MS)
    window = LiveWindow(worker, MEETING, lang="ko", clock=Clock(), drafts_path=drafts)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    with qtbot.waitSignal(window.started, timeout=WAIT_MS):
        window.start()
    settle(qtbot, window)
    return window


def type_in(qtbot: QtBot, window: LiveWindow, text: str) -> None:
    window.entry.insertPlainText(text)
    qtbot.keyClick(window.entry, Qt.Key.Key_Return)


def stored(server: Server) -> list[str]:
    store = open_database(server)
    try:
        state = live_state(store, MEETING)
        present = [r.person.name for r in state.attendance if r.status is AttendanceStatus.PRESENT]
        return [r.text for r in state.remarks] + [d.text for d in state.decisions] + present
    finally:
        store.close()


def test_what_is_typed_while_the_server_is_gone_is_kept_shown_and_sent_once(
    qtbot: QtBot,
    korean: None,
    worker: Worker,
    private_cluster: Cluster,
    server: Server,
    tmp_path: Path,
) -> None:
    live = live_on(qtbot, worker, server, tmp_path / "drafts.sqlite3")
    live.live_actions.start_session.trigger()
    qtbot.waitUntil(lambda: live.session.running, timeout=WAIT_MS)
    type_in(qtbot, live, "연결이 끊기기 전의 발언")
    qtbot.waitUntil(lambda: len(live.remark_model.saved) == 1, timeout=WAIT_MS)
    assert not live.session_bar.unsent.isVisible()

    private_cluster.stop("immediate")  # the server killed mid-session
    typed = ["서버가 멈춘 뒤 첫 발언", "결정: 원안대로 의결함", "서버가 멈춘 뒤 셋째 발언"]
    type_in(qtbot, live, typed[0])
    type_filter(live, "ㅊㅇㅈ")  # 최영조 arrives meanwhile: checked in with Enter
    qtbot.keyClick(live.attendance.filter, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: live.session.unsent.count == 2, timeout=WAIT_MS)
    assert status_of(live, "최영조") is AttendanceStatus.PRESENT  # shown as marked
    live.entry.setFocus()
    for text in typed[1:]:
        type_in(qtbot, live, text)
    qtbot.waitUntil(lambda: live.session.unsent.count == 4, timeout=WAIT_MS)
    settle(qtbot, live)
    badge = live.session_bar.unsent
    assert badge.isVisible() and badge.text() == "서버에 아직 없음 4건"
    assert [p.text for p in live.remark_model.pending] == typed
    assert all(p.kept for p in live.remark_model.pending)
    assert live.entry.toPlainText() == ""  # kept, not given back to retype
    assert "이 컴퓨터에 보관" in live.save_status.message
    shot(live, "live-not-yet-on-server.png")

    private_cluster.start()
    qtbot.waitUntil(lambda: live.session.unsent.count == 0, timeout=BACK_MS)
    qtbot.waitUntil(lambda: not live.remark_model.pending, timeout=WAIT_MS)
    settle(qtbot, live)
    assert not badge.isVisible()
    assert live.save_status.message.startswith("서버가 다시 응답합니다")
    assert [r.text for r in live.remark_model.saved] == [
        "연결이 끊기기 전의 발언",
        "서버가 멈춘 뒤 첫 발언",
        "서버가 멈춘 뒤 셋째 발언",
    ]
    assert [d.text for d in live.session.state.decisions] == ["원안대로 의결함"]
    assert status_of(live, "최영조") is AttendanceStatus.PRESENT
    shot(live, "live-sent-after-reconnect.png")
    # Sent once each, in the order typed; undo takes back the last one sent.
    assert stored(server) == [
        "연결이 끊기기 전의 발언",
        "서버가 멈춘 뒤 첫 발언",
        "서버가 멈춘 뒤 셋째 발언",
        "원안대로 의결함",
        "최영조",
        "정수민",  # the speaker (배석): checked in as they first spoke, before the loss
    ]
    live.live_actions.undo.trigger()
    qtbot.waitUntil(lambda: len(live.remark_model.saved) == 2, timeout=WAIT_MS)
    live.close()


CRASHING = """
import os, signal, sys
from datetime import datetime
from pathlib import Path
from gsmeet.domain.locations import parse_server
from gsmeet.services.live.outbox import NotYetOnServer, open_outbox, send_entry
from gsmeet.services.live.outbox import open_outbox
from gsmeet.services.live.session import live_state, start_session
from gsmeet.storage.server import open_server

store = open_server(parse_server(sys.argv[1]))
outbox = open_outbox(Path(sys.argv[2]))
item = live_state(store, 3).current_item_id
print("ready", flush=True)
sys.stdin.readline()  # the server is stopped now
for number, text in enumerate(["창이 죽기 전 첫 발언", "창이 죽기 전 둘째 발언"]):
    try:
        send_entry(store, outbox, 3, item, text, speaker_id=None,
                   now=datetime(2019, 11, 28, 14, 10 + number), uid=f"{number + 1:032x}")
    except NotYetOnServer:
        print("kept", flush=True)
os.kill(os.getpid(), signal.SIGKILL)  # the window dies with the entries unsent
"""


def test_entries_kept_by_a_window_that_died_are_sent_when_live_mode_opens_again(
    qtbot: QtBot,
    korean: None,
    worker: Worker,
    private_cluster: Cluster,
    server: Server,
    tmp_path: Path,
) -> None:
    drafts = tmp_path / "drafts.sqlite3"
    store = open_database(server)
    try:
        start_session(store, MEETING, now=datetime(2019, 11, 28, 14, 0))
    finally:
        store.close()
    with subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(CRASHING), server.url, str(drafts)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as dying:
        assert dying.stdout is not None and dying.stdin is not None
        assert dying.stdout.readline().strip() == "ready"
        private_cluster.stop("immediate")
        dying.stdin.write("go\n")
        dying.stdin.flush()
        assert dying.wait(timeout=120) == -signal.SIGKILL
        assert dying.stdout.read().split() == ["kept", "kept"]
    private_cluster.start()
    # And one the server will refuse for good (its item gone meanwhile): not lost either.
    book = open_outbox(drafts)
    gone = {
        "meeting_id": MEETING,
        "item_id": 999_999,
        "speaker_id": None,
        "at": "2019-11-28T14:20:00",
    }
    book.keep(server, MEETING, "9" * 32, "entry", {**gone, "text": "항목이 사라진 발언"})
    book.close()

    live = live_on(qtbot, worker, server, drafts)  # the next start
    assert live.entry.toPlainText() == "항목이 사라진 발언"
    assert live.save_status.message.startswith("저장되지 않음")
    live.entry.clear()
    assert [r.text for r in live.remark_model.saved] == [
        "창이 죽기 전 첫 발언",
        "창이 죽기 전 둘째 발언",
    ]
    assert live.session.unsent.count == 0 and not live.session_bar.unsent.isVisible()
    live.close()
    settle(qtbot, live)
    assert stored(server) == ["창이 죽기 전 첫 발언", "창이 죽기 전 둘째 발언"]


def test_on_a_file_entries_go_straight_to_it_with_no_outbox(
    qtbot: QtBot, live: LiveWindow, prepared: Prepared
) -> None:
    """A file's commit is on this computer's disk already: nothing is kept aside."""
    type_in(qtbot, live, "파일에 바로 저장되는 발언")
    qtbot.waitUntil(lambda: len(live.remark_model.saved) == 1, timeout=WAIT_MS)
    assert live.session.unsent.book is None and live.session.unsent.count == 0
    assert not (prepared.drafts.parent / OUTBOX_FILE).exists()
    assert not live.session_bar.unsent.isVisible()
