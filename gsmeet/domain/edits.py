"""What every edit speaks: the one lock (a meeting whose minutes were issued), an
update argument left as it is (:data:`KEEP`), a move among ordered siblings, what a
delete took away, and the handle that undoes an edit (:class:`Undo`)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Protocol

from gsmeet.domain.enums import MeetingStatus
from gsmeet.domain.errors import InvalidInputError, LockedError


class MinutesIssued(LockedError):
    text = (
        "Meeting no. {number} ({held_on}): its minutes were issued, so its record can no "
        "longer change; reopen it for correction to edit it"
    )


class NotThatRemoval(InvalidInputError):
    """A removal handed back to the wrong service's undo (a bug, said plainly)."""

    text = "Not a removal of this kind: {kind}"


class SessionMinutesIssued(LockedError):
    text = (
        "The session of {held_on}: its minutes were issued, so its record can no longer "
        "change; reopen it for correction to edit it"
    )


class ChangedMeanwhile(LockedError):
    """An edit made on what the screen showed, after someone else changed that row:
    refused, never written over their change (issue 13: several secretaries on one
    server database). The screen reads it again."""

    text = (
        "{name} ({what}) was changed by {by} at {at} ({fields}) after your screen showed it; "
        "your change was not saved and the screen now shows theirs"
    )


class Dated(Protocol):
    """What the lock needs of a meeting (a row, a record, a tuple of its columns)."""

    @property
    def number(self) -> int | None: ...

    @property
    def held_on(self) -> date: ...

    @property
    def status(self) -> MeetingStatus: ...


def ensure_editable(meeting: Dated) -> None:
    """Raise :class:`MinutesIssued` when ``meeting``'s minutes were issued: issued
    minutes never change, so nothing in the record they were made from may (its
    agenda, attendance, remarks, decisions, action items, what was recorded at it in
    the registers) until it is reopened for correction. Every service that edits a
    meeting's record asks this before writing."""
    if meeting.status is MeetingStatus.MINUTES_ISSUED:
        if meeting.number is None:  # a kind not numbered (a 출범식)
            raise SessionMinutesIssued(held_on=meeting.held_on)
        raise MinutesIssued(number=meeting.number, held_on=meeting.held_on)


class Keep(Enum):
    """An update argument left as it is. ``None`` cannot say this: for many fields
    (an end date, a presenter) it is a value of its own."""

    KEEP = "keep"


KEEP = Keep.KEEP


class Undo:
    """What undoes an edit, as the service that made it wrote it down. Whoever shows
    the edit keeps it and hands it back to undo it, never looking inside: only storage
    reads it (:class:`gsmeet.storage.journal.Journal`, rows as they were)."""

    __slots__ = ()


@dataclass(frozen=True, slots=True)
class Removal:
    """What a delete took away, to restore it with the same ids and place: what it was
    (``kind``, ``id``), the index it had among its siblings, and what puts it back."""

    kind: str  # "agenda_item", "task", "achievement", "member"
    id: int
    index: int
    undo: Undo


@dataclass(frozen=True, slots=True)
class Move:
    """A move among ordered siblings; moving ``id`` back to ``old_parent_id`` at
    ``old_index`` undoes it. ``old_order`` is the former order of the old siblings."""

    id: int
    old_parent_id: int | None
    old_index: int
    new_parent_id: int | None
    new_index: int
    old_order: tuple[int, ...]
