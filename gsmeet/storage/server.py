"""A gsmeet database on a PostgreSQL server (psycopg 3): opening, migrating, and what
the server's refusals mean to the user.

Services see a :class:`ServerStore` exactly as they see a file's ``Store`` (the
:class:`~gsmeet.services.store.Database` protocol): short sessions, each one
transaction. What differs is here and in :mod:`gsmeet.storage.engines`:

- the password: from the URL, else libpq's own ``PGPASSWORD`` or ``.pgpass``; when the
  server wants one and none was given, :class:`PasswordNeeded` is raised and the caller
  (the command line, the window) asks and opens again. It is never written anywhere.
- migrations: the same Alembic scripts as on SQLite, in one transaction (PostgreSQL's
  DDL is transactional: a failure leaves the schema as it was), under an advisory lock
  so two gsmeets opening an old database at once upgrade it once.
- a read-only opening (the commands that only read) runs every transaction with
  ``default_transaction_read_only``, so the server itself refuses a write.
- connections are checked before use (``pool_pre_ping``): after a server restart the
  next unit of work gets a fresh connection; a connection lost in the middle of one is
  :class:`ConnectionLost` (the live screen keeps such entries locally, issue 13).
- plans: psycopg's server-side prepared statements are off (``prepare_threshold``):
  a generic plan for ``LIKE $1`` would use the trigram index for one-character
  searches too, ten times slower than the plan for the actual pattern.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, create_engine, event, make_url, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from gsmeet.domain.errors import DatabaseError, GsmeetError
from gsmeet.domain.locations import Server
from gsmeet.domain.messages import Message
from gsmeet.storage import notices, versions
from gsmeet.storage.conninfo import server_arguments
from gsmeet.storage.guard import check_lengths
from gsmeet.storage.refusals import refusal
from gsmeet.storage.schema import HEAD_REVISION, KNOWN_REVISIONS

if TYPE_CHECKING:
    from gsmeet.storage.check import CheckReport

# Any number, the same in every gsmeet: the advisory lock that serialises migrations.
MIGRATION_LOCK = 0x6773_6D65


class ServerSchemaIsNewer(DatabaseError):
    text = "{server} was written by a newer gsmeet (schema {revision}); update gsmeet to open it"


class ServerNeedsUpgrade(DatabaseError):
    text = (
        "{server} needs an upgrade to schema {head}, which {user} may not make; "
        "open it once as the database's owner"
    )


class NotAGsmeetServerDatabase(DatabaseError):
    text = "{server} holds tables but no gsmeet schema; give gsmeet a database of its own"


class ServerStore:
    """An open gsmeet database on a server (see the module)."""

    def __init__(self, server: Server, engine: Engine, *, read_only: bool = False) -> None:
        self.server = server
        self.engine = engine
        self.read_only = read_only
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        if not read_only:  # the same limits as a file's (storage.guard)
            event.listen(self._sessions, "before_flush", check_lengths)
            notices.install(self._sessions)  # (LISTEN/NOTIFY: screens that watch)
        versions.install()

    @property
    def location(self) -> Server:
        return self.server

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back on error; the
        server's refusals and a lost connection come out as one-line messages."""
        with self._explained(), self._sessions.begin() as session:
            yield session

    @contextmanager
    def connection(self) -> Iterator[Connection]:
        """A plain (Core) connection in one transaction, committed when the block ends
        (the reads that need no mapped class); errors as :meth:`session` says them."""
        with self._explained(), self.engine.begin() as connection:
            yield connection

    @contextmanager
    def _explained(self) -> Iterator[None]:
        try:
            yield
        except DBAPIError as error:
            problem = explain(self.server, error)
            if problem is None:
                raise
            raise problem from error

    def listen(self) -> notices.Listener:
        """A connection of its own that hears of every change committed to this
        database as it commits (:mod:`gsmeet.storage.notices`)."""
        try:
            return notices.listen(self.engine)
        except DBAPIError as error:
            problem = explain(self.server, error)
            if problem is None:
                raise
            raise problem from error

    def checkpoint(self, *, truncate: bool = False) -> None:
        """Nothing to do: the server manages its own log."""

    def close(self) -> None:
        self.engine.dispose()


