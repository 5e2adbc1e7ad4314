"""Creating and upgrading the schema of a database file, as one transaction.

Every migration script in ``migrations/versions`` runs inside a single ``BEGIN
IMMEDIATE`` … ``COMMIT`` together with all the others of the upgrade and the stamp of
the new revision: a kill, a power cut or a full disk at any point leaves the file at
the old revision or the new one, never in between (see :mod:`gsmeet.storage.engine`).
A migration writer needs to do nothing for this; what a migration must not do:

- ``COMMIT`` (or anything that ends a transaction: ``VACUUM``, ``ROLLBACK``), or use
  Alembic's ``autocommit_block``: :func:`upgrade` refuses such a statement before it
  runs, and checks after each migration that the transaction is still open;
- change connection PRAGMAs (``foreign_keys``, ``journal_mode``): they are set before
  the transaction begins — foreign keys are off while migrating, so that batch
  operations can copy tables, and every reference is checked before the commit.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from sqlalchemy import event

from gsmeet.domain.errors import DatabaseError
from gsmeet.storage.engine import (
    Purpose,
    foreign_key_problems,
    in_transaction,
    sqlite_engine,
)


class MigrationCommittedEarly(DatabaseError):
    text = (
        "{path}: the migration to schema {revision} committed part of its work on its own, "
        "so the upgrade is not one transaction (a defect in gsmeet: please report it)"
    )


class MigrationStatementRefused(DatabaseError):
    text = (
        "{path}: a migration tried to run '{statement}', which would break the upgrade's "
        "one transaction; nothing was changed (a defect in gsmeet: please report it)"
    )


class UpgradeBrokeReferences(DatabaseError):
    text = (
        "{path}: the upgrade to schema {revision} would leave {count} rows referring to "
        "missing rows (first: {first}); nothing was changed"
    )


# Statements that would end the upgrade's transaction or cannot take effect inside it.
_REFUSED = re.compile(
    r"^\s*(COMMIT|END|ROLLBACK|BEGIN|VACUUM|PRAGMA\s+(foreign_keys|journal_mode)\s*=)",
    re.IGNORECASE,
)


def upgrade(path: Path, target: str = "head") -> None:
    """Bring ``path`` (an empty file or an older schema) to ``target``, all or nothing."""
    from alembic import command

    from gsmeet.storage.migrations import alembic_config

    engine = sqlite_engine(path, Purpose.MIGRATE)
    try:
        with engine.connect() as connection, connection.begin():
            config = alembic_config()
            config.attributes["connection"] = connection

            def still_in_transaction(*, step: Any, **_: Any) -> None:
                if not in_transaction(connection):
                    raise MigrationCommittedEarly(path=path, revision=step.up_revision_id)

            def refuse(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
                if _REFUSED.match(statement):
                    raise MigrationStatementRefused(path=path, statement=statement.strip())

            config.attributes["on_version_apply"] = still_in_transaction
            event.listen(connection, "before_cursor_execute", refuse)
            command.upgrade(config, target)
            problems = foreign_key_problems(connection)
            if problems:  # raised before COMMIT: the whole upgrade rolls back
                table, rowid, parent, _ = problems[0]
                raise UpgradeBrokeReferences(
                    path=path,
                    revision=target,
                    count=len(problems),
                    first=f"{table} row {rowid} → {parent}",
                )
    finally:
        engine.dispose()
