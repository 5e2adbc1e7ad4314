"""Entries typed while the server is gone reach it exactly once, in order (issue 13,
a lost connection): kept in this computer's outbox first, sent when the server is back;
an entry the server committed but whose answer was lost is not stored twice.

The server is a private cluster of this module's (fsync on), stopped the hard way
(``pg_ctl stop -m immediate``: every server process killed, crash recovery at the next
start) and started again, which no other test sees."""

from __future__ import annotations

import stat
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from gsmeet.domain.entry import EntryKind
from gsmeet.domain.enums import AttendanceStatus
from gsmeet.domain.locations import Server, parse_server
from gsmeet.services.live.entries import add_entry
from gsmeet.services.live.outbox import (
    NotYetOnServer,
    OutboxBook,
    open_outbox,
    send_check_in,
    send_entry,
    send_kept,
)
from gsmeet.services.live.session import live_state, start_session
from gsmeet.services.store import open_for_window
from gsmeet.storage.db import Store
from gsmeet.storage.models import Decision, Remark
from gsmeet.storage.outbox import OUTBOX_FILE
from gsmeet.storage.server import ServerStore, open_server

from ...pgcluster import Cluster, throwaway_cluster

MEETING = 3
T0 = datetime(2019, 11, 28, 14, 0)


@pytest.fixture(scope="module")
def private_cluster() -> Iterator[Cluster]:
    with throwaway_cluster(durable=True) as cluster:
        yield cluster


@pytest.fixture(scope="module")
def outbox_template(private_cluster: Cluster) -> str:
    from gsmeet.demo.build import build_demo

    store = open_server(parse_server(private_cluster.create_database("outbox_demo")))
    try:
        build_demo(store)
    finally:
        store.close()
    return "outbox_demo"


@pytest.fixture
def server(
    private_cluster: Cluster, outbox_template: str, request: pytest.FixtureRequest
) -> Iterator[Server]:
    name = f"outbox_{request.node.name.split('[')[0][-40:]}"
    location = parse_server(private_cluster.create_database(name, outbox_template))
    yield location
    if not _running(private_cluster):
        private_cluster.start()
    private_cluster.drop_database(name)


@pytest.fixture
def store(server: Server) -> Iterator[ServerStore]:
    opened = open_server(server)
    yield opened
    opened.close()


@pytest.fixture
def outbox(tmp_path: Path) -> Iterator[OutboxBook]:
    book = open_outbox(tmp_path / "drafts.sqlite3")
    yield book
    book.close()


class Watched:
    """The outbox, with the order of what was asked of it."""

    def __init__(self, book: OutboxBook) -> None:
        self.book = book
        self.calls: list[str] = []

    def __getattr__(self, name: str) -> Any:
        self.calls.append(name)
        return getattr(self.book, name)


def _running(cluster: Cluster) -> bool:
    return (cluster.data / "postmaster.pid").exists()


def _first_item(store: ServerStore | Store) -> int:
    state = start_session(store, MEETING, now=T0)
    assert state.current_item_id is not None
    return state.current_item_id


def _remarks(store: ServerStore | Store, item_id: int) -> list[str]:
    return [r.text for r in live_state(store, MEETING).remarks if r.agenda_item_id == item_id]


def _send(store: ServerStore, book: Any, item: int, text: str, minute: int) -> str:
    uid = f"{minute:032x}"
    at = T0 + timedelta(minutes=minute)
    send_entry(store, book, MEETING, item, text, speaker_id=None, now=at, uid=uid)
    return uid


def test_entries_typed_while_the_server_is_gone_reach_it_once_in_order(
    private_cluster: Cluster, store: ServerStore, outbox: OutboxBook
) -> None:
    item = _first_item(store)
    _send(store, outbox, item, "연결이 끊기기 전의 발언", 1)
    assert outbox.count(store.location) == 0  # sent: nothing kept

    private_cluster.stop("immediate")  # the server killed mid-session
    typed = ["첫째 발언", "결정: 원안대로 의결함", "셋째 발언"]
    watched = Watched(outbox)
    for number, text in enumerate(typed, start=1):
        with pytest.raises(NotYetOnServer) as kept:
            _send(store, watched, item, text, 1 + number)
        assert kept.value.fields["count"] == number
        after_keep = watched.calls[len(watched.calls) - watched.calls[::-1].index("keep") :]
        assert "secure" in after_keep  # on the disk before the screen is told
    assert [k.payload["text"] for k in outbox.unsent(store.location)] == typed
    assert send_kept(store, outbox).left == 3  # still gone: all kept, none lost

    private_cluster.start()
    flushed = send_kept(store, outbox)
    assert flushed.lost is None and flushed.left == 0 and not flushed.refused
    kinds = [s.result.kind for s in flushed.sent]
    assert kinds == [EntryKind.REMARK, EntryKind.DECISION, EntryKind.REMARK]
    assert _remarks(store, item) == ["연결이 끊기기 전의 발언", "첫째 발언", "셋째 발언"]
    state = live_state(store, MEETING)
    assert [d.text for d in state.decisions] == ["원안대로 의결함"]
    assert outbox.count(store.location) == 0
    assert send_kept(store, outbox).sent == ()  # nothing sent twice
    assert _remarks(store, item).count("첫째 발언") == 1


