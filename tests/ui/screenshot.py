"""Render the main window offscreen at 1366×768 on the demo committee, the session of
2019-08-22 selected, and save it (``docs/main-window.png`` by default).

    QT_QPA_PLATFORM=offscreen .venv/bin/python -m tests.ui.screenshot [--lang ko] [--tab 1]
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QPixmap

ROOT = Path(__file__).resolve().parents[2]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("ko", "en"), default="ko")
    parser.add_argument("--tab", type=int, default=0, help="0 개요, 1 안건, 2 출석, 3 기록")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "main-window.png")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false")

    with tempfile.TemporaryDirectory() as folder:
        os.environ["GSMEET_DATA_DIR"] = str(Path(folder) / "data")
        os.environ["XDG_CONFIG_HOME"] = str(Path(folder) / "config")  # no saved geometry
        database = Path(folder) / "demo.db"
        from gsmeet.demo.database import create_demo_database

        create_demo_database(database)
        shot = take(database, args.lang, args.tab)
        args.out.parent.mkdir(parents=True, exist_ok=True)
        temporary = Path(folder) / "shot.png"
        if not shot.save(str(temporary), "PNG"):
            raise SystemExit("could not write the screenshot")
        shutil.copyfile(temporary, args.out)
    print(f"written to {args.out}")


def take(database: Path, lang: str, tab: int) -> QPixmap:
    """The window on ``database`` with the 2019-08-22 session shown on tab ``tab``."""
    from PySide6.QtCore import QEventLoop, QTimer
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
    loop = QEventLoop()

    def shown(_meeting_id: int) -> None:
        record = window.meeting_view.record
        if record is not None and record.meeting.held_on == date(2019, 8, 22):
            loop.quit()

    window.record_shown.connect(shown)
    QTimer.singleShot(20_000, loop.quit)
    loop.exec()
    window.meeting_view.tabs.setCurrentIndex(tab)
    QApplication.processEvents()
    picture = window.grab()
    worker.shutdown()
    window.close()
    return picture


if __name__ == "__main__":
    main()
