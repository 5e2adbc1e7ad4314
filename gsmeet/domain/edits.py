"""What every edit speaks: the one lock (a meeting whose minutes were issued), an
update argument left as it is (:data:`KEEP`), a move among ordered siblings, what a
delete took away, and the handle that undoes an edit (:class:`Undo`)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import Enum
from typing import Generic, Protocol, TypeVar

from gsmeet.domain.enums import MeetingStatus, Thing
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


class GoneMeanwhile(LockedError):
    """An edit made on what the screen showed, after someone else deleted that row."""

    text = (
        "{name} ({what}) was deleted by someone else after your screen showed it; "
        "your change was not saved and the screen now shows what is left"
    )


@dataclass(frozen=True, slots=True)
class Seen:
    """Rows as a screen showed them, or as an edit left them: (what, id, version)
    each. An edit made on them writes none of its rows that has changed since (the
    rule lives in :mod:`gsmeet.storage.versions`; services pass nothing, the window's
    history gives it to every edit, undo and redo). Empty: nothing to compare with."""

    rows: tuple[tuple[Thing, int, int], ...] = ()

    @staticmethod
    def of(what: Thing, versions: Iterable[tuple[int, int]]) -> Seen:
        """``versions``: (id, version) of rows of one kind."""
        return Seen(tuple((what, row_id, version) for row_id, version in versions))

    def versions(self) -> dict[tuple[Thing, int], int]:
        return {(what, row_id): version for what, row_id, version in self.rows}

    def since(self, left: Seen) -> Seen:
        """These rows, each at the newer of its version here and in ``left`` (what
        one's own edits left since: a screen not yet read again after them)."""
        newer = left.versions()
        return Seen(tuple((w, i, max(v, newer.get((w, i), v))) for w, i, v in self.rows))

    def without(self, keys: Iterable[tuple[Thing, int]]) -> Seen:
        """These rows but ``keys`` (rows deleted since: an id the database may give
        to a new row, whose versions start again)."""
        gone = set(keys)
        return Seen(tuple(row for row in self.rows if (row[0], row[1]) not in gone))

    def __or__(self, other: Seen) -> Seen:
        """Both, each row at the newer of its two versions (versions only grow: the
        newer one is what the database last held as far as either knows)."""
        merged = self.versions()
        for key, version in other.versions().items():
            merged[key] = max(version, merged.get(key, version))
        return Seen(tuple((what, row_id, v) for (what, row_id), v in merged.items()))


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


R = TypeVar("R")


@dataclass(frozen=True, slots=True)
class Deleted(Generic[R]):
    """What deleting one record took away: the record as it was (to say what went) and
    what puts the very row back (``undo``: every column — its id, its ``uid``, its place
    among its siblings, its links — and the rows that went with it), so that after an
    undo it is the same row to offline copies, exports and the minutes."""

    record: R
    undo: Undo


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
