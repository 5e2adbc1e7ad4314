"""The demo committee as a database file of its own."""

from __future__ import annotations

from pathlib import Path

from gsmeet.domain.backups import Kept
from gsmeet.domain.errors import InvalidInputError
from gsmeet.domain.locations import Server
from gsmeet.storage.lock import DatabaseLock
from gsmeet.storage.replace import build_then_move


class DemoPathIsAFolder(InvalidInputError):
    text = "{path} is a folder; name the database file"


class DemoWouldReplace(InvalidInputError):
    text = "{path} already exists (use --force to replace it)"


class DemoNeedsAnEmptyServerDatabase(InvalidInputError):
    text = "{server} already holds data; the demo committee goes into an empty database"


def create_demo_on_server(server: Server) -> None:
    """Fill the empty server database ``server`` with the demo committee (its schema is
    made first); one that holds any committee is refused, ``--force`` or not: sample
    data never mixes with real data, and a server database is never replaced."""
    from sqlalchemy import func, select

    from gsmeet.demo.build import build_demo
    from gsmeet.storage.models import Committee
    from gsmeet.storage.server import open_server

    store = open_server(server)
    try:
        with store.session() as session:
            if session.scalar(select(func.count()).select_from(Committee)):
                raise DemoNeedsAnEmptyServerDatabase(server=server)
        build_demo(store)
    finally:
        store.close()


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
