"""Building a whole database aside, then swapping it into place.

A database made in one go (the demo committee, one loaded from an export) is built in
a temporary file beside its destination (``.<name>.<random>.building``) and renamed
over it only once complete, so a failure leaves no half-filled file behind, and what
it replaces is kept first (:func:`gsmeet.storage.recovery.swap_in`). The destination's
single-instance lock is held from the start: never from under a running gsmeet, and
whoever holds the lock knows a ``.building`` file of that name is stale.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from gsmeet.domain.backups import Kept
from gsmeet.storage.db import Store, open_store
from gsmeet.storage.lock import DatabaseLock
from gsmeet.storage.paths import make_private_dir
from gsmeet.storage.recovery import swap_in

BUILDING = ".building"


def build_then_move(
    path: Path, build: Callable[[Store], object], *, lock: DatabaseLock | None = None
) -> Kept:
    """Run ``build`` on a new, empty store in a temporary file beside ``path``, then
    rename it into place. What was at ``path`` is kept (returned). ``lock``: the
    single-instance lock of ``path`` when the caller holds it already."""
    make_private_dir(path.parent)
    own = lock is None
    if lock is None:
        lock = DatabaseLock(path)
        lock.acquire()
    try:
        fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=BUILDING)
        os.close(fd)
        temporary = Path(name)
        temporary.unlink()  # open_store creates it private and empty
        try:
            store = open_store(temporary)
            try:
                build(store)
                store.checkpoint(truncate=True)
            finally:
                store.close()
            return swap_in(path, temporary, lock=lock)
        finally:
            for suffix in ("", "-wal", "-shm", "-journal"):
                with contextlib.suppress(FileNotFoundError):
                    os.unlink(f"{temporary}{suffix}")
    finally:
        if own:
            lock.release()
