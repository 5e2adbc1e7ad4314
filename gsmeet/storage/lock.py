"""One gsmeet writer at a time per database file: the window and every command that
writes take the same lock.

The lock is an OS file lock on ``<db>.lock`` held for as long as the database is open
for writing. The file says who holds it (process, user, host, since when), so a
refusal can name the holder. The OS drops the lock when the process ends, however it
ends, so a lock left by a crash is reclaimed by simply taking it again. A clean release
removes the file (while still holding the lock); whoever locked the file just before it
was removed finds it is no longer the one at that path and takes the new one instead.
"""

from __future__ import annotations

import contextlib
import errno
import getpass
import json
import os
import socket
import sys
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import IO

from gsmeet.domain.errors import DatabaseError, LockedError
from gsmeet.domain.files import reason as file_reason

FULL = (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC))


class OpenElsewhere(LockedError):
    text = (
        "{path} is open in another gsmeet (process {process} of {user} on {host}, "
        "since {since}); close it there first"
    )


class DatabaseFolderReadOnly(DatabaseError):
    text = "{path} is read-only here ({reason}); gsmeet needs to write to it and its folder"


class NoRoomToOpen(DatabaseError):
    text = "{path}: the disk is full; free some space, then open it again"


@dataclass(frozen=True, slots=True)
class Holder:
    process: str
    user: str
    host: str
    since: datetime | str

    @classmethod
    def me(cls) -> Holder:
        try:
            user = getpass.getuser()
        except (KeyError, OSError):  # no name for this uid (containers)
            user = str(os.getuid()) if hasattr(os, "getuid") else "?"
        return cls(
            str(os.getpid()), user, socket.gethostname(), datetime.now().replace(microsecond=0)
        )

    def dump(self) -> str:
        since = self.since.isoformat() if isinstance(self.since, datetime) else self.since
        return json.dumps(
            {"pid": self.process, "user": self.user, "host": self.host, "since": since}
        )

    @classmethod
    def load(cls, text: str) -> Holder:
        """The holder a lock file names (an older gsmeet wrote only its process id)."""
        try:
            data = json.loads(text)
        except ValueError:
            data = None
        if not isinstance(data, dict):
            return cls(text.strip() or "?", "?", "?", "?")
        since: datetime | str = str(data.get("since", "?"))
        with contextlib.suppress(ValueError):
            since = datetime.fromisoformat(str(since))
        return cls(
            str(data.get("pid", "?")), str(data.get("user", "?")), str(data.get("host", "?")), since
        )


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


class DatabaseLock:
    def __init__(self, database: Path) -> None:
        self.database = database
        self.path = lock_path(database)
        self._handle: IO[str] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> None:
        """Take the lock or raise :class:`OpenElsewhere` naming its holder."""
        while True:
            try:
                fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
            except OSError as error:  # a read-only disk or folder: no writer here
                if error.errno in FULL:
                    raise NoRoomToOpen(path=self.database, detail=error.strerror) from None
                raise DatabaseFolderReadOnly(
                    path=self.database, reason=file_reason(error)
                ) from None
            handle = os.fdopen(fd, "r+", encoding="utf-8")
            try:
                _lock(handle)
            except OSError:
                holder = Holder.load(handle.read())
                handle.close()
                raise OpenElsewhere(
                    path=self.database,
                    process=holder.process,
                    user=holder.user,
                    host=holder.host,
                    since=holder.since,
                ) from None
            if _still_at(self.path, handle):
                break
            handle.close()  # removed by its last holder meanwhile: lock the new file
        self._handle = handle
        try:  # who holds it, for a refusal to name (written unbuffered: nothing pending)
            os.ftruncate(fd, 0)
            os.lseek(fd, 0, os.SEEK_SET)
            os.write(fd, Holder.me().dump().encode("utf-8"))
        except OSError:  # a full disk: the lock holds all the same, its holder unnamed
            with contextlib.suppress(OSError):
                os.ftruncate(fd, 0)

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
