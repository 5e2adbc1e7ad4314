"""Writing output files so that a reader never sees half a file."""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
import time
from pathlib import Path

from gsmeet.domain.errors import GsmeetError, InvalidInputError
from gsmeet.domain.files import reason
from gsmeet.domain.locations import Location, Server

TEMPORARY = ".tmp"
STALE_AFTER_S = 3600.0


class CannotWrite(GsmeetError):
    text = "{path}: cannot write here ({reason})"


class NoSuchFolder(InvalidInputError):
    text = "{path}: the folder {folder} does not exist"


class IsTheDatabase(InvalidInputError):
    text = "{path} is the database itself; choose another file to write"


class OutputIsAFolder(InvalidInputError):
    text = "{path} is a folder; name the file to write"


class OutputIsADevice(InvalidInputError):
    text = "{path} is a device, not a file; name a file to write"


class OutputIsAPipe(InvalidInputError):
    text = "{path} is a named pipe (FIFO), not a file; name a file to write"


class OutputIsASocket(InvalidInputError):
    text = "{path} is a socket, not a file; name a file to write"


class OutputIsNotAFile(InvalidInputError):
    text = "{path} is not a regular file; name a file to write"


class FolderNotWritable(InvalidInputError):
    text = "{path}: cannot write in the folder {folder}"


def write_atomically(path: Path, data: bytes, *, private: bool = False) -> None:
    """Replace ``path`` with ``data``: written to a temporary file beside it, flushed,
    then renamed over it. Raises :class:`GsmeetError` naming the path on failure."""
    staged = stage(path, data, private=private)
    try:
        os.replace(staged, path)
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(staged)
        raise CannotWrite(path=path, reason=reason(error)) from None


def stage(path: Path, data: bytes, *, private: bool = False) -> Path:
    """``data`` written and flushed to a temporary file beside ``path``, for the caller
    to rename over it (``os.replace``) once it may: the first half of
    :func:`write_atomically`, for a write that must wait for a commit. Owner-only when
    ``private``; raises :class:`GsmeetError` naming the path on failure."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise NoSuchFolder(path=path, folder=folder)
    refuse_special(path)
    remove_stale_temporaries(path)
    try:
        fd, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=TEMPORARY)
    except OSError as error:
        raise CannotWrite(path=path, reason=reason(error)) from None
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if not private:
            os.chmod(temporary, 0o644 & ~_umask())
    except OSError as error:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise CannotWrite(path=path, reason=reason(error)) from None
    return Path(temporary)


def refuse_special(path: Path) -> None:
    """A file gsmeet writes replaces what is at ``path`` by a rename: that must be a
    regular file (or nothing). A device, a FIFO or a socket is refused — renaming over
    a device node (as root) would replace the node — and so is a folder."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return
    except OSError as error:
        raise CannotWrite(path=path, reason=reason(error)) from None
    if stat.S_ISDIR(mode):
        raise OutputIsAFolder(path=path)
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        raise OutputIsADevice(path=path)
    if stat.S_ISFIFO(mode):
        raise OutputIsAPipe(path=path)
    if stat.S_ISSOCK(mode):
        raise OutputIsASocket(path=path)
    if not stat.S_ISREG(mode):
        raise OutputIsNotAFile(path=path)


def remove_stale_temporaries(path: Path, *, older_than: float = STALE_AFTER_S) -> list[Path]:
    """Remove ``.<name>.<random>.tmp`` files of ``path`` that a killed run left (older
    than an hour: a write in progress takes seconds). Returns what was removed."""
    folder = path.parent if str(path.parent) else Path(".")
    pattern = re.compile(rf"^\.{re.escape(path.name)}\.[A-Za-z0-9_]+{re.escape(TEMPORARY)}$")
    removed: list[Path] = []
    now = time.time()
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        if not pattern.match(entry.name):
            continue
        with contextlib.suppress(OSError):
            if entry.is_file(follow_symlinks=False) and now - entry.stat().st_mtime > older_than:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
    return removed


def append_private(path: Path, text: str) -> None:
    """Append ``text`` to ``path``, creating it owner-only (0600): logs hold paths and
    names."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    with os.fdopen(fd, "a", encoding="utf-8") as handle:
        handle.write(text)


def refuse_database_target(out: Path, database: Location) -> None:
    """Raise :class:`GsmeetError` when ``out`` is the database file or one of its
    companions: writing a PDF or an export there would replace the committee's data
    (a server database has no file here to protect)."""
    if isinstance(database, Server):
        return
    target = Path(out).resolve()
    db = Path(database).resolve()
    protected = {db, *(Path(f"{db}{suffix}") for suffix in ("-wal", "-shm", "-journal", ".lock"))}
    same = target in protected or (target.exists() and db.exists() and target.samefile(db))
    if same:
        raise IsTheDatabase(path=out)


def writable_target(out: Path, database: Location) -> Path:
    """``out``, if a file can be written there (not the database, its folder exists and
    is writable, not a folder itself): checked before a second is spent rendering.
    (Writing can still fail later; that too raises a one-line error.)"""
    out = Path(out)
    refuse_database_target(out, database)
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise NoSuchFolder(path=out, folder=folder)
    if out.is_dir():
        raise OutputIsAFolder(path=out)
    if not os.access(folder, os.W_OK):
        raise FolderNotWritable(path=out, folder=folder)
    return out


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
