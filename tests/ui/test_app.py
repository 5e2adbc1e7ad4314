"""The application as a whole: ``gsmeet --quit-when-ready`` as a real process, ``run()``
in this process, the first-run question, and what an uncaught error turns into."""

from __future__ import annotations

import gc
import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from gsmeet.app import open_at_start, run
from gsmeet.ui.kit.worker import Worker
from gsmeet.ui.shell.crash import LOG_NAME, CrashHandler
from gsmeet.ui.shell.first_run import FirstRun, ask_first_run
from gsmeet.ui.shell.main_window import MainWindow

from ..conftest import assert_one_line_error, gsmeet_process
from .conftest import WAIT_MS


def stamp_newer(path: Path) -> None:
    with sqlite3.connect(path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()


def test_quit_when_ready(demo_db: Path, tmp_path: Path) -> None:
    trace = tmp_path / "trace"
    result = gsmeet_process(
        "--db", demo_db, "--quit-when-ready", env={"GSMEET_STARTUP_TRACE": str(trace)}
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    events = [line.split()[0] for line in trace.read_text().splitlines()]
    # the first look shows the sessions before the full store is open; the ORM's
    # first work (settled) comes after the store's list is ready
    assert events == ["painted", "workspace", "listed", "ready", "settled"]
    assert not Path(f"{demo_db}.lock").exists()  # a clean exit takes its lock file away


def test_quit_when_ready_refuses_newer_and_damaged_databases(demo_db: Path, tmp_path: Path) -> None:
    stamp_newer(demo_db)
    before = demo_db.read_bytes()
    assert_one_line_error(gsmeet_process("--db", demo_db, "--quit-when-ready"), "newer gsmeet")
    assert demo_db.read_bytes() == before
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"\x00" * 4096)
    assert_one_line_error(gsmeet_process("--db", damaged, "--quit-when-ready"), naming=damaged)


def test_run_in_process_on_the_first_start(
    qapp: QApplication,
    data_dir: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """No database named, none yet: ``--quit-when-ready`` chooses the demo committee."""
    frozen: list[int] = []
    freeze = gc.freeze

    def counted_freeze() -> None:
        freeze()
        frozen.append(gc.get_freeze_count())

    monkeypatch.setattr(gc, "freeze", counted_freeze)
    assert run(None, "en", quit_when_ready=True) == 0
    # start-up's objects were frozen once it settled, and given back on the way out
    assert len(frozen) == 1 and frozen[0] > 10_000
    assert gc.get_freeze_count() == 0
    assert (data_dir / "demo.db").exists()
    assert not (data_dir / "gsmeet.db").exists()  # the demo stays apart from real data
    assert sys.excepthook is sys.__excepthook__ or not isinstance(sys.excepthook, CrashHandler)
    assert capsys.readouterr().err == ""


def test_run_in_process_with_a_newer_database(
    qapp: QApplication, demo_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    stamp_newer(demo_db)
    assert run(demo_db, "ko", quit_when_ready=True) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "더 새 gsmeet이 쓴 파일입니다" in err[0]  # the language asked for


def answer_first_run(button_text: str) -> None:
    """Click ``button_text`` in the first-run question as soon as it is on screen."""
    timer = QTimer(QApplication.instance())

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            return  # not asked yet: the worker is still finding the files
        timer.stop()
        timer.deleteLater()
        for button in box.buttons():
            if button.text() == button_text:
                button.click()
                return
        box.reject()

    timer.timeout.connect(click)
    timer.start(10)


@pytest.mark.parametrize("create", [True, False])
def test_a_database_named_but_missing_is_created_only_when_asked_to(
    qtbot: QtBot, worker: Worker, tmp_path: Path, create: bool
) -> None:
    """A typo in ``--db`` must not become a new, empty committee file unasked."""
    missing = tmp_path / "typo.db"
    window = MainWindow(worker, "en")
    qtbot.addWidget(window)
    answer_first_run("Create an empty database" if create else "Cancel")
    with qtbot.waitSignal(window.ready, timeout=WAIT_MS):
        open_at_start(window, missing, quit_when_ready=False)
    assert missing.exists() is create
    assert window.database == (missing if create else None)
    if not create:
        assert "No database is open" in window.meeting_view.placeholder.text()


@pytest.mark.parametrize(
    ("button", "expected"),
    [
        ("Open the demo committee", FirstRun.DEMO),
        ("Start an empty database", FirstRun.EMPTY),
        ("Cancel", None),
    ],
)
def test_first_run_question(qtbot: QtBot, button: str, expected: FirstRun | None) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    answer_first_run(button)
    assert ask_first_run(parent) is expected


def test_first_start_with_an_empty_database(qtbot: QtBot, worker: Worker, data_dir: Path) -> None:
    window = MainWindow(worker, "en")
    qtbot.addWidget(window)
    answer_first_run("Start an empty database")
    with qtbot.waitSignals([window.ready, window.settled], order="strict", timeout=WAIT_MS):
        window.open_initial_database(None)
    assert window.database == data_dir / "gsmeet.db"
    assert window.committee is None


def test_first_start_question_dismissed(qtbot: QtBot, worker: Worker) -> None:
    window = MainWindow(worker, "en")
    qtbot.addWidget(window)
    answer_first_run("Cancel")
    # settled too, with nothing to tidy (gsmeet --quit-when-ready quits on it)
    with qtbot.waitSignals([window.ready, window.settled], order="strict", timeout=WAIT_MS):
        window.open_initial_database(None)
    assert window.database is None
    assert "No database is open" in window.meeting_view.placeholder.text()


def test_uncaught_errors_are_logged_and_shown_in_one_sentence(
    qtbot: QtBot, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "critical", staticmethod(lambda parent, title, text: shown.append(text))
    )
    handler = CrashHandler(lambda: None, interactive=True, on_fatal=pytest.fail)
    try:
        raise ValueError("bad value\nsecond line")
    except ValueError as error:
        handler(type(error), error, error.__traceback__)
    assert len(shown) == 1
    assert shown[0].startswith("Something went wrong: ValueError: bad value")
    assert "Traceback" not in shown[0] and str(data_dir / LOG_NAME) in shown[0]
    log = (data_dir / LOG_NAME).read_text(encoding="utf-8")
    assert "Traceback" in log and "second line" in log


def test_uncaught_errors_without_a_screen_end_the_process(
    data_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ended: list[bool] = []
    handler = CrashHandler(lambda: None, interactive=False, on_fatal=lambda: ended.append(True))
    handler.install()
    try:
        assert sys.excepthook is handler
        error = RuntimeError("boom")
        handler(RuntimeError, error, None)
    finally:
        handler.uninstall()
    assert sys.excepthook is not handler
    assert ended == [True]
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and err[0].startswith("gsmeet: unexpected error: RuntimeError: boom")
