"""sessions of every kind

Each committee gets its own list of session kinds (the six defaults; the four kinds of
schema 0001 keep their quorum, as their minutes were printed with one); a session
names its kind, its numbering series and, for a 분과회의, its sub-committee; it may be
cancelled (with a reason), postponed (its earlier dates kept), have guests (내빈) and a
headcount. Numbers of existing sessions do not change: they all run in the committee's
main series. A committee gets a default disclosure class and a rule for motions (의결,
beside the quorum to open, 개의); tracks and strategies can be retired from a date.

Revision ID: 0002
Revises: 0001
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# (code, 이름, name, series, quorum applies, for a sub-committee): the kinds as this
# revision gives them, written out so that later code changes cannot change it.
KINDS = (
    ("regular", "정기회의", "regular meeting", "main", True, False),
    ("extraordinary", "임시회의", "extraordinary meeting", "main", True, False),
    ("roundtable", "간담회", "round-table meeting", "main", True, False),
    ("subcommittee", "분과회의", "sub-committee meeting", "subcommittee", True, True),
    ("ceremony", "행사", "ceremony", "", False, False),
    ("workshop", "워크숍", "workshop", "workshop", False, False),
)
OLD_CODES = {"round_table": "roundtable"}  # schema 0001's codes that changed

DISCLOSURES = ("public", "partial", "closed")
QUORUM_KINDS = ("majority", "fraction", "count", "none")
# A session's status may now also be "cancelled": a plain VARCHAR(24) in both engines
# (the vocabularies are not native enums and carry no CHECK), so no change is needed.


def upgrade() -> None:
    op.create_table(
        "session_kind",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("committee_id", sa.Integer(), nullable=False),
        sa.Column("code", sa.String(length=24), nullable=False),
        sa.Column("name_ko", sa.String(), nullable=False),
        sa.Column("name_en", sa.String(), nullable=False),
        sa.Column("series", sa.String(length=24), nullable=False),
        sa.Column("quorum_applies", sa.Boolean(), nullable=False),
        sa.Column("for_subcommittee", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("retired", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["committee_id"],
            ["committee.id"],
            name=op.f("fk_session_kind_committee_id_committee"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_session_kind")),
        sa.UniqueConstraint("committee_id", "code", name=op.f("uq_session_kind_committee_id")),
    )
    with op.batch_alter_table("session_kind", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_session_kind_committee_id"), ["committee_id"], unique=False
        )

    quorum_kind = sa.Enum(*QUORUM_KINDS, name="quorumkind", native_enum=False, length=24)
    with op.batch_alter_table("committee", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("decision_kind", quorum_kind, nullable=False, server_default="majority")
        )
        for name, value in (("numerator", "1"), ("denominator", "2"), ("count", "0")):
            batch_op.add_column(
                sa.Column(f"decision_{name}", sa.Integer(), nullable=False, server_default=value)
            )
        batch_op.add_column(
            sa.Column(
                "default_disclosure",
                sa.Enum(*DISCLOSURES, name="disclosure", native_enum=False, length=24),
                nullable=False,
                server_default="public",
            )
        )
    for table in ("track", "strategy"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.add_column(sa.Column("retired_on", sa.Date(), nullable=True))

    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.add_column(sa.Column("kind_id", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("series", sa.String(length=24), nullable=False, server_default="")
        )
        batch_op.add_column(sa.Column("subcommittee_id", sa.Integer(), nullable=True))
        batch_op.add_column(sa.Column("headcount", sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column("cancel_reason", sa.Text(), nullable=False, server_default="")
        )

    _give_every_committee_its_kinds()

    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_constraint("uq_meeting_committee_id", type_="unique")
        batch_op.alter_column("number", existing_type=sa.Integer(), nullable=True)
        batch_op.alter_column("kind_id", existing_type=sa.Integer(), nullable=False)
        batch_op.drop_column("kind")
        batch_op.create_foreign_key(
            batch_op.f("fk_meeting_kind_id_session_kind"), "session_kind", ["kind_id"], ["id"]
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_meeting_subcommittee_id_subcommittee"),
            "subcommittee",
            ["subcommittee_id"],
            ["id"],
            ondelete="SET NULL",
        )
        batch_op.create_index(batch_op.f("ix_meeting_kind_id"), ["kind_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_meeting_subcommittee_id"), ["subcommittee_id"], unique=False
        )

    op.create_table(
        "guest",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(), nullable=False),
        sa.Column("organisation", sa.String(), nullable=False),
        sa.Column("position", sa.String(), nullable=False),
        sa.Column("ordinal", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_guest_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_guest")),
    )
    with op.batch_alter_table("guest", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_guest_meeting_id"), ["meeting_id"], unique=False)

    op.create_table(
        "postponement",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("meeting_id", sa.Integer(), nullable=False),
        sa.Column("from_date", sa.Date(), nullable=False),
        sa.Column("from_time", sa.Time(), nullable=False),
        sa.Column("to_date", sa.Date(), nullable=False),
        sa.Column("to_time", sa.Time(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["meeting_id"],
            ["meeting.id"],
            name=op.f("fk_postponement_meeting_id_meeting"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_postponement")),
    )
    with op.batch_alter_table("postponement", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_postponement_meeting_id"), ["meeting_id"], unique=False
        )


def _give_every_committee_its_kinds() -> None:
    """The default kinds for each committee, and each session pointed at its kind."""
    bind = op.get_bind()
    committee = sa.table("committee", sa.column("id", sa.Integer()))
    kind = sa.table(
        "session_kind",
        sa.column("id", sa.Integer()),
        sa.column("committee_id", sa.Integer()),
        sa.column("code", sa.String()),
        sa.column("name_ko", sa.String()),
        sa.column("name_en", sa.String()),
        sa.column("series", sa.String()),
        sa.column("quorum_applies", sa.Boolean()),
        sa.column("for_subcommittee", sa.Boolean()),
        sa.column("position", sa.Integer()),
        sa.column("retired", sa.Boolean()),
    )
    meeting = sa.table(
        "meeting",
        sa.column("committee_id", sa.Integer()),
        sa.column("kind", sa.String()),
        sa.column("kind_id", sa.Integer()),
        sa.column("series", sa.String()),
    )
    committee_ids = [row[0] for row in bind.execute(sa.select(committee.c.id))]
    rows = [
        {
            "committee_id": committee_id,
            "code": code,
            "name_ko": ko,
            "name_en": en,
            "series": series,
            "quorum_applies": quorum,
            "for_subcommittee": scoped,
            "position": position,
            "retired": False,
        }
        for committee_id in committee_ids
        for position, (code, ko, en, series, quorum, scoped) in enumerate(KINDS, start=1)
    ]
    if rows:
        bind.execute(sa.insert(kind), rows)
    for old, new in OLD_CODES.items():
        bind.execute(sa.update(meeting).where(meeting.c.kind == old).values(kind=new))
    known = sa.select(kind.c.id).where(
        kind.c.committee_id == meeting.c.committee_id, kind.c.code == meeting.c.kind
    )
    bind.execute(sa.update(meeting).values(kind_id=known.scalar_subquery(), series="main"))
    regular = sa.select(kind.c.id).where(
        kind.c.committee_id == meeting.c.committee_id, kind.c.code == "regular"
    )
    bind.execute(  # a code 0001 never wrote, should a file hold one
        sa.update(meeting)
        .where(meeting.c.kind_id.is_(None))
        .values(kind_id=regular.scalar_subquery())
    )


def downgrade() -> None:
    op.drop_table("postponement")
    op.drop_table("guest")
    bind = op.get_bind()
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("kind", sa.String(length=24), nullable=False, server_default="regular")
        )
    meeting = sa.table(
        "meeting",
        sa.column("id", sa.Integer()),
        sa.column("committee_id", sa.Integer()),
        sa.column("kind", sa.String()),
        sa.column("kind_id", sa.Integer()),
        sa.column("number", sa.Integer()),
        sa.column("status", sa.String()),
    )
    kind = sa.table("session_kind", sa.column("id"), sa.column("code"))
    code = sa.select(kind.c.code).where(kind.c.id == meeting.c.kind_id).scalar_subquery()
    bind.execute(sa.update(meeting).values(kind=code))
    bind.execute(
        sa.update(meeting)
        .where(meeting.c.kind.not_in(("regular", "extraordinary", "roundtable", "subcommittee")))
        .values(kind="regular")
    )
    bind.execute(
        sa.update(meeting).where(meeting.c.kind == "roundtable").values(kind="round_table")
    )
    bind.execute(sa.update(meeting).where(meeting.c.status == "cancelled").values(status="planned"))
    # Schema 0001 numbers every session once in the committee: renumber in date order
    # where two series or a missing number would break that.
    rows = bind.execute(
        sa.select(meeting.c.id, meeting.c.committee_id, meeting.c.number).order_by(
            meeting.c.committee_id, meeting.c.id
        )
    ).all()
    seen: dict[int, set[int]] = {}
    for meeting_id, committee_id, held in rows:
        taken = seen.setdefault(committee_id, set())
        number = held
        if number is None or number in taken:
            number = max(taken, default=0) + 1
            bind.execute(sa.update(meeting).where(meeting.c.id == meeting_id).values(number=number))
        taken.add(number)
    with op.batch_alter_table("meeting", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_meeting_subcommittee_id"))
        batch_op.drop_index(batch_op.f("ix_meeting_kind_id"))
        batch_op.drop_constraint("fk_meeting_subcommittee_id_subcommittee", type_="foreignkey")
        batch_op.drop_constraint("fk_meeting_kind_id_session_kind", type_="foreignkey")
        batch_op.drop_column("cancel_reason")
        batch_op.drop_column("headcount")
        batch_op.drop_column("subcommittee_id")
        batch_op.drop_column("series")
        batch_op.drop_column("kind_id")
        batch_op.alter_column("number", existing_type=sa.Integer(), nullable=False)
        batch_op.create_unique_constraint("uq_meeting_committee_id", ["committee_id", "number"])
    for table in ("track", "strategy"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("retired_on")
    with op.batch_alter_table("committee", schema=None) as batch_op:
        batch_op.drop_column("default_disclosure")
        for name in ("kind", "numerator", "denominator", "count"):
            batch_op.drop_column(f"decision_{name}")
    op.drop_table("session_kind")
