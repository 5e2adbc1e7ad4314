"""The search's database work, as a worker job (services load inside it)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gsmeet.domain.search import SearchResults
    from gsmeet.services.store import Database

LIMIT = 200  # hits shown at most; "more" says to narrow the words


def find(query: str, committee_id: int | None) -> Callable[[Database], SearchResults]:
    def job(store: Database) -> SearchResults:
        from gsmeet.services.search import search

        return search(store, query, committee_id=committee_id, limit=LIMIT)

    return job
