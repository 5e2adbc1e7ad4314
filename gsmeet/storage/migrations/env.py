"""Alembic environment: runs on the connection gsmeet hands over, inside the one
transaction :func:`gsmeet.storage.migrate.upgrade` has begun (so Alembic begins and
commits nothing itself)."""

from __future__ import annotations

from alembic import context

from gsmeet.storage.fulltext import described_by_models
from gsmeet.storage.models import Base

attributes = context.config.attributes
connection = attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    # SQLite alters tables by copying them; PostgreSQL alters them in place.
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    include_name=described_by_models,  # not the search index's tables
    transactional_ddl=True,
    on_version_apply=attributes.get("on_version_apply"),
)
with context.begin_transaction():
    context.run_migrations()
