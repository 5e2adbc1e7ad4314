"""A first look at a database, fast enough to fill the window at start-up.

The session list is the first thing the secretary sees. It is read here with the
standard library's ``sqlite3`` on a read-only connection, before SQLAlchemy (the
slowest import gsmeet has) is loaded; the full store opens right after, checks the
file and migrates it, and then everything else reads through it. A file that needs a
migration, or any doubt about it, gives ``None``: the window waits for the full open.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from gsmeet.domain.records import Glance
from gsmeet.storage.listing import read_committees, read_meetings
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
            committees = tuple(read_committees(connection))
            meetings = tuple(read_meetings(connection, committees[0].id)) if committees else ()
        finally:
            connection.close()
    except (sqlite3.Error, ValueError):
        return None  # the full open will say what is wrong
    return Glance(committees, meetings)
