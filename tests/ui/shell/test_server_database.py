"""File ▸ Open server database…: the window on a PostgreSQL database, the password asked
for when the server wants one, and only the address remembered."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from gsmeet.domain.locations import PasswordNeeded, Server, WrongPassword, parse_server
from gsmeet.ui.kit.settings import RECENT_SERVERS
from gsmeet.ui.kit.worker import Worker
from gsmeet.ui.shell import server_dialogs
from gsmeet.ui.shell.main_window import MainWindow
from gsmeet.ui.shell.server_dialogs import ServerDialog

from ...pgcluster import Cluster
from ..conftest import WAIT_MS

MakeDatabase = Callable[..., Server]


def test_the_dialog_takes_only_a_server_address(qtbot: QtBot) -> None:
    RECENT_SERVERS.set(["postgresql://kim@db/위원회"])
    dialog = ServerDialog(None, None)
    qtbot.addWidget(dialog)
    assert dialog.address.currentText() == "postgresql://kim@db/위원회"
    dialog.address.setCurrentText("postgresql://kim@db:54x/위원회")
    dialog.accept()
    assert dialog.isVisible() is False and dialog.chosen is None
    assert "port" in dialog.problem.text()
    dialog.address.setCurrentText("postgresql://kim:pw@db:5433/위원회")
    dialog.accept()
    assert dialog.chosen == Server("postgresql://kim@db:5433/위원회")
    assert dialog.chosen.password == "pw"


def test_the_window_opens_a_server_database_asking_for_the_password(
    qtbot: QtBot,
    worker: Worker,
    pg_cluster: Cluster,
    server_database: MakeDatabase,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: object,
) -> None:
    demo = server_database("demo")
    if not pg_cluster.sql("SELECT 1 FROM pg_roles WHERE rolname = 'choi'"):
        pg_cluster.create_role("choi", password="창 밖의 비")
    pg_cluster.sql(
        "GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO choi", demo.database
    )
    address = parse_server(pg_cluster.url(demo.database, user="choi"))
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", "/nonexistent")

    asked: list[type] = []
    answers = iter(["틀린 비밀번호", "창 밖의 비"])

    def ask(_parent: object, error: PasswordNeeded | WrongPassword) -> Server | None:
        asked.append(type(error))
        return address.with_password(next(answers))

    monkeypatch.setattr(server_dialogs, "choose_server", lambda _parent, _current: address)
    monkeypatch.setattr(server_dialogs, "ask_password", ask)
    window = MainWindow(worker, "en")
    qtbot.addWidget(window)
    window.show()
    window.menu_actions.open_server.trigger()
    qtbot.waitUntil(lambda: window.meeting_list.model.rowCount() == 3, timeout=WAIT_MS)
    assert asked == [PasswordNeeded, WrongPassword]
    assert window.database == address
    assert str(address) in window.path_label.text()
    assert window.windowTitle().startswith("경산발전전략위원회")
    assert not window.menu_actions.backups.isEnabled()  # the server's administrator's job
    # Remembered for next time: the address, never the password.
    assert RECENT_SERVERS.get() == [address.url]
    QSettings().sync()
    everything = b"".join(p.read_bytes() for p in _settings_files())
    assert "창 밖의 비".encode() not in everything and address.url.encode() in everything


def _settings_files() -> list:  # type: ignore[type-arg]
    from pathlib import Path

    folder = Path(QSettings().fileName()).parent
    return [p for p in folder.rglob("*") if p.is_file()]
