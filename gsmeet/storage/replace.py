"""Building a whole database aside, then swapping it into place.

A database made in one go (the demo committee, one loaded from an export) is built in
a temporary file beside its destination and renamed over it only once complete, so a
failure leaves no half-filled file behind, and what it replaces is kept first.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

from gsmeet.domain.errors import DatabaseError
from gsmeet.storage.backup import backup_database
from gsmeet.storage.db import Store, open_store
from gsmeet.storage.lock import DatabaseLock
from gsmeet.storage.paths import make_private_dir
from gsmeet.storage.recovery import move_aside


def build_then_move(path: Path, build: Callable[[Store], object]) -> None:
    """Run ``build`` on a new, empty store in a temporary file beside ``path``, then
    rename it into place (under the single-instance lock: never from under a running
    gsmeet). A file already at ``path`` is kept (:func:`keep_before_replace`)."""
    make_private_dir(path.parent)
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".building")
    os.close(fd)
    temporary = Path(name)
    temporary.unlink()  # open_store creates it private and empty
    try:
        store = open_store(temporary)
        try:
            build(store)
            store.checkpoint(truncate=True)
        finally:
            store.close()
        lock = DatabaseLock(path)
        lock.acquire()
        try:
            if path.exists():
                keep_before_replace(path)
            # A -wal left beside the new file would be replayed into it.
            for suffix in ("-wal", "-shm"):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(f"{path}{suffix}")
            os.replace(temporary, path)
        finally:
            lock.release()
    finally:
        for leftover in (temporary, Path(f"{temporary}-wal"), Path(f"{temporary}-shm")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()


def keep_before_replace(path: Path) -> None:
    """Keep what is about to be replaced: a verified copy (its -wal included) in the
    backups, or, for a file that cannot be copied that way, the file itself set aside."""
    try:
        backup_database(path, "before-replace")
    except (DatabaseError, sqlite3.Error):
        move_aside(path)
