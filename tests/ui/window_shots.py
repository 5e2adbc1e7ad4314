"""The main window's pictures for docs/, on a demo database whose 제3차 (2019-11-28)
was prepared from 제2차: the session browser on 2019-08-22's agenda, the committee
register, the agenda builder on 제3차. ``scripts/screenshots`` runs this on Xvfb;
the suite runs it offscreen (``tests/test_docs.py``) so it cannot quietly rot.

    python -m tests.ui.window_shots --db PREPARED.db --out FOLDER [--lang ko]
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QPixmap

    from gsmeet.ui.shell.main_window import MainWindow

HELD = date(2019, 8, 22)
PLANNED = date(2019, 11, 28)
SIZE = (1366, 768)
SHOTS = ("main-window.png", "register.png", "agenda-builder.png")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", type=Path, required=True)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--lang", choices=("ko", "en"), default="ko")
    args = parser.parse_args()

    from PySide6.QtWidgets import QApplication

    from gsmeet.ui.kit.worker import Worker
    from gsmeet.ui.shell import i18n, qtlog
    from gsmeet.ui.shell.main_window import MainWindow

    qtlog.quiet_known_noise()
    app = QApplication(sys.argv[:1])
    app.setApplicationName("gsmeet")
    app.setOrganizationName("gsmeet")
    i18n.install_translators(app, args.lang)
    i18n.use_bundled_font(app)
    worker = Worker()
    window = MainWindow(worker, args.lang)
    window.resize(*SIZE)
    window.show()
    window.open_database(args.db)
    wait(lambda: window.meeting_view.record is not None and not worker.busy)
    shots = {
        "main-window.png": sessions_shot(window),
        "register.png": register_shot(window),
        "agenda-builder.png": agenda_shot(window),
    }
    args.out.mkdir(parents=True, exist_ok=True)
    for name, picture in shots.items():
        if not picture.save(str(args.out / name), "PNG"):
            raise SystemExit(f"could not write {args.out / name}")
    worker.shutdown()
    window.close()
    return 0


def wait(until: Callable[[], bool], limit_ms: int = 60_000) -> None:
    """Run the event loop until ``until()`` holds (or give up saying so)."""
    from PySide6.QtCore import QDeadlineTimer, QEventLoop
    from PySide6.QtWidgets import QApplication

    deadline = QDeadlineTimer(limit_ms)
    while not until():
        if deadline.hasExpired():
            raise SystemExit("the window never showed what the picture needs")
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def settled(window: MainWindow) -> QPixmap:
    """The window once the worker is idle and every repaint is done."""
    from PySide6.QtWidgets import QApplication

    wait(lambda: not window.worker.busy)
    for _ in range(3):
        QApplication.processEvents()
    return window.grab()


def select(window: MainWindow, day: date) -> None:
    model = window.meeting_list.model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).held_on == day)
    window.meeting_list.select_row(row)
    wait(lambda: (r := window.meeting_view.record) is not None and r.meeting.held_on == day)


def sessions_shot(window: MainWindow) -> QPixmap:
    from gsmeet.ui.sessions.meeting_view import AGENDA

    window.menu_actions.show_sessions.trigger()
    select(window, HELD)
    window.meeting_view.tabs.setCurrentIndex(AGENDA)
    return settled(window)


def register_shot(window: MainWindow) -> QPixmap:
    window.menu_actions.show_register.trigger()
    page = window.workspace.register_page
    wait(lambda: page.model.rowCount() > 0)
    page.view.selectRow(2)
    page.view.setFocus()
    return settled(window)


def agenda_shot(window: MainWindow) -> QPixmap:
    from gsmeet.ui.sessions.meeting_view import AGENDA

    window.menu_actions.show_sessions.trigger()
    select(window, PLANNED)
    window.meeting_view.tabs.setCurrentIndex(AGENDA)
    builder = window.workspace.agenda_builder
    wait(lambda: builder.model.rowCount() > 0)
    builder.view.setCurrentIndex(builder.model.index(4, 1))
    builder.view.setFocus()
    return settled(window)


if __name__ == "__main__":
    sys.exit(main())
