"""Composition root of the desktop application.

Order matters for start-up time: Qt, the translators and the font first, the window
shown and painted, and only then the database (SQLAlchemy costs more to import than
Qt), on the worker thread.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gsmeet.domain.locations import Location
    from gsmeet.ui.shell.main_window import MainWindow

STARTUP_TRACE_ENV = "GSMEET_STARTUP_TRACE"  # a file; benchmarks/startup.py reads it
FIRST_PAINT_PATIENCE_MS = 1000


def _trace(event: str) -> None:
    """Note when a start-up milestone was reached (``time.perf_counter``, which on
    Linux is the system-wide monotonic clock, so the benchmark can compare it with
    its own clock from before the process started)."""
    target = os.environ.get(STARTUP_TRACE_ENV)
    if target:
        with open(target, "a", encoding="utf-8") as handle:
            handle.write(f"{event} {time.perf_counter():.6f}\n")


def open_at_start(window: MainWindow, db_path: Location | None, *, quit_when_ready: bool) -> None:
    """The database to show first: ``db_path`` if given (asking before creating it when
    it does not exist), else the default one or the first-run choice."""
    if isinstance(db_path, Path) and not quit_when_ready and not db_path.exists():
        from gsmeet.ui.shell.first_run import ask_create_database

        if not ask_create_database(window, db_path):
            window.show_no_database()
            return
    window.open_initial_database(db_path, auto_demo=quit_when_ready)


def run(db_path: Location | None, lang: str | None, *, quit_when_ready: bool = False) -> int:
    """Run the desktop application on ``db_path`` (None: the default database, with a
    first-run choice when it does not exist yet) in ``lang`` (``ko``/``en``; None: the
    system's). Returns the process exit code.

    ``quit_when_ready``: exit 0 as soon as the window is shown with its session list
    loaded, or 1 with one line on stderr when the database cannot be opened.
    """
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication

    from gsmeet.ui.shell.imports import skip_source_scan

    skip_source_scan()  # before the rest of the window and the database layer load

    from gsmeet import __version__
    from gsmeet.ui.kit.collector import GuiThreadCollector
    from gsmeet.ui.kit.worker import Worker
    from gsmeet.ui.shell import i18n, qtlog
    from gsmeet.ui.shell.crash import CrashHandler
    from gsmeet.ui.shell.main_window import MainWindow

    previous_log_handler = qtlog.quiet_known_noise()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("gsmeet")
    app.setOrganizationName("gsmeet")
    app.setApplicationVersion(__version__)

    ui_lang = i18n.choose_language(lang)
    translators = i18n.install_translators(app, ui_lang)
    i18n.use_bundled_font(app)

    interactive = not quit_when_ready
    worker = Worker()
    window = MainWindow(worker, ui_lang, interactive=interactive)
    crash = CrashHandler(lambda: window, interactive=interactive, on_fatal=lambda: app.exit(1))
    crash.install()
    # Cycles are collected on this thread between events, never in the worker or
    # in the middle of Qt's dispatch (ui/kit/collector.py).
    collector = GuiThreadCollector()
    collector.start()

    if quit_when_ready:

        def failed(message: str) -> None:
            print(f"gsmeet: error: {message}", file=sys.stderr)
            app.exit(1)

        window.open_failed.connect(failed)

    def settled() -> None:
        _trace("settled")  # "settled" in benchmarks/startup
        collector.freeze()  # what start-up made lives on: the collector leaves it be
        if quit_when_ready:
            app.exit(0)

    window.ready.connect(lambda: _trace("ready"))
    window.settled.connect(settled)
    window.listed.connect(lambda: _trace("listed"))

    def handed_over(path: Path) -> None:
        """Started again on a file open in this user's other window: that one came
        forward; this one says so and goes."""
        line = QCoreApplication.translate(
            "app", "{path} is open in another gsmeet window, which was brought forward"
        )
        print(f"gsmeet: {line.format(path=path)}", file=sys.stderr)
        app.exit(0)

    window.handed_over.connect(handed_over)

    started = False
    terminate = None

    def start() -> None:
        nonlocal started, terminate
        if not started:
            started = True
            _trace("painted")
            from gsmeet.ui.live.shutdown import install_termination_handler

            # SIGTERM (logout, shutdown, kill): flush drafts and pending saves, then quit.
            terminate = install_termination_handler(app)
            window.workspace  # noqa: B018  (built now, before the database layer loads)
            _trace("workspace")
            open_at_start(window, db_path, quit_when_ready=quit_when_ready)

    window.first_painted.connect(start)
    window.show()
    # Should the window never be painted (a minimised start), the data comes anyway.
    QTimer.singleShot(FIRST_PAINT_PATIENCE_MS, start)
    try:
        code = app.exec()
    finally:
        worker.shutdown()
        if terminate is not None:
            terminate.uninstall()
        crash.uninstall()
        collector.stop()
        i18n.remove_translators(app, translators)
        window.close()
        window.deleteLater()
        qtlog.restore(previous_log_handler)
    return code
