"""checkouts

A session taken offline to a laptop (``gsmeet checkout``) and brought back (``gsmeet
checkin``): the ``checkout`` table, on the server the mark that the session is out
(edits of it refused there until it is back), in the laptop's file the same row marked
as the copy (gsmeet.storage.models.Checkout, gsmeet.services.offline). The same on both
engines.

Revision ID: 0008
Revises: 0007
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "checkout",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("token", sa.String(length=32), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("copy", sa.Boolean(), nullable=False),
        sa.Column("holder", sa.String(), nullable=False),
        sa.Column("host", sa.String(), nullable=False),
        sa.Column("file", sa.Text(), nullable=False),
        sa.Column("source", sa.Text(), nullable=False),
        sa.Column("taken_at", sa.DateTime(), nullable=False),
        sa.Column("returned_at", sa.DateTime(), nullable=True),
        sa.Column("returned_by", sa.String(), nullable=False),
        sa.Column("base", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_checkout_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_checkout")),
        sa.UniqueConstraint("token", name=op.f("uq_checkout_token")),
    )
    op.create_index(op.f("ix_checkout_meeting_id"), "checkout", ["meeting_id"], unique=False)


def downgrade() -> None:
    op.drop_index(op.f("ix_checkout_meeting_id"), table_name="checkout")
    op.drop_table("checkout")
