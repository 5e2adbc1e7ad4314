"""The schema revisions this gsmeet knows, without importing Alembic at start-up.

A test checks these against the migration scripts, so they cannot drift.
"""

from __future__ import annotations

KNOWN_REVISIONS = ("0001", "0002", "0003", "0004", "0005", "0006", "0007", "0008", "0009")
HEAD_REVISION = KNOWN_REVISIONS[-1]
