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

from collections.abc import Sequence
from typing import Any

from gsmeet.domain.enums import Disclosure, MeetingStatus, QuorumKind
from gsmeet.domain.kinds import KindInfo
from gsmeet.domain.quorum import QuorumRule
from gsmeet.domain.records import CommitteeInfo, MeetingSummary
from gsmeet.storage.rows import Reading, clock, day, maybe_day, read_rows

COMMITTEES = (
    "SELECT id, name, host_body, department, quorum_kind, quorum_numerator,"
    " quorum_denominator, quorum_count, quorum_counts_proxies, is_sample,"
    " default_disclosure FROM committee ORDER BY id"
)

# A session as lists show it (:func:`meeting_summary` reads its first 22 columns).
SUMMARY = (
    "SELECT m.id, m.committee_id, m.number, m.title, m.held_on, m.start_time,"
    " m.end_time, m.place, m.status, m.subcommittee_id, s.name, m.cancel_reason,"
    " (SELECT min(p.from_date) FROM postponement p WHERE p.meeting_id = m.id),"
    " k.id, k.code, k.name_ko, k.name_en, k.series, k.quorum_applies,"
    " k.for_subcommittee, k.position, k.retired"
)
SUMMARY_FROM = (
    " FROM meeting m JOIN session_kind k ON k.id = m.kind_id"
    " LEFT JOIN subcommittee s ON s.id = m.subcommittee_id"
)
NEWEST_FIRST = " ORDER BY m.held_on DESC, m.start_time DESC, m.id DESC"
MEETINGS = SUMMARY + SUMMARY_FROM + " WHERE m.committee_id = :committee" + NEWEST_FIRST


def read_committees(connection: Reading) -> list[CommitteeInfo]:
    """Every committee, in the order they were made."""
    return [committee_info_of(row) for row in read_rows(connection, COMMITTEES, {})]


def read_meetings(connection: Reading, committee_id: int) -> list[MeetingSummary]:
    """The committee's sessions, newest first (cancelled ones too, marked), each with
    the date it was first planned for when it was postponed."""
    rows = read_rows(connection, MEETINGS, {"committee": committee_id})
    return [meeting_summary(row) for row in rows]


def committee_info_of(row: Sequence[Any]) -> CommitteeInfo:
    """A committee from a row of :data:`COMMITTEES`' columns."""
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


def meeting_summary(row: Sequence[Any]) -> MeetingSummary:
    """A session from a row beginning with :data:`SUMMARY`'s columns."""
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
        held_on=day(row[4]),
        start_time=clock(row[5]),
        end_time=clock(row[6]) if row[6] else None,
        place=row[7],
        status=MeetingStatus(row[8]),
        subcommittee_id=row[9],
        subcommittee=row[10] or "",
        cancel_reason=row[11],
        postponed_from=maybe_day(row[12]),
    )
