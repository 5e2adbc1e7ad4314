"""``gsmeet check``: is a database file sound, and of this gsmeet's schema?"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path

from gsmeet.domain.errors import DatabaseError, NotFoundError
from gsmeet.storage.probe import inspect_revision, read_only, read_only_uri
from gsmeet.storage.schema import HEAD_REVISION, KNOWN_REVISIONS


@dataclass(frozen=True, slots=True)
class CheckReport:
    path: Path
    revision: str | None
    problems: tuple[str, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(path: Path) -> CheckReport:
    """Check ``path`` without changing it: SQLite integrity, references, and that its
    tables match the schema this gsmeet expects."""
    if not path.exists():
        raise NotFoundError(f"{path}: no such file")
    try:
        revision = inspect_revision(path)
    except DatabaseError as error:
        return CheckReport(path, None, (str(error),))
    problems: list[str] = []
    if revision is None:
        problems.append("no gsmeet schema in this file")
    elif revision not in KNOWN_REVISIONS:
        problems.append(f"schema {revision} is newer than this gsmeet ({HEAD_REVISION})")
    elif revision != HEAD_REVISION:
        problems.append(f"schema {revision} needs an upgrade to {HEAD_REVISION}")
    connection = read_only(path)
    try:
        for (verdict,) in connection.execute("PRAGMA integrity_check"):
            if verdict != "ok":
                problems.append(f"integrity: {verdict}")
        for table, rowid, parent, _ in connection.execute("PRAGMA foreign_key_check"):
            problems.append(f"{table} row {rowid} refers to a missing {parent}")
    finally:
        connection.close()
    if revision == HEAD_REVISION and not problems:
        problems.extend(schema_differences(path))
    return CheckReport(path, revision, tuple(problems))


def schema_differences(path: Path) -> list[str]:
    """Differences between the tables in ``path`` and the models, as Alembic sees them."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlalchemy import create_engine

    from gsmeet.storage.models import Base

    engine = create_engine(
        "sqlite://", creator=lambda: sqlite3.connect(read_only_uri(path), uri=True)
    )
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            return [f"schema differs: {diff}" for diff in compare_metadata(context, Base.metadata)]
    finally:
        engine.dispose()
