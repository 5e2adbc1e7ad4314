"""The single-instance lock file: held while a database is open, gone after a clean
exit, and never held by two at once even when one removes it as another arrives."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from gsmeet.domain.errors import LockedError
from gsmeet.storage.db import open_store
from gsmeet.storage.lock import DatabaseLock, _still_at


def test_the_lock_file_lives_as_long_as_the_open_database(demo_db: Path) -> None:
    lock = Path(f"{demo_db}.lock")
    store = open_store(demo_db, exclusive=True)
    try:
        assert json.loads(lock.read_text(encoding="utf-8"))["pid"] == str(os.getpid())
        with pytest.raises(LockedError, match=f"process {os.getpid()}"):
            open_store(demo_db, exclusive=True)
    finally:
        store.close()
    assert not lock.exists()
    open_store(demo_db, exclusive=True).close()  # and it can be taken again


def test_a_lock_file_removed_under_a_waiting_opener_is_not_shared(tmp_path: Path) -> None:
    database = tmp_path / "a.db"
    first = DatabaseLock(database)
    first.acquire()
    # A second gsmeet opened the file just before the first one released and removed
    # it: what it holds is no longer the lock at that path.
    late = os.open(first.path, os.O_RDWR)
    try:
        first.release()
        assert not first.path.exists()
        with os.fdopen(os.dup(late), "r+", encoding="utf-8") as stale:
            assert not _still_at(first.path, stale)
        second, third = DatabaseLock(database), DatabaseLock(database)
        second.acquire()
        try:
            with pytest.raises(LockedError):
                third.acquire()
        finally:
            second.release()
    finally:
        os.close(late)


def test_taking_a_lock_that_was_removed_meanwhile_takes_the_new_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from gsmeet.storage import lock as module

    database = tmp_path / "a.db"
    real_lock = module._lock
    calls: list[int] = []

    def released_just_before(handle: object) -> None:
        if not calls:  # the last holder removes the file between our open and our lock
            os.unlink(f"{database}.lock")
        calls.append(1)
        real_lock(handle)  # type: ignore[arg-type]

    monkeypatch.setattr(module, "_lock", released_just_before)
    taken = DatabaseLock(database)
    taken.acquire()
    try:
        assert len(calls) == 2  # the first, removed file was let go; the new one is held
        monkeypatch.setattr(module, "_lock", real_lock)
        with pytest.raises(LockedError):
            DatabaseLock(database).acquire()
    finally:
        taken.release()
