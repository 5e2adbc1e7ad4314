"""A first look at a database, fast enough to fill the window at start-up.

The session list is the first thing the secretary sees. It is read here with the
standard library's ``sqlite3`` on a read-only connection, before SQLAlchemy (the
slowest import gsmeet has) is loaded; the full store opens right after, checks the
file and migrates it, and then everything else reads through it. A file that needs a
migration, or any doubt about it, gives ``None``: the window waits for the full open.
"""

from __future__ import annotations

import sqlite3
from datetime import date, time
from pathlib import Path

from gsmeet.domain.enums import Disclosure, MeetingStatus, QuorumKind
from gsmeet.domain.kinds import KindInfo
from gsmeet.domain.quorum import QuorumRule
from gsmeet.domain.records import CommitteeInfo, Glance, MeetingSummary
from gsmeet.storage.probe import inspect_revision, read_only
from gsmeet.storage.schema import HEAD_REVISION


def first_look(path: Path) -> Glance | None:
    """Committees and the first committee's meetings in ``path``, or None when the
    file is missing, empty, of another schema, or cannot be read this way. Never
    writes; raises the same errors as opening for a file that is not a gsmeet database
    or was written by a newer gsmeet."""
    if inspect_revision(path, verify=False) != HEAD_REVISION:
        return None
    try:
        connection = read_only(path)
        try:
            committees = tuple(_committees(connection))
            meetings = tuple(_meetings(connection, committees[0].id)) if committees else ()
        finally:
            connection.close()
    except (sqlite3.Error, ValueError):
        return None  # the full open will say what is wrong
    return Glance(committees, meetings)


def _committees(connection: sqlite3.Connection) -> list[CommitteeInfo]:
    rows = connection.execute(
        "SELECT id, name, host_body, department, quorum_kind, quorum_numerator,"
        " quorum_denominator, quorum_count, quorum_counts_proxies, is_sample,"
        " default_disclosure FROM committee ORDER BY id"
    )
    return [
        CommitteeInfo(
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
        for row in rows
    ]


def _meetings(connection: sqlite3.Connection, committee_id: int) -> list[MeetingSummary]:
    rows = connection.execute(
        "SELECT m.id, m.committee_id, m.number, m.title, m.held_on, m.start_time,"
        " m.end_time, m.place, m.status, m.subcommittee_id, s.name, m.cancel_reason,"
        " (SELECT min(p.from_date) FROM postponement p WHERE p.meeting_id = m.id),"
        " k.id, k.code, k.name_ko, k.name_en, k.series, k.quorum_applies,"
        " k.for_subcommittee, k.position, k.retired"
        " FROM meeting m JOIN session_kind k ON k.id = m.kind_id"
        " LEFT JOIN subcommittee s ON s.id = m.subcommittee_id"
        " WHERE m.committee_id = ? ORDER BY m.held_on DESC, m.start_time DESC, m.id DESC",
        (committee_id,),
    )
    return [
        MeetingSummary(
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
            held_on=date.fromisoformat(row[4]),
            start_time=time.fromisoformat(row[5]),
            end_time=time.fromisoformat(row[6]) if row[6] else None,
            place=row[7],
            status=MeetingStatus(row[8]),
            subcommittee_id=row[9],
            subcommittee=row[10] or "",
            cancel_reason=row[11],
            postponed_from=date.fromisoformat(row[12]) if row[12] else None,
        )
        for row in rows
    ]
