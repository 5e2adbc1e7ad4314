"""Crash safety with the live screen (reliability.md, scenarios 1 and 2).

A child process runs the live window offscreen and saves remarks through it in a loop
— text into the entry, Enter — printing each remark's id when the screen shows it
saved. It is killed with SIGKILL once it has shown a random number of remarks saved,
wherever it then is in the next (a condition, not a wait: a busy machine makes the
child slower, not the test wrong): every printed remark must be in the database,
which must pass ``PRAGMA integrity_check``. With SIGTERM, the remark whose save was
under way is committed, the text still being typed is kept as a draft, and the
process closes cleanly.

Children fork from a "zygote" that imported Qt and gsmeet once, so a run costs its
saves and a window, not a second of imports. ``GSMEET_SOAK=1``: 200 kills.
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
from pathlib import Path

import pytest

from .conftest import Prepared

ROOT = Path(__file__).resolve().parents[3]
SOAK = os.environ.get("GSMEET_SOAK") == "1"
KILL_RUNS = 200 if SOAK else 10

ZYGOTE = r"""
import os, sys, time, traceback
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from gsmeet.ui.live.shutdown import install_termination_handler
from gsmeet.ui.live.window import LiveWindow
from gsmeet.ui.kit.worker import Worker
# imported before the fork
import gsmeet.services.live.entries, gsmeet.services.live.session, gsmeet.storage.drafts


def child(out, database, drafts_path, meeting_id, run, mode):
    fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    os.dup2(fd, 1)
    sys.stdout = os.fdopen(1, "w", encoding="utf-8", closefd=False)
    app = QApplication(["gsmeet-child"])
    worker = Worker()
    window = LiveWindow(worker, meeting_id, lang="en", drafts_path=Path(drafts_path))
    handler = install_termination_handler(app)
    count = [0]

    def type_next():
        window.entry.insertPlainText(f"remark {run}-{count[0]}")
        count[0] += 1
        QTest.keyClick(window.entry, Qt.Key.Key_Return)

    def saved(remark_id, text):
        print(remark_id, text, flush=True)  # the screen shows it saved
        if mode == "kill":
            QTimer.singleShot(0, type_next)

    def started():
        if mode == "kill":
            print("ready", flush=True)
            type_next()
            return
        # SIGTERM: a save queued behind slow work, then text typed and not yet
        # saved as a draft (its timer has not fired) when the signal comes.
        def drafts_open():
            if not window.drafts.is_open:
                QTimer.singleShot(5, drafts_open)
                return
            worker.call(lambda: time.sleep(0.4), lambda _none: None)
            window.entry.insertPlainText("the last remark")
            QTest.keyClick(window.entry, Qt.Key.Key_Return)
            window.entry.insertPlainText("still being typed")
            print("ready", flush=True)
        drafts_open()

    window.remark_saved.connect(saved)
    window.started.connect(started)
    window.show()
    worker.open(Path(database), lambda store: None, lambda _none: window.start(begin=True))
    app.exec()
    worker.shutdown()
    handler.uninstall()
    print("closed", flush=True)


for line in sys.stdin:
    out, database, drafts_path, meeting_id, run, mode = line.split()
    pid = os.fork()
    if pid == 0:
        code = 0
        try:
            child(out, database, drafts_path, int(meeting_id), run, mode)
        except BaseException:
            traceback.print_exc()
            code = 1
        os._exit(code)
    print(pid, flush=True)
    _, status = os.waitpid(pid, 0)
    print(os.waitstatus_to_exitcode(status), flush=True)
"""


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


def run_child(
    zygote: subprocess.Popen[str], prepared: Prepared, run: int, mode: str, sig: int, after: int
) -> tuple[int, list[tuple[int, str]], bool]:
    """A child's run, sent ``sig`` as soon as it has shown ``after`` remarks saved."""
    assert zygote.stdin is not None and zygote.stdout is not None
    out = prepared.database.parent / f"run-{run}.out"
    zygote.stdin.write(
        f"{out} {prepared.database} {prepared.drafts} {prepared.meeting_id} {run} {mode}\n"
    )
    zygote.stdin.flush()
    pid = int(zygote.stdout.readline())
    deadline = time.monotonic() + 60
    while not shown_at_least(out, after):
        assert time.monotonic() < deadline, f"the child never showed {after} remarks saved"
        time.sleep(0.001)  # polling the child's file
    os.kill(pid, sig)
    exit_code = int(zygote.stdout.readline())
    # A line cut short by the kill is no report: only whole lines count.
    lines = out.read_text(encoding="utf-8").split("\n")[:-1]
    saved = [
        (int(i), text)
        for i, text in (ln.split(" ", 1) for ln in lines if ln not in ("ready", "closed"))
    ]
    return exit_code, saved, "closed" in lines


def shown_at_least(out: Path, saves: int) -> bool:
    """The child is ready and has printed ``saves`` whole lines of remarks shown saved."""
    if not out.exists():
        return False
    lines = out.read_text(encoding="utf-8").split("\n")[:-1]
    return "ready" in lines and sum(ln not in ("ready", "closed") for ln in lines) >= saves


def remarks(database: Path) -> dict[int, str]:
    with closing(sqlite3.connect(database)) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        return dict(connection.execute("SELECT id, text FROM remark"))


def drafts(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as connection:
        return [row[0] for row in connection.execute("SELECT text FROM draft")]


def test_killed_at_random_moments_loses_no_remark_shown_saved(
    zygote: subprocess.Popen[str], prepared: Prepared
) -> None:
    rng = random.Random(20191128)
    reported = wanted = 0
    for run in range(KILL_RUNS):
        after = rng.randint(0, 6)  # 0: killed in its first save, or before it
        wanted += after
        code, saved, _ = run_child(zygote, prepared, run, "kill", signal.SIGKILL, after)
        assert code == -signal.SIGKILL
        stored = remarks(prepared.database)
        for remark_id, text in saved:
            assert stored.get(remark_id) == text, f"run {run}: remark {remark_id} lost"
        reported += len(saved)
    assert reported >= wanted >= KILL_RUNS  # the kills landed among saves
    print(f"{KILL_RUNS} kills, {reported} remarks shown saved, all found")


def test_sigterm_commits_the_last_edit_and_keeps_the_draft(
    zygote: subprocess.Popen[str], prepared: Prepared
) -> None:
    code, saved, closed = run_child(zygote, prepared, 0, "term", signal.SIGTERM, 0)
    assert code == 0 and closed
    assert [text for _, text in saved] == ["the last remark"]
    assert remarks(prepared.database)[saved[0][0]] == "the last remark"
    assert drafts(prepared.drafts) == ["still being typed"]
