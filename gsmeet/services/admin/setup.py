"""Creating whole databases: the demo committee, or one loaded from an export."""

from __future__ import annotations

import contextlib
import os
import sqlite3
import tempfile
from collections.abc import Callable
from pathlib import Path

from gsmeet.domain.errors import DatabaseError, GsmeetError
from gsmeet.services.admin.transfer import TransferSummary, import_document, read_document
from gsmeet.storage.backup import backup_database
from gsmeet.storage.db import Store, open_store
from gsmeet.storage.lock import DatabaseLock
from gsmeet.storage.paths import make_private_dir
from gsmeet.storage.recovery import move_aside


def create_demo_database(path: Path, *, replace: bool = False) -> None:
    """Create the demo committee at ``path``; an existing file is kept unless
    ``replace``, and then only swapped out once the new one is complete."""
    from gsmeet.demo.build import build_demo

    if path.is_dir():
        raise GsmeetError(f"{path} is a folder; name the database file")
    if path.exists() and not replace:
        raise GsmeetError(f"{path} already exists (use --force to replace it)")
    _build_then_move(path, build_demo)


def import_database(path: Path, source: Path) -> TransferSummary:
    """Load an export into ``path``, which must not exist yet or hold no data. The
    document is validated first; on any error nothing is written."""
    document = read_document(source)
    if path.exists():
        store = open_store(path)
        try:
            return import_document(store, document)
        finally:
            store.close()
    summary: list[TransferSummary] = []
    _build_then_move(path, lambda store: summary.append(import_document(store, document)))
    return summary[0]


def _keep(path: Path) -> None:
    """Keep what is about to be replaced: a verified copy (its -wal included) in the
    backups, or, for a file that cannot be copied that way, the file itself set aside."""
    try:
        backup_database(path, "before-replace")
    except (DatabaseError, sqlite3.Error):
        move_aside(path)


def _build_then_move(path: Path, build: Callable[[Store], object]) -> None:
    """Build a database in a temporary file beside ``path``, then rename it into place,
    so a failure leaves no half-filled file behind."""
    make_private_dir(path.parent)
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".building")
    os.close(fd)
    temporary = Path(name)
    temporary.unlink()  # open_store creates it private and empty
    try:
        store = open_store(temporary)
        try:
            build(store)
            with store.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            store.close()
        lock = DatabaseLock(path)
        lock.acquire()  # never swap the file out from under a running gsmeet
        try:
            if path.exists():
                _keep(path)
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
