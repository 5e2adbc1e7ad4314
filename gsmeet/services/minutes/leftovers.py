"""The temporary files issues are writing, and those an issue killed half-way left: each
is named in the database before it is created (:class:`~gsmeet.storage.models.PendingFile`),
with the machine and process writing it, so the next start on that machine finds and
removes it. Its version is issued all the same: ``gsmeet minutes`` writes the file again
from what was kept.

On a server database several machines issue: a process number means nothing on
another machine (it may be gone there, or be another program), and the file is on
that machine's disk, so a start removes only its own machine's leftovers. Rows from
before the host was kept (``host == ""``) are judged by their process on a SQLite file,
as before, and left alone on a server."""

from __future__ import annotations

import contextlib
import os
import socket
from pathlib import Path

from sqlalchemy import select

from gsmeet.domain.errors import DatabaseError
from gsmeet.services.store import Database
from gsmeet.storage import engines
from gsmeet.storage.models import PendingFile


def this_host() -> str:
    """The name a pending file's row gives the machine writing it."""
    return socket.gethostname()


def _running(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def clean_leftovers(store: Database) -> list[Path]:
    """Remove the temporary files this machine's issues left when their process is gone
    (killed half-way); return those removed. Their versions are issued: ``gsmeet
    minutes`` writes the file."""
    removed = []
    host = this_host()
    try:
        with store.session() as session:
            server = engines.on_server(session)
            for row in list(session.scalars(select(PendingFile).order_by(PendingFile.id))):
                mine = row.host == host or (not row.host and not server)
                if not mine or _running(row.pid):
                    continue
                path = Path(row.path)
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
                    removed.append(path)
                session.delete(row)
    except (DatabaseError, OSError):
        return removed  # a read-only database or folder: tried again at the next start
    return removed
