"""Where agenda items stand in their sessions: each item's outline number ("3",
"3.1") and its place in the order the session takes them, for lists that span
sessions (search hits, the action tracker)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from gsmeet.domain.outline import outline
from gsmeet.storage.models import AgendaItem

# agenda item id → (its outline number, its place in its session's outline)
Places = dict[int, tuple[str, int]]


def places(session: Session, meetings: Iterable[int]) -> Places:
    """The places of every agenda item of ``meetings`` (one query)."""
    ids = sorted(set(meetings))
    if not ids:
        return {}
    query = select(AgendaItem.id, AgendaItem.parent_id, AgendaItem.position, AgendaItem.meeting_id)
    by_meeting = defaultdict(list)
    for row in session.execute(query.where(AgendaItem.meeting_id.in_(ids))):
        by_meeting[row.meeting_id].append(row)
    return {
        entry.item.id: (entry.number, place)
        for items in by_meeting.values()
        for place, entry in enumerate(outline(items))
    }
