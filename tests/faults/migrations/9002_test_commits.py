"""A test-only, broken migration: it commits in the middle (what a gsmeet migration must
never do). gsmeet's upgrade must notice and refuse."""

from __future__ import annotations

from alembic import op

revision = "9002"
down_revision = "9001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.execute("CREATE TABLE test_half (x INTEGER)")
    op.execute("COMMIT")
    op.execute("CREATE TABLE test_other_half (x INTEGER)")


def downgrade() -> None:
    pass
