"""Creating a whole database from an export (the demo committee has its own package,
:mod:`gsmeet.demo`)."""

from __future__ import annotations

from pathlib import Path

from gsmeet.domain.locations import Location, Server
from gsmeet.services.admin.transfer import TransferSummary, import_document, read_document
from gsmeet.storage.db import open_store
from gsmeet.storage.lock import DatabaseLock
from gsmeet.storage.replace import build_then_move


def import_database(
    path: Location, source: Path, *, lock: DatabaseLock | None = None
) -> TransferSummary:
    """Load an export into ``path``, a file that must not exist yet or hold no data, or
    an empty server database (its schema is created first). The document is validated
    first; on any error nothing is written. ``lock``: the file's single-instance lock,
    when the caller holds it (else taken here)."""
    document = read_document(source)
    if isinstance(path, Server):
        from gsmeet.storage.server import open_server

        server = open_server(path)
        try:
            return import_document(server, document)
        finally:
            server.close()
    if path.exists():
        store = open_store(path, exclusive=True, lock=lock, backups=True)
        try:
            return import_document(store, document)
        finally:
            store.close()
    summary: list[TransferSummary] = []
    build_then_move(path, lambda store: summary.append(import_document(store, document)), lock=lock)
    return summary[0]
