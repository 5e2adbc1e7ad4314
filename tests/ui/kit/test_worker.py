"""The one database thread: order, results on the GUI thread, errors, shutdown."""

from __future__ import annotations

import sys
import threading
from pathlib import Path
from types import TracebackType
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from gsmeet.domain.dates import NoSuchDay
from gsmeet.domain.errors import DatabaseError, GsmeetError
from gsmeet.ui.kit.worker import Worker
from gsmeet.ui.shell import ops

from ..conftest import WAIT_MS


def test_jobs_run_in_order_on_one_thread_and_report_on_the_gui_thread(
    qtbot: QtBot, worker: Worker, demo_db: Path
) -> None:
    seen: list[tuple[str, Any]] = []
    job_threads: set[int] = set()
    gui = threading.get_ident()

    def note(what: str) -> Any:
        def done(value: Any) -> None:
            assert threading.get_ident() == gui
            seen.append((what, value))

        return done

    def job(number: int) -> Any:
        def run(store: Any) -> int:
            job_threads.add(threading.get_ident())
            return number

        return run

    worker.open(demo_db, ops.describe_database, note("opened"))
    for number in range(5):
        worker.submit(job(number), note("job"))
    qtbot.waitUntil(lambda: len(seen) == 6, timeout=WAIT_MS)
    assert seen[0][0] == "opened"
    opened = seen[0][1]
    assert opened.location == demo_db and opened.committees[0].is_sample
    assert [value for _, value in seen[1:]] == [0, 1, 2, 3, 4]
    assert len(job_threads) == 1 and gui not in job_threads
    assert not worker.busy


def test_a_job_without_a_database(qtbot: QtBot, worker: Worker) -> None:
    errors: list[BaseException] = []
    worker.submit(lambda store: store, print, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=WAIT_MS)
    assert isinstance(errors[0], DatabaseError)


def test_errors_without_a_handler(
    qtbot: QtBot, worker: Worker, monkeypatch: pytest.MonkeyPatch
) -> None:
    def fail(_store: Any) -> None:
        raise NoSuchDay(text="2019-02-30", month=2, days=28, day=30)

    with qtbot.waitSignal(worker.failed, timeout=WAIT_MS) as failed:
        worker.call(lambda: fail(None), print)
    assert isinstance(failed.args[0], NoSuchDay)

    hooked: list[BaseException] = []

    def hook(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        hooked.append(error)

    monkeypatch.setattr(sys, "excepthook", hook)
    worker.call(lambda: 1 / 0, print)
    qtbot.waitUntil(lambda: bool(hooked), timeout=WAIT_MS)
    assert isinstance(hooked[0], ZeroDivisionError)


def test_a_failed_open_keeps_the_database_in_use(
    qtbot: QtBot, worker: Worker, demo_db: Path, tmp_path: Path
) -> None:
    opened: list[Any] = []
    errors: list[BaseException] = []
    (tmp_path / "garbage.db").write_bytes(b"not a database" * 100)
    worker.open(demo_db, ops.describe_database, opened.append)
    worker.open(tmp_path / "garbage.db", ops.describe_database, opened.append, errors.append)
    worker.submit(ops.describe_database, opened.append)
    qtbot.waitUntil(lambda: len(opened) == 2, timeout=WAIT_MS)
    assert len(errors) == 1 and isinstance(errors[0], DatabaseError)
    assert opened[1].location == demo_db


def test_one_window_per_database(qtbot: QtBot, demo_db: Path) -> None:
    first, second = Worker(), Worker()
    try:
        results: list[Any] = []
        errors: list[BaseException] = []
        first.open(demo_db, ops.describe_database, results.append)
        qtbot.waitUntil(lambda: bool(results), timeout=WAIT_MS)
        second.open(demo_db, ops.describe_database, results.append, errors.append)
        qtbot.waitUntil(lambda: bool(errors), timeout=WAIT_MS)
        assert isinstance(errors[0], GsmeetError) and "another gsmeet" in str(errors[0])
        first.shutdown()  # closing the store releases the lock
        second.open(demo_db, ops.describe_database, results.append)
        qtbot.waitUntil(lambda: len(results) == 2, timeout=WAIT_MS)
    finally:
        first.shutdown()
        second.shutdown()


def test_shutdown_finishes_every_job_already_submitted(qtbot: QtBot, demo_db: Path) -> None:
    """A save queued behind slow work (a PDF export) when the window closes is still
    made: quitting never drops an entry."""
    worker = Worker()
    started = threading.Event()
    release = threading.Event()
    ran: list[int] = []

    def slow(_store: Any) -> None:
        started.set()
        release.wait(5)
        ran.append(1)

    worker.open(demo_db, ops.describe_database, print)
    worker.submit(slow, print)
    worker.submit(lambda store: ran.append(2), print)
    assert started.wait(WAIT_MS / 1000)
    threading.Timer(0.05, release.set).start()
    worker.shutdown()
    assert ran == [1, 2]  # the running job finished, and so did the queued one
    worker.submit(lambda store: ran.append(3), print)  # refused once shut down
    worker.shutdown()
    assert ran == [1, 2]


def test_locations(qtbot: QtBot, worker: Worker, data_dir: Path) -> None:
    found: list[ops.Locations] = []
    worker.call(ops.locate_databases, found.append)
    qtbot.waitUntil(lambda: bool(found), timeout=WAIT_MS)
    assert found[0].default.parent == data_dir
    assert found[0].demo == data_dir / "demo.db"
    assert not found[0].default_exists


def test_a_refusal_of_the_system_is_a_translated_line_not_a_crash(
    qtbot: QtBot, worker: Worker, korean: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An ``OSError`` nobody foresaw (a full disk) is said as the system's refusal in the
    user's words — never ``[Errno 28]`` — and goes to no crash dialog."""
    import errno

    from gsmeet.ui.kit.wording import describe

    crashed: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda _kind, error, _tb: crashed.append(error))

    def full() -> None:
        raise OSError(errno.ENOSPC, "No space left on device", "/data/위원회.db")

    with qtbot.waitSignal(worker.failed, timeout=WAIT_MS) as failed:
        worker.call(full, lambda _result: None)
    (error,) = failed.args
    assert isinstance(error, GsmeetError) and not crashed
    said = describe(error)
    assert said == "/data/위원회.db: 파일을 사용할 수 없습니다 (디스크가 가득 참)", said
    assert describe(OSError(errno.ENOSPC, "No space left on device")) == (
        "시스템이 거부했습니다: 디스크가 가득 참"
    )
