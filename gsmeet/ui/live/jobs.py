"""The database work of the live screen, as jobs for the one worker thread.

Services are imported inside the jobs: importing them pulls in SQLAlchemy, which the
GUI thread must not pay for (and ui/ may not import storage at all).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from gsmeet.domain.enums import MeetingStatus
from gsmeet.domain.errors import NotFoundError

if TYPE_CHECKING:
    from gsmeet.domain.live import BriefingView, LiveState, ReviewItem
    from gsmeet.services.store import Database


class Started(NamedTuple):
    state: LiveState
    database: Path  # the committee database, which keys the drafts


def session_to_run(store: Database, committee_id: int | None = None) -> int:
    """The meeting live mode opens when none is named: the one in progress, else the
    next one not yet held (earliest date, then number), of ``committee_id`` or of any
    committee."""
    from gsmeet.services.meetings import list_committees, list_meetings

    committees = [c.id for c in list_committees(store)]
    if committee_id is not None:
        committees = [c for c in committees if c == committee_id]
    meetings = [m for c in committees for m in list_meetings(store, c)]
    running = [m for m in meetings if m.status is MeetingStatus.IN_PROGRESS]
    if running:
        return running[0].id
    planned = sorted(
        (m for m in meetings if m.status is MeetingStatus.PLANNED),
        key=lambda m: (m.held_on, m.number, m.id),
    )
    if not planned:
        raise NotFoundError("There is no session to run: every session was held already")
    return planned[0].id


def start(
    meeting_id: int | None, now: datetime, committee_id: int | None = None
) -> Callable[[Database], Started]:
    def job(store: Database) -> Started:
        from gsmeet.services.live.session import start_session

        wanted = meeting_id if meeting_id is not None else session_to_run(store, committee_id)
        return Started(start_session(store, wanted, now=now), store.path)

    return job


def state(meeting_id: int) -> Callable[[Database], LiveState]:
    def job(store: Database) -> LiveState:
        from gsmeet.services.live.session import live_state

        return live_state(store, meeting_id)

    return job


def briefing(meeting_id: int, item_id: int) -> Callable[[Database], BriefingView]:
    def job(store: Database) -> BriefingView:
        from gsmeet.services.live import briefings

        return briefings.briefing(store, meeting_id, item_id)

    return job


def reviews(meeting_id: int) -> Callable[[Database], list[ReviewItem]]:
    def job(store: Database) -> list[ReviewItem]:
        from gsmeet.services.live.reviews import actions_to_review

        return actions_to_review(store, meeting_id)

    return job


def checkpoint(store: Database) -> None:
    from gsmeet.services.live.session import idle_checkpoint

    idle_checkpoint(store)
