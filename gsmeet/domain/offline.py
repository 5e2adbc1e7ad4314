"""A session taken offline to a laptop and brought back: what the check-in found and
did, as plain records (services.offline makes them; the CLI and the window show them)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from gsmeet.domain.enums import Change, Field, Side, Thing
from gsmeet.domain.sessions import SessionRef

__all__ = ["Change", "CheckedOut", "Checkin", "Conflict", "Side"]


@dataclass(frozen=True, slots=True)
class Conflict:
    """One row changed on both sides since the checkout (the same register row edited
    on the server and on the laptop, or changed on one and deleted on the other).
    ``number`` is its place in the listing (1, 2, …), stable for one laptop file and
    one state of the server, so a choice can name it."""

    number: int
    what: Thing
    uid: str
    name: str  # how people know the row: a name, a title, the start of a text
    server: Change
    laptop: Change
    server_by: str = ""  # who changed it on the server, and when (versioned rows)
    server_at: datetime | None = None
    fields: tuple[str, ...] = ()  # the columns in which the two versions differ

    def field_names(self) -> list[Field | str]:
        """The differing columns as people know them (a label where there is one)."""
        known = {f.value for f in Field}
        return [Field(f) if f in known else f for f in self.fields]


@dataclass(frozen=True, slots=True)
class CheckedOut:
    """The mark of a session taken offline: who took it, from where, to which file."""

    meeting_id: int
    meeting: SessionRef
    holder: str
    host: str
    file: str
    source: str
    taken_at: datetime
    token: str


@dataclass(frozen=True, slots=True)
class Checkin:
    """What a check-in did: rows added, changed and deleted on the server, by table,
    and the conflicts with the side each kept. ``already``: the file had been brought
    back before (nothing done now; ``returned_at`` says when)."""

    meeting_id: int
    meeting: SessionRef
    added: dict[str, int] = field(default_factory=dict)
    changed: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)
    kept: tuple[tuple[Conflict, Side], ...] = ()
    already: bool = False
    returned_at: datetime | None = None

    @property
    def total(self) -> int:
        return sum(self.added.values()) + sum(self.changed.values()) + sum(self.deleted.values())
