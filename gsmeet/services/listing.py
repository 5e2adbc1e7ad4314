"""The committees and each committee's session list, as the window's list and the
commands show them, and the committee a command names (:func:`find_committee`): read
through a plain connection (:mod:`gsmeet.storage.listing`, the same queries as the
first look), so that nothing here loads SQLAlchemy's ORM or the mapped classes and the
window is ready for use as soon as the store is open."""

from __future__ import annotations

import unicodedata
from typing import TYPE_CHECKING

from gsmeet.domain.errors import InvalidInputError, NotFoundError
from gsmeet.domain.records import CommitteeInfo, MeetingSummary
from gsmeet.services.store import Database
from gsmeet.storage.listing import read_committees, read_meetings

if TYPE_CHECKING:
    from gsmeet.services.record import Reader


class NoCommittee(NotFoundError):
    text = "This database holds no committee yet; create one with 'gsmeet committee new'"


class SeveralCommittees(InvalidInputError):
    text = "This database holds {count} committees ({names}); name one with --committee"


class NoCommitteeNamed(NotFoundError):
    text = "No committee named {name} in this database (it holds {names})"


def key(text: str) -> str:
    """A name as it is compared: Unicode-normalised, spaces and case ignored."""
    return "".join(unicodedata.normalize("NFC", text).split()).casefold()


def find_committee(store: Reader, name: str | None = None) -> CommitteeInfo:
    """The committee called ``name``, or the only one the database holds; says so when
    the database holds several and none is named."""
    with store.connection() as connection:
        committees = read_committees(connection)
    if not committees:
        raise NoCommittee()
    names = ", ".join(c.name for c in committees)
    if name is not None:
        for committee in committees:
            if key(committee.name) == key(name):
                return committee
        raise NoCommitteeNamed(name=name, names=names)
    if len(committees) > 1:
        raise SeveralCommittees(count=len(committees), names=names)
    return committees[0]


def list_committees(store: Database) -> list[CommitteeInfo]:
    with store.connection() as connection:
        return read_committees(connection)


def list_meetings(store: Database, committee_id: int) -> list[MeetingSummary]:
    """The committee's meetings, newest first (cancelled ones too, marked)."""
    with store.connection() as connection:
        return read_meetings(connection, committee_id)
