"""Records of a roster import: each row of the file read and classified against the
register, the preview, and what the import wrote."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from gsmeet.domain.edits import Undo
from gsmeet.domain.enums import Field, Role
from gsmeet.domain.messages import Message


class RosterStatus(StrEnum):
    NEW = "new"
    UPDATED = "updated"
    UNCHANGED = "unchanged"
    INVALID = "invalid"


@dataclass(frozen=True, slots=True)
class RosterRow:
    """One data row of a roster file, read and classified against the register."""

    row: int  # spreadsheet row number (the header is row 1)
    status: RosterStatus
    name: str
    organisation: str
    position: str
    role: Role | None  # None: cell blank (a new member becomes 위원)
    subcommittee_id: int | None
    subcommittee: str
    email: str
    phone: str
    term_start: date | None
    term_end: date | None
    allowance: bool | None
    membership_id: int | None = None  # the register entry it updates
    changes: tuple[Field, ...] = ()  # what an update changes
    problems: tuple[Message, ...] = ()  # why it is invalid
    left_on: date | None = None  # 해촉일: the member's first day out
    left_reason: str = ""


@dataclass(frozen=True, slots=True)
class RosterPreview:
    path: str
    committee_id: int
    today: date
    rows: tuple[RosterRow, ...]

    def count(self, status: RosterStatus) -> int:
        return sum(1 for row in self.rows if row.status is status)

    @property
    def invalid(self) -> tuple[RosterRow, ...]:
        return tuple(row for row in self.rows if row.status is RosterStatus.INVALID)


@dataclass(frozen=True, slots=True)
class RosterResult:
    """What an import wrote, and what undoes it (the rows it created go, the rows it
    changed are as they were)."""

    new: int
    updated: int
    unchanged: int
    skipped: int
    undo: Undo
