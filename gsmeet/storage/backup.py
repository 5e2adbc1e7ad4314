"""Consistent, verified, rotated copies of a database (SQLite's online backup API)."""

from __future__ import annotations

import contextlib
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from gsmeet.domain.errors import DatabaseError
from gsmeet.storage.paths import make_private_dir
from gsmeet.storage.probe import read_only

KEEP_BACKUPS = 20


class BackupDidNotVerify(DatabaseError):
    text = "The backup of {database} did not verify"


def backup_dir(database: Path) -> Path:
    return database.parent / f"{database.stem}-backups"


def backup_database(database: Path, reason: str, *, keep: int = KEEP_BACKUPS) -> Path:
    """Copy ``database`` into its backup folder, check the copy, drop the oldest copies.

    The copy is taken with the backup API, so it is consistent even while another
    connection writes. Raises :class:`DatabaseError` if the copy does not verify.
    """
    folder = backup_dir(database)
    make_private_dir(folder)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{database.stem}-{stamp}-{reason}.db"
    fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    os.close(fd)
    source = read_only(database)
    dest = sqlite3.connect(target)
    try:
        source.backup(dest)
        dest.execute("PRAGMA journal_mode=DELETE")  # a single self-contained file
        verdict = dest.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        dest.close()
        source.close()
    if verdict != "ok":
        target.unlink(missing_ok=True)
        raise BackupDidNotVerify(database=database, detail=verdict)
    _rotate(folder, database.stem, keep)
    return target


def list_backups(database: Path) -> list[Path]:
    """Backups of ``database``, newest first."""
    folder = backup_dir(database)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{database.stem}-*.db"), reverse=True)


def _rotate(folder: Path, stem: str, keep: int) -> None:
    for old in sorted(folder.glob(f"{stem}-*.db"), reverse=True)[keep:]:
        with contextlib.suppress(OSError):
            old.unlink()
