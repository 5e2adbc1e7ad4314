"""How gsmeet connects to a PostgreSQL server: the arguments the engine
(:func:`gsmeet.storage.server.server_engine`) and the plain reader
(:func:`gsmeet.storage.reader.open_server_reader`) both give psycopg."""

from __future__ import annotations

from typing import Any

CONNECT_TIMEOUT_S = 10


def server_arguments(*, read_only: bool = False) -> dict[str, Any]:
    """psycopg's connection arguments: a time limit, gsmeet's name in the server's
    activity, no server-side prepared statements (storage/server.py says why); with
    ``read_only`` every transaction is read-only, so the server itself refuses a write."""
    arguments: dict[str, Any] = {
        "connect_timeout": CONNECT_TIMEOUT_S,
        "application_name": "gsmeet",
        "prepare_threshold": None,
    }
    if read_only:
        arguments["options"] = "-c default_transaction_read_only=on"
    return arguments
