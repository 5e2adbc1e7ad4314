"""The commands that only write a document from the record (``gsmeet minutes``,
``gsmeet signin``) read a database file with ``sqlite3`` alone, a server with psycopg
alone: SQLAlchemy is never imported (its import and first statements cost more than
the rest of the command). A database that needs more than reading — here a file of an
older schema — still goes the full way. The files are those the full way writes, byte
for byte."""

from __future__ import annotations

import shutil
import socket
import sqlite3
import subprocess
import sys
from collections.abc import Callable
from contextlib import suppress
from datetime import date, datetime
from pathlib import Path

import pytest

from gsmeet.cli import main
from gsmeet.cli.common import EXIT_ERROR
from gsmeet.domain.locations import Server
from gsmeet.services.minutes.documents import write_minutes
from gsmeet.services.minutes.issue import issue_minutes
from gsmeet.services.record import find_meeting_id
from gsmeet.services.store import open_database
from gsmeet.storage import conninfo
from gsmeet.storage.db import open_store
from gsmeet.storage.schema import HEAD_REVISION

from .services.minutes.conftest import confirm

GOLDEN = Path(__file__).parent / "storage" / "golden"
# The older schema the full way must upgrade: named, so a new golden file changes nothing here.
OLDER_REVISION = "0008"

# Runs the command in a child process and says, last, which SQLAlchemy modules it loaded.
CHILD = """
import sys
from gsmeet.cli import main
status = main(sys.argv[1:])
print("loaded:", sorted(m for m in sys.modules if m.split(".")[0] == "sqlalchemy")[:3])
sys.exit(status)
"""


def run(*args: str | Path) -> tuple[subprocess.CompletedProcess[str], str]:
    result = subprocess.run(
        [sys.executable, "-c", CHILD, *map(str, args)],
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    return result, result.stdout.strip().splitlines()[-1]


def test_a_draft_and_its_sign_in_sheet_are_written_without_sqlalchemy(
    demo_db: Path, tmp_path: Path
) -> None:
    out = tmp_path / "minutes.pdf"
    result, loaded = run(
        "minutes", "--db", demo_db, "--meeting", "2019-08-22", "--written-on", "2019-08-30",
        "--out", out,
    )  # fmt: skip
    assert loaded == "loaded: []"
    assert "minutes.pdf" in result.stdout
    store = open_store(demo_db)
    try:
        meeting = find_meeting_id(store, "2019-08-22")
        write_minutes(store, meeting, tmp_path / "full.pdf", written_on=date(2019, 8, 30))
    finally:
        store.close()
    assert out.read_bytes() == (tmp_path / "full.pdf").read_bytes()
    _, loaded = run("signin", "--db", demo_db, "--meeting", "2", "--out", tmp_path / "s.pdf")
    assert loaded == "loaded: []"
    assert (tmp_path / "s.pdf").read_bytes().startswith(b"%PDF")


def test_issued_minutes_are_the_kept_file_without_sqlalchemy(demo_db: Path, tmp_path: Path) -> None:
    store = open_store(demo_db)
    try:
        meeting = find_meeting_id(store, "2019-08-22")
        confirm(store, meeting)
        issued = tmp_path / "issued.pdf"
        issue_minutes(store, meeting, issued, issued_at=datetime(2019, 9, 2, 10))
    finally:
        store.close()
    out = tmp_path / "again.pdf"
    _, loaded = run("minutes", "--db", demo_db, "--meeting", "2019-08-22", "--out", out)
    assert loaded == "loaded: []"
    assert out.read_bytes() == issued.read_bytes()


def test_a_file_of_an_older_schema_goes_the_full_way(tmp_path: Path) -> None:
    assert OLDER_REVISION != HEAD_REVISION
    old = tmp_path / "old.db"
    shutil.copyfile(GOLDEN / f"schema-{OLDER_REVISION}-demo.db", old)
    out = tmp_path / "minutes.pdf"
    _, loaded = run("minutes", "--db", old, "--meeting", "2019-08-22", "--out", out)
    assert loaded.startswith("loaded: ['sqlalchemy")  # upgraded by the full way first
    assert out.read_bytes().startswith(b"%PDF")


def test_minutes_from_a_server_are_written_without_sqlalchemy(
    server_database: Callable[..., Server], tmp_path: Path
) -> None:
    server = server_database("demo")
    out = tmp_path / "minutes.pdf"
    _, loaded = run(
        "minutes", "--db", server.url, "--meeting", "2019-08-22", "--written-on", "2019-08-30",
        "--out", out,
    )  # fmt: skip
    assert loaded == "loaded: []"
    store = open_database(server)
    try:
        meeting = find_meeting_id(store, "2019-08-22")
        write_minutes(store, meeting, tmp_path / "full.pdf", written_on=date(2019, 8, 30))
    finally:
        store.close()
    assert out.read_bytes() == (tmp_path / "full.pdf").read_bytes()


def test_a_server_that_never_answers_is_waited_for_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A server that accepts the connection and then says nothing: the plain reader waits
    its time limit once and says what the full way says; it does not hand over to the
    full way, which would wait the same time again."""
    monkeypatch.setattr(conninfo, "CONNECT_TIMEOUT_S", 1)  # psycopg waits 2 s at least
    with socket.create_server(("127.0.0.1", 0), backlog=8) as listener:
        port = listener.getsockname()[1]
        url = f"postgresql://gsmeet@127.0.0.1:{port}/x"
        status = main(["minutes", "--db", url, "--meeting", "2", "--out", str(tmp_path / "m.pdf")])
        # The kernel completed every connection attempt into the backlog; none was answered.
        listener.setblocking(False)
        attempts = []
        with suppress(BlockingIOError):
            while True:
                attempts.append(listener.accept()[0])
        for attempt in attempts:
            attempt.close()
    assert status == EXIT_ERROR
    assert len(attempts) == 1
    assert capsys.readouterr().err.strip() == (
        f"gsmeet: error: {url}: the server cannot be reached; check that it runs and the address"
    )
    assert not (tmp_path / "m.pdf").exists()


def test_a_read_failing_half_way_is_said_the_full_way(
    demo_db: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """The file passes the plain reader's checks, then a page of its sessions is
    damaged before they are read: the command says what the full way says of that file
    (damaged, with what restores it), exits 1 and writes nothing."""
    from gsmeet.storage import reader as module

    out = tmp_path / "m.pdf"
    command = ["minutes", "--db", str(demo_db), "--meeting", "2", "--out", str(out)]
    opened = module.open_file_reader
    readers: list[object] = []

    def open_then_damage(path: Path) -> module.FileReader | None:
        reader = opened(path)
        readers.append(reader)
        damage_table(path, "meeting")
        return reader

    monkeypatch.setattr(module, "open_file_reader", open_then_damage)
    status = main(command)
    said = capsys.readouterr().err
    assert readers and readers[0] is not None  # the plain reader had it open
    assert status == EXIT_ERROR
    assert not out.exists()
    assert "is damaged" in said
    monkeypatch.setattr(module, "open_file_reader", opened)
    assert main(command) == EXIT_ERROR  # the file damaged before: the full way's words
    assert capsys.readouterr().err == said
    assert not out.exists()


def damage_table(path: Path, table: str) -> None:
    """The first page of ``table`` overwritten with garbage."""
    with sqlite3.connect(path) as connection:
        (root,) = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)
        ).fetchone()
    connection.close()
    data = bytearray(path.read_bytes())
    size = int.from_bytes(data[16:18], "big")
    data[(root - 1) * size : root * size] = b"\xff" * size
    path.write_bytes(bytes(data))
