"""a shared database

Several secretaries on one server database (issue 13):

- register and agenda rows carry a version, raised by every change, with who made the
  last change, when, and which fields; an edit based on an older version is refused
  naming them, never written over them (gsmeet.storage.versions,
  gsmeet.services.edits.refuse_stale). Existing rows start at version 1, changed by
  nobody;
- a live session has at most one operator: ``live_lease`` (gsmeet.services.live.lease).

The same on both engines.

Revision ID: 0006
Revises: 0005
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# Written out so that later code cannot change what this revision did.
VERSIONED = (
    "person",
    "membership",
    "subcommittee",
    "track",
    "strategy",
    "task",
    "achievement",
    "agenda_item",
)
COLUMNS = ("version", "changed_by", "changed_at", "changed_fields")


def upgrade() -> None:
    op.create_table(
        "live_lease",
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("holder", sa.String(), nullable=False),
        sa.Column("host", sa.String(), nullable=False),
        sa.Column("pid", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(length=32), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.Column("renewed_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_live_lease_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("meeting_id", name=op.f("pk_live_lease")),
    )
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("version", sa.Integer(), nullable=False, server_default="1"))
            batch.add_column(
                sa.Column("changed_by", sa.String(), nullable=False, server_default="")
            )
            batch.add_column(sa.Column("changed_at", sa.DateTime(), nullable=True))
            batch.add_column(
                sa.Column("changed_fields", sa.String(), nullable=False, server_default="")
            )


def downgrade() -> None:
    op.drop_table("live_lease")
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            for column in reversed(COLUMNS):
                batch.drop_column(column)
