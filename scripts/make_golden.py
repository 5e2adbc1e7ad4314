"""Make the golden database of the current schema: the demo committee at today's head,
kept in tests/storage/golden/ so that every later gsmeet is tested upgrading it.

    .venv/bin/python scripts/make_golden.py

Run it when you add a migration (after the migration, on your branch): it writes
``schema-<head>-demo.db`` and refuses to replace one that exists (a released schema's
golden database never changes). Commit the file (git add -f: *.db is ignored).
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from gsmeet.demo.build import build_demo  # noqa: E402
from gsmeet.storage.db import open_store  # noqa: E402
from gsmeet.storage.schema import HEAD_REVISION  # noqa: E402

GOLDEN = ROOT / "tests" / "storage" / "golden"


def main() -> int:
    target = GOLDEN / f"schema-{HEAD_REVISION}-demo.db"
    if target.exists():
        print(f"{target} exists; a released schema's golden database never changes")
        return 1
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "golden.db"
        store = open_store(path)
        try:
            build_demo(store)
            store.checkpoint(truncate=True)
        finally:
            store.close()
        target.write_bytes(path.read_bytes())
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
