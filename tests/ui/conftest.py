"""Windows on real (copied) demo databases, offscreen, with the database worker."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from gsmeet.ui.kit.worker import Worker
from gsmeet.ui.shell.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
TS_FILE = ROOT / "gsmeet" / "resources" / "translations" / "gsmeet_ko.ts"
WAIT_MS = 20_000  # the first open in a test run imports the database layer


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test in this folder needs Qt: mark it ``gui``."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.path).parents:
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def worker() -> Iterator[Worker]:
    worker = Worker()
    yield worker
    worker.shutdown()


@pytest.fixture(scope="session")
def compiled_translations(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The Korean .ts compiled into a temporary folder (the repository's .qm files are
    build output and may be missing or stale)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from compile_translations import find_lrelease
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    folder = tmp_path_factory.mktemp("translations")
    for source in sorted(TS_FILE.parent.glob("*_ko.ts")):
        target = folder / source.with_suffix(".qm").name
        subprocess.run([find_lrelease(), "-silent", str(source), "-qm", str(target)], check=True)
    return folder


@pytest.fixture
def korean(qapp: object, compiled_translations: Path) -> Iterator[None]:
    """Korean translators installed for the test (build windows after this)."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from gsmeet.ui.shell import i18n

    app = QCoreApplication.instance()
    assert app is not None
    installed = i18n.install_translators(app, "ko", compiled_translations)
    if os.environ.get("GSMEET_SHOTS"):  # windows built after this are sized in it, as in use
        assert isinstance(app, QApplication)
        i18n.use_bundled_font(app)
    yield
    i18n.remove_translators(app, installed)
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


OpenWindow = Callable[..., MainWindow]


@pytest.fixture
def open_window(qtbot: QtBot, worker: Worker) -> OpenWindow:
    """A shown main window on ``database``, once its default session is on screen."""

    def open_(database: Path, lang: str = "en") -> MainWindow:
        window = MainWindow(worker, "ko" if lang == "ko" else "en")
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        window.open_database(database)
        qtbot.waitUntil(lambda: window.meeting_view.record is not None, timeout=WAIT_MS)
        return window

    return open_


def shot(widget: QWidget, name: str) -> None:
    """With ``GSMEET_SHOTS=FOLDER`` (a person looking at what a test saw): save ``widget``
    as the screen shows it, in the bundled Korean font, as FOLDER/``name``."""
    folder = os.environ.get("GSMEET_SHOTS")
    if folder:
        from gsmeet.ui.shell import i18n

        app = QApplication.instance()
        assert isinstance(app, QApplication)
        i18n.use_bundled_font(app)
        QApplication.processEvents()
        assert widget.grab().save(str(Path(folder) / name), "PNG")
