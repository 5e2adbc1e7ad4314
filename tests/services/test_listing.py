"""The committees and the session list read through a plain connection
(services.listing, the first look's queries) are what the ORM's records of the same
rows say, on both engines; opening a store and reading its list loads no mapped
class (the window is ready before the ORM loads; tests/ui/shell/test_leftovers.py:
its first job after the list removes what a killed issue left)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from gsmeet.domain.enums import MeetingStatus
from gsmeet.services.listing import list_committees, list_meetings
from gsmeet.services.records import committee_info, summary
from gsmeet.services.session_edits import cancel_session, postpone_session
from gsmeet.storage.models import Committee, Meeting, Postponement


def through_the_orm(store: Any, committee_id: int) -> tuple[list[Any], list[Any]]:
    with store.session() as s:
        committees = [committee_info(c) for c in s.scalars(select(Committee).order_by("id"))]
        first = select(Postponement.meeting_id, func.min(Postponement.from_date))
        moved = {m: day for m, day in s.execute(first.group_by(Postponement.meeting_id))}
        rows = s.scalars(select(Meeting).where(Meeting.committee_id == committee_id))
        meetings = [summary(m, moved.get(m.id)) for m in rows]
    newest_first = sorted(meetings, key=lambda m: (m.held_on, m.start_time, m.id), reverse=True)
    return committees, newest_first


def test_the_list_is_what_the_records_say(demo_store: Any) -> None:
    committees = list_committees(demo_store)
    committee = committees[0].id
    planned = next(m for m in list_meetings(demo_store, committee) if m.status.value == "planned")
    postpone_session(demo_store, planned.id, date(2019, 12, 5))
    cancel_session(demo_store, planned.id, "장소 사정")
    listed = list_meetings(demo_store, committee)
    assert (committees, listed) == through_the_orm(demo_store, committee)
    moved = next(m for m in listed if m.id == planned.id)
    assert moved.postponed_from == planned.held_on and moved.held_on == date(2019, 12, 5)
    assert moved.status is MeetingStatus.CANCELLED and moved.cancel_reason == "장소 사정"
    assert any(m.end_time is not None for m in listed)


OPEN_AND_LIST = """
import sys
from pathlib import Path
from gsmeet.ui.shell import ops
from gsmeet.services.store import open_for_window
store = open_for_window(Path(sys.argv[1]))
opened = ops.describe_database(store)
assert ops.load_meetings(opened.committees[0].id)(store)
before = {"sqlalchemy.orm", "gsmeet.storage.models"} & set(sys.modules)
ops.tidy_up(store)
after = {"sqlalchemy.orm", "gsmeet.storage.models"} <= set(sys.modules)
store.close()
sys.exit(0 if not before and after else 1)
"""


def test_opening_and_listing_load_no_mapped_class(demo_db: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-c", OPEN_AND_LIST, str(demo_db)],
        check=False,
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr
