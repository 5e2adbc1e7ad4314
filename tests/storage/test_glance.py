"""The start-up first look reads the same sessions the full store does, without
SQLAlchemy and without changing the file."""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

from gsmeet.services.listing import list_committees, list_meetings
from gsmeet.storage.db import open_store
from gsmeet.storage.glance import first_look


def test_first_look_equals_the_full_read(demo_db: Path) -> None:
    before = hashlib.sha256(demo_db.read_bytes()).hexdigest()
    glance = first_look(demo_db)
    assert hashlib.sha256(demo_db.read_bytes()).hexdigest() == before
    store = open_store(demo_db)
    committees = list_committees(store)
    meetings = list_meetings(store, committees[0].id)
    store.close()
    assert glance is not None
    assert list(glance.committees) == committees
    assert list(glance.meetings) == meetings


def test_missing_or_unmigrated_files_wait_for_the_full_open(tmp_path: Path) -> None:
    assert first_look(tmp_path / "none.db") is None
    empty = tmp_path / "empty.db"
    empty.touch()
    assert first_look(empty) is None


def test_first_look_does_not_load_sqlalchemy(demo_db: Path) -> None:
    code = (
        "import sys; from pathlib import Path; from gsmeet.storage.glance import first_look;"
        f"g = first_look(Path({str(demo_db)!r})); assert g and g.meetings;"
        "sys.exit(1 if 'sqlalchemy' in sys.modules else 0)"
    )
    assert subprocess.run([sys.executable, "-c", code], check=False).returncode == 0
