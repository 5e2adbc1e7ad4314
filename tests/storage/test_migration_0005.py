"""Migration 0005 on a real database of schema 0004: every review already recorded
becomes its action item's change, so the sessions before it show the item as it
stood then (an open item with its due date)."""

from __future__ import annotations

import shutil
from pathlib import Path

from sqlalchemy import func, select

from gsmeet.domain.enums import ActionStatus
from gsmeet.services.record import find_meeting_id, meeting_record
from gsmeet.storage.db import open_store
from gsmeet.storage.models import ActionChange, ActionReview

GOLDEN = Path(__file__).parent / "golden" / "schema-0004-demo.db"


def test_reviews_become_changes_and_earlier_sessions_show_items_as_they_stood(
    tmp_path: Path,
) -> None:
    copy = tmp_path / "old.db"
    shutil.copyfile(GOLDEN, copy)
    store = open_store(copy)
    try:
        with store.session() as s:
            reviews = s.scalar(select(func.count()).select_from(ActionReview))
            changes = list(s.scalars(select(ActionChange).order_by(ActionChange.id)))
        assert reviews and len(changes) == reviews
        launch = meeting_record(store, find_meeting_id(store, "2018-11-27"))
        assert {a.status for a in launch.actions} == {ActionStatus.OPEN}
        reference = meeting_record(store, find_meeting_id(store, "2019-08-22"))
        outcomes = {r.action.id: (r.outcome, r.action.status) for r in reference.reviews}
        assert len(outcomes) == reviews
        assert all(status is ActionStatus.OPEN for _, status in outcomes.values())
    finally:
        store.close()
