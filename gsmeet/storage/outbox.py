"""The outbox: what the live screen recorded on a server database, kept on this
computer until the server has it (issue 13, a lost connection).

Every entry the live screen sends to a server is first written here — one row, one
commit — and only then sent; once the server committed it, its row is deleted. So an
entry whose connection was lost, or whose window crashed before it was sent, is still
here, in the order it was typed, and is sent again: when the connection is back, or at
the next start. Each entry carries its identity (``uid``), which the server's row
keeps: an entry the server committed but whose answer was lost is recognised when it
comes again and not stored twice (so a deletion lost in a crash costs nothing either).

When it is synced: the row is committed to the WAL before the entry is sent, which a
crash of the process does not lose (the system has it); it is synced to the disk
(:meth:`Outbox.secure`) the moment the server does not take the entry — before the
screen says "not yet on the server". An entry the server committed needs no copy
here (the screen says "saved" only then), so the usual save pays no sync of this file:
about 0.1 ms rather than a disk flush on every remark.

Where: ``outbox.sqlite3`` beside the drafts file (:mod:`gsmeet.storage.drafts`), owner
only, keyed by the committee database (its address without a password). A file
database needs none of this: its commit is on this computer's disk already.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from gsmeet.domain.errors import DatabaseError
from gsmeet.domain.locations import Location
from gsmeet.storage.drafts import DRAFTS_FILE, connect_private, database_key
from gsmeet.storage.paths import data_dir

OUTBOX_FILE = "outbox.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS unsent (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    database TEXT NOT NULL,
    meeting_id INTEGER NOT NULL,
    uid TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    payload TEXT NOT NULL,
    kept_at TEXT NOT NULL
)
"""


# One row, rewritten by each secure(): a commit that writes nothing syncs nothing.
_SYNCS = "CREATE TABLE IF NOT EXISTS synced (id INTEGER PRIMARY KEY, times INTEGER NOT NULL)"


class OutboxCannotBeKept(DatabaseError):
    text = "{path}: entries not yet on the server cannot be kept on this computer"


@dataclass(frozen=True, slots=True)
class Unsent:
    """An entry kept here, not yet known to be on the server."""

    seq: int
    meeting_id: int
    uid: str
    kind: str
    payload: dict[str, Any]
    kept_at: datetime


class Outbox:
    """The outbox file, open; any thread, one at a time (a lock serialises them)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        try:
            self._connection = connect_private(path, _SCHEMA)
            with self._connection:
                self._connection.execute(_SYNCS)
            self._connection.execute("PRAGMA synchronous=NORMAL")  # synced by secure()
        except sqlite3.Error as error:
            raise OutboxCannotBeKept(path=path, detail=str(error)) from None

    def keep(
        self,
        database: Location,
        meeting_id: int,
        uid: str,
        kind: str,
        payload: dict[str, Any],
        *,
        now: datetime | None = None,
    ) -> int:
        """Keep an entry (committed; synced by :meth:`secure`); its place in the
        order. Keeping the same ``uid`` twice keeps it once."""
        row = (
            database_key(database),
            meeting_id,
            uid,
            kind,
            json.dumps(payload, ensure_ascii=False),
            (now or datetime.now()).isoformat(sep=" "),
        )
        with self._lock, self._failing():
            with self._connection:
                self._connection.execute(
                    "INSERT INTO unsent (database, meeting_id, uid, kind, payload, kept_at) "
                    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (uid) DO NOTHING",
                    row,
                )
            found = self._connection.execute("SELECT seq FROM unsent WHERE uid = ?", (uid,))
            seq: int = found.fetchone()[0]
            return seq

    def unsent(self, database: Location) -> list[Unsent]:
        """What ``database`` does not have yet, in the order it was kept."""
        with self._lock, self._failing():
            rows = self._connection.execute(
                "SELECT seq, meeting_id, uid, kind, payload, kept_at FROM unsent "
                "WHERE database = ? ORDER BY seq",
                (database_key(database),),
            ).fetchall()
        return [
            Unsent(seq, meeting, uid, kind, json.loads(payload), datetime.fromisoformat(at))
            for seq, meeting, uid, kind, payload, at in rows
        ]

    def count(self, database: Location) -> int:
        with self._lock, self._failing():
            found = self._connection.execute(
                "SELECT count(*) FROM unsent WHERE database = ?", (database_key(database),)
            )
            number: int = found.fetchone()[0]
            return number

    def secure(self) -> None:
        """Everything kept so far on the disk before returning: one commit with
        ``synchronous=FULL``, which syncs the WAL — the rows before it with it."""
        with self._lock, self._failing():
            self._connection.execute("PRAGMA synchronous=FULL")
            try:
                with self._connection:  # a page written, so that the commit syncs
                    self._connection.execute(
                        "INSERT INTO synced VALUES (1, 1) "
                        "ON CONFLICT (id) DO UPDATE SET times = times + 1"
                    )
            finally:
                self._connection.execute("PRAGMA synchronous=NORMAL")

    def sent(self, uid: str) -> None:
        """The server has the entry ``uid``: forget it (not synced: see the module)."""
        with self._lock, self._failing(), self._connection:
            self._connection.execute("DELETE FROM unsent WHERE uid = ?", (uid,))

    def close(self) -> None:
        with self._lock:
            self._connection.close()

    @contextmanager
    def _failing(self) -> Iterator[None]:
        """SQLite's refusals (a full disk, a file gone) as one keyed line."""
        try:
            yield
        except sqlite3.Error as error:
            raise OutboxCannotBeKept(path=self.path, detail=str(error)) from None


def outbox_path(drafts: Path | None = None) -> Path:
    """The outbox file beside the drafts file (by default both in the data folder)."""
    drafts = drafts if drafts is not None else data_dir() / DRAFTS_FILE
    return drafts.with_name(OUTBOX_FILE)


def open_outbox(drafts: Path | None = None) -> Outbox:
    """Open (creating it owner-only) the outbox beside the drafts file ``drafts``."""
    return Outbox(outbox_path(drafts))
