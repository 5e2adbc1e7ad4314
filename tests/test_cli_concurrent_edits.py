"""A command-line edit on a server database while the window on another laptop edits
the same row: the command loaded the row before the window's change was committed, and
writes after it. Its write is checked as the window's are (the row read again under
``FOR UPDATE``, its version against the one loaded): it waits for the window's row
lock, finds the window's version and is refused in the one translated line the window
shows — never writing over the window's change with the version it had itself.

(On a database file the command takes the single-instance lock, so the window and a
writing command never overlap: tests/test_cli_lock.py.)"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select

from gsmeet.domain.locations import Server
from gsmeet.services.store import open_database
from gsmeet.storage.models import Membership, Person

from .conftest import Ran, RunCli, server_only
from .pgcluster import Cluster
from .services.test_stale_edits_server import WAIT_S, waiting_on_a_lock

NAME = "김태형"

# The window on another laptop (logged in as lee): 김태형's 소속 corrected, written and
# locked, not yet committed.
WINDOW = """
import sys
from sqlalchemy import select
from gsmeet.domain.locations import parse_server
from gsmeet.services.store import open_database
from gsmeet.storage.models import Membership, Person

store = open_database(parse_server(sys.argv[1]))
with store.session() as session:
    member = session.scalars(
        select(Membership)
        .join(Person, Person.id == Membership.person_id)
        .where(Person.name == sys.argv[2])
        .order_by(Membership.term_start.desc(), Membership.id.desc())
    ).first()
    member.organisation = "lee가 고친 소속"
    session.flush()
    print("held", member.id, flush=True)
    sys.stdin.readline()  # until told to commit
store.close()
"""

EDITS = {
    "leave": ("member", "leave", "--name", NAME, "--on", "2019-09-01", "--reason", "사임"),
    "renew": ("member", "renew", "--until", "2022-10-31", "--name", NAME),
}


Row = tuple[object, ...]


def _member(cluster: Cluster, database: str, membership_id: int) -> Row:
    (row,) = cluster.sql(
        "SELECT organisation, left_on, term_end, version, changed_by FROM membership "
        f"WHERE id = {membership_id}",
        database,
    )
    return row


def race(cluster: Cluster, server: Server, command: Callable[[], Ran]) -> tuple[Ran, int, Row]:
    """``command`` run while the window holds its change of 김태형's membership: it
    reads the row, waits for the window's lock, and the window commits. What the
    command said, the membership's id, and the row as it was before."""
    cluster.colleague("lee", server.database)
    window = cluster.url(server.database, user="lee")
    outcome: list[Ran] = []
    script = [sys.executable, "-c", textwrap.dedent(WINDOW), window, NAME]
    with subprocess.Popen(script, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True) as lee:
        assert lee.stdout is not None and lee.stdin is not None
        held, membership_id = lee.stdout.readline().split()
        assert held == "held"
        before = _member(cluster, server.database, int(membership_id))
        runner = threading.Thread(target=lambda: outcome.append(command()))
        runner.start()
        deadline = time.monotonic() + WAIT_S
        while not waiting_on_a_lock(cluster, server.database):  # read, now waits
            assert time.monotonic() < deadline and runner.is_alive()
            time.sleep(0.05)
        lee.stdin.write("\n")
        lee.stdin.close()
        assert lee.wait(timeout=WAIT_S) == 0
        runner.join(timeout=WAIT_S)
        assert not runner.is_alive()
    (result,) = outcome
    return result, int(membership_id), before


def refused_naming_the_window(result: Ran) -> None:
    """The window's own line for a change it could not see, in Korean."""
    assert result.returncode == 1 and result.stdout == ""
    (line,) = result.stderr.splitlines()
    assert line.startswith(f"gsmeet: 오류: {NAME}(위촉 기록): "), line
    assert "lee" in line and "(소속). 이번 변경은 저장하지 않았고" in line, line


@server_only
@pytest.mark.parametrize("edit", sorted(EDITS))
def test_a_command_edit_after_the_window_committed_is_refused_not_written_over(
    pg_cluster: Cluster,
    server_database: Callable[..., Server],
    gsmeet: RunCli,
    engine: str,
    edit: str,
) -> None:
    server = server_database("demo")
    command, verb, *rest = EDITS[edit]
    result, membership_id, before = race(
        pg_cluster,
        server,
        lambda: gsmeet("--lang", "ko", command, verb, "--db", str(server), *rest),
    )
    refused_naming_the_window(result)
    organisation, left_on, term_end, version, changed_by = _member(
        pg_cluster, server.database, membership_id
    )
    assert organisation == "lee가 고친 소속" and changed_by == "lee"  # the window's, kept
    assert (left_on, term_end) == before[1:3]  # the command wrote nothing
    assert version == int(str(before[3])) + 1  # the window's version, not raised again

    # Run again, on the row as it is now, the command does what it was asked.
    again = gsmeet(command, verb, "--db", str(server), *rest)
    assert again.returncode == 0, again.stderr
    after = _member(pg_cluster, server.database, membership_id)
    assert after[0] == "lee가 고친 소속" and after[1:3] != before[1:3]


@server_only
def test_a_checkin_does_not_write_over_what_the_window_committed_meanwhile(
    pg_cluster: Cluster,
    server_database: Callable[..., Server],
    gsmeet: RunCli,
    engine: str,
    tmp_path: Path,
) -> None:
    """The check-in's merge reads the server's rows, then writes the laptop's changes
    with statements of its own: those rows are checked as any edit's."""
    server, laptop = server_database("demo"), tmp_path / "laptop.db"
    taken = gsmeet("checkout", "--db", str(server), "--meeting", "3", "--out", laptop)
    assert taken.returncode == 0, taken.stderr
    store = open_database(laptop)
    try:
        with store.session() as s:
            member = s.scalars(
                select(Membership)
                .join(Person, Person.id == Membership.person_id)
                .where(Person.name == NAME)
                .order_by(Membership.term_start.desc(), Membership.id.desc())
            ).first()
            assert member is not None
            member.organisation = "노트북에서 고친 소속"
    finally:
        store.close()

    result, membership_id, _ = race(
        pg_cluster, server, lambda: gsmeet("--lang", "ko", "checkin", "--db", str(server), laptop)
    )
    refused_naming_the_window(result)
    assert _member(pg_cluster, server.database, membership_id)[0] == "lee가 고친 소속"

    # Checked in again, it is a conflict of the two changes, listed for the secretary.
    listed = gsmeet("checkin", "--db", str(server), laptop)
    assert listed.returncode == 1 and "--keep" in listed.stderr, listed.stderr
    assert _member(pg_cluster, server.database, membership_id)[0] == "lee가 고친 소속"
