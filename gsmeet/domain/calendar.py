"""The committee's today: the day its registers are read for (who is serving, whose
owner has left, which due dates have passed) — one rule for the window and the
command line."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta

from gsmeet.domain.enums import MeetingStatus
from gsmeet.domain.records import MeetingSummary


def register_days(
    meetings: Sequence[MeetingSummary], today: date
) -> tuple[date, MeetingSummary | None]:
    """The day the registers are read for, and the next planned session (whose date
    terms are checked against).

    Normally today and the first session planned from today on. When every planned
    session lies in the past (the demo committee, an old database nobody has used
    since), the calendar of the committee stands still: the registers are read as of
    the day after its last held session, against the session planned after it."""
    planned = sorted(
        (m for m in meetings if m.status is MeetingStatus.PLANNED), key=lambda m: m.held_on
    )
    upcoming = [m for m in planned if m.held_on >= today]
    if upcoming or not planned:
        return today, upcoming[0] if upcoming else None
    held = [m.held_on for m in meetings if m.status is not MeetingStatus.PLANNED]
    last = max(held, default=planned[0].held_on - timedelta(days=1))
    after = [m for m in planned if m.held_on > last]
    return min(last + timedelta(days=1), today), after[0] if after else planned[-1]


def committee_today(meetings: Sequence[MeetingSummary], today: date) -> date:
    """The committee's today (see :func:`register_days`)."""
    return register_days(meetings, today)[0]
