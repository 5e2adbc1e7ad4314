"""One gsmeet at a time per database file.

The lock is an OS file lock on ``<db>.lock`` held for as long as the database is open.
The OS drops it when the process ends, however it ends, so a lock left by a crash is
reclaimed by simply taking it again. A clean release removes the file (while still
holding the lock); whoever locked the file just before it was removed finds it is no
longer the one at that path and takes the new one instead.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path
from typing import IO

from gsmeet.domain.errors import LockedError


class OpenElsewhere(LockedError):
    text = "{path} is open in another gsmeet (process {process})"


class DatabaseLock:
    def __init__(self, database: Path) -> None:
        self.path = database.with_name(database.name + ".lock")
        self._handle: IO[str] | None = None

    def acquire(self) -> None:
        """Take the lock or raise :class:`LockedError` naming the holder's process."""
        while True:
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            handle = os.fdopen(fd, "r+", encoding="utf-8")
            try:
                _lock(handle)
            except OSError:
                holder = handle.read().strip() or "?"
                handle.close()
                raise OpenElsewhere(path=self.path.with_suffix(""), process=holder) from None
            if _still_at(self.path, handle):
                break
            handle.close()  # removed by its last holder meanwhile: lock the new file
        handle.seek(0)
        handle.truncate()
        handle.write(str(os.getpid()))
        handle.flush()
        self._handle = handle

    def release(self) -> None:
        if self._handle is not None:
            if sys.platform != "win32":  # (Windows cannot remove a file that is open)
                with contextlib.suppress(FileNotFoundError):
                    self.path.unlink()
            self._handle.close()  # closing the descriptor releases the OS lock
            self._handle = None
            if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
                with contextlib.suppress(OSError):
                    self.path.unlink()


def _still_at(path: Path, handle: IO[str]) -> bool:
    """Whether the locked file is still the one at ``path``."""
    try:
        current = os.stat(path)
    except FileNotFoundError:
        return False
    opened = os.fstat(handle.fileno())
    return (current.st_dev, current.st_ino) == (opened.st_dev, opened.st_ino)


if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _lock(handle: IO[str]) -> None:
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

else:
    import fcntl

    def _lock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
