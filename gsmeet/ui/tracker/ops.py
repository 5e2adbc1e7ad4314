"""The tracker's database work, as worker jobs (services load inside them)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from gsmeet.domain.labels import Lang
    from gsmeet.domain.tracker import SortBy, TrackedAction, TrackerFilter
    from gsmeet.services.store import Database


def load(committee_id: int, on: date) -> Callable[[Database], list[TrackedAction]]:
    def job(store: Database) -> list[TrackedAction]:
        from gsmeet.services.tracker import tracked_actions

        return tracked_actions(store, committee_id, on=on)

    return job


def export(
    out: Path,
    committee_id: int,
    *,
    on: date,
    wanted: TrackerFilter,
    by: SortBy,
    descending: bool,
    lang: Lang,
) -> Callable[[Database], int]:
    def job(store: Database) -> int:
        from gsmeet.services.tracker import export_actions

        return export_actions(
            store, out, committee_id, on=on, wanted=wanted, by=by, descending=descending, lang=lang
        )

    return job
