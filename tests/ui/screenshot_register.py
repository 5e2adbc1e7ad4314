"""Render the committee register and the agenda builder offscreen at 1366×768 on the
demo committee, and save them (``docs/register.png``, ``docs/agenda-builder.png``).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.screenshot_register [--lang ko]

The agenda shown is the one "prepare next" gives the session planned for 2019-11-28.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QPixmap

    from gsmeet.ui.shell.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
DOCS = ROOT / "docs"
PLANNED = date(2019, 11, 28)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("ko", "en"), default="ko")
    parser.add_argument("--out", type=Path, default=DOCS)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

    with tempfile.TemporaryDirectory() as folder:
        os.environ["GSMEET_DATA_DIR"] = str(Path(folder) / "data")
        os.environ["XDG_CONFIG_HOME"] = str(Path(folder) / "config")  # no saved geometry
        database = Path(folder) / "demo.db"
        prepare_demo(database, args.lang)
        shots = take(database, args.lang)
        args.out.mkdir(parents=True, exist_ok=True)
        for name, picture in shots.items():
            temporary = Path(folder) / name
            if not picture.save(str(temporary), "PNG"):
                raise SystemExit(f"could not write {name}")
            shutil.copyfile(temporary, args.out / name)
            print(f"written to {args.out / name}")


def prepare_demo(database: Path, lang: str) -> None:
    """The demo committee, with the planned session's agenda prepared."""
    from gsmeet.services.database import open_store

    from gsmeet.demo.database import create_demo_database
    from gsmeet.services.meetings import list_meetings
    from gsmeet.services.prepare import prepare_next

    create_demo_database(database)
    store = open_store(database)
    try:
        meetings = list_meetings(store, 1)
        source = next(m for m in meetings if m.held_on == date(2019, 8, 22))
        prepare_next(store, from_meeting_id=source.id, held_on=PLANNED, lang="ko")
    finally:
        store.close()


def wait(app: object, until: Callable[[], bool], limit_ms: int = 20_000) -> None:
    from PySide6.QtCore import QDeadlineTimer, QEventLoop
    from PySide6.QtWidgets import QApplication

    deadline = QDeadlineTimer(limit_ms)
    while not until() and not deadline.hasExpired():
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)


def take(database: Path, lang: str) -> dict[str, QPixmap]:
    from PySide6.QtWidgets import QApplication

    from gsmeet.ui.kit.worker import Worker
    from gsmeet.ui.shell import i18n
    from gsmeet.ui.shell.main_window import MainWindow

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    ui_lang = i18n.choose_language(lang)
    i18n.install_translators(app, ui_lang)
    i18n.use_bundled_font(app)
    worker = Worker()
    window = MainWindow(worker, ui_lang)
    window.resize(1366, 768)
    window.show()
    window.open_database(database)
    wait(app, lambda: window.meeting_view.record is not None)
    shots = {
        "register.png": register_shot(app, window),
        "agenda-builder.png": agenda_shot(app, window),
    }
    worker.shutdown()
    window.close()
    return shots


def register_shot(app: object, window: MainWindow) -> QPixmap:
    window.menu_actions.show_register.trigger()
    page = window.workspace.register_page
    wait(app, lambda: page.model.rowCount() > 0 and not window.worker.busy)
    page.view.selectRow(2)
    page.view.setFocus()
    wait(app, lambda: False, 200)
    return window.grab()


def agenda_shot(app: object, window: MainWindow) -> QPixmap:
    from gsmeet.ui.sessions.meeting_view import AGENDA

    window.menu_actions.show_sessions.trigger()
    model = window.meeting_list.model
    row = next(r for r in range(model.rowCount()) if model.row_at(r).held_on == PLANNED)
    window.meeting_list.select_row(row)
    window.meeting_view.tabs.setCurrentIndex(AGENDA)
    builder = window.workspace.agenda_builder
    wait(app, lambda: builder.model.rowCount() > 0 and not window.worker.busy)
    builder.view.setCurrentIndex(builder.model.index(4, 1))
    builder.view.setFocus()
    wait(app, lambda: False, 200)
    return window.grab()


if __name__ == "__main__":
    main()
