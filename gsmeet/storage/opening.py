"""The first steps of opening a database file, which need no SQLAlchemy: the
single-instance lock, what killed runs left beside the file, and the file's schema
revision read after SQLite's ``quick_check`` (:func:`~gsmeet.storage.probe.inspect_revision`).

The check reads the whole file (about 45 ms for ten years of a committee) inside SQLite,
which lets go of the GIL meanwhile; so :func:`gsmeet.services.store.open_database` runs
it on a thread of its own while its own thread loads the database layer (the first
time: later it is loaded already), and :func:`gsmeet.storage.db.open_store` waits for
its verdict before anything is migrated or written. The order is the same either way:
the lock, then the leftovers, then the check (which may roll back what a crash left
half-done, under the lock), then the rest.
"""

from __future__ import annotations

import threading
from pathlib import Path

from gsmeet.storage.cleanup import remove_stale_files
from gsmeet.storage.lock import DatabaseLock
from gsmeet.storage.paths import make_private_dir
from gsmeet.storage.probe import DatabaseIsAFolder, inspect_revision


class Opening:
    """A database file being opened: its lock held (``exclusive``, or ``lock`` handed
    over, which stays the caller's), its leftovers removed, its revision being read —
    on a thread of its own when ``ahead``, else when :meth:`revision` asks."""

    def __init__(
        self,
        path: Path,
        *,
        exclusive: bool = False,
        lock: DatabaseLock | None = None,
        ahead: bool = False,
    ) -> None:
        if path.is_dir():
            raise DatabaseIsAFolder(path=path)  # before a lock file is made beside it
        self.path = path
        self._revision: str | None = None
        self._error: BaseException | None = None
        self._thread: threading.Thread | None = None
        self.owns_lock = lock is None and exclusive
        if self.owns_lock:
            make_private_dir(path.parent)
            lock = DatabaseLock(path)
            lock.acquire()
        self.lock = lock
        if lock is not None:
            try:
                remove_stale_files(path)
            except BaseException:
                self.abandon()
                raise
        if ahead:
            self._thread = threading.Thread(target=self._read, name="gsmeet-check", daemon=True)
            self._thread.start()

    def _read(self) -> None:
        try:
            self._revision = inspect_revision(self.path)
        except BaseException as error:  # raised where the verdict is asked for
            self._error = error

    def revision(self) -> str | None:
        """The file's schema revision (None: missing or empty), once SQLite found it
        sound; raises what reading it raised."""
        if self._thread is None:
            return inspect_revision(self.path)
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._revision

    def abandon(self) -> None:
        """The open failed: the check finished (it may be rolling back a crash's
        journal), then the lock let go if it is this opening's."""
        if self._thread is not None:
            self._thread.join()
        if self.owns_lock and self.lock is not None:
            self.lock.release()