def server_engine(server: Server, *, read_only: bool = False) -> Engine:
    """An engine on ``server`` (not yet connected)."""
    url = make_url(server.url).set(drivername="postgresql+psycopg")
    if server.password is not None:
        url = url.set(password=server.password)
    return create_engine(
        url, pool_pre_ping=True, connect_args=server_arguments(read_only=read_only)
    )


def open_server(server: Server, *, read_only: bool = False, migrate: bool = True) -> ServerStore:
    """Connect to ``server`` and bring its schema to this gsmeet's (creating it in an
    empty database; also before a ``read_only`` opening, as a file is). Raises a
    :class:`DatabaseError` saying what is wrong: no or a wrong password, no such
    database, a schema newer than this gsmeet's, an upgrade this role may not make."""
    engine = server_engine(server, read_only=read_only)
    try:
        revision = _revision(server, engine)
        if revision is not None and revision not in KNOWN_REVISIONS:
            raise ServerSchemaIsNewer(server=server, revision=revision)
        if revision != HEAD_REVISION:
            if not migrate:
                raise ServerNeedsUpgrade(server=server, head=HEAD_REVISION, user=server.user)
            writer = server_engine(server) if read_only else engine
            try:
                upgrade_server(server, writer)
            finally:
                if writer is not engine:
                    writer.dispose()
    except BaseException:
        engine.dispose()
        raise
    return ServerStore(server, engine, read_only=read_only)


def _revision(server: Server, engine: Engine) -> str | None:
    try:
        with engine.connect() as connection:
            tables = set(
                connection.execute(
                    text("SELECT tablename FROM pg_tables WHERE schemaname = current_schema()")
                ).scalars()
            )
            if "alembic_version" not in tables:
                if tables:
                    raise NotAGsmeetServerDatabase(server=server)
                return None
            found = connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
            return str(found) if found is not None else None
    except DBAPIError as error:
        problem = explain(server, error)
        if problem is None:
            raise
        raise problem from error


def upgrade_server(server: Server, engine: Engine, target: str = "head") -> None:
    """Run the migrations up to ``target`` in one transaction."""
    from alembic import command

    from gsmeet.storage.migrations import alembic_config

    try:
        with engine.connect() as connection, connection.begin():
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, target)
    except DBAPIError as error:
        if _sqlstate(error) == "42501":  # insufficient_privilege
            raise ServerNeedsUpgrade(server=server, head=HEAD_REVISION, user=server.user) from error
        problem = explain(server, error)
        if problem is None:
            raise
        raise problem from error


def check_server(server: Server) -> CheckReport:
    """``gsmeet check`` on a server database: its schema revision, and that its tables
    are those this gsmeet expects (the server itself keeps every reference sound)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from gsmeet.storage.check import CheckReport, SchemaDiffers, revision_problems
    from gsmeet.storage.fulltext import described_by_models, trigram_index_problems
    from gsmeet.storage.models import Base

    engine = server_engine(server, read_only=True)
    try:
        revision = _revision(server, engine)
        problems: list[Message] = revision_problems(revision)
        if not problems:
            with engine.connect() as connection:
                options = {"compare_type": True, "include_name": described_by_models}
                context = MigrationContext.configure(connection, opts=options)
                differences = compare_metadata(context, Base.metadata)
                problems.extend(SchemaDiffers(difference=d) for d in differences)
                problems.extend(trigram_index_problems(connection))
        return CheckReport(server, revision, tuple(problems))
    finally:
        engine.dispose()


# --- what the server said -----------------------------------------------------


def _sqlstate(error: DBAPIError) -> str:
    return str(getattr(error.orig, "sqlstate", "") or "")


def explain(server: Server, error: DBAPIError) -> GsmeetError | None:
    """:func:`gsmeet.storage.refusals.refusal` for the psycopg error SQLAlchemy wraps."""
    return refusal(server, error.orig, invalidated=error.connection_invalidated)
