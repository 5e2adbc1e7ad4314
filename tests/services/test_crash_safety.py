"""Crash safety of the live session (reliability.md, scenarios 1 and 2), without Qt.

A child process saves remarks in a loop through ``add_entry`` (and a draft before
each, as the live screen does while typing) and prints each remark's id once the call
has returned, i.e. once it would show as saved. The parent kills it once it has
reported a random number of saves, wherever it then is in the next one (a condition,
not a wait: on a busy machine the child is slower, not the test wrong), and checks
that every reported remark is in the database with its text, that the draft is the
last one typed, and that ``PRAGMA integrity_check`` says ``ok``.

Children are forked from one "zygote" process that has imported gsmeet already, so a
run costs its saves, not a second of imports. ``GSMEET_SOAK=1`` runs 300 kills.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from gsmeet.domain.enums import AgendaKind
from gsmeet.services.live.session import live_state, start_session
from gsmeet.storage.db import open_store
from gsmeet.storage.models import AgendaItem, Meeting

ROOT = Path(__file__).resolve().parents[2]
SOAK = os.environ.get("GSMEET_SOAK") == "1"
KILL_RUNS = 300 if SOAK else 15

ZYGOTE = r"""
import os, signal, sys, traceback
from datetime import datetime
from pathlib import Path

from gsmeet.services.live.entries import add_entry
from gsmeet.services.live.session import live_state, start_session
from gsmeet.storage.drafts import open_drafts
from gsmeet.storage.db import open_store


def child(out, database, drafts_path, meeting_id, item_id, run):
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.dup2(fd, 1)
    sys.stdout = os.fdopen(1, "w", encoding="utf-8", closefd=False)
    stopping = []
    # SIGTERM (an OS shutdown): finish the save under way, then leave cleanly.
    signal.signal(signal.SIGTERM, lambda *_: stopping.append(True))
    store = open_store(Path(database), exclusive=True)
    drafts = open_drafts(Path(drafts_path))
    print("ready", flush=True)
    i = 0
    while not stopping:
        text = f"remark {run}-{i}"
        drafts.save_draft(Path(database), meeting_id, "remark", text + " …")
        saved = add_entry(
            store, meeting_id, item_id, text, speaker_id=None, now=datetime.now()
        )
        print(saved.remark.id, text, flush=True)
        i += 1
    drafts.close()
    store.close()
    print("closed", flush=True)


for line in sys.stdin:
    out, database, drafts_path, meeting_id, item_id, run = line.split()
    pid = os.fork()
    if pid == 0:
        code = 0
        try:
            child(out, database, drafts_path, int(meeting_id), int(item_id), run)
        except BaseException:
            traceback.print_exc()
            code = 1
        os._exit(code)
    print(pid, flush=True)
    _, status = os.waitpid(pid, 0)
    print(os.waitstatus_to_exitcode(status), flush=True)
