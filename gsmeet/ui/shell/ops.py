"""The database work the window asks for. Each function runs on the worker thread,
receives the open :class:`~gsmeet.services.store.Database` and returns plain records.

Services are imported inside the functions: importing them pulls in SQLAlchemy, which
must not happen on the GUI thread before the window is painted.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from gsmeet.domain.errors import InvalidInputError
from gsmeet.domain.locations import Server

if TYPE_CHECKING:
    from gsmeet.domain.backups import Backup, BackupCheck, Restored, VerifiedBackup
    from gsmeet.domain.errors import GsmeetError
    from gsmeet.domain.locations import Location
    from gsmeet.domain.offline import CheckedOut, Checkin, Conflict, Side
    from gsmeet.domain.records import CommitteeInfo, Glance, MeetingRecord, MeetingSummary
    from gsmeet.domain.setup import CommitteeSpec
    from gsmeet.services.store import Database

DEMO_FILE = "demo.db"


class Locations(NamedTuple):
    default: Path  # the database opened when none is named
    default_exists: bool
    demo: Path  # where "Open the demo committee" keeps the demo, apart from real data


def locate_databases() -> Locations:
    """Where the default and the demo database are (needs no open database)."""
    from gsmeet.services.store import default_database

    default = default_database()
    return Locations(default, default.exists(), default.with_name(DEMO_FILE))


class OpenedDatabase(NamedTuple):
    location: Location  # a file, or a server database
    committees: tuple[CommitteeInfo, ...]
    risky_location: bool  # a network share or sync folder, where SQLite locking fails
    backup_problem: GsmeetError | None = None  # why the automatic backup failed, if it did
    read_only: bool = False  # a read-only file, folder or disk: to read and print only


def describe_database(store: Database) -> OpenedDatabase:
    """What the window needs to know about a database it has just opened."""
    from gsmeet.services.listing import list_committees
    from gsmeet.services.store import is_risky_location

    location = store.location
    return OpenedDatabase(
        location,
        tuple(list_committees(store)),
        is_risky_location(location),
        getattr(store, "backup_problem", None),
        bool(getattr(store, "read_only", False)),
    )


def tidy_up(store: Database) -> None:
    """What the open left for after the session list (services.store.tidy_up)."""
    from gsmeet.services.store import tidy_up as tidy

    tidy(store)


def first_look(path: Location) -> Glance | None:
    """The committees and sessions in ``path`` read without SQLAlchemy (None: wait for
    the full open), so the list shows while the database layer is still loading."""
    from gsmeet.services.store import first_look as look

    return look(path)


def ensure_demo(path: Path) -> Path:
    """Create the demo committee at ``path`` unless the file is there already (built
    aside and moved into place, so an interrupted build leaves no half-filled file)."""
    if not path.exists():
        from gsmeet.demo.database import create_demo_database

        create_demo_database(path)
    return path


def load_meetings(committee_id: int) -> Callable[[Database], tuple[MeetingSummary, ...]]:
    def job(store: Database) -> tuple[MeetingSummary, ...]:
        from gsmeet.services.listing import list_meetings

        return tuple(list_meetings(store, committee_id))

    return job


def load_record(meeting_id: int) -> Callable[[Database], MeetingRecord]:
    def job(store: Database) -> MeetingRecord:
        from gsmeet.services.record import meeting_record

        return meeting_record(store, meeting_id)

    return job


# -- backups (File ▸ Backups…, and a damaged database at open) ----------------------


class BackupsOnTheServer(InvalidInputError):
    text = (
        "{server} is a server database: its administrator backs it up (pg_dump); "
        "'gsmeet export' writes a copy of everything"
    )


def _file_of(store: Database) -> Path:
    location = store.location
    if isinstance(location, Server):
        raise BackupsOnTheServer(server=location)
    return location


def backups_of(store: Database) -> tuple[tuple[Backup, BackupCheck], ...]:
    """The open database's backups, newest first, each checked now."""
    from gsmeet.services.admin.backups import backups_of as listed

    return tuple(listed(_file_of(store)))


def back_up_now(store: Database) -> VerifiedBackup:
    from gsmeet.services.admin.backups import backup_now

    return backup_now(_file_of(store))


def restore_over_open(source: Path) -> Callable[[Database], Restored]:
    """Restore ``source`` over the open database (it stays open, on the restored file)."""

    def job(store: Database) -> Restored:
        from gsmeet.services.admin.backups import restore_in_place

        return restore_in_place(store, source)

    return job


def undo_restore_over_open(restored: Restored) -> Callable[[Database], Restored]:
    def job(store: Database) -> Restored:
        from gsmeet.services.admin.backups import undo_restore_in_place

        return undo_restore_in_place(store, restored)

    return job


def newest_backup(path: Path) -> VerifiedBackup | None:
    """The newest verified backup of a database that would not open."""
    from gsmeet.services.admin.backups import newest_verified_backup

    return newest_verified_backup(path)


def restore_newest(path: Path) -> Restored:
    """Restore the newest verified backup over ``path`` (not open here)."""
    from gsmeet.services.admin.backups import restore_database

    return restore_database(path)


def create_committee_file(path: Path, spec: CommitteeSpec) -> Path:
    """A committee in a database file that is not open (made when missing)."""
    from gsmeet.services.committees import create_committee_file as create

    create(path, spec)
    return path


def import_file(path: Path, source: Path) -> Path:
    """An export loaded into a database file that is not open (made when missing)."""
    from gsmeet.services.admin.setup import import_database

    import_database(path, source)
    return path


def import_into(source: Path) -> Callable[[Database], int]:
    """An export loaded into the open database (which holds no committee yet)."""

    def job(store: Database) -> int:
        from gsmeet.services.admin.transfer import import_document, read_document

        return import_document(store, read_document(source)).total

    return job


def take_offline(meeting_id: int, out: Path) -> Callable[[Database], CheckedOut]:
    """File ▸ Take session offline…: the session copied into ``out`` and marked as out."""

    def job(store: Database) -> CheckedOut:
        from datetime import datetime

        from gsmeet.services.offline.checkout import take_offline as take

        return take(store, meeting_id, out, now=datetime.now())

    return job


def conflicts_of(copy: Path) -> Callable[[Database], list[Conflict]]:
    """What a check-in of ``copy`` would have the secretary choose (nothing written)."""

    def job(store: Database) -> list[Conflict]:
        from gsmeet.services.offline.checkin import conflicts_of as listed

        return listed(store, copy)

    return job


def bring_back(copy: Path, keep: dict[str, Side]) -> Callable[[Database], Checkin]:
    """File ▸ Bring session back…: ``copy`` merged, each conflict as ``keep`` says."""

    def job(store: Database) -> Checkin:
        from datetime import datetime

        from gsmeet.services.offline.checkin import bring_back as merge

        return merge(store, copy, keep=keep, now=datetime.now())

    return job
