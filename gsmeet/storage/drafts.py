"""Drafts: text still being typed in a longer field (a long remark, a decision being
worded), kept so that a crash, a killed process or a pulled power cord loses none of it.
The live screen saves a field's draft shortly after the last keystroke (about 500 ms),
clears it once the entry itself is saved, and offers what is left on the next start.

Where: a small SQLite file of its own in the data folder (``drafts.sqlite3``), keyed by
(committee database, meeting id, field), rather than a JSON file or the committee
database:

- One save is one row upserted and one commit. With WAL and ``synchronous=FULL`` that
  is a single fsync of the WAL — durable on return, atomic across a crash, and about
  a millisecond. A JSON file rewritten atomically (temp file, fsync, rename, fsync
  of the folder) needs two syncs per keystroke pause and rewrites every draft.
- Not the committee database: half-typed text is not committee data. It stays out of
  the minutes, the exports and the backups, needs no schema migration, and a draft
  save never waits behind the worker's transaction on the committee file.
- Expendable: a drafts file that cannot be read is moved aside (never deleted) and a
  new one started; the committee database is never touched.

The file is created owner-only (0600), as drafts hold personal data; SQLite gives its
``-wal`` and ``-shm`` files the same permissions.
"""

from __future__ import annotations

import sqlite3
import threading
from datetime import datetime
from pathlib import Path

from gsmeet.domain.errors import DatabaseError
from gsmeet.domain.live import Draft
from gsmeet.domain.locations import Location, Server
from gsmeet.storage.paths import create_private_file, data_dir, make_private_dir

DRAFTS_FILE = "drafts.sqlite3"


class DraftsCannotBeKept(DatabaseError):
    text = "{path}: drafts cannot be kept"


_SCHEMA = """
CREATE TABLE IF NOT EXISTS draft (
    database TEXT NOT NULL,
    meeting_id INTEGER NOT NULL,
    field TEXT NOT NULL,
    text TEXT NOT NULL,
    saved_at TEXT NOT NULL,
    PRIMARY KEY (database, meeting_id, field)
) WITHOUT ROWID
"""


class Drafts:
    """The drafts file, open. Safe to call from any one thread at a time (the UI's
    timer or its worker); a lock serialises the rest."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._saved: dict[tuple[str, int, str], str] = {}
        self._connection = connect_private(path, _SCHEMA)

    def save_draft(
        self,
        database: Location,
        meeting_id: int,
        field: str,
        text: str,
        *,
        now: datetime | None = None,
    ) -> None:
        """Keep ``text`` as the draft of ``field``, durably, before returning. An empty
        text clears the draft; text unchanged since the last save costs nothing."""
        key = (database_key(database), meeting_id, field)
        if not text.strip():
            self.clear_draft(database, meeting_id, field)
            return
        with self._lock:
            if self._saved.get(key) == text:
                return
            moment = (now or datetime.now()).isoformat(sep=" ")
            with self._connection:
                self._connection.execute(
                    "INSERT INTO draft VALUES (?, ?, ?, ?, ?) "
                    "ON CONFLICT (database, meeting_id, field) "
                    "DO UPDATE SET text = excluded.text, saved_at = excluded.saved_at",
                    (*key, text, moment),
                )
            self._saved[key] = text

    def load_drafts(self, database: Location, meeting_id: int | None = None) -> list[Draft]:
        """The drafts left for ``database`` (one meeting's, or all), oldest first."""
        query = "SELECT * FROM draft WHERE database = ?"
        arguments: tuple[object, ...] = (database_key(database),)
        if meeting_id is not None:
            query += " AND meeting_id = ?"
            arguments += (meeting_id,)
        with self._lock:
            rows = self._connection.execute(query + " ORDER BY saved_at", arguments).fetchall()
        return [
            Draft(row[0], row[1], row[2], row[3], datetime.fromisoformat(row[4])) for row in rows
        ]

    def clear_draft(self, database: Location, meeting_id: int, field: str) -> None:
        """Forget a field's draft (its entry was saved, or the text was discarded)."""
        key = (database_key(database), meeting_id, field)
        with self._lock:
            if self._saved.get(key) == "":
                return  # cleared already by this process: nothing on disk to delete
            with self._connection:
                self._connection.execute(
                    "DELETE FROM draft WHERE database = ? AND meeting_id = ? AND field = ?", key
                )
            self._saved[key] = ""

    def close(self) -> None:
        with self._lock:
            self._connection.close()


def open_drafts(path: Path | None = None) -> Drafts:
    """Open the drafts file (by default ``drafts.sqlite3`` in the data folder),
    creating it owner-only; an unreadable one is moved aside and a new one started."""
    path = path if path is not None else data_dir() / DRAFTS_FILE
    try:
        return Drafts(path)
    except sqlite3.DatabaseError:
        aside = path.with_name(f"{path.name}.damaged-{datetime.now():%Y%m%d-%H%M%S}")
        path.rename(aside)
        for suffix in ("-wal", "-shm"):
            leftover = path.with_name(path.name + suffix)
            if leftover.exists():
                leftover.rename(aside.with_name(aside.name + suffix))
        try:
            return Drafts(path)
        except sqlite3.Error as error:
            raise DraftsCannotBeKept(path=path, detail=str(error)) from None
    except sqlite3.Error as error:
        raise DraftsCannotBeKept(path=path, detail=str(error)) from None


def connect_private(path: Path, schema: str) -> sqlite3.Connection:
    """A small owner-only SQLite file of this computer's own (drafts, the outbox): WAL,
    every commit synced to the disk, checked, its ``schema`` made."""
    if not path.exists():
        make_private_dir(path.parent)
        create_private_file(path)
    # Autocommit off (isolation_level=None would make every statement its own commit):
    # each save is its own explicit transaction through the context manager.
    connection = sqlite3.connect(path, check_same_thread=False)
    try:
        connection.execute("PRAGMA journal_mode=WAL")
        # FULL: the WAL is synced at each commit, so a saved draft survives power loss.
        connection.execute("PRAGMA synchronous=FULL")
        connection.execute("PRAGMA busy_timeout=2000")
        verdict = connection.execute("PRAGMA quick_check").fetchone()[0]
        if verdict != "ok":
            raise sqlite3.DatabaseError(verdict)
        with connection:
            connection.execute(schema)
    except BaseException:
        connection.close()
        raise
    return connection


def database_key(database: Location) -> str:
    """The committee database a row of this computer's own files belongs to."""
    if isinstance(database, Server):
        return database.url  # without its password
    return str(Path(database).resolve())
