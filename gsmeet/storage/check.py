"""``gsmeet check``: is a database file sound, and of this gsmeet's schema?"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from gsmeet.domain.errors import DatabaseError
from gsmeet.domain.files import NoSuchFile
from gsmeet.domain.locations import Location
from gsmeet.domain.messages import Message
from gsmeet.storage.fulltext import described_by_models, index_problems
from gsmeet.storage.probe import inspect_revision, read_only
from gsmeet.storage.schema import HEAD_REVISION, KNOWN_REVISIONS


class NoSchema(Message):
    text = "no gsmeet schema in this file"


class SchemaTooNew(Message):
    text = "schema {revision} is newer than this gsmeet ({head})"


class SchemaNeedsUpgrade(Message):
    text = "schema {revision} needs an upgrade to {head}"


class IntegrityProblem(Message):
    text = "integrity: {verdict}"


class MissingReference(Message):
    text = "{table} row {row} refers to a missing {parent}"


class SchemaDiffers(Message):
    text = "schema differs: {difference}"


@dataclass(frozen=True, slots=True)
class CheckReport:
    path: Location  # a file, or a server database (storage.server.check_server)
    revision: str | None
    problems: tuple[Message, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(path: Path) -> CheckReport:
    """Check ``path`` without changing it: SQLite integrity, references, and that its
    tables match the schema this gsmeet expects."""
    if not path.exists():
        raise NoSuchFile(path=path)
    try:
        revision = inspect_revision(path)
    except DatabaseError as error:
        return CheckReport(path, None, (error,))
    problems = revision_problems(revision)
    connection = read_only(path)
    try:
        for (verdict,) in connection.execute("PRAGMA integrity_check"):
            if verdict != "ok":
                problems.append(IntegrityProblem(verdict=verdict))
        for table, rowid, parent, _ in connection.execute("PRAGMA foreign_key_check"):
            problems.append(MissingReference(table=table, row=rowid, parent=parent))
        if revision == HEAD_REVISION and not problems:
            problems.extend(index_problems(connection))
    finally:
        connection.close()
    if revision == HEAD_REVISION and not problems:
        problems.extend(schema_differences(path))
    return CheckReport(path, revision, tuple(problems))


def revision_problems(revision: str | None) -> list[Message]:
    """What is wrong with a database's schema revision for this gsmeet (nothing: [])."""
    if revision is None:
        return [NoSchema()]
    if revision not in KNOWN_REVISIONS:
        return [SchemaTooNew(revision=revision, head=HEAD_REVISION)]
    if revision != HEAD_REVISION:
        return [SchemaNeedsUpgrade(revision=revision, head=HEAD_REVISION)]
    return []


def schema_differences(path: Path) -> list[Message]:
    """Differences between the tables in ``path`` and the models, as Alembic sees them."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext
    from sqlalchemy import create_engine

    from gsmeet.storage.models import Base

    engine = create_engine("sqlite://", creator=lambda: read_only(path))
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(
                connection, opts={"compare_type": True, "include_name": described_by_models}
            )
            return [SchemaDiffers(difference=d) for d in compare_metadata(context, Base.metadata)]
    finally:
        engine.dispose()
