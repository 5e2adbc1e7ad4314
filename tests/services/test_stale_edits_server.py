"""Two secretaries editing one register row at the same moment on a server: the second
edit's check waits for the first's row lock, then finds the first's version and is
refused naming its role — it never writes over a change it could not see (the row is
read again under ``FOR UPDATE``, not trusted as loaded)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable

from gsmeet.domain.edits import ChangedMeanwhile
from gsmeet.domain.enums import Field
from gsmeet.domain.locations import Server
from gsmeet.domain.register import seen_in
from gsmeet.services.edits import based_on
from gsmeet.services.register import framework as frame
from gsmeet.services.register import strategy_tree
from gsmeet.services.store import open_database

from ..conftest import server_only
from ..pgcluster import Cluster
from .register.conftest import COMMITTEE, DAY

WAIT_S = 60.0

HOLD_AS = """
import sys
from gsmeet.domain.locations import parse_server
from gsmeet.services.store import open_database
from gsmeet.storage.models import Track

store = open_database(parse_server(sys.argv[1]))
with store.session() as session:
    track = session.get(Track, int(sys.argv[2]), with_for_update=True)
    track.name = sys.argv[3]
    session.flush()  # changed and locked, not yet committed
    print("held", flush=True)
    sys.stdin.readline()  # until told to commit
store.close()
"""


def waiting_on_a_lock(cluster: Cluster, database: str) -> bool:
    rows = cluster.sql(
        "SELECT count(*) FROM pg_stat_activity "
        f"WHERE datname = '{database}' AND wait_event_type = 'Lock'"
    )
    return bool(rows and rows[0][0])


@server_only
def test_an_edit_at_the_same_moment_waits_and_is_refused(
    pg_cluster: Cluster, server_database: Callable[..., Server], engine: str
) -> None:
    server = server_database("demo")
    pg_cluster.colleague("lee", server.database)
    store = open_database(server)
    tracks = strategy_tree(store, COMMITTEE, today=DAY)
    shown, track = seen_in(tracks), tracks[0]
    other = pg_cluster.url(server.database, user="lee")
    outcome: list[BaseException] = []

    def move() -> None:
        try:
            with based_on(shown):
                frame.move_track(store, track.id, 1)
        except BaseException as problem:  # (handed to the test's thread)
            outcome.append(problem)

    command = [sys.executable, "-c", textwrap.dedent(HOLD_AS), other, str(track.id), "lee의 분야"]
    try:
        with subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        ) as lee:
            assert lee.stdout is not None and lee.stdin is not None
            assert lee.stdout.readline().strip() == "held"
            mover = threading.Thread(target=move)
            mover.start()
            deadline = time.monotonic() + WAIT_S
            while not waiting_on_a_lock(pg_cluster, server.database):  # the check waits
                assert time.monotonic() < deadline and mover.is_alive()
                time.sleep(0.05)
            lee.stdin.write("\n")
            lee.stdin.close()
            assert lee.wait(timeout=WAIT_S) == 0
            mover.join(timeout=WAIT_S)
            assert not mover.is_alive()
        after = strategy_tree(store, COMMITTEE, today=DAY)
    finally:
        store.close()
    assert len(outcome) == 1 and isinstance(outcome[0], ChangedMeanwhile)
    refused = outcome[0]
    assert refused.fields["by"] == "lee" and refused.fields["fields"] == [Field.TRACK_NAME]
    assert after[0].id == track.id and after[0].name == "lee의 분야"  # theirs, in place
