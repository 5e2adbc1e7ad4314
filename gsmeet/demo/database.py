"""The demo committee as a database file of its own."""

from __future__ import annotations

from pathlib import Path

from gsmeet.domain.backups import Kept
from gsmeet.domain.errors import InvalidInputError
from gsmeet.storage.lock import DatabaseLock
from gsmeet.storage.replace import build_then_move


class DemoPathIsAFolder(InvalidInputError):
    text = "{path} is a folder; name the database file"


class DemoWouldReplace(InvalidInputError):
    text = "{path} already exists (use --force to replace it)"


def create_demo_database(
    path: Path, *, replace: bool = False, lock: DatabaseLock | None = None
) -> Kept:
    """Create the demo committee at ``path``; an existing file is kept unless
    ``replace``, and then only swapped out once the new one is complete (and kept: as a
    verified backup, or moved aside when it is not sound; returned). ``lock``: the
    database's single-instance lock, when the caller holds it."""
    from gsmeet.demo.build import build_demo

    if path.is_dir():
        raise DemoPathIsAFolder(path=path)
    if path.exists() and not replace:
        raise DemoWouldReplace(path=path)
    return build_then_move(path, build_demo, lock=lock)
