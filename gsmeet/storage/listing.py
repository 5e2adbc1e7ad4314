"""The committees and a committee's session list, read with two plain SQL queries.

One home for both readers of the list: the first look (:mod:`gsmeet.storage.glance`,
the standard library's ``sqlite3`` before SQLAlchemy has loaded) and the open store
(:func:`gsmeet.services.listing.list_meetings`, a SQLAlchemy Core connection on either
engine), so that neither needs the mapped classes: the window is ready for use as soon
as the store is open and its list read, and the ORM loads after that, off the critical
path. A row comes back as SQLite gives it (dates and times as ISO text) or as
PostgreSQL does (``date``/``time`` values); both read the same.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from datetime import date, time
from typing import TYPE_CHECKING, Any

from gsmeet.domain.enums import Disclosure, MeetingStatus, QuorumKind
from gsmeet.domain.kinds import KindInfo
from gsmeet.domain.quorum import QuorumRule
from gsmeet.domain.records import CommitteeInfo, MeetingSummary

if TYPE_CHECKING:
    from sqlalchemy import Connection

COMMITTEES = (
    "SELECT id, name, host_body, department, quorum_kind, quorum_numerator,"
    " quorum_denominator, quorum_count, quorum_counts_proxies, is_sample,"
    " default_disclosure FROM committee ORDER BY id"
)

MEETINGS = (
    "SELECT m.id, m.committee_id, m.number, m.title, m.held_on, m.start_time,"
    " m.end_time, m.place, m.status, m.subcommittee_id, s.name, m.cancel_reason,"
    " (SELECT min(p.from_date) FROM postponement p WHERE p.meeting_id = m.id),"
    " k.id, k.code, k.name_ko, k.name_en, k.series, k.quorum_applies,"
    " k.for_subcommittee, k.position, k.retired"
    " FROM meeting m JOIN session_kind k ON k.id = m.kind_id"
    " LEFT JOIN subcommittee s ON s.id = m.subcommittee_id"
    " WHERE m.committee_id = :committee"
    " ORDER BY m.held_on DESC, m.start_time DESC, m.id DESC"
)


def read_committees(connection: sqlite3.Connection | Connection) -> list[CommitteeInfo]:
    """Every committee, in the order they were made."""
    return [_committee(row) for row in _rows(connection, COMMITTEES, {})]


def read_meetings(
    connection: sqlite3.Connection | Connection, committee_id: int
) -> list[MeetingSummary]:
    """The committee's sessions, newest first (cancelled ones too, marked), each with
    the date it was first planned for when it was postponed."""
    rows = _rows(connection, MEETINGS, {"committee": committee_id})
    return [_meeting(row) for row in rows]


def _rows(
    connection: sqlite3.Connection | Connection, sql: str, parameters: dict[str, Any]
) -> Iterable[Sequence[Any]]:
    if isinstance(connection, sqlite3.Connection):
        return connection.execute(sql, parameters)
    from sqlalchemy import text

    return connection.execute(text(sql), parameters)


def _day(value: date | str) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


def _time(value: time | str) -> time:
    return value if isinstance(value, time) else time.fromisoformat(value)


def _committee(row: Sequence[Any]) -> CommitteeInfo:
    return CommitteeInfo(
        id=row[0],
        name=row[1],
        host_body=row[2],
        department=row[3],
        quorum_rule=QuorumRule(
            kind=QuorumKind(row[4]),
            numerator=row[5],
            denominator=row[6],
            count=row[7],
            proxies_count=bool(row[8]),
        ),
        is_sample=bool(row[9]),
        default_disclosure=Disclosure(row[10]),
    )


def _meeting(row: Sequence[Any]) -> MeetingSummary:
    return MeetingSummary(
        id=row[0],
        committee_id=row[1],
        number=row[2],
        kind=KindInfo(
            id=row[13],
            code=row[14],
            name_ko=row[15],
            name_en=row[16],
            series=row[17],
            quorum_applies=bool(row[18]),
            for_subcommittee=bool(row[19]),
            position=row[20],
            retired=bool(row[21]),
        ),
        title=row[3],
        held_on=_day(row[4]),
        start_time=_time(row[5]),
        end_time=_time(row[6]) if row[6] else None,
        place=row[7],
        status=MeetingStatus(row[8]),
        subcommittee_id=row[9],
        subcommittee=row[10] or "",
        cancel_reason=row[11],
        postponed_from=_day(row[12]) if row[12] else None,
    )
