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

from gsmeet.domain.enums import MeetingKind, MeetingStatus, QuorumKind
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
        " quorum_denominator, quorum_count, quorum_counts_proxies, is_sample"
        " FROM committee ORDER BY id"
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
        )
        for row in rows
    ]


def _meetings(connection: sqlite3.Connection, committee_id: int) -> list[MeetingSummary]:
    rows = connection.execute(
        "SELECT id, committee_id, number, kind, title, held_on, start_time, end_time,"
        " place, status FROM meeting WHERE committee_id = ?"
        " ORDER BY held_on DESC, number DESC",
        (committee_id,),
    )
    return [
        MeetingSummary(
            id=row[0],
            committee_id=row[1],
            number=row[2],
            kind=MeetingKind(row[3]),
            title=row[4],
            held_on=date.fromisoformat(row[5]),
            start_time=time.fromisoformat(row[6]),
            end_time=time.fromisoformat(row[7]) if row[7] else None,
            place=row[8],
            status=MeetingStatus(row[9]),
        )
        for row in rows
    ]
