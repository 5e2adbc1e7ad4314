"""Writing output files so that a reader never sees half a file."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from gsmeet.domain.errors import GsmeetError, InvalidInputError
from gsmeet.domain.files import reason


class CannotWrite(GsmeetError):
    text = "{path}: cannot write here ({reason})"


class NoSuchFolder(InvalidInputError):
    text = "{path}: the folder {folder} does not exist"


class IsTheDatabase(InvalidInputError):
    text = "{path} is the database itself; choose another file to write"


class OutputIsAFolder(InvalidInputError):
    text = "{path} is a folder; name the file to write"


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
    try:
        fd, temporary = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".tmp")
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


def refuse_database_target(out: Path, database: Path) -> None:
    """Raise :class:`GsmeetError` when ``out`` is the database file or one of its
    companions: writing a PDF or an export there would replace the committee's data."""
    target = Path(out).resolve()
    db = Path(database).resolve()
    protected = {db, *(Path(f"{db}{suffix}") for suffix in ("-wal", "-shm", "-journal", ".lock"))}
    same = target in protected or (target.exists() and db.exists() and target.samefile(db))
    if same:
        raise IsTheDatabase(path=out)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current
