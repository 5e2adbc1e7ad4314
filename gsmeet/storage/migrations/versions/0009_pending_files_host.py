"""pending files' host

A temporary file an issue is writing (``pending_file``) names the machine that writes it
as well as its process: on a server database several machines issue, and a process
number means nothing on another machine, so only the machine that wrote a temporary
file removes it when its process is gone (gsmeet.services.minutes.leftovers). Rows
written before have no host (``""``): on a SQLite file they are judged by their
process as before; on a server they are left alone.

The same on both engines.

Revision ID: 0009
Revises: 0008
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("pending_file") as batch:
        batch.add_column(sa.Column("host", sa.String(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("pending_file") as batch:
        batch.drop_column("host")
