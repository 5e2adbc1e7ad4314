"""The first steps of an open, with the file's check on a thread of its own while the
database layer loads (storage/opening.py): the same order, the same verdicts."""

from __future__ import annotations

import hashlib
import threading
from pathlib import Path

import pytest

from gsmeet.domain.errors import CorruptDatabaseError, LockedError
from gsmeet.services.store import open_database
from gsmeet.storage import opening
from gsmeet.storage.db import open_store
from gsmeet.storage.lock import DatabaseLock
from gsmeet.storage.opening import Opening
from gsmeet.storage.schema import HEAD_REVISION


def damaged(path: Path) -> Path:
    open_store(path).close()
    data = bytearray(path.read_bytes())
    data[:100] = bytes(100)
    path.write_bytes(bytes(data))
    return path


def test_the_check_runs_on_its_own_thread_under_the_lock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "위원회.db"
    open_store(path).close()
    seen: list[tuple[str, bool]] = []
    read = opening.inspect_revision

    def inspect(checked: Path) -> str | None:
        held = DatabaseLock(checked)
        try:
            held.acquire()
        except LockedError:
            locked = True  # the opening holds it while the file is checked
        else:
            held.release()
            locked = False
        seen.append((threading.current_thread().name, locked))
        return read(checked)

    monkeypatch.setattr(opening, "inspect_revision", inspect)
    store = open_database(path, exclusive=True, tidy=False)
    try:
        assert seen == [("gsmeet-check", True)]
    finally:
        store.close()
    assert Opening(path).revision() == HEAD_REVISION  # unlocked: read when asked


def test_a_damaged_file_is_refused_unchanged_and_its_lock_let_go(tmp_path: Path) -> None:
    path = damaged(tmp_path / "broken.db")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with pytest.raises(CorruptDatabaseError):
        open_database(path, exclusive=True, tidy=False)
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    lock = DatabaseLock(path)
    lock.acquire()  # not left held by the failed open
    lock.release()


def test_a_verdict_read_ahead_is_raised_where_it_is_asked_for(tmp_path: Path) -> None:
    path = damaged(tmp_path / "broken.db")
    ahead = Opening(path, exclusive=True, ahead=True)
    with pytest.raises(CorruptDatabaseError):
        ahead.revision()
    ahead.abandon()
    Opening(path, exclusive=True).abandon()  # the lock could be taken again
