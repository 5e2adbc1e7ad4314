"""stable identities

Every row of committee data gets a ``uid``: a random UUID as 32 hex digits, unique in
its table, never changed (:class:`gsmeet.storage.models.Identified`). It is how two
databases holding the same row know it is the same one: the server and a laptop that
took a session offline (checkout/checkin), an export and the database it fills, an
entry typed once on the live screen and sent again after a lost connection (its uid is
given by the screen). Existing rows get a new uid each here.

On SQLite the table is copied to make the column NOT NULL and UNIQUE (batch mode); the
copy keeps its rows and ids, and the triggers that keep the search index in step
(revision 0003), which SQLite drops with the old table, are made again as they were.
PostgreSQL alters the tables in place.

Revision ID: 0007
Revises: 0006
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

# Written out so that later code cannot change what this revision did: every table an
# export holds (all but live_lease, which is about who works on the database now).
IDENTIFIED = (
    "committee",
    "person",
    "subcommittee",
    "membership",
    "track",
    "strategy",
    "task",
    "achievement",
    "task_status_change",
    "action_change",
    "session_kind",
    "meeting",
    "guest",
    "postponement",
    "attendance",
    "agenda_item",
    "remark",
    "decision",
    "action_item",
    "action_review",
    "minutes_version",
    "minutes_file",
    "minutes_confirmation",
    "minutes_correction",
    "pending_file",
    "mail_delivery",
)

# A new random uid per row, made by the engine (no row goes through Python).
_RANDOM_UID = {
    "sqlite": "lower(hex(randomblob(16)))",
    "postgresql": "replace(CAST(gen_random_uuid() AS TEXT), '-', '')",
}


def upgrade() -> None:
    bind = op.get_bind()
    dialect = bind.dialect.name
    for table in IDENTIFIED:
        op.add_column(table, sa.Column("uid", sa.String(length=32), nullable=True))
        op.execute(f"UPDATE {table} SET uid = {_RANDOM_UID[dialect]}")
        triggers = _triggers(bind, table) if dialect == "sqlite" else []
        with op.batch_alter_table(table) as batch:
            batch.alter_column("uid", existing_type=sa.String(length=32), nullable=False)
            batch.create_unique_constraint(batch.f(f"uq_{table}_uid"), ["uid"])
        for statement in triggers:
            op.execute(statement)


def downgrade() -> None:
    bind = op.get_bind()
    for table in reversed(IDENTIFIED):
        triggers = _triggers(bind, table) if bind.dialect.name == "sqlite" else []
        with op.batch_alter_table(table) as batch:
            batch.drop_constraint(batch.f(f"uq_{table}_uid"), type_="unique")
            batch.drop_column("uid")
        for statement in triggers:
            op.execute(statement)


def _triggers(bind: sa.Connection, table: str) -> list[str]:
    """The CREATE TRIGGER statements of ``table`` (SQLite drops them with the table
    batch mode copies)."""
    rows = bind.execute(
        sa.text("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = :t"),
        {"t": table},
    )
    return [row[0] for row in rows]
