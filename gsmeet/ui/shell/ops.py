"""The database work the window asks for. Each function runs on the worker thread,
receives the open :class:`~gsmeet.services.store.Database` and returns plain records.

Services are imported inside the functions: importing them pulls in SQLAlchemy, which
must not happen on the GUI thread before the window is painted.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from gsmeet.domain.records import CommitteeInfo, Glance, MeetingRecord, MeetingSummary
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
    path: Path
    committees: tuple[CommitteeInfo, ...]
    risky_location: bool  # a network share or sync folder, where SQLite locking fails


def describe_database(store: Database) -> OpenedDatabase:
    """What the window needs to know about a database it has just opened."""
    from gsmeet.services.meetings import list_committees
    from gsmeet.services.store import is_risky_location

    return OpenedDatabase(store.path, tuple(list_committees(store)), is_risky_location(store.path))


def first_look(path: Path) -> Glance | None:
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
        from gsmeet.services.meetings import list_meetings

        return tuple(list_meetings(store, committee_id))

    return job


def load_record(meeting_id: int) -> Callable[[Database], MeetingRecord]:
    def job(store: Database) -> MeetingRecord:
        from gsmeet.services.meetings import meeting_record

        return meeting_record(store, meeting_id)

    return job
