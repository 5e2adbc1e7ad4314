"""Changes on a server database announced as they commit (LISTEN/NOTIFY): a listener
of its own hears which tables a committed change wrote — also the live screen's
one-statement remark — and nothing of a change rolled back or of a lease renewed; a
lost listening connection is said as such, never waited on."""

from __future__ import annotations

import select
from collections.abc import Callable
from datetime import datetime

import pytest

from gsmeet.domain.locations import Server
from gsmeet.services.agenda import agenda, update_item
from gsmeet.services.live.entries import add_remark
from gsmeet.services.live.lease import listen, renew_lease, take_lease
from gsmeet.services.store import ChangeListener, open_database
from gsmeet.storage.db import Store
from gsmeet.storage.models import AgendaItem

from ..conftest import server_only, sqlite_only
from ..pgcluster import Cluster

WAIT_S = 20.0  # the most a notification may take to come on a busy machine
PLANNED = 3


def heard(listener: ChangeListener) -> frozenset[str]:
    """What the listener hears next (waiting on its socket, at most WAIT_S)."""
    readable, _, _ = select.select([listener.fileno()], [], [], WAIT_S)
    assert readable, "nothing heard"
    found = listener.take()
    assert found is not None
    return found


def nothing_pending(listener: ChangeListener) -> bool:
    readable, _, _ = select.select([listener.fileno()], [], [], 0)
    return not readable or listener.take() == frozenset()


@server_only
def test_a_committed_change_is_heard_with_its_tables(
    server_database: Callable[..., Server], engine: str
) -> None:
    server = server_database("demo")
    watcher, writer = open_database(server), open_database(server)
    listener = listen(watcher)
    assert listener is not None
    try:
        item = agenda(writer, PLANNED).items[0].item
        update_item(writer, item.id, planned_minutes=item.planned_minutes + 1)
        assert heard(listener) == {"agenda_item"}
        add_remark(writer, item.id, "예산 편성에 관한 발언", speaker_id=None, now=datetime.now())
        assert "remark" in heard(listener)
        # A change rolled back announces nothing, nor does a lease renewed.
        with pytest.raises(RuntimeError), writer.session() as session:
            session.get_one(AgendaItem, item.id).title = "되돌려질 제목"
            session.flush()
            raise RuntimeError("rolled back")
        take_lease(writer, PLANNED, "screen-1", now=datetime(2019, 11, 28, 14, 0))
        renew_lease(writer, PLANNED, "screen-1", now=datetime(2019, 11, 28, 14, 1))
        assert nothing_pending(listener)
    finally:
        listener.close()
        watcher.close()
        writer.close()


@server_only
def test_a_lost_listening_connection_is_said(
    pg_cluster: Cluster, server_database: Callable[..., Server], engine: str
) -> None:
    server = server_database("demo")
    store = open_database(server)
    listener = listen(store)
    assert listener is not None
    try:
        pg_cluster.sql(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE query LIKE 'LISTEN%' AND datname = current_database()",
            server.database,
        )
        found: frozenset[str] | None = frozenset()
        for _word in range(5):  # its last words (the server's FATAL), then its end
            readable, _, _ = select.select([listener.fileno()], [], [], WAIT_S)
            assert readable
            found = listener.take()
            if found is None:
                break
            assert found == frozenset()
        assert found is None
    finally:
        listener.close()
        store.close()


@sqlite_only
def test_a_file_has_nothing_to_listen_to(demo_store: Store, engine: str) -> None:
    assert listen(demo_store) is None
