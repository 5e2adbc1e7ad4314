"""The temporary files issues are writing, and those an issue killed half-way left: each
is named in the database before it is created (:class:`~gsmeet.storage.models.PendingFile`),
so the next start finds and removes it. Its version is issued all the same: ``gsmeet
minutes`` writes the file again from what was kept."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from sqlalchemy import select

from gsmeet.domain.errors import DatabaseError
from gsmeet.services.store import Database
from gsmeet.storage.models import PendingFile


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
    """Remove the temporary files of issues whose process is gone (killed half-way);
    return those removed. Their versions are issued: ``gsmeet minutes`` writes the file."""
    removed = []
    try:
        with store.session() as session:
            for row in list(session.scalars(select(PendingFile).order_by(PendingFile.id))):
                if _running(row.pid):
                    continue
                path = Path(row.path)
                with contextlib.suppress(FileNotFoundError):
                    path.unlink()
                    removed.append(path)
                session.delete(row)
    except (DatabaseError, OSError):
        return removed  # a read-only database or folder: tried again at the next start
    return removed
