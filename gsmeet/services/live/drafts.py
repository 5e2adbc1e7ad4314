"""Drafts of what is being typed on the live screen, kept so a crash loses none of it.

They live in a small file of their own beside the committee databases
(:mod:`gsmeet.storage.drafts` says why); the UI opens it here and knows it only as
:class:`DraftBook`.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from gsmeet.domain.live import Draft
    from gsmeet.domain.locations import Location


class DraftBook(Protocol):
    """The drafts file, open."""

    def save_draft(
        self,
        database: Location,
        meeting_id: int,
        field: str,
        text: str,
        *,
        now: datetime | None = None,
    ) -> None: ...

    def load_drafts(self, database: Location, meeting_id: int | None = None) -> list[Draft]: ...

    def clear_draft(self, database: Location, meeting_id: int, field: str) -> None: ...

    def close(self) -> None: ...


def open_drafts(path: Path | None = None) -> DraftBook:
    """Open the drafts file (by default in the data folder); an unreadable one is
    moved aside and a new one started."""
    from gsmeet.storage.drafts import open_drafts as open_file

    return open_file(path)
