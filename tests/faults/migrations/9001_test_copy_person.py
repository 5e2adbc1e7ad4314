"""A test-only migration after gsmeet's head: SQLite's batch mode copies ``person`` (a
table many others refer to) into a new one with an added column, then fills it. Used by
the fault battery to kill an upgrade at each of its steps (tests/faults/children.py)."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from gsmeet.storage.schema import HEAD_REVISION

revision = "9001"
down_revision = HEAD_REVISION
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("person", recreate="always") as batch:
        batch.add_column(sa.Column("test_copy", sa.String(), nullable=False, server_default=""))
    op.execute("UPDATE person SET test_copy = name")


def downgrade() -> None:
    with op.batch_alter_table("person") as batch:
        batch.drop_column("test_copy")
