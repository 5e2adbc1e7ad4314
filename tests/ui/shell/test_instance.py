"""A second gsmeet on a file this user has open in another window brings that window
forward instead of refusing in a modal; a holder that does not answer (a command that
writes) still gets the refusal naming it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from gsmeet.ui.kit.worker import Worker
from gsmeet.ui.shell.main_window import MainWindow

from ..conftest import ROOT, WAIT_MS

CHILD = """
import sys
from pathlib import Path
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from gsmeet.ui.kit.worker import Worker
from gsmeet.ui.shell.main_window import MainWindow

app = QApplication(sys.argv[:1])
worker = Worker()
window = MainWindow(worker, "en")
window.show()
window.workspace  # built at the first paint, as the application does
window.ready.connect(lambda: print("ready", flush=True))
window.brought_forward.connect(lambda: print("forward", flush=True))
window.brought_forward.connect(lambda: QTimer.singleShot(0, app.quit))
window.open_database(Path(sys.argv[1]))
QTimer.singleShot(60_000, app.quit)  # never left behind
app.exec()
worker.shutdown()
"""


@pytest.fixture
def refusals(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The modal refusal, recorded instead of shown (it would wait for a click)."""
    said: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", staticmethod(lambda _parent, _title, text: said.append(text))
    )
    return said


def test_a_second_window_hands_over_to_the_first(
    qtbot: QtBot, worker: Worker, demo_db: Path, refusals: list[str]
) -> None:
    first = subprocess.Popen(
        [sys.executable, "-c", CHILD, str(demo_db)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert first.stdout is not None
        assert first.stdout.readline().strip() == "ready"
        second = MainWindow(worker, "en")
        qtbot.addWidget(second)
        second.show()
        with qtbot.waitSignal(second.handed_over, timeout=WAIT_MS) as handed:
            second.open_database(demo_db)
        assert handed.args == [demo_db]
        assert first.stdout.readline().strip() == "forward"  # the first came forward
        assert refusals == []
        assert first.wait(timeout=WAIT_MS / 1000) == 0
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()
        if first.stdout is not None:
            first.stdout.close()


def test_a_holder_that_does_not_answer_is_named(
    qtbot: QtBot, worker: Worker, demo_db: Path, refusals: list[str]
) -> None:
    from gsmeet.storage.lock import DatabaseLock

    lock = DatabaseLock(demo_db)  # as a command that writes holds it: no window to ask
    lock.acquire()
    try:
        window = MainWindow(worker, "en")
        qtbot.addWidget(window)
        window.show()
        with qtbot.waitSignal(window.open_failed, timeout=WAIT_MS):
            window.open_database(demo_db)
        assert len(refusals) == 1 and "is open in another gsmeet" in refusals[0]
    finally:
        lock.release()
