"""Replacing a database with the demo (``gsmeet demo --force``) keeps what it replaces
and never swaps the file out from under a running gsmeet."""

from __future__ import annotations

from pathlib import Path

import pytest

from gsmeet.demo.database import create_demo_database
from gsmeet.domain.errors import GsmeetError, LockedError
from gsmeet.storage.backup import list_backups
from gsmeet.storage.db import open_store


def test_force_keeps_a_backup_of_what_it_replaces(demo_db: Path) -> None:
    kept = create_demo_database(demo_db, replace=True)
    assert kept.backup is not None and list_backups(demo_db) == [kept.backup]
    open_store(demo_db).close()


def test_force_is_refused_while_gsmeet_has_the_database_open(demo_db: Path) -> None:
    store = open_store(demo_db, exclusive=True)
    try:
        with pytest.raises(LockedError, match="open in another gsmeet"):
            create_demo_database(demo_db, replace=True)
    finally:
        store.close()
    assert list_backups(demo_db) == []


def test_a_folder_is_not_a_database(tmp_path: Path) -> None:
    with pytest.raises(GsmeetError, match="is a folder"):
        create_demo_database(tmp_path, replace=True)
