"""One operator per live session: the lease a live screen takes, renews and gives
back; another screen told who has it; a lease left by a crash taken over only when
asked, naming who had it; on both engines, and between two processes on a server."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from collections.abc import Callable
from datetime import datetime, timedelta

import pytest

from gsmeet.domain.locations import Server
from gsmeet.services.live.lease import (
    STALE_AFTER,
    LeftRunning,
    RunElsewhere,
    TakenOver,
    holder_of,
    leases,
    release_lease,
    renew_lease,
    take_lease,
)
from gsmeet.services.store import open_database
from gsmeet.storage.db import Store
from gsmeet.storage.engines import who

from ...conftest import server_only
from ...pgcluster import Cluster

MEETING = 3
AT = datetime(2019, 11, 28, 14, 0)


def test_one_screen_holds_the_lease_and_another_is_told_who(demo_store: Store) -> None:
    mine = take_lease(demo_store, MEETING, "a" * 32, now=AT)
    with demo_store.session() as session:
        assert mine.holder == who(session) and not mine.stale
    again = take_lease(demo_store, MEETING, "a" * 32, now=AT + timedelta(seconds=5))
    assert again.taken_at == AT and again.renewed_at == AT + timedelta(seconds=5)
    with pytest.raises(RunElsewhere) as told:
        take_lease(demo_store, MEETING, "b" * 32, now=AT + timedelta(seconds=10))
    assert told.value.fields["holder"] == mine.holder and told.value.fields["number"] == 3
    renew_lease(demo_store, MEETING, "a" * 32, now=AT + timedelta(seconds=20))
    release_lease(demo_store, MEETING, "b" * 32)  # not its lease: nothing happens
    assert set(leases(demo_store, now=AT)) == {MEETING}
    release_lease(demo_store, MEETING, "a" * 32)
    assert holder_of(demo_store, MEETING, now=AT) is None
    take_lease(demo_store, MEETING, "b" * 32, now=AT + timedelta(seconds=30))


def test_a_crashed_screens_lease_is_taken_over_only_when_asked(demo_store: Store) -> None:
    take_lease(demo_store, MEETING, "a" * 32, now=AT)
    later = AT + STALE_AFTER + timedelta(seconds=1)
    held = holder_of(demo_store, MEETING, now=later)
    assert held is not None and held.stale
    with pytest.raises(LeftRunning) as told:
        take_lease(demo_store, MEETING, "b" * 32, now=later)
    assert told.value.fields["renewed"] == AT
    taken = take_lease(demo_store, MEETING, "b" * 32, now=later, take_over=True)
    assert taken.taken_at == later and not taken.stale
    # The first screen comes back (the laptop woke up): it is told, and does not win.
    with pytest.raises(TakenOver):
        renew_lease(demo_store, MEETING, "a" * 32, now=later + timedelta(seconds=5))
    release_lease(demo_store, MEETING, "a" * 32)
    assert holder_of(demo_store, MEETING, now=later) == taken


HOLD_AS = """
import sys
from datetime import datetime
from gsmeet.domain.locations import parse_server
from gsmeet.services.live.lease import take_lease
from gsmeet.services.store import open_database

store = open_database(parse_server(sys.argv[1]))
take_lease(store, 3, "c" * 32, now=datetime.now())
store.close()
"""


@server_only
def test_a_second_process_on_the_server_is_told_who_runs_the_session(
    pg_cluster: Cluster, server_database: Callable[..., Server], engine: str
) -> None:
    server = server_database("demo")
    pg_cluster.colleague("lee", server.database)
    ran = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(HOLD_AS), pg_cluster.url(server.database, "lee")],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert ran.returncode == 0, ran.stderr
    store = open_database(server)
    try:
        with pytest.raises(RunElsewhere) as told:
            take_lease(store, MEETING, "d" * 32, now=datetime.now())
        assert told.value.fields["holder"] == "lee"
    finally:
        store.close()
