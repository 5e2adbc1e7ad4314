"""minutes as a record

The history documents need to show each session as it stood (an action item's status
and due date changes, where they were made); the issued file of each minutes version,
byte for byte, with the record it was made from; the chair's confirmation (확인) of a
draft; corrections (자구정정) of issued minutes for their errata (정오표); the temporary
files an issue is writing, so that one a killed process left is removed.

The changes of action items are filled in from the reviews already recorded: each
review changed the status it names; a re-date changed the due date from the previous
re-date's (the first re-date's original date was not kept before this revision: it is
taken to be the new one, so nothing printed before changes).

Revision ID: 0005
Revises: 0004
"""

from __future__ import annotations

from datetime import datetime, time

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# The status a review leaves an action item in, as this revision knows it.
STATUS_AFTER = {
    "done": "done",
    "continue": "in_progress",
    "redate": "in_progress",
    "drop": "dropped",
}


def _fk(name: str, column: str, target: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint([column], [f"{target}.id"], name=op.f(name), ondelete=ondelete)


def upgrade() -> None:
    op.create_table(
        "action_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("action_item_id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=True),
        sa.Column("changed_at", sa.DateTime(), nullable=False),
        sa.Column("old_status", sa.String(length=24), nullable=False),
        sa.Column("new_status", sa.String(length=24), nullable=False),
        sa.Column("old_due_on", sa.Date(), nullable=True),
        sa.Column("new_due_on", sa.Date(), nullable=True),
        sa.Column("note", sa.Text(), nullable=False),
        _fk(
            "fk_action_change_action_item_id_action_item",
            "action_item_id",
            "action_item",
            "CASCADE",
        ),
        _fk("fk_action_change_meeting_id_meeting", "meeting_id", "meeting", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_action_change")),
    )
    with op.batch_alter_table("action_change", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_action_change_action_item_id"), ["action_item_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_action_change_meeting_id"), ["meeting_id"])
    with op.batch_alter_table("minutes_version", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("lang", sa.String(length=8), nullable=False, server_default="ko")
        )
    op.create_table(
        "minutes_file",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("version_id", sa.Integer(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("record", sa.Text(), nullable=False),
        sa.Column("pages", sa.Text(), nullable=False),
        _fk(
            "fk_minutes_file_version_id_minutes_version",
            "version_id",
            "minutes_version",
            "CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_minutes_file")),
        sa.UniqueConstraint("version_id", name=op.f("uq_minutes_file_version_id")),
    )
    op.create_table(
        "minutes_confirmation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("confirmed_on", sa.Date(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.Column("digest", sa.String(length=64), nullable=False),
        _fk("fk_minutes_confirmation_meeting_id_meeting", "meeting_id", "meeting", "CASCADE"),
        _fk("fk_minutes_confirmation_person_id_person", "person_id", "person", "SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_minutes_confirmation")),
    )
    op.create_table(
        "minutes_correction",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("target", sa.String(length=24), nullable=False),
        sa.Column("target_id", sa.Integer(), nullable=False),
        sa.Column("before", sa.Text(), nullable=False),
        sa.Column("after", sa.Text(), nullable=False),
        sa.Column("asked_by", sa.String(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("changes_meaning", sa.Boolean(), nullable=False),
        sa.Column("confirmed_by", sa.String(), nullable=False),
        sa.Column("confirmed_on", sa.Date(), nullable=True),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        _fk("fk_minutes_correction_meeting_id_meeting", "meeting_id", "meeting", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_minutes_correction")),
    )
    for table in ("minutes_confirmation", "minutes_correction"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.create_index(batch_op.f(f"ix_{table}_meeting_id"), ["meeting_id"])
    with op.batch_alter_table("minutes_confirmation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_minutes_confirmation_person_id"), ["person_id"])
    op.create_table(
        "pending_file",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("path", sa.Text(), nullable=False),
        sa.Column("pid", sa.Integer(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pending_file")),
    )
    _changes_from_reviews()


def _changes_from_reviews() -> None:
    bind = op.get_bind()
    review = sa.table(
        "action_review",
        sa.column("action_item_id", sa.Integer()),
        sa.column("meeting_id", sa.Integer()),
        sa.column("outcome", sa.String()),
        sa.column("new_due_on", sa.Date()),
        sa.column("comment", sa.Text()),
    )
    meeting = sa.table(
        "meeting",
        sa.column("id", sa.Integer()),
        sa.column("held_on", sa.Date()),
        sa.column("number", sa.Integer()),
        sa.column("ended_at", sa.DateTime()),
    )
    action = sa.table("action_item", sa.column("id", sa.Integer()), sa.column("due_on", sa.Date()))
    change = sa.table(
        "action_change",
        sa.column("action_item_id", sa.Integer()),
        sa.column("meeting_id", sa.Integer()),
        sa.column("changed_at", sa.DateTime()),
        sa.column("old_status", sa.String()),
        sa.column("new_status", sa.String()),
        sa.column("old_due_on", sa.Date()),
        sa.column("new_due_on", sa.Date()),
        sa.column("note", sa.Text()),
    )
    rows = bind.execute(
        sa.select(
            review.c.action_item_id,
            review.c.meeting_id,
            review.c.outcome,
            review.c.new_due_on,
            review.c.comment,
            meeting.c.held_on,
            meeting.c.ended_at,
        )
        .join(meeting, meeting.c.id == review.c.meeting_id)
        .order_by(review.c.action_item_id, meeting.c.held_on, meeting.c.number)
    ).all()
    due = dict(bind.execute(sa.select(action.c.id, action.c.due_on)).all())
    inserts = []
    state: dict[int, tuple[str, object]] = {}
    for action_id, meeting_id, outcome, new_due, comment, held_on, ended_at in rows:
        status, due_on = state.get(action_id, ("open", None))
        if action_id not in state:
            # Before this revision a re-date overwrote the due date: the original is lost.
            first_redate = next(
                (r[3] for r in rows if r[0] == action_id and r[2] == "redate"), None
            )
            due_on = first_redate if first_redate is not None else due.get(action_id)
        after_due = new_due if outcome == "redate" and new_due is not None else due_on
        after_status = STATUS_AFTER.get(outcome, status)
        inserts.append(
            {
                "action_item_id": action_id,
                "meeting_id": meeting_id,
                "changed_at": ended_at or datetime.combine(held_on, time(23, 59, 59)),
                "old_status": status,
                "new_status": after_status,
                "old_due_on": due_on,
                "new_due_on": after_due,
                "note": comment or "",
            }
        )
        state[action_id] = (after_status, after_due)
    if inserts:
        bind.execute(sa.insert(change), inserts)


def downgrade() -> None:
    op.drop_table("pending_file")
    op.drop_table("minutes_correction")
    op.drop_table("minutes_confirmation")
    op.drop_table("minutes_file")
    with op.batch_alter_table("minutes_version", schema=None) as batch_op:
        batch_op.drop_column("lang")
    op.drop_table("action_change")
