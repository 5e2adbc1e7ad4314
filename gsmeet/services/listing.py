"""The committees and each committee's session list, as the window's list and the
commands show them: read through a plain connection (:mod:`gsmeet.storage.listing`,
the same queries as the first look), so that nothing here loads SQLAlchemy's ORM or
the mapped classes and the window is ready for use as soon as the store is open."""

from __future__ import annotations

from gsmeet.domain.records import CommitteeInfo, MeetingSummary
from gsmeet.services.store import Database
from gsmeet.storage.listing import read_committees, read_meetings


def list_committees(store: Database) -> list[CommitteeInfo]:
    with store.connection() as connection:
        return read_committees(connection)


def list_meetings(store: Database, committee_id: int) -> list[MeetingSummary]:
    """The committee's meetings, newest first (cancelled ones too, marked)."""
    with store.connection() as connection:
        return read_meetings(connection, committee_id)