"""


@dataclass
class Setup:
    database: Path
    drafts: Path
    meeting_id: int
    item_id: int
    folder: Path


@dataclass
class Run:
    exit_code: int
    saved: list[tuple[int, str]]  # (remark id, text) as the child reported them
    closed: bool


@pytest.fixture
def setup(bare_demo_db: Path, tmp_path: Path) -> Setup:
    store = open_store(bare_demo_db)
    with store.session() as s:
        meeting = s.scalars(select(Meeting).where(Meeting.number == 3)).one()
        item = AgendaItem(
            meeting_id=meeting.id, position=1, kind=AgendaKind.DISCUSSION, title="자율토론"
        )
        s.add(item)
        s.flush()
        ids = meeting.id, item.id
    start_session(store, ids[0], now=datetime(2019, 11, 28, 14, 0))
    store.close()
    return Setup(bare_demo_db, tmp_path / "drafts.sqlite3", ids[0], ids[1], tmp_path)


@pytest.fixture(scope="module")
def zygote() -> Iterator[subprocess.Popen[str]]:
    process = subprocess.Popen(
        [sys.executable, "-c", ZYGOTE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    yield process
    assert process.stdin is not None and process.stdout is not None
    process.stdin.close()
    process.wait(timeout=30)
    process.stdout.close()


def run_child(zygote: subprocess.Popen[str], setup: Setup, run: int, sig: int, after: int) -> Run:
    """A child's run, sent ``sig`` as soon as it has reported ``after`` saves."""
    assert zygote.stdin is not None and zygote.stdout is not None
    out = setup.folder / f"run-{run}.out"
    zygote.stdin.write(
        f"{out} {setup.database} {setup.drafts} {setup.meeting_id} {setup.item_id} {run}\n"
    )
    zygote.stdin.flush()
    pid = int(zygote.stdout.readline())
    deadline = time.monotonic() + 60
    while not reported_at_least(out, after):
        assert time.monotonic() < deadline, f"the child never reported {after} saves"
        time.sleep(0.001)  # polling the child's file
    os.kill(pid, sig)
    exit_code = int(zygote.stdout.readline())  # the zygote has reaped the child
    # What the child wrote before it died is in the file; a line cut short is not a
    # report (the kill came between the save and the end of the print).
    lines = out.read_text(encoding="utf-8").split("\n")[1:-1]
    saved = [(int(i), text) for i, text in (ln.split(" ", 1) for ln in lines if ln != "closed")]
    return Run(exit_code, saved, "closed" in lines)


def reported_at_least(out: Path, saves: int) -> bool:
    """The child is ready and has printed ``saves`` whole lines since."""
    if not out.exists():
        return False
    text = out.read_text(encoding="utf-8")
    return text.startswith("ready\n") and text.count("\n") - 1 >= saves


def remarks(database: Path) -> dict[int, str]:
    with closing(sqlite3.connect(database)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return dict(connection.execute("SELECT id, text FROM remark"))


def draft(drafts: Path) -> str:
    with closing(sqlite3.connect(drafts)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return str(connection.execute("SELECT text FROM draft").fetchone()[0])


def test_killed_at_random_moments_loses_no_reported_remark(
    zygote: subprocess.Popen[str], setup: Setup
) -> None:
    rng = random.Random(20191128)
    reported = wanted = 0
    for run in range(KILL_RUNS):
        after = rng.randint(0, 8)  # 0: killed in its first save, or before it
        wanted += after
        result = run_child(zygote, setup, run, signal.SIGKILL, after)
        assert result.exit_code == -signal.SIGKILL
        stored = remarks(setup.database)
        for remark_id, text in result.saved:
            assert stored.get(remark_id) == text, f"run {run}: remark {remark_id} lost"
        reported += len(result.saved)
        if result.saved:
            # The draft is the one typed for the last remark shown, or for the next.
            last = int(result.saved[-1][1].rsplit("-", 1)[1])
            assert draft(setup.drafts) in {f"remark {run}-{last} …", f"remark {run}-{last + 1} …"}
    assert reported >= wanted > KILL_RUNS  # the kills did land among saves
    print(f"{KILL_RUNS} kills, {reported} remarks reported and found")


def test_sigterm_finishes_the_save_under_way_and_closes(
    zygote: subprocess.Popen[str], setup: Setup
) -> None:
    result = run_child(zygote, setup, 0, signal.SIGTERM, 3)
    assert result.exit_code == 0 and result.closed
    assert result.saved
    stored = remarks(setup.database)
    last_id, last_text = result.saved[-1]
    assert stored[last_id] == last_text
    assert len(stored) == len(remarks(setup.database))
    assert draft(setup.drafts) == f"{last_text} …"
    # Closed cleanly: the lock is free and the database opens for the next session.
    store = open_store(setup.database, exclusive=True)
    assert live_state(store, setup.meeting_id).remarks[-1].text == last_text
    store.close()
