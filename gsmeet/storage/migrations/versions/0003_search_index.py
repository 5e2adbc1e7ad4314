"""search index

A full-text index over what is said and decided at the sessions, for search across
every session: remarks, decisions, action items, agenda item titles and what the status
briefings recorded (achievements, notes of task status changes). On SQLite: one FTS5
table per searched table, with the ``trigram`` tokenizer (any run of three or more
characters is found, Korean as well as Latin, case-insensitive) and *external content*
(the index keeps no second copy of the text), kept in step by triggers on insert,
delete and update of the indexed columns. Existing rows are indexed here ("rebuild"),
inside the upgrade's one transaction.

Merging: FTS5 merges its index segments inside the writing transaction by default,
which put 10-25 ms on some remark saves (benchmarks/live.py). Here automatic merging is
off (``automerge`` 0); the live screen merges a little while nobody types
(:func:`gsmeet.storage.fulltext.tidy`), and a level of 64 unmerged segments is merged by
the write that makes it (``crisismerge``), which a session never reaches.

PostgreSQL (issue 13) indexes the same columns with pg_trgm instead: one GIN index
per column (``trgm_<table>_<column>``, ``gin_trgm_ops``), which serves ``ILIKE
'%word%'`` for words of three or more characters, as the trigram tokenizer does here;
the extension is created if the database has not got it (pg_trgm is a trusted
extension: the database's owner may). The server keeps these indexes itself: no
triggers, no merging.

Revision ID: 0003
Revises: 0002
"""

from __future__ import annotations

from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

# (index, content table, indexed columns): written out so that later code cannot change
# what this revision built.
INDEXES = (
    ("search_remark", "remark", ("text",)),
    ("search_decision", "decision", ("text",)),
    ("search_action", "action_item", ("title", "detail", "owner_text")),
    ("search_agenda", "agenda_item", ("title",)),
    ("search_achievement", "achievement", ("text", "figure")),
    ("search_status_change", "task_status_change", ("note",)),
)
CRISIS_MERGE = 64


def _statements(index: str, table: str, columns: tuple[str, ...]) -> list[str]:
    names = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    add = f"INSERT INTO {index}(rowid, {names}) VALUES (new.id, {new});"
    remove = f"INSERT INTO {index}({index}, rowid, {names}) VALUES ('delete', old.id, {old});"
    return [
        f"CREATE VIRTUAL TABLE {index} USING fts5({names}, content='{table}', "
        "content_rowid='id', tokenize='trigram')",
        # The existing rows, merged into one segment (the fastest to search) while
        # FTS5's own merging is still on; then it is switched off for the saves.
        f"INSERT INTO {index}({index}) VALUES ('rebuild')",
        f"INSERT INTO {index}({index}) VALUES ('optimize')",
        f"INSERT INTO {index}({index}, rank) VALUES ('automerge', 0)",
        f"INSERT INTO {index}({index}, rank) VALUES ('crisismerge', {CRISIS_MERGE})",
        f"CREATE TRIGGER {index}_insert AFTER INSERT ON {table} BEGIN {add} END",
        f"CREATE TRIGGER {index}_delete AFTER DELETE ON {table} BEGIN {remove} END",
        f"CREATE TRIGGER {index}_update AFTER UPDATE OF {names} ON {table} "
        f"BEGIN {remove} {add} END",
    ]


def _trigram_indexes() -> list[tuple[str, str, str]]:
    return [
        (f"trgm_{table}_{column}", table, column)
        for _index, table, columns in INDEXES
        for column in columns
    ]


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        for name, table, column in _trigram_indexes():
            op.execute(f"CREATE INDEX {name} ON {table} USING gin ({column} gin_trgm_ops)")
        return
    if op.get_bind().dialect.name != "sqlite":
        return
    for index, table, columns in INDEXES:
        for statement in _statements(index, table, columns):
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name, _table, _column in _trigram_indexes():
            op.execute(f"DROP INDEX IF EXISTS {name}")
        return
    if op.get_bind().dialect.name != "sqlite":
        return
    for index, _table, _columns in INDEXES:
        for trigger in ("insert", "delete", "update"):
            op.execute(f"DROP TRIGGER IF EXISTS {index}_{trigger}")
        op.execute(f"DROP TABLE IF EXISTS {index}")