def test_an_entry_committed_whose_answer_was_lost_is_not_stored_twice(
    store: ServerStore, outbox: OutboxBook
) -> None:
    item = _first_item(store)
    uid = "c" * 32
    at = T0 + timedelta(minutes=3)
    first = add_entry(store, MEETING, item, "한 번만 저장될 발언", speaker_id=None, now=at, uid=uid)
    # What a lost answer (or a crash between the commit and forgetting it) leaves: the
    # server has the remark, the outbox still keeps it.
    payload = {"meeting_id": MEETING, "item_id": item, "text": "한 번만 저장될 발언"}
    outbox.keep(
        store.location, MEETING, uid, "entry", {**payload, "speaker_id": None, "at": at.isoformat()}
    )
    flushed = send_kept(store, outbox)
    assert [s.uid for s in flushed.sent] == [uid]
    assert flushed.sent[0].result.remark == first.remark
    assert _remarks(store, item) == ["한 번만 저장될 발언"]
    with store.session() as session:
        assert (
            session.scalar(select(func.count()).select_from(Remark).where(Remark.uid == uid)) == 1
        )


def test_an_entry_the_server_refuses_for_good_leaves_the_outbox(
    store: ServerStore, outbox: OutboxBook
) -> None:
    item = _first_item(store)
    at = T0.isoformat()
    for uid, target in (("d" * 32, 999_999), ("e" * 32, item)):  # no item 999999
        payload = {
            "meeting_id": MEETING,
            "item_id": target,
            "text": "발언",
            "speaker_id": None,
            "at": at,
        }
        outbox.keep(store.location, MEETING, uid, "entry", payload)
    flushed = send_kept(store, outbox)
    assert [r.uid for r in flushed.refused] == ["d" * 32]
    assert [s.uid for s in flushed.sent] == ["e" * 32]  # the next one is not held up
    assert outbox.count(store.location) == 0


def test_the_outbox_is_owner_only_and_keyed_by_database(
    tmp_path: Path, outbox: OutboxBook, server: Server
) -> None:
    other = parse_server(server.url.replace(server.database, "elsewhere"))
    outbox.keep(server, MEETING, "f" * 32, "entry", {"text": "가"})
    outbox.keep(server, MEETING, "f" * 32, "entry", {"text": "가"})  # the same entry: once
    assert outbox.count(server) == 1 and outbox.count(other) == 0
    mode = (tmp_path / OUTBOX_FILE).stat().st_mode
    assert stat.S_IMODE(mode) == 0o600


def test_a_uid_given_twice_stores_one_entry_on_either_engine(demo_store: Store) -> None:
    item = _first_item(demo_store)
    for _ in range(2):
        add_entry(demo_store, MEETING, item, "결정: 한 번", speaker_id=None, now=T0, uid="a" * 32)
    with demo_store.session() as session:
        assert (
            session.scalar(
                select(func.count()).select_from(Decision).where(Decision.uid == "a" * 32)
            )
            == 1
        )


def test_the_window_opening_a_server_database_sends_what_an_earlier_run_left(
    data_dir: Path, store: ServerStore, server: Server
) -> None:
    """Before the main window reads anything (its minutes, its exports), not only when
    live mode opens again."""
    item = _first_item(store)
    book = open_outbox()  # the data folder's, beside drafts.sqlite3
    payload = {"meeting_id": MEETING, "item_id": item, "speaker_id": None, "at": T0.isoformat()}
    book.keep(server, MEETING, "1" * 32, "entry", {**payload, "text": "남겨진 발언"})
    book.close()
    assert (data_dir / OUTBOX_FILE).exists()
    opened = open_for_window(server)
    try:
        assert _remarks(opened, item) == ["남겨진 발언"]
    finally:
        opened.close()
    book = open_outbox()
    assert book.count(server) == 0
    book.close()


def test_a_check_in_sent_again_changes_nothing(store: ServerStore, outbox: OutboxBook) -> None:
    """An attendance mark needs no uid to be stored once: sent again, someone present
    stays present with the arrival first recorded."""
    _first_item(store)
    person = live_state(store, MEETING).attendance[0].person.id
    first = T0 + timedelta(minutes=1)
    send_check_in(
        store,
        outbox,
        MEETING,
        person,
        status=AttendanceStatus.PRESENT,
        now=first,
        reason="",
        proxy_name="",
        uid="2" * 32,
    )
    payload = {
        "meeting_id": MEETING,
        "person_id": person,
        "status": "present",
        "at": (first + timedelta(minutes=5)).isoformat(),
        "reason": "",
        "proxy_name": "",
    }
    outbox.keep(store.location, MEETING, "2" * 32, "check_in", payload)  # its answer lost
    assert len(send_kept(store, outbox).sent) == 1
    row = next(r for r in live_state(store, MEETING).attendance if r.person.id == person)
    assert row.status is AttendanceStatus.PRESENT and row.arrived_at == first
