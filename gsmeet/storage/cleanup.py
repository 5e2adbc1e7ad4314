"""Temporary files of gsmeet's own naming that a killed run left behind.

Every temporary file gsmeet makes beside a database starts with a dot and the
database's file name and ends in a suffix of its own: ``.<db>.<random>.building`` (a
database built aside), ``.<db>.restoring`` (a backup being put back), and in the backup
folder ``.<backup>.partial`` (a backup being verified) — each with SQLite's companions
(``-wal``, ``-shm``, ``-journal``). Whoever makes one holds the database's lock while
it exists, so whoever holds the lock knows any such file it finds is stale.
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path

_COMPANION = r"(-wal|-shm|-journal)?"


def stale_files(database: Path) -> list[Path]:
    """The temporary files of ``database`` left by runs that ended (call with its lock
    held: then no other gsmeet can be making them)."""
    name = re.escape(database.name)
    beside = re.compile(rf"^\.{name}\.([A-Za-z0-9_]+\.building|restoring){_COMPANION}$")
    found = _matching(database.parent, beside)
    stem = re.escape(database.stem)
    partial = re.compile(
        rf"^\.{stem}-\d{{8}}-\d{{6}}-\d{{6}}-[A-Za-z0-9_-]+\.db\.partial{_COMPANION}$"
    )
    found += _matching(database.parent / f"{database.stem}-backups", partial)
    return found


def remove_stale_files(database: Path) -> list[Path]:
    """Remove :func:`stale_files`; returns what was removed."""
    removed = []
    for path in stale_files(database):
        with contextlib.suppress(OSError):
            path.unlink()
            removed.append(path)
    return removed


def _matching(folder: Path, pattern: re.Pattern[str]) -> list[Path]:
    try:
        names = [entry.name for entry in folder.iterdir()]
    except OSError:
        return []
    return sorted(folder / n for n in names if pattern.match(n))
