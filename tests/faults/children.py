"""What the fault battery's child processes run (``python children.py WHAT ARGS``):
small programs that do one piece of storage work and say when it is done."""

from __future__ import annotations

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEST_MIGRATIONS = HERE / "migrations"


def with_test_migrations() -> None:
    """Add the test-only migrations (9001, 9002) after gsmeet's own."""
    import gsmeet.storage.migrations as migrations

    plain = migrations.alembic_config

    def config():  # type: ignore[no-untyped-def]
        result = plain()
        result.set_main_option("path_separator", "os")
        result.set_main_option(
            "version_locations",
            os.pathsep.join([str(migrations.HERE / "versions"), str(TEST_MIGRATIONS)]),
        )
        return result

    migrations.alembic_config = config  # type: ignore[assignment]


def main(what: str, *args: str) -> None:
    if what == "create":  # the first open of a new file: the whole schema
        from gsmeet.storage.db import open_store

        open_store(Path(args[0])).close()
    elif what == "migrate":  # an upgrade to a test revision, alone
        from gsmeet.storage.migrate import upgrade

        with_test_migrations()
        upgrade(Path(args[0]), args[1])
    else:
        raise SystemExit(f"unknown child {what}")
    print("done", flush=True)


if __name__ == "__main__":
    main(*sys.argv[1:])
