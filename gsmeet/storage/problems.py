"""What SQLite said when it could not read or write a database, in the user's words.

SQLite's own text (``database or disk is full``) is English; a message shows the
:class:`~gsmeet.domain.messages.Message` :func:`sqlite_reason` picks by that text, and
keeps SQLite's as the unshown ``detail`` (logs)."""

from __future__ import annotations

import shutil
from pathlib import Path

from gsmeet.domain.files import DiskFailed, DiskFull, FileBusy, ReadOnlyDisk
from gsmeet.domain.messages import Message

ALMOST_NOTHING = 64 * 1024  # bytes free: a disk SQLite cannot grow a file on


class FileDamaged(Message):
    text = "the file is damaged"


class NoGsmeetSchema(Message):
    text = "it holds no gsmeet schema"


class DatabaseSaidNo(Message):
    text = "the database refused it"


_BY_TEXT: tuple[tuple[str, type[Message]], ...] = (
    ("disk is full", DiskFull),
    ("readonly", ReadOnlyDisk),
    ("read-only", ReadOnlyDisk),
    ("locked", FileBusy),
    ("disk i/o error", DiskFailed),
    ("malformed", FileDamaged),
    ("not a database", FileDamaged),
)


def sqlite_reason(error: BaseException, where: Path | None = None) -> Message:
    """Why SQLite failed (``error``: sqlite3's or SQLAlchemy's wrapper of it). SQLite
    says "disk I/O error" when it cannot make a ``-shm`` or ``-wal`` on a full disk:
    with ``where`` (the database's folder), a disk with no room left is said as full."""
    text = str(getattr(error, "orig", None) or error)
    lowered = text.lower()
    for needle, reason in _BY_TEXT:
        if needle in lowered:
            if reason is DiskFailed and where is not None and no_room(where):
                return DiskFull(detail=text)
            return reason(detail=text)
    return DatabaseSaidNo(detail=text)


def no_room(folder: Path) -> bool:
    """Whether the disk holding ``folder`` is (as good as) full."""
    try:
        return shutil.disk_usage(folder).free < ALMOST_NOTHING
    except OSError:
        return False
